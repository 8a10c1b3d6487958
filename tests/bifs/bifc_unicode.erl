%% The unicode module's BIFs (characters_to_list/2, characters_to_binary/2, bin_is_7bit/1)
%% and its Erlang functions that call them (PATHS: the real stdlib).
-module(bifc_unicode).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Encs = [latin1, unicode, utf8, utf16, {utf16, big}, {utf16, little}, utf32, {utf32, big},
            {utf32, little}, foo, {utf16, foo}, {utf8, big}],
    Data = bifvals:lists() ++ bifvals:bins() ++
        [[<<"a">>, 16#110000], [<<"a">>, a], ["ab", <<"é"/utf8>> | <<"c">>], [<<"ab">>, <<200>>],
         [<<"ab">>, <<200>>, "cd"], [<<"ab">>, <<226, 130>>, <<172>>], [<<226, 130>>],
         [<<226, 130>>, "x"], [1 | a], [<<1:1>>], <<1:1>>, [[<<"é">>], 300], [16#D800],
         [16#DFFF], [16#FFFE], [[[[a]]]], [<<0, 97, 0>>], <<0, 97, 0>>, <<0, 97, 0, 0, 0>>,
         <<216, 0>>, <<220, 0>>, <<0, 0, 216, 0>>, <<0, 17, 0, 0>>, [<<0>>, <<97>>],
         [<<0, 0>>, <<0, 97>>], [-1, 1], [<<"ok">> | 1], lists:seq(250, 260)],
    bifc:cross(unicode, [characters_to_list, characters_to_binary, bin_is_7bit], All) ++
        bifc:cross(unicode, [characters_to_list, characters_to_binary],
                   [[D, E] || D <- Data, E <- Encs]) ++
        bifc:cross(unicode, [characters_to_binary],
                   [[D, I, O] || D <- [[], "abc", [233, 937], <<"é"/utf8>>, <<"é">>, [1 | a],
                                       [<<200>>, "a"], <<0, 97>>, [1114111], [55296], a],
                                 I <- [latin1, utf8, utf16, {utf32, little}, foo],
                                 O <- [latin1, utf8, utf16, {utf16, little}, utf32,
                                       {utf32, little}, foo]]) ++
        bifc:cross(io, [printable_range], [[]]) ++
        bifc:cross(unicode, [characters_to_nfc_list, characters_to_nfd_binary],
                   [["éa"], [<<"e\x{301}"/utf8>>], [a]]) ++
        [{long, fun() -> unicode:characters_to_binary(lists:seq(1, 3000)) end},
         {long_list, fun() -> length(unicode:characters_to_list(binary:copy(<<"é"/utf8>>, 3000))) end}].
