%% otp-lite: the `timer` module, API-compatible with OTP 25 for its functions (not its
%% gen_server callbacks). sleep/tc/send_after to a local pid work as in OTP. The timers
%% that run code (apply_after with a time > 0, apply_interval, send_interval, exit_after,
%% kill_after, send_after to a name) each run in a small process of their own instead of
%% OTP's timer server; they return {ok, {once | interval, Ref}} like OTP, and an interval
%% timer stops when the process it belongs to exits, as in OTP. Such a timer can only be
%% cancelled by the process that created it.
-module(timer).

-export([apply_after/4, send_after/3, send_after/2, exit_after/3, exit_after/2,
         kill_after/2, kill_after/1, apply_interval/4, send_interval/3, send_interval/2,
         cancel/1, sleep/1, tc/1, tc/2, tc/3, now_diff/2, seconds/1, minutes/1, hours/1,
         hms/3]).
-export([send/2]).

-export_type([tref/0]).

-opaque tref() :: {instant | send_local | once | interval, reference()}.
-type time() :: non_neg_integer().

-define(MAX_RECEIVE_AFTER, 16#ffffffff).
-define(VALID_TIME(T), (is_integer(T) andalso T >= 0)).
-define(VALID_MFA(M, F, A), (is_atom(M) andalso is_atom(F) andalso is_list(A))).

-spec apply_after(time(), module(), atom(), [term()]) -> {ok, tref()} | {error, badarg}.
apply_after(0, M, F, A) when ?VALID_MFA(M, F, A) ->
    run(M, F, A),
    {ok, {instant, make_ref()}};
apply_after(Time, M, F, A) when ?VALID_TIME(Time), ?VALID_MFA(M, F, A) ->
    start_timer(once, Time, none, {M, F, A});
apply_after(_Time, _M, _F, _A) ->
    {error, badarg}.

send_after(0, Dest, Message) when is_pid(Dest); is_atom(Dest) ->
    Dest ! Message,
    {ok, {instant, make_ref()}};
send_after(0, {RegName, Node} = Dest, Message) when is_atom(RegName), is_atom(Node) ->
    Dest ! Message,
    {ok, {instant, make_ref()}};
send_after(Time, Pid, Message) when ?VALID_TIME(Time), is_pid(Pid), node(Pid) =:= node() ->
    {ok, {send_local, erlang:send_after(Time, Pid, Message)}};
send_after(Time, Pid, Message) when is_pid(Pid) ->
    apply_after(Time, ?MODULE, send, [Pid, Message]);
send_after(Time, RegName, Message) when is_atom(RegName) ->
    apply_after(Time, ?MODULE, send, [RegName, Message]);
send_after(Time, {RegName, Node} = Dest, Message) when is_atom(RegName), is_atom(Node) ->
    apply_after(Time, ?MODULE, send, [Dest, Message]);
send_after(_Time, _Dest, _Message) ->
    {error, badarg}.

send_after(Time, Message) -> send_after(Time, self(), Message).

exit_after(Time, Pid, Reason) -> apply_after(Time, erlang, exit, [Pid, Reason]).

exit_after(Time, Reason) -> exit_after(Time, self(), Reason).

kill_after(Time, Pid) -> exit_after(Time, Pid, kill).

kill_after(Time) -> exit_after(Time, self(), kill).

apply_interval(Time, M, F, A) when ?VALID_TIME(Time), ?VALID_MFA(M, F, A) ->
    start_timer(interval, Time, self(), {M, F, A});
apply_interval(_Time, _M, _F, _A) ->
    {error, badarg}.

send_interval(Time, Pid, Message) when ?VALID_TIME(Time), is_pid(Pid) ->
    start_timer(interval, Time, Pid, {?MODULE, send, [Pid, Message]});
send_interval(Time, RegName, Message) when ?VALID_TIME(Time), is_atom(RegName) ->
    start_timer(interval, Time, RegName, {?MODULE, send, [RegName, Message]});
send_interval(Time, {RegName, Node} = Dest, Message)
  when ?VALID_TIME(Time), is_atom(RegName), is_atom(Node) ->
    start_timer(interval, Time, Dest, {?MODULE, send, [Dest, Message]});
send_interval(_Time, _Dest, _Message) ->
    {error, badarg}.

send_interval(Time, Message) -> send_interval(Time, self(), Message).

cancel({instant, Ref}) when is_reference(Ref) -> {ok, cancel};
cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({Kind, Ref}) when (Kind =:= once orelse Kind =:= interval), is_reference(Ref) ->
    case erase({?MODULE, Ref}) of
        Pid when is_pid(Pid) -> Pid ! {cancel, Ref};
        undefined -> ok
    end,
    {ok, cancel};
cancel(_TRef) ->
    {error, badarg}.

sleep(T) when is_integer(T), T > ?MAX_RECEIVE_AFTER ->
    receive
    after ?MAX_RECEIVE_AFTER -> sleep(T - ?MAX_RECEIVE_AFTER)
    end;
sleep(T) ->
    receive
    after T -> ok
    end.

tc(F) -> measure(fun() -> F() end).

tc(F, A) -> measure(fun() -> apply(F, A) end).

tc(M, F, A) -> measure(fun() -> apply(M, F, A) end).

measure(Run) ->
    T1 = erlang:monotonic_time(),
    Val = Run(),
    T2 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T2 - T1, native, microsecond), Val}.

now_diff({A2, B2, C2}, {A1, B1, C1}) -> ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.

seconds(Seconds) -> 1000 * Seconds.

minutes(Minutes) -> 1000 * 60 * Minutes.

hours(Hours) -> 1000 * 60 * 60 * Hours.

hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

%% Used by the send timers.
send(Dest, Message) -> Dest ! Message.

%%% Timer processes.

start_timer(Kind, Time, Owner, MFA) ->
    Ref = make_ref(),
    Pid = spawn(fun() -> timer_init(Kind, Ref, Time, Owner, MFA) end),
    put({?MODULE, Ref}, Pid),
    {ok, {Kind, Ref}}.

%% An interval timer is linked to its owner (a pid, or a name resolved now) so that it
%% ends with it.
timer_init(interval, Ref, Time, Owner, MFA) ->
    case owner_pid(Owner) of
        Pid when is_pid(Pid) ->
            process_flag(trap_exit, true),
            link(Pid),
            interval_loop(Ref, Time, Pid, MFA, erlang:monotonic_time(millisecond) + Time);
        undefined -> ok
    end;
timer_init(once, Ref, Time, _Owner, {M, F, A}) ->
    receive
        {cancel, Ref} -> ok
    after Time -> run(M, F, A)
    end.

owner_pid(Pid) when is_pid(Pid) -> Pid;
owner_pid({Name, Node}) when Node =:= node() -> whereis(Name);
owner_pid({_Name, _Node}) -> undefined;
owner_pid(Name) when is_atom(Name) -> whereis(Name).

interval_loop(Ref, Time, Owner, {M, F, A} = MFA, Next) ->
    Wait = erlang:max(0, Next - erlang:monotonic_time(millisecond)),
    receive
        {cancel, Ref} -> ok;
        {'EXIT', Owner, _} -> ok
    after Wait ->
            run(M, F, A),
            interval_loop(Ref, Time, Owner, MFA, Next + Time)
    end.

%% Sends and exits are done directly, anything else in a new process (as OTP does).
run(?MODULE, send, [Dest, Message]) -> catch send(Dest, Message);
run(erlang, exit, [Pid, Reason]) -> catch exit(Pid, Reason);
run(M, F, A) -> catch spawn(M, F, A).
