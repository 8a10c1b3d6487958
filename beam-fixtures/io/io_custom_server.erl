%% A hand-written I/O server speaking the Erlang I/O protocol, made the group leader of a
%% process: everything that process prints through io reaches the server, and its reads
%% are answered from the server's script. The fixture returns what the server captured.
-module(io_custom_server).
-export([start/0]).

%% ---- the I/O server ------------------------------------------------------------------------

server(Out, Input, Log) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Out2, Input2, Log2} = request(Request, Out, Input, Log),
            From ! {io_reply, ReplyAs, Reply},
            server(Out2, Input2, Log2);
        {dump, To} ->
            To ! {dump, unicode:characters_to_binary(lists:reverse(Out)), lists:reverse(Log)},
            server(Out, Input, Log)
    end.

request({put_chars, Enc, Chars}, Out, In, Log) ->
    {ok, [to_unicode(Chars, Enc) | Out], In, [put_chars | Log]};
request({put_chars, Enc, M, F, A}, Out, In, Log) ->
    try apply(M, F, A) of
        Chars -> {ok, [to_unicode(Chars, Enc) | Out], In, [put_chars | Log]}
    catch _:_ -> {{error, F}, Out, In, [put_chars_failed | Log]}
    end;
request({get_line, _Enc, Prompt}, Out, In, Log) ->
    Out2 = [prompt(Prompt) | Out],
    case string:split(In, "\n") of
        [""] -> {eof, Out2, In, [get_line | Log]};
        [Last] -> {Last, Out2, "", [get_line | Log]};
        [Line, Rest] -> {Line ++ "\n", Out2, Rest, [get_line | Log]}
    end;
request({get_chars, _Enc, Prompt, N}, Out, In, Log) ->
    Out2 = [prompt(Prompt) | Out],
    case In of
        "" -> {eof, Out2, In, [get_chars | Log]};
        _ -> {Chars, Rest} = lists:split(min(N, length(In)), In),
             {Chars, Out2, Rest, [get_chars | Log]}
    end;
request({get_until, _Enc, Prompt, M, F, Xs}, Out, In, Log) ->
    Out2 = [prompt(Prompt) | Out],
    {Reply, Rest} = get_until(M, F, Xs, [], In),
    {Reply, Out2, Rest, [get_until | Log]};
request(getopts, Out, In, Log) ->
    {[{binary, false}, {encoding, unicode}], Out, In, [getopts | Log]};
request({setopts, _}, Out, In, Log) ->
    {{error, enotsup}, Out, In, [setopts | Log]};
request({get_geometry, columns}, Out, In, Log) ->
    {64, Out, In, [get_geometry | Log]};
request({get_geometry, rows}, Out, In, Log) ->
    {24, Out, In, [get_geometry | Log]};
request({requests, Reqs}, Out, In, Log) ->
    lists:foldl(fun(R, {_, O, I, L}) -> request(R, O, I, L) end, {ok, Out, In, Log}, Reqs);
request(_Other, Out, In, Log) ->
    {{error, request}, Out, In, [unknown | Log]}.

%% The get_until protocol: feed M:F(Cont, Data, Xs...) one line at a time until it is done.
get_until(M, F, Xs, Cont, In) ->
    {Data, Rest} = case string:split(In, "\n") of
                       [""] -> {eof, ""};
                       [Last] -> {Last, ""};
                       [Line, R] -> {Line ++ "\n", R}
                   end,
    case apply(M, F, [Cont, Data | Xs]) of
        {done, Result, Chars} -> {Result, chars_left(Chars) ++ Rest};
        {more, _} when Data =:= eof -> {eof, Rest};
        {more, Cont2} -> get_until(M, F, Xs, Cont2, Rest)
    end.

chars_left(eof) -> "";
chars_left(Chars) -> Chars.

prompt('') -> "";
prompt(P) when is_atom(P) -> atom_to_list(P);
prompt(P) -> unicode:characters_to_list(P).

to_unicode(Chars, unicode) -> unicode:characters_to_list(Chars, unicode);
to_unicode(Chars, latin1) -> unicode:characters_to_list(Chars, latin1).

%% ---- the client ----------------------------------------------------------------------------

client() ->
    io:format("format ~w and ~s~n", [term, "string"]),
    io:put_chars(["iolist ", <<"with binary">>, $\n]),
    io:fwrite("unicode ~ts~n", [[8364, 233]]),
    io:write({written, 1}),
    io:nl(),
    L1 = io:get_line("line? "),
    C1 = io:get_chars("chars? ", 8),
    T1 = io:read("term? "),
    T2 = io:read(""),
    L2 = io:get_line(""),
    L3 = io:get_line(""),
    Opts = io:getopts(),
    Cols = io:columns(),
    Rows = io:rows(),
    io:format(standard_io, "explicit standard_io~n", []),
    {L1, C1, T1, T2, L2, L3, Opts, Cols, Rows}.

start() ->
    Input = "first line\nabcdefg\n{a, term}.\n[1,\n2].\nlast",
    Server = spawn(fun() -> server([], Input, []) end),
    Self = self(),
    Client = spawn(fun() ->
                           receive go -> ok end,
                           Self ! {client_done, client()}
                   end),
    true = group_leader(Server, Client),
    GL = erlang:process_info(Client, group_leader) =:= {group_leader, Server},
    Client ! go,
    Result = receive {client_done, R} -> R end,
    Server ! {dump, self()},
    {Captured, Log} = receive {dump, C, L} -> {C, L} end,
    exit(Server, kill),
    {GL, Result, Captured, Log}.
