-module(bifs_misc_binary_term_size).
-export([start/0]).

%% erlang:external_size/1,2 for every term type and option, compared with the actual
%% encoded sizes.

start() ->
    Terms = [0, 256, 1 bsl 40, 1 bsl 2048, 1.5, a, 'é', "str", [1, 2 | 3], {a, b}, #{a => 1}, <<1, 2>>, <<1:1>>,
             fun lists:map/2, lists:seq(1, 100), maps:from_list([{N, N} || N <- lists:seq(1, 40)])],
    [{erlang:external_size(T), erlang:external_size(T, [{minor_version, 0}]),
      erlang:external_size(T) =:= byte_size(term_to_binary(T)),
      erlang:external_size(T, [{minor_version, 0}]) =:= byte_size(term_to_binary(T, [{minor_version, 0}]))} || T <- Terms].
