%% Generators of test arguments for the differential tests, logging funs, and a
%% group leader that records the I/O requests it gets.
-module(lite_gen).
-export([seed/0, int/0, int/2, small/0, float/0, num/0, atom/0, term/0, term/1,
         list/1, list/2, list_of/2, ilist/0, oneof/1, pick/1, maybe_bad/1, maybe_bad/2,
         string/0, ustring/0, binary/0, map/0, map/1, tuple_list/2, key_list/1,
         deep_list/1, sorted/1, chardata/0, latin1_string/0,
         f1/2, f2/2, f3/2, log/1]).
-export([start_io_capture/0, stop_io_capture/1]).

seed() -> rand:seed(exsss, {16#5eed, 42, 7}).

int() -> oneof([fun() -> int(-3, 10) end, fun() -> int(-1000, 1000) end,
                fun() -> pick([0, 1, -1, 1 bsl 64, -(1 bsl 70), 16#7fffffffffffffff]) end]).
int(Lo, Hi) -> Lo + rand:uniform(Hi - Lo + 1) - 1.
small() -> int(0, 6).
float() -> pick([0.0, -0.0, 1.0, 1.5, -2.25, 3.0e10, 1.0e-5, 0.1, 2.0, 123.456]).
num() -> oneof([fun int/0, fun ?MODULE:float/0]).
atom() -> pick([a, b, c, ok, error, undefined, true, false, foo, 'Quoted Atom', '', 'ünï']).
string() -> [int($a, $e) || _ <- lists:seq(1, int(0, 6))].
latin1_string() -> [pick([$a, $B, $\s, $\t, $\n, $é, $Ö, $ß, $0, $9, $-, $., $,, $ÿ, $\r])
                     || _ <- lists:seq(1, int(0, 8))].
ustring() -> [pick([$a, $Z, $\s, $é, 16#3b1, 16#4e2d, 16#1f600, $\n, $_, $ß, 16#130, 16#1e9e])
              || _ <- lists:seq(1, int(0, 8))].
binary() -> oneof([fun() -> list_to_binary(string()) end,
                   fun() -> unicode:characters_to_binary(ustring()) end,
                   fun() -> <<>> end]).
chardata() ->
    oneof([fun latin1_string/0, fun ustring/0, fun binary/0,
           fun() -> [latin1_string(), binary(), [ustring()]] end,
           fun() -> [binary() | latin1_string()] end]).

term() -> term(2).
term(0) -> oneof([fun int/0, fun ?MODULE:float/0, fun atom/0, fun() -> [] end,
                  fun string/0, fun() -> <<"bin">> end]);
term(D) ->
    oneof([fun() -> term(0) end, fun() -> term(0) end, fun() -> term(0) end,
           fun() -> list(fun() -> term(D - 1) end) end,
           fun() -> list_to_tuple(list(fun() -> term(D - 1) end)) end,
           fun() -> [term(D - 1) | term(0)] end,
           fun() -> map(fun() -> term(D - 1) end) end]).

list(G) -> list(G, 6).
list(G, Max) -> [G() || _ <- lists:seq(1, int(0, Max))].
list_of(G, N) -> [G() || _ <- lists:seq(1, N)].
ilist() -> list(fun small/0).
sorted(L) -> lists:sort(L).
deep_list(0) -> small();
deep_list(D) -> [oneof([fun small/0, fun() -> deep_list(D - 1) end]) || _ <- lists:seq(1, int(0, 4))].
map() -> map(fun term/0).
map(G) -> maps:from_list([{pick([a, b, c, 1, 2, 3, 1.0, "k", {t}, x, y]), G()}
                          || _ <- lists:seq(1, int(0, 6))]).
tuple_list(N, G) -> [list_to_tuple(list_of(G, int(N, N + 2))) || _ <- lists:seq(1, int(0, 6))].
key_list(G) -> [{pick([a, b, c, d, 1, 1.0, 2]), G()} || _ <- lists:seq(1, int(0, 6))].

oneof(Gs) -> (pick(Gs))().
pick(L) -> lists:nth(rand:uniform(length(L)), L).

%% Usually a value from G, sometimes anything at all.
maybe_bad(G) -> maybe_bad(G, 8).
maybe_bad(G, OneIn) ->
    case rand:uniform(OneIn) of
        1 -> term();
        _ -> G()
    end.

log(Entry) -> put(lite_log, [Entry | get(lite_log)]).

%% Funs that log each call (so the order and number of calls are compared too).
f1(Tag, F) -> fun(X) -> log({Tag, X}), F(X) end.
f2(Tag, F) -> fun(X, Y) -> log({Tag, X, Y}), F(X, Y) end.
f3(Tag, F) -> fun(X, Y, Z) -> log({Tag, X, Y, Z}), F(X, Y, Z) end.

%% A group leader that records each request, answers output requests, and reads input from
%% a fixed text.
start_io_capture() ->
    spawn(fun() -> io_loop([], <<"first line\nsecond 42 line\n3.5 end\n">>) end).

stop_io_capture(Pid) ->
    Ref = make_ref(),
    Pid ! {stop, self(), Ref},
    receive {Ref, Log} -> Log after 5000 -> io_capture_lost end.

io_loop(Log, Input) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, Input1} = io_request(Req, Input),
            From ! {io_reply, ReplyAs, Reply},
            io_loop([{Req, Reply} | Log], Input1);
        {stop, From, Ref} ->
            From ! {Ref, lists:reverse(Log)}
    end.

io_request({put_chars, Enc, Chars}, In) ->
    {put_chars_reply(Enc, fun() -> Chars end), In};
io_request({put_chars, Enc, M, F, A}, In) ->
    {put_chars_reply(Enc, fun() -> apply(M, F, A) end), In};
io_request({get_line, _Enc, _Prompt}, In) ->
    case binary:split(In, <<"\n">>) of
        [<<>>] -> {eof, In};
        [Line, Rest] -> {binary_to_list(<<Line/binary, "\n">>), Rest};
        [Line] -> {binary_to_list(Line), <<>>}
    end;
io_request({get_chars, _Enc, _Prompt, N}, In) ->
    case In of
        <<>> -> {eof, In};
        _ when byte_size(In) =< N -> {binary_to_list(In), <<>>};
        <<Chars:N/binary, Rest/binary>> -> {binary_to_list(Chars), Rest}
    end;
io_request({get_until, _Enc, _Prompt, M, F, A}, In) ->
    get_until(M, F, A, [], In);
io_request({get_geometry, columns}, In) -> {80, In};
io_request({get_geometry, rows}, In) -> {24, In};
io_request(getopts, In) -> {[{binary, false}, {encoding, unicode}], In};
io_request({setopts, _}, In) -> {ok, In};
io_request({requests, Reqs}, In) ->
    lists:foldl(fun(R, {ok, I}) -> io_request(R, I);
                   (_, Acc) -> Acc
                end, {ok, In}, Reqs);
io_request(_, In) -> {{error, request}, In}.

put_chars_reply(Enc, Produce) ->
    try unicode:characters_to_list(Produce(), Enc) of
        L when is_list(L) -> ok;
        _ -> {error, put_chars}
    catch _:_ -> {error, put_chars}
    end.

get_until(M, F, A, State, In) ->
    {Data, Rest} = case binary:split(In, <<"\n">>) of
                       [<<>>] -> {eof, In};
                       [Line, R] -> {binary_to_list(<<Line/binary, "\n">>), R};
                       [Line] -> {binary_to_list(Line), <<>>}
                   end,
    case catch apply(M, F, [State, Data | A]) of
        {done, Result, Chars} when is_list(Chars) ->
            {Result, list_to_binary([Chars, Rest])};
        {done, Result, _} -> {Result, Rest};
        {more, State1} when Data =/= eof -> get_until(M, F, A, State1, Rest);
        {more, _} -> {eof, Rest};
        Other -> {{error, {get_until, Other}}, Rest}
    end.
