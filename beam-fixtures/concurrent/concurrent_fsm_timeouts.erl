%% A state machine process driven by messages and receive timeouts: a code lock that opens
%% on the right code, locks itself again after an idle timeout, and reports every state
%% change to an observer; the observer waits for the reports instead of for time.
-module(concurrent_fsm_timeouts).
-export([start/0]).
-include("../include/fixture_procs.hrl").

locked(Code, Typed, Obs) ->
    receive
        {button, D} ->
            case Typed ++ [D] of
                Code -> Obs ! {state, open}, open(Code, Obs);
                T when length(T) < length(Code) -> locked(Code, T, Obs);
                _ -> Obs ! {state, wrong_code}, locked(Code, [], Obs)
            end;
        {query, From} -> From ! {is, locked}, locked(Code, Typed, Obs);
        stop -> ok
    after 200 ->
        %% Typed digits expire when nothing is pressed for a while.
        case Typed of
            [] -> locked(Code, [], Obs);
            _ -> Obs ! {state, typing_expired}, locked(Code, [], Obs)
        end
    end.

open(Code, Obs) ->
    receive
        {query, From} -> From ! {is, open}, open(Code, Obs);
        close -> Obs ! {state, closed_by_hand}, locked(Code, [], Obs)
    after 500 ->
        Obs ! {state, relocked_by_timeout},
        locked(Code, [], Obs)
    end.

query(L) ->
    L ! {query, self()},
    receive {is, S} -> S end.

run() ->
    Self = self(),
    L = spawn(fun() -> locked([1, 2, 3], [], Self) end),
    S0 = query(L),
    [L ! {button, D} || D <- [1, 2, 3]],
    E1 = receive {state, X1} -> X1 end,
    E2 = receive {state, X2} -> X2 end,          % the idle timeout locks it again
    S1 = query(L),
    [L ! {button, D} || D <- [3, 2, 1]],
    E3 = receive {state, X3} -> X3 end,
    [L ! {button, D} || D <- [1, 2, 3]],
    E4 = receive {state, X4} -> X4 end,
    S2 = query(L),
    L ! close,
    E5 = receive {state, X5} -> X5 end,
    L ! {button, 1},
    E6 = receive {state, X6} -> X6 end,         % typing expired
    L ! stop,
    {S0, E1, E2, S1, E3, E4, S2, E5, E6}.

start() ->
    isolated(fun run/0).
