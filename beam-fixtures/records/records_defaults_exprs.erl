-module(records_defaults_exprs).
-export([start/0]).
-record(cfg, {name = default_name(), size = 10 * 10, list = lists:seq(1, 3), nested = #{k => v}, undef}).
-record(pair, {left, right = left}).

%% Record field defaults given by expressions (evaluated at each creation), the _ = Value
%% wildcard initialiser, and records created, updated and matched in one expression.

start() ->
    A = #cfg{},
    B = #cfg{size = 1},
    C = #cfg{_ = all_same},
    D = #cfg{name = n, _ = rest},
    P = #pair{left = 1},
    #pair{left = L, right = R} = P#pair{right = 2},
    {A, B, C, D, P, {L, R}, element(1, A), tuple_size(C)}.

default_name() -> generated.
