%% Benchmark: string and iolist building: nested iolists, integer and float to text,
%% iolist_to_binary, io_lib:format, string joins.
-module(bench_iolist).
-export([quick/0, run/0, run/1, run/2]).

run() -> run(30).

%% A tiny size, for `beamos bench --check`.
quick() -> run(1, 20).

%% Times rounds over lists of 30000, 5000, 20000 and 10000 elements divided by Shrink.
run(Times) -> run(Times, 1).

run(Times, Shrink) -> lists:sum([one_round(Shrink) || _ <- lists:seq(1, Times)]).

one_round(Shrink) ->
    Rows = [[integer_to_list(I), $,, integer_to_binary(I * I), $,, atom_to_list(row), <<"\n">>]
            || I <- lists:seq(1, 30000 div Shrink)],
    Bin = iolist_to_binary(Rows),
    Fmt = lists:flatten([io_lib:format("~w:~s;", [I, "v"]) || I <- lists:seq(1, 5000 div Shrink)]),
    Joined = lists:flatten(lists:join(", ", [integer_to_list(I) || I <- lists:seq(1, 20000 div Shrink)])),
    Floats = iolist_to_binary([float_to_list(I / 7, [{decimals, 4}]) || I <- lists:seq(1, 10000 div Shrink)]),
    Rev = lists:reverse(binary_to_list(Bin)),
    (byte_size(Bin) + length(Fmt) + length(Joined) + byte_size(Floats) + hd(Rev)
     + erlang:phash2(Bin)) rem 1000000007.
