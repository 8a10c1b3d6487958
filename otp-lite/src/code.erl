%% The module-loading queries of OTP's `code` that single-process code uses (io_lib calls
%% ensure_modules_loaded/1 before raising badarg). BeamOS has no code server: the VM loads a
%% module from its code path the first time one of its functions is called, so a module is
%% ensured by calling its module_info/1, which every compiled module exports.
-module(code).
-export([ensure_loaded/1, ensure_modules_loaded/1]).

-spec ensure_loaded(Module) -> {module, Module} | {error, nofile} when Module :: module().
ensure_loaded(Mod) when is_atom(Mod) ->
    case erlang:module_loaded(Mod) of
        true -> {module, Mod};
        false -> load(Mod)
    end.

-spec ensure_modules_loaded([Module]) -> ok | {error, [{Module, nofile}]} when
      Module :: module().
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

load(Mod) ->
    try Mod:module_info(module) of
        Mod -> {module, Mod};
        _ -> {error, nofile}
    catch
        error:undef -> {error, nofile}
    end.
