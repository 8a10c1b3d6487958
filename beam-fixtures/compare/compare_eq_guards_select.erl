-module(compare_eq_guards_select).
-export([start/0]).

%% == and =:= as the compiler uses them in guards, select_val jump tables over integers
%% (dense and sparse), and is_eq_exact against literals of every type.

start() ->
    Dense = [dense(N) || N <- lists:seq(-2, 12)],
    Sparse = [sparse(N) || N <- [1, 10, 100, 1000, 1 bsl 40, 1 bsl 70, 5, 1.0e3]],
    Lits = [lit(X) || X <- [[], {}, <<>>, #{}, "", {1, 2}, [1], <<"a">>, 1.0, 1, a, #{a => 1}]],
    {Dense, Sparse, Lits}.

dense(0) -> zero; dense(1) -> one; dense(2) -> two; dense(3) -> three; dense(4) -> four; dense(5) -> five;
dense(6) -> six; dense(7) -> seven; dense(8) -> eight; dense(9) -> nine; dense(10) -> ten; dense(_) -> other.

sparse(1) -> a; sparse(10) -> b; sparse(100) -> c; sparse(1000) -> d; sparse(1099511627776) -> e;
sparse(1180591620717411303424) -> f; sparse(X) when X == 1000 -> float_thousand; sparse(_) -> other.

lit([]) -> nil; lit({}) -> empty_tuple; lit(<<>>) -> empty_binary; lit(#{}) -> any_map; lit({1, 2}) -> pair;
lit([1]) -> one_list; lit(<<"a">>) -> bin_a; lit(1.0) -> float_one; lit(1) -> int_one; lit(a) -> atom_a.
