-module(records_guards_match).
-export([start/0]).
-record(msg, {kind, from, body = <<>>, seq = 0}).
-record(ack, {seq}).

%% Records in guards (is_record/2,3, field tests), record patterns with partial fields,
%% and dispatch over several record types in one function.

start() ->
    Inputs = [#msg{kind = text, from = a, body = <<"hi">>, seq = 1}, #msg{kind = ping, from = b},
              #ack{seq = 7}, #msg{kind = text, from = c, body = <<>>, seq = 2}, {msg, too, short}, {ack}, ack,
              #msg{kind = bin, body = <<1, 2, 3>>, seq = 99}],
    Handled = [handle(I) || I <- Inputs],
    Guards = [{is_record(I, msg), is_record(I, ack), is_record(I, msg, 5), is_record(I, ack, 2)} || I <- Inputs],
    Seqs = [S || #msg{seq = S} <- Inputs] ++ [S || #ack{seq = S} <- Inputs],
    {Handled, Guards, Seqs}.

handle(#msg{kind = text, body = <<>>}) -> empty_text;
handle(#msg{kind = text, from = F, body = B}) -> {text, F, B};
handle(#msg{kind = ping, from = F}) -> {pong, F};
handle(#msg{seq = S} = M) when S > 50, byte_size(M#msg.body) > 2 -> {late, S};
handle(#ack{seq = S}) when is_integer(S) -> {acked, S};
handle(R) when is_record(R, msg) -> other_msg;
handle(_) -> unknown.
