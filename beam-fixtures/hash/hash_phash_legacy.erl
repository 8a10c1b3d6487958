-module(hash_phash_legacy).
-export([start/0]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

%% erlang:phash/2 (the old portable hash, still used by dict and sets version 1) over
%% integers, bignums, floats, atoms, strings, binaries, tuples and lists, with ranges.

start() ->
    Terms = [0, 1, -1, 255, 256, 1 bsl 32, 1 bsl 64, -(1 bsl 64), 1.0, 0.5, a, abc, '', "abc", [], [1, 2], <<"abc">>, <<>>,
             <<1:3>>, {}, {a, b}, {1, {2}}, #{a => 1}, lists:seq(1, 20)],
    [{erlang:phash(T, 1 bsl 32), erlang:phash(T, 97), erlang:phash(T, 1)} || T <- Terms].
