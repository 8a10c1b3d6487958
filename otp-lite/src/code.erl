%% otp-lite: OTP 25's `code` module for loading, replacing and purging modules. BeamOS has
%% no code server process: the VM's code server (vm::code) keeps the current and old
%% version of every module, the file each came from and which are sticky, and these
%% functions call it through BIFs (beamos_code, erlang, erts_code_purger) in the caller's
%% process, answering as OTP's code server does:
%%
%% - load_file/1 loads from the code path (no purge first: {error, not_purged} while old
%%   code exists); load_binary/3 purges first (killing processes that still run the old
%%   version), as OTP's code server does.
%% - A module with -on_load is not callable until its on_load function, run in a new
%%   process, returns ok; otherwise it is dropped ({error, on_load_failure}).
%% - otp-lite's own modules and OTP's preloaded ones are sticky.
%% The code path is the one `beamos run -pa` was given; it cannot be changed at run time.
-module(code).
-export([ensure_loaded/1, ensure_modules_loaded/1, load_file/1, load_binary/3,
         purge/1, soft_purge/1, delete/1, is_loaded/1, all_loaded/0, which/1,
         is_sticky/1, get_object_code/1, get_mode/0, objfile_extension/0]).

-spec ensure_loaded(Module) -> {module, Module} | {error, What} when
      Module :: module(), What :: badfile | nofile | on_load_failure.
ensure_loaded(Mod) when is_atom(Mod) ->
    case erlang:module_loaded(Mod) of
        true -> {module, Mod};
        false -> load_file(Mod)
    end.

-spec ensure_modules_loaded([Module]) -> ok | {error, [{Module, What}]} when
      Module :: module(), What :: badfile | nofile | on_load_failure.
ensure_modules_loaded(Modules) when is_list(Modules) ->
    case prepare_ensure(Modules, []) of
        Ms when is_list(Ms) ->
            ensure_modules_loaded_1(lists:usort(Ms), []);
        error ->
            error(function_clause, [Modules])
    end.

ensure_modules_loaded_1([M | Ms], Errors) ->
    case ensure_loaded(M) of
        {module, M} -> ensure_modules_loaded_1(Ms, Errors);
        {error, Err} -> ensure_modules_loaded_1(Ms, [{M, Err} | Errors])
    end;
ensure_modules_loaded_1([], []) ->
    ok;
ensure_modules_loaded_1([], [_ | _] = Errors) ->
    {error, Errors}.

prepare_ensure([M | Ms], Acc) when is_atom(M) ->
    case erlang:module_loaded(M) of
        true -> prepare_ensure(Ms, Acc);
        false -> prepare_ensure(Ms, [M | Acc])
    end;
prepare_ensure([], Acc) ->
    Acc;
prepare_ensure(_, _) ->
    error.

-spec load_file(Module) -> {module, Module} | {error, What} when
      Module :: module(),
      What :: nofile | sticky_directory | badarg | badfile | not_purged | on_load_failure.
load_file(Mod) when is_atom(Mod) ->
    on_load(Mod, beamos_code:load_found(Mod)).

-spec load_binary(Module, Filename, Binary) -> {module, Module} | {error, What} when
      Module :: module(), Filename :: string() | atom(), Binary :: binary(),
      What :: badarg | badfile | not_purged | on_load_failure | sticky_directory.
load_binary(Mod, File, Bin)
  when is_atom(Mod), (is_list(File) orelse is_atom(File)), is_binary(Bin) ->
    case is_atom(File) orelse is_char_list(File) of
        true ->
            case erlang:module_loaded(Mod) andalso not is_sticky(Mod) of
                true -> _ = erts_code_purger:purge(Mod), ok;
                false -> ok
            end,
            on_load(Mod, beamos_code:load(Mod, File, Bin));
        false ->
            {error, badarg}
    end.

is_char_list([H | T]) when is_integer(H) -> is_char_list(T);
is_char_list([_ | _]) -> false;
is_char_list([]) -> true.

%% A module waiting for its -on_load function: run it in a new process; the module
%% becomes current only if it returns ok.
on_load(Mod, {error, on_load}) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(erlang:call_on_load_function(Mod)) end),
    Result = receive {'DOWN', Ref, process, Pid, R} -> R end,
    Keep = Result =:= ok,
    erts_code_purger:finish_after_on_load(Mod, Keep),
    case Keep of
        true -> {module, Mod};
        false -> {error, on_load_failure}
    end;
on_load(_Mod, Result) ->
    Result.

%% Removes the old version, killing the processes that still run it; true if it killed.
-spec purge(Module) -> boolean() when Module :: module().
purge(Mod) when is_atom(Mod) ->
    {_WasOld, DidKill} = erts_code_purger:purge(Mod),
    DidKill.

%% Removes the old version unless a process still runs it (then false).
-spec soft_purge(Module) -> boolean() when Module :: module().
soft_purge(Mod) when is_atom(Mod) ->
    erts_code_purger:soft_purge(Mod).

%% The current version becomes old (false if an old version exists already).
-spec delete(Module) -> boolean() when Module :: module().
delete(Mod) when is_atom(Mod) ->
    case catch erlang:delete_module(Mod) of
        true -> true;
        _ -> false
    end.

-spec is_loaded(Module) -> {file, Loaded} | false when
      Module :: module(), Loaded :: string() | atom().
is_loaded(Mod) when is_atom(Mod) ->
    case beamos_code:file(Mod) of
        false -> false;
        File -> {file, File}
    end.

-spec all_loaded() -> [{Module, Loaded}] when
      Module :: module(), Loaded :: string() | atom().
all_loaded() ->
    beamos_code:all_loaded().

-spec which(Module) -> Which when
      Module :: module(), Which :: string() | atom() | non_existing.
which(Mod) when is_atom(Mod) ->
    case is_loaded(Mod) of
        {file, File} -> File;
        false ->
            case beamos_code:find(Mod) of
                false -> non_existing;
                Path -> Path
            end
    end.

-spec is_sticky(Module) -> boolean() when Module :: module().
is_sticky(Mod) when is_atom(Mod) ->
    erlang:module_loaded(Mod) andalso beamos_code:is_sticky(Mod).

-spec get_object_code(Module) -> {Module, Binary, Filename} | error when
      Module :: module(), Binary :: binary(), Filename :: string().
get_object_code(Mod) when is_atom(Mod) ->
    case beamos_code:object_code(Mod) of
        false -> error;
        {Path, Binary} -> {Mod, Binary, Path}
    end.

get_mode() -> interactive.

objfile_extension() -> ".beam".
