-module(atoms_quoting).
-export([start/0]).

%% Atoms whose printed form (~w) needs quotes: reserved words, capitals, spaces, symbols,
%% non-ASCII letters, escapes. The result is printed by the runner, so the quoting rules
%% are the test; the lengths and texts check atom_to_list/atom_to_binary.

atoms() ->
    [ok, 'hello world', '[]', '{}', 'A', 'Abc', '_x', x_, 'x@y', 'x.y', 'é', 'ÿ', 'é1', 'a-b',
     'and', 'or', 'not', 'xor', 'band', 'div', 'rem', 'when', 'end', 'fun', 'case', 'of', 'if',
     'receive', 'after', 'try', 'catch', 'begin', 'query', 'maybe', 'else', 'cond', 'let',
     '', ' ', '\n', '\t', 'tab\there', 'quote\'s', 'back\\slash', '"', '+', '++', '=', '==',
     '!', '.', ',', '@', 'a@', '@a', '1', '1a', 'a1', 'aB', 'a b', 'ñandú', 'Ω', '日本',
     'snake_case', 'camelCase', '$', 'a$', '\x{7f}', '\x{80}', '\x{a0}', '\x{ff}', 'ß', 'true',
     'false', 'nil', 'undefined', 'Elixir.Enum', 'nonode@nohost'].

start() ->
    As = id(atoms()),
    Texts = [{atom_to_list(A), atom_to_binary(A), atom_to_binary(A, utf8), length(atom_to_list(A))} || A <- As],
    Latin1 = [catching(fun() -> atom_to_binary(A, latin1) end) || A <- As],
    {As, Texts, Latin1}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
