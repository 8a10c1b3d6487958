-module(elixir_inspect).
-export([start/0]).

%% Kernel.inspect/1,2 of every term type: the Inspect protocol and the Inspect.Algebra
%% document formatter, with options (limit, pretty, width, base, charlists, binaries).

start() ->
    K = 'Elixir.Kernel',
    Terms = [1, -1.5, 1 bsl 70, atom, 'Elixir.Foo', true, nil, 'with space', <<"binary">>, <<1, 2, 255>>, <<1:3>>,
             "charlist", [1, 2, 3], [a | b], {1, two, "three"}, #{a => 1, <<"b">> => [2]}, [{a, 1}, {b, 2}],
             fun lists:map/2, #{'__struct__' => 'Elixir.Range', first => 1, last => 5, step => 1}, [], {}, #{}],
    Plain = [K:inspect(T) || T <- Terms],
    Opts = [K:inspect(lists:seq(1, 100), [{limit, 5}]), K:inspect(255, [{base, hex}]), K:inspect(<<"abc">>, [{binaries, as_binaries}]),
            K:inspect([97, 98], [{charlists, as_lists}]), K:inspect(#{list => lists:seq(1, 30), nested => #{deep => [1, 2, 3]}},
                                                                    [{pretty, true}, {width, 40}]),
            K:inspect({a, "é"}, [{pretty, true}]), K:inspect(1.0e20), K:inspect(0.1 + 0.2)],
    {Plain, Opts}.
