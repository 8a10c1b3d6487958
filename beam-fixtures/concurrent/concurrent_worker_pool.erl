%% A worker pool without a supervisor: a dispatcher holds a queue of jobs, idle workers ask
%% for the next one (pull), results come back tagged with the job id; a worker that crashes
%% on a bad job is replaced (the dispatcher monitors its busy workers) and the job is
%% reported as failed. Results are sorted by job id: which worker ran which job varies.
-module(concurrent_worker_pool).
-export([start/0]).
-include("../include/fixture_procs.hrl").

-define(WORKERS, 6).

work({square, X}) -> X * X;
work({fib, N}) -> fib(N);
work({crash, Why}) -> exit(Why).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

worker(Dispatcher) ->
    Dispatcher ! {ready, self()},
    receive
        {job, Id, Job} -> Dispatcher ! {result, self(), Id, work(Job)}, worker(Dispatcher);
        stop -> ok
    end.

-record(st, {jobs, idle = [], running = #{}, results = [], expected, replaced = 0, client}).

%% Done: every result is in and every worker is idle again.
dispatcher(#st{results = Rs, expected = N, idle = Idle} = S)
  when length(Rs) =:= N, length(Idle) =:= ?WORKERS ->
    [W ! stop || W <- Idle],
    S#st.client ! {all_done, lists:sort(Rs), S#st.replaced};
dispatcher(S) ->
    receive
        {ready, W} ->
            case S#st.jobs of
                [{Id, Job} | Rest] ->
                    %% Monitor first: a job may crash the worker at once.
                    Ref = erlang:monitor(process, W),
                    W ! {job, Id, Job},
                    dispatcher(S#st{jobs = Rest, running = (S#st.running)#{W => {Ref, Id}}});
                [] ->
                    dispatcher(S#st{idle = [W | S#st.idle]})
            end;
        {result, W, Id, Value} ->
            {Ref, Id} = maps:get(W, S#st.running),
            erlang:demonitor(Ref, [flush]),
            dispatcher(S#st{running = maps:remove(W, S#st.running),
                            results = [{Id, {ok, Value}} | S#st.results]});
        {'DOWN', _, process, W, Why} ->
            {_, Id} = maps:get(W, S#st.running),
            Self = self(),
            spawn(fun() -> worker(Self) end),
            dispatcher(S#st{running = maps:remove(W, S#st.running),
                            results = [{Id, {failed, Why}} | S#st.results],
                            replaced = S#st.replaced + 1})
    end.

run() ->
    Jobs = lists:zip(lists:seq(1, 60),
                     lists:append([[{square, I}, {fib, 15 + I rem 5}, {crash, {bad_job, I}}]
                                   || I <- lists:seq(1, 20)])),
    Self = self(),
    D = spawn(fun() -> dispatcher(#st{jobs = Jobs, expected = length(Jobs), client = Self}) end),
    [spawn(fun() -> worker(D) end) || _ <- lists:seq(1, ?WORKERS)],
    {Results, Replaced} = receive {all_done, R, N} -> {R, N} end,
    Ok = [V || {_, {ok, V}} <- Results],
    Failed = [W || {_, {failed, W}} <- Results],
    {length(Results), [Id || {Id, _} <- Results] =:= lists:seq(1, 60), lists:sum(Ok), Failed, Replaced}.

start() ->
    isolated(fun run/0).
