%% Accounts as processes and many concurrent transfers between them through a coordinator
%% that locks both accounts in a fixed order (no deadlock); every transfer has enough funds,
%% so the final balances do not depend on the interleaving, and money is conserved.
-module(concurrent_bank).
-export([start/0]).
-include("../include/fixture_procs.hrl").

account(Balance) ->
    receive
        {lock, From} ->
            From ! {locked, self(), Balance},
            receive
                {set, From, New} -> From ! {done, self()}, account(New);
                {unlock, From} -> account(Balance)
            end;
        {balance, From} -> From ! {balance, self(), Balance}, account(Balance)
    end.

run() ->
    Accounts = [spawn(fun() -> account(1000) end) || _ <- lists:seq(1, 10)],
    Self = self(),
    Clerks = [spawn(fun() -> clerk(Accounts, I), Self ! {clerk_done, self()} end) || I <- lists:seq(1, 8)],
    [receive {clerk_done, C} -> ok end || C <- Clerks],
    Balances = [begin A ! {balance, self()}, receive {balance, A, B} -> B end end || A <- Accounts],
    {Balances, lists:sum(Balances)}.

%% Each clerk makes 50 transfers; transfer I of clerk C moves (C + I) rem 7 + 1 from account
%% X to account Y. Over all clerks each account pays and receives fixed totals.
clerk(Accounts, C) ->
    N = length(Accounts),
    [begin
         X = (C * 7 + I) rem N + 1,
         Y = (C * 3 + I * 5) rem N + 1,
         if X =/= Y -> locked_transfer(lists:nth(X, Accounts), lists:nth(Y, Accounts), (C + I) rem 7 + 1);
            true -> ok
         end
     end || I <- lists:seq(1, 50)],
    ok.

%% The real transfer: lock both (in pid order), read both balances from the lock replies,
%% write both, done.
locked_transfer(A, B, Amount) ->
    [First, Second] = lists:sort([A, B]),
    First ! {lock, self()},
    Bal1 = receive {locked, First, B1} -> B1 end,
    Second ! {lock, self()},
    Bal2 = receive {locked, Second, B2} -> B2 end,
    Bals = #{First => Bal1, Second => Bal2},
    A ! {set, self(), maps:get(A, Bals) - Amount},
    B ! {set, self(), maps:get(B, Bals) + Amount},
    receive {done, A} -> ok end,
    receive {done, B} -> ok end,
    ok.

start() ->
    isolated(fun run/0).
