-module(exceptions_in_guards).
-export([start/0]).

%% BIF failures inside guards never raise: the guard is false. The same BIF outside a
%% guard, in the clause body, does raise. Includes guards of case, if, receive-free funs
%% and try-of clauses.

start() ->
    Inputs = [[], {}, <<>>, 0, a, [1, 2], {1}, <<1>>],
    [{I, in_case(I), in_if(I), in_fun(I), in_body(I)} || I <- Inputs].

in_case(X) -> case X of _ when hd(X) > 0 -> hd_positive; _ when element(1, X) =:= 1 -> first_is_one; _ -> none end.

in_if(X) -> if byte_size(X) > 0 -> nonempty_binary; length(X) > 1 -> long_list; true -> neither end.

in_fun(X) -> (fun(Y) when tuple_size(Y) > 0 -> tuple; (_) -> not_tuple end)(X).

in_body(X) -> try hd(X) of H -> {hd, H} catch error:R -> {raised, R} end.
