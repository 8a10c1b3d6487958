%% select/3 continuations and ets:fun2ms-style match specifications used from a process
%% other than the owner (public and protected tables): the continuation is plain data that
%% another process can carry on with.
-module(ets_procs_select_elsewhere).
-export([start/0]).
-include("../include/fixture_procs.hrl").

elsewhere(Fun) ->
    Self = self(),
    P = spawn(fun() -> Self ! {elsewhere, self(), Fun()} end),
    receive {elsewhere, P, X} -> X end.

all_chunks('$end_of_table') -> [];
all_chunks({Items, Cont}) -> [lists:sort(Items) | all_chunks(ets:select(Cont))].

run() ->
    T = ets:new(ets_procs_select_elsewhere_t, [ordered_set, protected]),
    ets:insert(T, [{I, I * I, if I rem 3 =:= 0 -> fizz; true -> plain end} || I <- lists:seq(1, 100)]),
    %% [{{K, Sq, fizz}, [{'>', Sq, 1000}], [{{K, Sq}}]}] is what
    %% ets:fun2ms(fun({K, Sq, fizz}) when Sq > 1000 -> {K, Sq} end) gives.
    MS = [{{'$1', '$2', fizz}, [{'>', '$2', 1000}], [{{'$1', '$2'}}]}],
    Direct = ets:select(T, MS),
    Remote = elsewhere(fun() -> ets:select(T, MS) end),
    Chunks = elsewhere(fun() -> all_chunks(ets:select(T, MS, 7)) end),
    %% A continuation made here, continued in another process.
    {First, Cont} = ets:select(T, MS, 5),
    Rest = elsewhere(fun() -> all_chunks(ets:select(Cont)) end),
    Reverse = elsewhere(fun() -> ets:select_reverse(T, MS, 3) end),
    Count = elsewhere(fun() -> ets:select_count(T, [{{'_', '_', fizz}, [], [true]}]) end),
    Delete = elsewhere(fun() -> catching(fun() -> ets:select_delete(T, [{'_', [], [true]}]) end) end),
    {Direct =:= Remote, lists:append(Chunks) =:= Direct, length(Chunks), First,
     lists:append(Rest), element(1, Reverse), Count, Delete}.

start() ->
    isolated(fun run/0).
