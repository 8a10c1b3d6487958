-module(atoms_select_many).
-export([start/0]).

%% A function that dispatches over 60 atoms (a large select_val jump table on atoms), and
%% lookups of atoms created at run time that must hit the same clauses.

start() ->
    Names = [list_to_atom("op_" ++ integer_to_list(N)) || N <- lists:seq(0, 65)],
    [{A, code(A)} || A <- Names].

code(op_0) -> 0; code(op_1) -> 1; code(op_2) -> 2; code(op_3) -> 3; code(op_4) -> 4; code(op_5) -> 5;
code(op_6) -> 6; code(op_7) -> 7; code(op_8) -> 8; code(op_9) -> 9; code(op_10) -> 10; code(op_11) -> 11;
code(op_12) -> 12; code(op_13) -> 13; code(op_14) -> 14; code(op_15) -> 15; code(op_16) -> 16; code(op_17) -> 17;
code(op_18) -> 18; code(op_19) -> 19; code(op_20) -> 20; code(op_21) -> 21; code(op_22) -> 22; code(op_23) -> 23;
code(op_24) -> 24; code(op_25) -> 25; code(op_26) -> 26; code(op_27) -> 27; code(op_28) -> 28; code(op_29) -> 29;
code(op_30) -> 30; code(op_31) -> 31; code(op_32) -> 32; code(op_33) -> 33; code(op_34) -> 34; code(op_35) -> 35;
code(op_36) -> 36; code(op_37) -> 37; code(op_38) -> 38; code(op_39) -> 39; code(op_40) -> 40; code(op_41) -> 41;
code(op_42) -> 42; code(op_43) -> 43; code(op_44) -> 44; code(op_45) -> 45; code(op_46) -> 46; code(op_47) -> 47;
code(op_48) -> 48; code(op_49) -> 49; code(op_50) -> 50; code(op_51) -> 51; code(op_52) -> 52; code(op_53) -> 53;
code(op_54) -> 54; code(op_55) -> 55; code(op_56) -> 56; code(op_57) -> 57; code(op_58) -> 58; code(op_59) -> 59;
code(_) -> unknown.
