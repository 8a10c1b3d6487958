%% The I/O protocol spoken by hand to the real group leader (the user I/O server of
%% `erl -noshell`): put_chars in its forms, requests lists, getopts, get_geometry, unknown
%% requests; each answered with {io_reply, ReplyAs, Reply}.
%% RUN: alone
-module(io_protocol_raw).
-export([start/0]).

request(Req) ->
    GL = group_leader(),
    Ref = make_ref(),
    GL ! {io_request, self(), Ref, Req},
    receive {io_reply, Ref, Reply} -> Reply after 5000 -> no_reply end.

start() ->
    R1 = request({put_chars, unicode, "unicode chars\n"}),
    R2 = request({put_chars, latin1, <<"latin1 binary\n">>}),
    R3 = request({put_chars, unicode, <<"unicode binary caf", 195, 169, "\n">>}),
    R4 = request({put_chars, unicode, io_lib, format, ["mfa form ~w~n", [42]]}),
    R5 = request({requests, [{put_chars, unicode, "first of two, "},
                             {put_chars, unicode, "second of two\n"}]}),
    R6 = request(getopts),
    R7 = request({get_geometry, columns}),
    R8 = request(fixture_unknown_request),
    R9 = request({put_chars, unicode, io_lib, fixture_no_such_function, []}),
    R10 = request({put_chars, latin1, [255, $\n]}),
    %% ReplyAs can be any term.
    GL = group_leader(),
    GL ! {io_request, self(), {any, term}, {put_chars, unicode, "reply-as is a tuple\n"}},
    R11 = receive {io_reply, {any, term}, Reply11} -> Reply11 after 5000 -> no_reply end,
    {R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11}.
