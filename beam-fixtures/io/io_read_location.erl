%% io:read/3 with a start location (the end location of one read is the start of the next,
%% as lines and as {Line, Column}), io:scan_erl_exprs, io:parse_erl_exprs and io:read/2 with
%% an explicit device, from stdin (io_read_location.stdin): the get_until loop of the I/O
%% server over terms spanning lines, comments, scan and parse errors, and eof.
-module(io_read_location).
-export([start/0]).

start() ->
    {Lines, L1} = reads(fun(Loc) -> io:read(standard_io, "l> ", Loc) end, 1, 4),
    {Cols, C1} = reads(fun(Loc) -> io:read(standard_io, "c> ", Loc) end, {L1, 1}, 3),
    Scanned = io:scan_erl_exprs(standard_io, "s> ", C1),
    Parsed = [io:parse_erl_exprs("p> ") || _ <- [1, 2, 3]],
    Rest = [io:read(user, "r> ") || _ <- [1, 2, 3, 4]],
    io:nl(),
    {Lines, Cols, Scanned, Parsed, Rest}.

%% N reads, each starting where the previous one ended.
reads(_Read, Loc, 0) ->
    {[], Loc};
reads(Read, Loc, N) ->
    case Read(Loc) of
        {ok, Term, End} ->
            {More, Last} = reads(Read, End, N - 1),
            {[{ok, Term, End} | More], Last};
        {error, Info, End} ->
            {More, Last} = reads(Read, End, N - 1),
            {[{error, Info, End} | More], Last};
        Other ->
            {[Other], Loc}
    end.
