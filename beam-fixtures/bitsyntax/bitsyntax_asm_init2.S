%% BEAM assembly, not compiled from Erlang: OTP 25's erlc never emits bs_init2 (byte-sized
%% binary construction, used throughout the packaged Elixir beams), so this module was made
%% with `erlc -S +r24` from the Erlang shown below and its bs_init_bits sequences rewritten by
%% hand into bs_init2 with byte sizes (a literal size, sizes summed by bs_add with unit 1 from
%% byte_size/bs_utf16_size, and a size from a register that may be negative). bits/1 keeps
%% bs_init_bits and loop/2 keeps bs_append. Locations still name the original .erl.
%%
%% start() ->
%%     [fixed(id(1), id(2)), bytes(id(<<"abc">>), id(7)), utf16(id(16#1F600)), bits(id(5)),
%%      catching(fun() -> bytes(id(notbin), 1) end), catching(fun() -> fixed(id(a), 1) end),
%%      catching(fun() -> sized(id(-1)) end), sized(id(3)), loop(id(10), <<>>)].
%% fixed(A, B) -> <<A:8, B:16>>.
%% bytes(Bin, X) -> <<X:8, Bin/binary>>.
%% utf16(C) -> <<C/utf16, C/utf32>>.
%% bits(X) -> <<X:3, 1:2>>.
%% sized(N) -> <<1:N/unit:8>>.
%% loop(0, Acc) -> Acc;
%% loop(N, Acc) -> loop(N - 1, <<Acc/binary, N>>).

{module, bitsyntax_asm_init2}.  %% version = 0

{exports, [{module_info,0},{module_info,1},{start,0}]}.

{attributes, []}.

{labels, 31}.


{function, start, 0, 2}.
  {label,1}.
    {line,[{location,"bitsyntax_asm_init2.erl",4}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,start},0}.
  {label,2}.
    {allocate,8,0}.
    {init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7}]}}.
    {move,{integer,1},{x,0}}.
    {line,[{location,"bitsyntax_asm_init2.erl",5}]}.
    {call,1,{f,17}}. % id/1
    {move,{x,0},{y,7}}.
    {move,{integer,2},{x,0}}.
    {call,1,{f,17}}. % id/1
    {move,{x,0},{x,1}}.
    {move,{y,7},{x,0}}.
    {init_yregs,{list,[{y,7}]}}.
    {call,2,{f,4}}. % fixed/2
    {move,{x,0},{y,7}}.
    {move,{literal,<<"abc">>},{x,0}}.
    {call,1,{f,17}}. % id/1
    {move,{x,0},{y,6}}.
    {move,{integer,7},{x,0}}.
    {call,1,{f,17}}. % id/1
    {move,{x,0},{x,1}}.
    {move,{y,6},{x,0}}.
    {init_yregs,{list,[{y,6}]}}.
    {call,2,{f,6}}. % bytes/2
    {move,{x,0},{y,6}}.
    {move,{integer,128512},{x,0}}.
    {call,1,{f,17}}. % id/1
    {call,1,{f,8}}. % utf16/1
    {move,{x,0},{y,5}}.
    {move,{integer,5},{x,0}}.
    {call,1,{f,17}}. % id/1
    {call,1,{f,10}}. % bits/1
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},1}.
    {make_fun3,{f,30},0,0,{x,1},{list,[]}}.
    {move,{x,0},{y,4}}.
    {move,{x,1},{x,0}}.
    {line,[{location,"bitsyntax_asm_init2.erl",6}]}.
    {call,1,{f,19}}. % catching/1
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},1}.
    {make_fun3,{f,28},0,0,{x,1},{list,[]}}.
    {move,{x,0},{y,3}}.
    {move,{x,1},{x,0}}.
    {call,1,{f,19}}. % catching/1
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},1}.
    {make_fun3,{f,26},0,0,{x,1},{list,[]}}.
    {move,{x,0},{y,2}}.
    {move,{x,1},{x,0}}.
    {line,[{location,"bitsyntax_asm_init2.erl",7}]}.
    {call,1,{f,19}}. % catching/1
    {move,{x,0},{y,1}}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,17}}. % id/1
    {call,1,{f,12}}. % sized/1
    {move,{x,0},{y,0}}.
    {move,{integer,10},{x,0}}.
    {call,1,{f,17}}. % id/1
    {move,{literal,<<>>},{x,1}}.
    {call,2,{f,14}}. % loop/2
    {test_heap,18,1}.
    {put_list,{x,0},nil,{x,0}}.
    {put_list,{y,0},{x,0},{x,0}}.
    {put_list,{y,1},{x,0},{x,0}}.
    {put_list,{y,2},{x,0},{x,0}}.
    {put_list,{y,3},{x,0},{x,0}}.
    {put_list,{y,4},{x,0},{x,0}}.
    {put_list,{y,5},{x,0},{x,0}}.
    {put_list,{y,6},{x,0},{x,0}}.
    {put_list,{y,7},{x,0},{x,0}}.
    {deallocate,8}.
    return.


{function, fixed, 2, 4}.
  {label,3}.
    {line,[{location,"bitsyntax_asm_init2.erl",9}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,fixed},2}.
  {label,4}.
    {bs_init2,{f,0},3,0,2,{field_flags,[]},{x,2}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,16},1,{field_flags,[]},{x,1}}.
    {move,{x,2},{x,0}}.
    return.


{function, bytes, 2, 6}.
  {label,5}.
    {line,[{location,"bitsyntax_asm_init2.erl",11}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,bytes},2}.
  {label,6}.
    {move,{integer,0},{x,2}}.
    {bs_add,{f,0},[{x,2},{integer,1},1],{x,2}}.
    {gc_bif,byte_size,{f,0},3,[{x,0}],{x,3}}.
    {bs_add,{f,0},[{x,2},{x,3},1],{x,2}}.
    {bs_init2,{f,0},{x,2},0,3,{field_flags,[]},{x,2}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{x,1}}.
    {bs_put_binary,{f,0},{atom,all},8,{field_flags,[]},{x,0}}.
    {move,{x,2},{x,0}}.
    return.


{function, utf16, 1, 8}.
  {label,7}.
    {line,[{location,"bitsyntax_asm_init2.erl",13}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,utf16},1}.
  {label,8}.
    {move,{integer,0},{x,1}}.
    {bs_add,{f,0},[{x,1},{integer,4},1],{x,1}}.
    {bs_utf16_size,{f,0},{x,0},{x,2}}.
    {bs_add,{f,0},[{x,1},{x,2},1],{x,1}}.
    {bs_init2,{f,0},{x,1},0,2,{field_flags,[]},{x,1}}.
    {bs_put_utf16,{f,0},{field_flags,[]},{x,0}}.
    {bs_put_utf32,{f,0},{field_flags,[]},{x,0}}.
    {move,{x,1},{x,0}}.
    return.


{function, bits, 1, 10}.
  {label,9}.
    {line,[{location,"bitsyntax_asm_init2.erl",15}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,bits},1}.
  {label,10}.
    {move,{integer,0},{x,1}}.
    {bs_add,{f,0},[{x,1},{integer,5},1],{x,1}}.
    {bs_init_bits,{f,0},{x,1},0,2,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{integer,3},1,{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,2},1,{field_flags,[]},{integer,1}}.
    {move,{x,1},{x,0}}.
    return.


{function, sized, 1, 12}.
  {label,11}.
    {line,[{location,"bitsyntax_asm_init2.erl",17}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,sized},1}.
  {label,12}.
    {move,{integer,0},{x,1}}.
    {bs_add,{f,0},[{x,1},{x,0},1],{x,1}}.
    {bs_init2,{f,0},{x,1},0,2,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{x,0},8,{field_flags,[]},{integer,1}}.
    {move,{x,1},{x,0}}.
    return.


{function, loop, 2, 14}.
  {label,13}.
    {line,[{location,"bitsyntax_asm_init2.erl",19}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,loop},2}.
  {label,14}.
    {test,is_eq_exact,{f,15},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,15}.
    {line,[{location,"bitsyntax_asm_init2.erl",20}]}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,2}}.
    {move,{integer,0},{x,3}}.
    {bs_add,{f,0},[{x,3},{integer,1},8],{x,3}}.
    {bs_append,{f,0},{x,3},0,4,8,{x,1},{field_flags,[]},{x,3}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{x,0}}.
    {move,{x,3},{x,1}}.
    {move,{x,2},{x,0}}.
    {call_only,2,{f,14}}. % loop/2


{function, id, 1, 17}.
  {label,16}.
    {line,[{location,"bitsyntax_asm_init2.erl",22}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,id},1}.
  {label,17}.
    return.


{function, catching, 1, 19}.
  {label,18}.
    {line,[{location,"bitsyntax_asm_init2.erl",24}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,catching},1}.
  {label,19}.
    {allocate,1,1}.
    {'try',{y,0},{f,20}}.
    {line,[{location,"bitsyntax_asm_init2.erl",25}]}.
    {call_fun,0}.
    {try_end,{y,0}}.
    {deallocate,1}.
    return.
  {label,20}.
    {try_case,{y,0}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    {deallocate,1}.
    return.


{function, module_info, 0, 22}.
  {label,21}.
    {line,[]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,module_info},0}.
  {label,22}.
    {move,{atom,bitsyntax_asm_init2},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 24}.
  {label,23}.
    {line,[]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,module_info},1}.
  {label,24}.
    {move,{x,0},{x,1}}.
    {move,{atom,bitsyntax_asm_init2},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.


{function, '-start/0-fun-0-', 0, 26}.
  {label,25}.
    {line,[{location,"bitsyntax_asm_init2.erl",7}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,'-start/0-fun-0-'},0}.
  {label,26}.
    {allocate,0,0}.
    {move,{integer,-1},{x,0}}.
    {call,1,{f,17}}. % id/1
    {call_last,1,{f,12},0}. % sized/1


{function, '-start/0-fun-1-', 0, 28}.
  {label,27}.
    {line,[{location,"bitsyntax_asm_init2.erl",6}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,'-start/0-fun-1-'},0}.
  {label,28}.
    {allocate,0,0}.
    {move,{atom,a},{x,0}}.
    {call,1,{f,17}}. % id/1
    {move,{integer,1},{x,1}}.
    {call_last,2,{f,4},0}. % fixed/2


{function, '-start/0-fun-2-', 0, 30}.
  {label,29}.
    {line,[{location,"bitsyntax_asm_init2.erl",6}]}.
    {func_info,{atom,bitsyntax_asm_init2},{atom,'-start/0-fun-2-'},0}.
  {label,30}.
    {allocate,0,0}.
    {move,{atom,notbin},{x,0}}.
    {call,1,{f,17}}. % id/1
    {move,{integer,1},{x,1}}.
    {call_last,2,{f,6},0}. % bytes/2
