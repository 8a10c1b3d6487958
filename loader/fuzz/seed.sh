#!/usr/bin/env bash
# Seeds the fuzz corpora from real files: every installed .beam (parse_module) and every
# literal, Attr, CInf and Meta term found in them (etf_decode).
#   loader/fuzz/seed.sh            then   cd loader/fuzz && cargo fuzz run parse_module
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/parse_module corpus/etf_decode
find /usr/lib/erlang/lib /usr/lib/elixir/lib -name '*.beam' -size -200k | while read -r f; do
    cp "$f" "corpus/parse_module/$(basename "$f")"
done
erl -noshell -boot no_dot_erlang -eval '
    Lits = fun L(Base, <<Sz:32, Ext:Sz/binary, T/binary>>, N) ->
                   Name = "corpus/etf_decode/" ++ Base ++ ".lit" ++ integer_to_list(N),
                   ok = file:write_file(Name, Ext),
                   %% The compressed form (tag 80) of every tenth literal.
                   N rem 10 =:= 0 andalso
                       file:write_file(Name ++ "z", term_to_binary(binary_to_term(Ext), [compressed])),
                   L(Base, T, N + 1);
               L(_, _, _) -> ok
           end,
    lists:foreach(fun(F) ->
        Base = filename:basename(F, ".beam"),
        {ok, {_, Chunks}} = beam_lib:chunks(F, ["LitT", "Attr", "CInf"], [allow_missing_chunks]),
        lists:foreach(fun({"LitT", <<_:32, Z/binary>>}) ->
                              <<_:32, Tab/binary>> = zlib:uncompress(Z),
                              Lits(Base, Tab, 0);
                         ({Id, Bin}) when is_binary(Bin) ->
                              file:write_file("corpus/etf_decode/" ++ Base ++ "." ++ Id, Bin);
                         (_) -> ok
                      end, Chunks)
    end, filelib:wildcard("corpus/parse_module/*.beam")),
    halt().'
echo "parse_module: $(ls corpus/parse_module | wc -l) seeds, etf_decode: $(ls corpus/etf_decode | wc -l) seeds"
