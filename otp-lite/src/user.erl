%% otp-lite: the console I/O servers, as `erl -noshell` has them: `user` (standard input and
%% output, the group leader of the first process) and `standard_error`. The VM starts both
%% (vm::console::start) and registers them; they answer the Erlang I/O protocol
%% ({io_request, From, ReplyAs, Request} -> {io_reply, ReplyAs, Reply}) as OTP 25's
%% user.erl and standard_error.erl do: the device encoding is latin1 (characters above 255
%% are written as \x{...}), reads give one character per input byte, CR LF ends a line as LF.
%%
%% Output goes through the beamos_console:write/2 BIF to the platform console. Input comes
%% as platform events {platform_event, 1, Word} (up to 7 bytes, count in the top byte) and
%% {platform_event, 2, _} at the end of input. A read that the buffered input cannot answer
%% waits in a queue while output requests go on being served (each one prints the waiting
%% read's prompt again, as OTP's user does).
-module(user).
-export([server/0, error_server/0]).

-define(CONSOLE_INPUT, 1).
-define(CONSOLE_EOF, 2).

-record(st, {stream = stdout,     % where output goes
             encoding = latin1,   % device encoding (setopts)
             read_mode = list,    % list | binary
             buf = <<>>,          % input bytes not yet read
             eof = false,         % the input ended
             reads = []}).        % waiting reads, oldest first: {From, ReplyAs, Req, Cont}

server() ->
    loop(#st{stream = stdout}).

error_server() ->
    loop(#st{stream = stderr}).

loop(S) ->
    receive
        {io_request, From, ReplyAs, Request} when is_pid(From) ->
            loop(request(From, ReplyAs, Request, S));
        {platform_event, ?CONSOLE_INPUT, Word} when S#st.stream =:= stdout ->
            loop(serve_reads(S#st{buf = <<(S#st.buf)/binary, (event_bytes(Word))/binary>>}));
        {platform_event, ?CONSOLE_EOF, _} when S#st.stream =:= stdout ->
            beamos_console:input_closed(),
            loop(serve_reads(S#st{eof = true}));
        _Other ->
            loop(S)
    end.

event_bytes(Word) ->
    N = min(Word bsr 56, 7),
    <<Bytes:N/binary, _/binary>> = <<Word:64/little>>,
    Bytes.

%% ---- requests ------------------------------------------------------------------------------

request(From, ReplyAs, Request, S) ->
    case is_read(Request) andalso S#st.stream =:= stdout of
        true ->
            S1 = S#st{reads = S#st.reads ++ [{From, ReplyAs, Request, start}]},
            case S#st.reads of
                [] ->
                    _ = prompt(Request, S1),
                    serve_reads(S1);
                _ ->
                    S1
            end;
        false ->
            {Reply, S1} = io_request(Request, S),
            From ! {io_reply, ReplyAs, Reply},
            %% Output while a read waits: OTP's user prints the read's prompt again.
            case {S1#st.reads, Request} of
                {[], _} -> S1;
                {_, {get_geometry, _}} -> S1;
                {[{_, _, Waiting, _} | _], _} -> _ = prompt(Waiting, S1), S1
            end
    end.

is_read({get_chars, _, _, _}) -> true;
is_read({get_line, _, _}) -> true;
is_read({get_until, _, _, _, _, _}) -> true;
is_read({get_chars, _, _}) -> true;
is_read({get_line, _}) -> true;
is_read({get_until, _, _, _, _}) -> true;
is_read(_) -> false.

io_request({put_chars, unicode, Chars}, S) ->
    put_chars(device_bytes(Chars, unicode, S#st.encoding), S);
io_request({put_chars, latin1, Chars}, S) ->
    put_chars(convert(Chars, latin1, S#st.encoding), S);
io_request({put_chars, Enc, M, F, A}, S) when Enc =:= unicode; Enc =:= latin1 ->
    case catch apply(M, F, A) of
        Data when is_list(Data); is_binary(Data) ->
            case Enc of
                unicode -> put_chars(device_bytes(Data, unicode, S#st.encoding), S);
                latin1 -> put_chars(convert(Data, latin1, S#st.encoding), S)
            end;
        _ ->
            {{error, put_chars}, S}
    end;
io_request({put_chars, Chars}, S) ->
    io_request({put_chars, latin1, Chars}, S);
io_request({put_chars, M, F, A}, S) ->
    io_request({put_chars, latin1, M, F, A}, S);
io_request({get_geometry, _}, S) ->
    %% The console is not a terminal whose size the VM can ask.
    {{error, enotsup}, S};
io_request(getopts, S) ->
    case S#st.stream of
        stdout -> {[{binary, S#st.read_mode =:= binary}, {encoding, S#st.encoding}], S};
        stderr -> {[{encoding, S#st.encoding}], S}
    end;
io_request({setopts, Opts}, S) when is_list(Opts) ->
    setopts(Opts, S);
io_request({requests, Reqs}, S) ->
    requests(Reqs, {ok, S});
io_request(R, S) ->
    {{error, {request, R}}, S}.

requests([R | Rs], {ok, S}) ->
    requests(Rs, io_request(R, S));
requests(_, Result) ->
    Result.

put_chars(error, S) ->
    {{error, put_chars}, S};
put_chars(Bin, S) ->
    beamos_console:write(S#st.stream, Bin),
    {ok, S}.

convert(Chars, From, To) ->
    case catch unicode:characters_to_binary(Chars, From, To) of
        Bin when is_binary(Bin) -> Bin;
        _ -> error
    end.

%% Unicode characters for the device: on a latin1 device a character above 255 becomes
%% \x{HEX}.
device_bytes(Chars, unicode, latin1) ->
    case catch unicode:characters_to_binary(Chars, unicode, latin1) of
        Bin when is_binary(Bin) ->
            Bin;
        _ ->
            case catch unicode:characters_to_list(Chars, unicode) of
                L when is_list(L) ->
                    list_to_binary([if X > 255 -> ["\\x{", integer_to_list(X, 16), $}];
                                       true -> X
                                    end || X <- L]);
                _ ->
                    error
            end
    end;
device_bytes(Bin, Enc, Enc) when is_binary(Bin) ->
    Bin;
device_bytes(Chars, From, To) ->
    convert(Chars, From, To).

setopts(Opts0, S) ->
    Opts = expand_opts(Opts0),
    case lists:all(fun(O) -> valid_opt(O, S#st.stream) end, Opts) of
        true ->
            Enc = case proplists:get_value(encoding, Opts) of
                      utf8 -> unicode;
                      undefined -> S#st.encoding;
                      E -> E
                  end,
            Mode = case proplists:get_value(binary, Opts) of
                       true -> binary;
                       false -> list;
                       undefined -> S#st.read_mode
                   end,
            {ok, S#st{encoding = Enc, read_mode = Mode}};
        false ->
            {{error, enotsup}, S}
    end.

expand_opts([latin1 | T]) -> [{encoding, latin1} | expand_opts(T)];
expand_opts([unicode | T]) -> [{encoding, unicode} | expand_opts(T)];
expand_opts([binary | T]) -> [{binary, true} | expand_opts(T)];
expand_opts([list | T]) -> [{binary, false} | expand_opts(T)];
expand_opts([H | T]) -> [H | expand_opts(T)];
expand_opts([]) -> [].

valid_opt({binary, B}, stdout) when is_boolean(B) -> true;
valid_opt({encoding, E}, _) when E =:= latin1; E =:= utf8; E =:= unicode -> true;
valid_opt(_, _) -> false.

prompt(Request, S) ->
    case prompt_of(Request) of
        '' -> ok;
        Prompt ->
            case device_bytes(io_lib:format_prompt(Prompt, S#st.encoding), unicode,
                              S#st.encoding) of
                error -> error;
                Bin -> beamos_console:write(stdout, Bin)
            end
    end.

prompt_of({get_chars, _, Prompt, _}) -> Prompt;
prompt_of({get_line, _, Prompt}) -> Prompt;
prompt_of({get_until, _, Prompt, _, _, _}) -> Prompt;
prompt_of({get_chars, Prompt, _}) -> Prompt;
prompt_of({get_line, Prompt}) -> Prompt;
prompt_of({get_until, Prompt, _, _, _}) -> Prompt.

%% ---- reads ---------------------------------------------------------------------------------

%% Answers waiting reads, oldest first, while the input allows.
serve_reads(#st{reads = []} = S) ->
    S;
serve_reads(#st{reads = [{From, ReplyAs, Req, Cont} | Rest]} = S) ->
    case read(normalize(Req), Cont, S) of
        {reply, Reply, S1} ->
            From ! {io_reply, ReplyAs, Reply},
            S2 = S1#st{reads = Rest},
            case Rest of
                [{_, _, Next, _} | _] -> _ = prompt(Next, S2);
                [] -> ok
            end,
            serve_reads(S2);
        {wait, Cont1, S1} ->
            S1#st{reads = [{From, ReplyAs, Req, Cont1} | Rest]}
    end.

normalize({get_chars, Prompt, N}) -> {get_chars, latin1, Prompt, N};
normalize({get_line, Prompt}) -> {get_line, latin1, Prompt};
normalize({get_until, Prompt, M, F, As}) -> {get_until, latin1, Prompt, M, F, As};
normalize(Req) -> Req.

%% Nothing buffered and the input ended: a new read is eof (a get_until that has begun
%% is asked once more, with eof).
read(_Req, start, #st{buf = <<>>, eof = true} = S) ->
    {reply, eof, S};
read({Get, _, _}, _, #st{buf = <<>>, eof = true} = S) when Get =:= get_line ->
    {reply, eof, S};
read({get_chars, _, _, _}, _, #st{buf = <<>>, eof = true} = S) ->
    {reply, eof, S};
read({get_line, Enc, _}, _, #st{buf = Buf} = S) ->
    case binary:match(Buf, <<"\n">>) of
        {Pos, 1} ->
            <<Line0:Pos/binary, _, Rest/binary>> = Buf,
            Line = case Line0 of
                       <<L:(Pos - 1)/binary, $\r>> -> L;
                       _ -> Line0
                   end,
            cast_reply(<<Line/binary, $\n>>, Enc, S#st{buf = Rest});
        nomatch when S#st.eof ->
            cast_reply(Buf, Enc, S#st{buf = <<>>});
        nomatch ->
            {wait, started, S}
    end;
read({get_chars, Enc, _, N}, _, #st{buf = Buf} = S) when is_integer(N), N >= 0 ->
    Have = chars_available(Buf, S#st.encoding),
    if
        Have >= N, N =:= 0, Buf =:= <<>>, not S#st.eof ->
            {wait, started, S};
        Have >= N ->
            {Chars, Rest} = split_chars(Buf, N, S#st.encoding),
            cast_reply(Chars, Enc, S#st{buf = Rest});
        S#st.eof ->
            cast_reply(Buf, Enc, S#st{buf = <<>>});
        true ->
            {wait, started, S}
    end;
read({get_until, Enc, _, M, F, As}, Cont0, #st{buf = Buf} = S) ->
    Cont = case Cont0 of
               start -> [];
               started -> [];
               C -> C
           end,
    Data = case {Buf, S#st.eof} of
               {<<>>, true} -> eof;
               {<<>>, false} -> none;
               _ -> Buf
           end,
    case Data of
        none ->
            {wait, {cont, Cont}, S};
        _ ->
            S1 = S#st{buf = <<>>},
            case catch apply(M, F, [cont(Cont), cast_data(Data, Enc, S) | As]) of
                {done, Result, Rest} ->
                    {reply, Result, S1#st{buf = rest_bytes(Rest, S)}};
                {more, Cont1} when Data =:= eof ->
                    %% The function wants more after the end: ask it once more with eof.
                    get_until_eof(M, F, As, Cont1, Enc, S1);
                {more, Cont1} ->
                    case S1#st.eof of
                        true -> get_until_eof(M, F, As, Cont1, Enc, S1);
                        false -> {wait, {cont, Cont1}, S1}
                    end;
                _ ->
                    {reply, {error, F}, S1}
            end
    end;
read(_Req, _Cont, S) ->
    {reply, {error, request}, S}.

get_until_eof(M, F, As, Cont, _Enc, S) ->
    case catch apply(M, F, [Cont, eof | As]) of
        {done, Result, _Rest} -> {reply, Result, S};
        {more, _} -> {reply, eof, S};
        _ -> {reply, {error, F}, S}
    end.

cont({cont, C}) -> C;
cont(C) -> C.

chars_available(Buf, latin1) -> byte_size(Buf);
chars_available(Buf, unicode) ->
    case unicode:characters_to_list(Buf, unicode) of
        L when is_list(L) -> length(L);
        {_, L, _} -> length(L)
    end.

split_chars(Buf, N, latin1) ->
    <<Chars:N/binary, Rest/binary>> = Buf,
    {Chars, Rest};
split_chars(Buf, N, unicode) ->
    {Chars, Rest} = lists:split(N, unicode:characters_to_list(Buf, unicode)),
    {unicode:characters_to_binary(Chars), unicode:characters_to_binary(Rest)}.

rest_bytes(eof, _S) -> <<>>;
rest_bytes(Rest, #st{encoding = latin1}) when is_list(Rest) -> list_to_binary(Rest);
rest_bytes(Rest, #st{encoding = unicode}) when is_list(Rest) ->
    unicode:characters_to_binary(Rest);
rest_bytes(Rest, _S) when is_binary(Rest) -> Rest;
rest_bytes(_, _) -> <<>>.

cast_data(eof, _Enc, _S) -> eof;
cast_data(Bytes, Enc, S) -> cast(Bytes, Enc, S).

cast_reply(Bytes, Enc, S) ->
    case catch cast(Bytes, Enc, S) of
        {'EXIT', _} -> {reply, {error, {no_translation, S#st.encoding, Enc}}, S};
        Data -> {reply, Data, S}
    end.

%% Input bytes as the reader wants them (list or binary, in its encoding), as OTP's
%% user:cast/4 converts them.
cast(Bytes, Enc, #st{read_mode = Mode, encoding = DevEnc}) ->
    case {Mode, DevEnc, Enc} of
        {binary, Same, Same} -> Bytes;
        {binary, latin1, unicode} -> unicode:characters_to_binary(Bytes, latin1, unicode);
        {binary, unicode, latin1} ->
            case unicode:characters_to_binary(Bytes, unicode, latin1) of
                B when is_binary(B) -> B;
                _ -> exit(no_translation)
            end;
        {list, latin1, _} -> binary_to_list(Bytes);
        {list, unicode, unicode} ->
            case unicode:characters_to_list(Bytes, unicode) of
                L when is_list(L) -> L;
                _ -> exit(no_translation)
            end;
        {list, unicode, latin1} ->
            case unicode:characters_to_list(Bytes, unicode) of
                L when is_list(L) ->
                    [if C > 255 -> exit(no_translation); true -> C end || C <- L];
                _ ->
                    exit(no_translation)
            end
    end.
