%% otp-lite: the `io` module, API-compatible with OTP 25, speaking the Erlang I/O protocol
%% to the group leader (or the given device): it sends
%% {io_request, self(), MonitorRef, Request} and waits for {io_reply, MonitorRef, Reply}.
%% The requests are the ones OTP's io sends (format becomes
%% {put_chars, unicode, io_lib, format, [Format, Args]}, list output is sent as a binary,
%% ...), so any I/O server works with it. Only local I/O servers exist in BeamOS.
%%
%% read/1..4, scan_erl_exprs/1..4, scan_erl_form/1..4, parse_erl_exprs/1..4 and
%% parse_erl_form/1..4 ask the server for erl_scan:tokens/3,4 through get_until and parse
%% with erl_parse (otp-lite's have no parse_form/1, so parse_erl_form needs OTP's).
-module(io).

-export([put_chars/1, put_chars/2, nl/0, nl/1, columns/0, columns/1, rows/0, rows/1,
         get_chars/2, get_chars/3, get_line/1, get_line/2, get_password/0,
         get_password/1, setopts/1, setopts/2, getopts/0, getopts/1]).
-export([write/1, write/2]).
-export([fwrite/1, fwrite/2, fwrite/3, fread/2, fread/3, format/1, format/2, format/3]).
-export([request/1, request/2, requests/1, requests/2]).
-export([read/1, read/2, read/3, read/4]).
-export([scan_erl_exprs/1, scan_erl_exprs/2, scan_erl_exprs/3, scan_erl_exprs/4,
         scan_erl_form/1, scan_erl_form/2, scan_erl_form/3, scan_erl_form/4,
         parse_erl_exprs/1, parse_erl_exprs/2, parse_erl_exprs/3, parse_erl_exprs/4,
         parse_erl_form/1, parse_erl_form/2, parse_erl_form/3, parse_erl_form/4]).
-export([printable_range/0]).

-export_type([device/0, format/0, server_no_data/0]).

-type device() :: atom() | pid().
-type format() :: atom() | string() | binary().
-type server_no_data() :: {'error', ErrorDescription :: term()} | 'eof'.

%% BIF: latin1 or unicode, from the +pc emulator flag.
printable_range() -> erlang:nif_error(undef).

put_chars(Chars) -> output(put_chars, [Chars], group_leader(), {put_chars, unicode, Chars}).

put_chars(Io, Chars) -> output(put_chars, [Io, Chars], Io, {put_chars, unicode, Chars}).

nl() -> output(nl, [], group_leader(), nl).

nl(Io) -> output(nl, [Io], Io, nl).

write(Term) -> output(write, [Term], group_leader(), {write, Term}).

write(Io, Term) -> output(write, [Io, Term], Io, {write, Term}).

fwrite(Format) -> format(Format).
fwrite(Format, Args) -> format(Format, Args).
fwrite(Io, Format, Args) -> format(Io, Format, Args).

format(Format) -> output(format, [Format], group_leader(), {format, Format, []}).

format(Format, Args) -> output(format, [Format, Args], group_leader(), {format, Format, Args}).

format(Io, Format, Args) -> output(format, [Io, Format, Args], Io, {format, Format, Args}).

%% An output request: a failure (bad device, a dead server, or the server's {error, _})
%% raises an error with the caller's arguments, its reason as OTP's io chooses it.
output(_Function, Args, Io, Request) ->
    ErrorTag = make_ref(),
    case request(Io, Request, ErrorTag) of
        {ErrorTag, Reason} ->
            erlang:error(conv_reason(Reason), Args,
                         [{error_info, #{cause => {?MODULE, Reason},
                                         module => erl_stdlib_errors}}]);
        {error, Reason} ->
            erlang:error(conv_reason(Reason), Args,
                         [{error_info, #{cause => {device, Reason},
                                         module => erl_stdlib_errors}}]);
        Other ->
            Other
    end.

conv_reason(arguments) -> badarg;
conv_reason(terminated) -> terminated;
conv_reason(calling_self) -> calling_self;
conv_reason({no_translation, _, _}) -> no_translation;
conv_reason(_Reason) -> badarg.

columns() -> columns(group_leader()).

columns(Io) ->
    case request(Io, {get_geometry, columns}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

rows() -> rows(group_leader()).

rows(Io) ->
    case request(Io, {get_geometry, rows}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

get_chars(Prompt, N) -> get_chars(group_leader(), Prompt, N).

get_chars(Io, Prompt, N) when is_integer(N), N >= 0 -> request(Io, {get_chars, unicode, Prompt, N}).

get_line(Prompt) -> get_line(group_leader(), Prompt).

get_line(Io, Prompt) -> request(Io, {get_line, unicode, Prompt}).

get_password() -> get_password(group_leader()).

get_password(Io) -> request(Io, {get_password, unicode}).

getopts() -> getopts(group_leader()).

getopts(Io) -> request(Io, getopts).

setopts(Opts) -> setopts(group_leader(), Opts).

setopts(Io, Opts) -> request(Io, {setopts, Opts}).

read(Prompt) -> read(group_leader(), Prompt).

read(Io, Prompt) ->
    case request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [1]}) of
        {ok, Toks, _EndLine} -> erl_parse:parse_term(Toks);
        {error, E, _EndLine} -> {error, E};
        {eof, _EndLine} -> eof;
        Other -> Other
    end.

read(Io, Prompt, Pos0) -> read(Io, Prompt, Pos0, []).

read(Io, Prompt, Pos0, Options) ->
    case request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Pos0, Options]}) of
        {ok, Toks, EndLocation} ->
            case erl_parse:parse_term(Toks) of
                {ok, Term} -> {ok, Term, EndLocation};
                {error, ErrorInfo} -> {error, ErrorInfo, EndLocation}
            end;
        Other ->
            Other
    end.

scan_erl_exprs(Prompt) -> scan_erl_exprs(group_leader(), Prompt, 1).
scan_erl_exprs(Io, Prompt) -> scan_erl_exprs(Io, Prompt, 1).
scan_erl_exprs(Io, Prompt, Pos0) -> scan_erl_exprs(Io, Prompt, Pos0, []).
scan_erl_exprs(Io, Prompt, Pos0, Options) ->
    request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Pos0, Options]}).

scan_erl_form(Prompt) -> scan_erl_form(group_leader(), Prompt, 1).
scan_erl_form(Io, Prompt) -> scan_erl_form(Io, Prompt, 1).
scan_erl_form(Io, Prompt, Pos0) -> scan_erl_form(Io, Prompt, Pos0, []).
scan_erl_form(Io, Prompt, Pos0, Options) ->
    request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Pos0, Options]}).

parse_erl_exprs(Prompt) -> parse_erl_exprs(group_leader(), Prompt, 1).
parse_erl_exprs(Io, Prompt) -> parse_erl_exprs(Io, Prompt, 1).
parse_erl_exprs(Io, Prompt, Pos0) -> parse_erl_exprs(Io, Prompt, Pos0, []).
parse_erl_exprs(Io, Prompt, Pos0, Options) ->
    case request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Pos0, Options]}) of
        {ok, Toks, EndPos} ->
            case erl_parse:parse_exprs(Toks) of
                {ok, Exprs} -> {ok, Exprs, EndPos};
                {error, E} -> {error, E, EndPos}
            end;
        Other ->
            Other
    end.

parse_erl_form(Prompt) -> parse_erl_form(group_leader(), Prompt, 1).
parse_erl_form(Io, Prompt) -> parse_erl_form(Io, Prompt, 1).
parse_erl_form(Io, Prompt, Pos0) -> parse_erl_form(Io, Prompt, Pos0, []).
parse_erl_form(Io, Prompt, Pos0, Options) ->
    case request(Io, {get_until, unicode, Prompt, erl_scan, tokens, [Pos0, Options]}) of
        {ok, Toks, EndPos} ->
            case erl_parse:parse_form(Toks) of
                {ok, Exprs} -> {ok, Exprs, EndPos};
                {error, E} -> {error, E, EndPos}
            end;
        Other ->
            Other
    end.

fread(Prompt, Format) -> fread(group_leader(), Prompt, Format).

fread(Io, Prompt, Format) -> request(Io, {fread, Prompt, Format}).

request(Request) -> request(group_leader(), Request).

request(Io, Request) -> request(Io, Request, error).

request(standard_io, Request, ErrorTag) -> request(group_leader(), Request, ErrorTag);
request(Pid, Request, ErrorTag) when is_pid(Pid) -> send(Pid, wire_request(Request), ErrorTag);
request(Name, Request, ErrorTag) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {ErrorTag, arguments};
        Pid -> request(Pid, Request, ErrorTag)
    end.

requests(Requests) -> requests(group_leader(), Requests).

requests(standard_io, Requests) -> requests(group_leader(), Requests);
requests(Pid, Requests) when is_pid(Pid) ->
    send(Pid, {requests, wire_requests(Requests, [])}, error);
requests(Name, Requests) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {error, arguments};
        Pid -> requests(Pid, Requests)
    end.

%% Nested {requests, _} are flattened into one list.
wire_requests([{requests, Rs1} | Rs], Later) -> wire_requests(Rs1, [Rs | Later]);
wire_requests([R | Rs], Later) -> [wire_request(R) | wire_requests(Rs, Later)];
wire_requests([], [Rs | Later]) -> wire_requests(Rs, Later);
wire_requests([], []) -> [].

send(Pid, _Request, ErrorTag) when Pid =:= self() ->
    {ErrorTag, calling_self};
send(Pid, Request, ErrorTag) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            receive
                {'EXIT', Pid, _} -> true
            after 0 -> true
            end,
            {ErrorTag, terminated}
    end.

%% The request as the I/O protocol has it.
wire_request({write, Term}) -> {put_chars, unicode, io_lib, write, [Term]};
wire_request({format, Format, Args}) -> {put_chars, unicode, io_lib, format, [Format, Args]};
wire_request({fwrite, Format, Args}) -> {put_chars, unicode, io_lib, fwrite, [Format, Args]};
wire_request(nl) -> {put_chars, unicode, io_lib:nl()};
wire_request({put_chars, Enc, Chars} = Request) when is_list(Chars) ->
    case catch unicode:characters_to_binary(Chars, Enc) of
        Binary when is_binary(Binary) -> {put_chars, Enc, Binary};
        _ -> Request
    end;
wire_request({fread, Prompt, Format}) -> {get_until, unicode, Prompt, io_lib, fread, [Format]};
wire_request(Request) -> Request.
