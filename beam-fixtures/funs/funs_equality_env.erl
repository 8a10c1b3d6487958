-module(funs_equality_env).
-export([start/0]).

%% When funs are equal: same code and equal environments compare equal, different
%% captured values do not; funs as map keys and in sets; external funs compare by MFA.

start() ->
    Make = fun(X) -> fun() -> X end end,
    A1 = Make(1), A2 = Make(1), B = Make(2), F1 = Make(1.0),
    Eq = [A1 =:= A2, A1 == A2, A1 =:= B, A1 == F1, A1 =:= F1, (fun lists:map/2) =:= (fun lists:map/2)],
    Keys = maps:from_list([{A1, one}, {A2, one_again}, {B, two}]),
    Sorted = [F() || F <- lists:sort([B, A1, F1])],
    {Eq, map_size(Keys), maps:get(Make(1), Keys), Sorted, length(lists:usort([A1, A2, B, F1]))}.
