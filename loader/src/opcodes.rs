//! Generic BEAM opcodes of OTP 25 (compiler 8.2.3 `beam_opcodes.erl`, generated from `genop.tab`).
//! Opcodes 1..=180; `obsolete` marks those the OTP 25 compiler no longer emits and erts no longer loads.

/// One generic opcode: its name as OTP spells it and the number of operands it takes in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpInfo {
    pub name: &'static str,
    pub arity: u8,
    pub obsolete: bool,
}

/// The highest opcode OTP 25 defines (`badrecord/1`).
pub const MAX_OPCODE: u8 = 180;

/// Indexed by opcode; entry 0 is unused (there is no opcode 0).
pub static OPCODES: [OpInfo; 181] = [
    OpInfo {
        name: "",
        arity: 0,
        obsolete: true,
    },
    OpInfo {
        name: "label",
        arity: 1,
        obsolete: false,
    }, // 1
    OpInfo {
        name: "func_info",
        arity: 3,
        obsolete: false,
    }, // 2
    OpInfo {
        name: "int_code_end",
        arity: 0,
        obsolete: false,
    }, // 3
    OpInfo {
        name: "call",
        arity: 2,
        obsolete: false,
    }, // 4
    OpInfo {
        name: "call_last",
        arity: 3,
        obsolete: false,
    }, // 5
    OpInfo {
        name: "call_only",
        arity: 2,
        obsolete: false,
    }, // 6
    OpInfo {
        name: "call_ext",
        arity: 2,
        obsolete: false,
    }, // 7
    OpInfo {
        name: "call_ext_last",
        arity: 3,
        obsolete: false,
    }, // 8
    OpInfo {
        name: "bif0",
        arity: 2,
        obsolete: false,
    }, // 9
    OpInfo {
        name: "bif1",
        arity: 4,
        obsolete: false,
    }, // 10
    OpInfo {
        name: "bif2",
        arity: 5,
        obsolete: false,
    }, // 11
    OpInfo {
        name: "allocate",
        arity: 2,
        obsolete: false,
    }, // 12
    OpInfo {
        name: "allocate_heap",
        arity: 3,
        obsolete: false,
    }, // 13
    OpInfo {
        name: "allocate_zero",
        arity: 2,
        obsolete: false,
    }, // 14
    OpInfo {
        name: "allocate_heap_zero",
        arity: 3,
        obsolete: false,
    }, // 15
    OpInfo {
        name: "test_heap",
        arity: 2,
        obsolete: false,
    }, // 16
    OpInfo {
        name: "init",
        arity: 1,
        obsolete: false,
    }, // 17
    OpInfo {
        name: "deallocate",
        arity: 1,
        obsolete: false,
    }, // 18
    OpInfo {
        name: "return",
        arity: 0,
        obsolete: false,
    }, // 19
    OpInfo {
        name: "send",
        arity: 0,
        obsolete: false,
    }, // 20
    OpInfo {
        name: "remove_message",
        arity: 0,
        obsolete: false,
    }, // 21
    OpInfo {
        name: "timeout",
        arity: 0,
        obsolete: false,
    }, // 22
    OpInfo {
        name: "loop_rec",
        arity: 2,
        obsolete: false,
    }, // 23
    OpInfo {
        name: "loop_rec_end",
        arity: 1,
        obsolete: false,
    }, // 24
    OpInfo {
        name: "wait",
        arity: 1,
        obsolete: false,
    }, // 25
    OpInfo {
        name: "wait_timeout",
        arity: 2,
        obsolete: false,
    }, // 26
    OpInfo {
        name: "m_plus",
        arity: 4,
        obsolete: true,
    }, // 27
    OpInfo {
        name: "m_minus",
        arity: 4,
        obsolete: true,
    }, // 28
    OpInfo {
        name: "m_times",
        arity: 4,
        obsolete: true,
    }, // 29
    OpInfo {
        name: "m_div",
        arity: 4,
        obsolete: true,
    }, // 30
    OpInfo {
        name: "int_div",
        arity: 4,
        obsolete: true,
    }, // 31
    OpInfo {
        name: "int_rem",
        arity: 4,
        obsolete: true,
    }, // 32
    OpInfo {
        name: "int_band",
        arity: 4,
        obsolete: true,
    }, // 33
    OpInfo {
        name: "int_bor",
        arity: 4,
        obsolete: true,
    }, // 34
    OpInfo {
        name: "int_bxor",
        arity: 4,
        obsolete: true,
    }, // 35
    OpInfo {
        name: "int_bsl",
        arity: 4,
        obsolete: true,
    }, // 36
    OpInfo {
        name: "int_bsr",
        arity: 4,
        obsolete: true,
    }, // 37
    OpInfo {
        name: "int_bnot",
        arity: 3,
        obsolete: true,
    }, // 38
    OpInfo {
        name: "is_lt",
        arity: 3,
        obsolete: false,
    }, // 39
    OpInfo {
        name: "is_ge",
        arity: 3,
        obsolete: false,
    }, // 40
    OpInfo {
        name: "is_eq",
        arity: 3,
        obsolete: false,
    }, // 41
    OpInfo {
        name: "is_ne",
        arity: 3,
        obsolete: false,
    }, // 42
    OpInfo {
        name: "is_eq_exact",
        arity: 3,
        obsolete: false,
    }, // 43
    OpInfo {
        name: "is_ne_exact",
        arity: 3,
        obsolete: false,
    }, // 44
    OpInfo {
        name: "is_integer",
        arity: 2,
        obsolete: false,
    }, // 45
    OpInfo {
        name: "is_float",
        arity: 2,
        obsolete: false,
    }, // 46
    OpInfo {
        name: "is_number",
        arity: 2,
        obsolete: false,
    }, // 47
    OpInfo {
        name: "is_atom",
        arity: 2,
        obsolete: false,
    }, // 48
    OpInfo {
        name: "is_pid",
        arity: 2,
        obsolete: false,
    }, // 49
    OpInfo {
        name: "is_reference",
        arity: 2,
        obsolete: false,
    }, // 50
    OpInfo {
        name: "is_port",
        arity: 2,
        obsolete: false,
    }, // 51
    OpInfo {
        name: "is_nil",
        arity: 2,
        obsolete: false,
    }, // 52
    OpInfo {
        name: "is_binary",
        arity: 2,
        obsolete: false,
    }, // 53
    OpInfo {
        name: "is_constant",
        arity: 2,
        obsolete: true,
    }, // 54
    OpInfo {
        name: "is_list",
        arity: 2,
        obsolete: false,
    }, // 55
    OpInfo {
        name: "is_nonempty_list",
        arity: 2,
        obsolete: false,
    }, // 56
    OpInfo {
        name: "is_tuple",
        arity: 2,
        obsolete: false,
    }, // 57
    OpInfo {
        name: "test_arity",
        arity: 3,
        obsolete: false,
    }, // 58
    OpInfo {
        name: "select_val",
        arity: 3,
        obsolete: false,
    }, // 59
    OpInfo {
        name: "select_tuple_arity",
        arity: 3,
        obsolete: false,
    }, // 60
    OpInfo {
        name: "jump",
        arity: 1,
        obsolete: false,
    }, // 61
    OpInfo {
        name: "catch",
        arity: 2,
        obsolete: false,
    }, // 62
    OpInfo {
        name: "catch_end",
        arity: 1,
        obsolete: false,
    }, // 63
    OpInfo {
        name: "move",
        arity: 2,
        obsolete: false,
    }, // 64
    OpInfo {
        name: "get_list",
        arity: 3,
        obsolete: false,
    }, // 65
    OpInfo {
        name: "get_tuple_element",
        arity: 3,
        obsolete: false,
    }, // 66
    OpInfo {
        name: "set_tuple_element",
        arity: 3,
        obsolete: false,
    }, // 67
    OpInfo {
        name: "put_string",
        arity: 3,
        obsolete: true,
    }, // 68
    OpInfo {
        name: "put_list",
        arity: 3,
        obsolete: false,
    }, // 69
    OpInfo {
        name: "put_tuple",
        arity: 2,
        obsolete: true,
    }, // 70
    OpInfo {
        name: "put",
        arity: 1,
        obsolete: true,
    }, // 71
    OpInfo {
        name: "badmatch",
        arity: 1,
        obsolete: false,
    }, // 72
    OpInfo {
        name: "if_end",
        arity: 0,
        obsolete: false,
    }, // 73
    OpInfo {
        name: "case_end",
        arity: 1,
        obsolete: false,
    }, // 74
    OpInfo {
        name: "call_fun",
        arity: 1,
        obsolete: false,
    }, // 75
    OpInfo {
        name: "make_fun",
        arity: 3,
        obsolete: true,
    }, // 76
    OpInfo {
        name: "is_function",
        arity: 2,
        obsolete: false,
    }, // 77
    OpInfo {
        name: "call_ext_only",
        arity: 2,
        obsolete: false,
    }, // 78
    OpInfo {
        name: "bs_start_match",
        arity: 2,
        obsolete: true,
    }, // 79
    OpInfo {
        name: "bs_get_integer",
        arity: 5,
        obsolete: true,
    }, // 80
    OpInfo {
        name: "bs_get_float",
        arity: 5,
        obsolete: true,
    }, // 81
    OpInfo {
        name: "bs_get_binary",
        arity: 5,
        obsolete: true,
    }, // 82
    OpInfo {
        name: "bs_skip_bits",
        arity: 4,
        obsolete: true,
    }, // 83
    OpInfo {
        name: "bs_test_tail",
        arity: 2,
        obsolete: true,
    }, // 84
    OpInfo {
        name: "bs_save",
        arity: 1,
        obsolete: true,
    }, // 85
    OpInfo {
        name: "bs_restore",
        arity: 1,
        obsolete: true,
    }, // 86
    OpInfo {
        name: "bs_init",
        arity: 2,
        obsolete: true,
    }, // 87
    OpInfo {
        name: "bs_final",
        arity: 2,
        obsolete: true,
    }, // 88
    OpInfo {
        name: "bs_put_integer",
        arity: 5,
        obsolete: false,
    }, // 89
    OpInfo {
        name: "bs_put_binary",
        arity: 5,
        obsolete: false,
    }, // 90
    OpInfo {
        name: "bs_put_float",
        arity: 5,
        obsolete: false,
    }, // 91
    OpInfo {
        name: "bs_put_string",
        arity: 2,
        obsolete: false,
    }, // 92
    OpInfo {
        name: "bs_need_buf",
        arity: 1,
        obsolete: true,
    }, // 93
    OpInfo {
        name: "fclearerror",
        arity: 0,
        obsolete: false,
    }, // 94
    OpInfo {
        name: "fcheckerror",
        arity: 1,
        obsolete: false,
    }, // 95
    OpInfo {
        name: "fmove",
        arity: 2,
        obsolete: false,
    }, // 96
    OpInfo {
        name: "fconv",
        arity: 2,
        obsolete: false,
    }, // 97
    OpInfo {
        name: "fadd",
        arity: 4,
        obsolete: false,
    }, // 98
    OpInfo {
        name: "fsub",
        arity: 4,
        obsolete: false,
    }, // 99
    OpInfo {
        name: "fmul",
        arity: 4,
        obsolete: false,
    }, // 100
    OpInfo {
        name: "fdiv",
        arity: 4,
        obsolete: false,
    }, // 101
    OpInfo {
        name: "fnegate",
        arity: 3,
        obsolete: false,
    }, // 102
    OpInfo {
        name: "make_fun2",
        arity: 1,
        obsolete: false,
    }, // 103
    OpInfo {
        name: "try",
        arity: 2,
        obsolete: false,
    }, // 104
    OpInfo {
        name: "try_end",
        arity: 1,
        obsolete: false,
    }, // 105
    OpInfo {
        name: "try_case",
        arity: 1,
        obsolete: false,
    }, // 106
    OpInfo {
        name: "try_case_end",
        arity: 1,
        obsolete: false,
    }, // 107
    OpInfo {
        name: "raise",
        arity: 2,
        obsolete: false,
    }, // 108
    OpInfo {
        name: "bs_init2",
        arity: 6,
        obsolete: false,
    }, // 109
    OpInfo {
        name: "bs_bits_to_bytes",
        arity: 3,
        obsolete: true,
    }, // 110
    OpInfo {
        name: "bs_add",
        arity: 5,
        obsolete: false,
    }, // 111
    OpInfo {
        name: "apply",
        arity: 1,
        obsolete: false,
    }, // 112
    OpInfo {
        name: "apply_last",
        arity: 2,
        obsolete: false,
    }, // 113
    OpInfo {
        name: "is_boolean",
        arity: 2,
        obsolete: false,
    }, // 114
    OpInfo {
        name: "is_function2",
        arity: 3,
        obsolete: false,
    }, // 115
    OpInfo {
        name: "bs_start_match2",
        arity: 5,
        obsolete: true,
    }, // 116
    OpInfo {
        name: "bs_get_integer2",
        arity: 7,
        obsolete: false,
    }, // 117
    OpInfo {
        name: "bs_get_float2",
        arity: 7,
        obsolete: false,
    }, // 118
    OpInfo {
        name: "bs_get_binary2",
        arity: 7,
        obsolete: false,
    }, // 119
    OpInfo {
        name: "bs_skip_bits2",
        arity: 5,
        obsolete: false,
    }, // 120
    OpInfo {
        name: "bs_test_tail2",
        arity: 3,
        obsolete: false,
    }, // 121
    OpInfo {
        name: "bs_save2",
        arity: 2,
        obsolete: true,
    }, // 122
    OpInfo {
        name: "bs_restore2",
        arity: 2,
        obsolete: true,
    }, // 123
    OpInfo {
        name: "gc_bif1",
        arity: 5,
        obsolete: false,
    }, // 124
    OpInfo {
        name: "gc_bif2",
        arity: 6,
        obsolete: false,
    }, // 125
    OpInfo {
        name: "bs_final2",
        arity: 2,
        obsolete: true,
    }, // 126
    OpInfo {
        name: "bs_bits_to_bytes2",
        arity: 2,
        obsolete: true,
    }, // 127
    OpInfo {
        name: "put_literal",
        arity: 2,
        obsolete: true,
    }, // 128
    OpInfo {
        name: "is_bitstr",
        arity: 2,
        obsolete: false,
    }, // 129
    OpInfo {
        name: "bs_context_to_binary",
        arity: 1,
        obsolete: true,
    }, // 130
    OpInfo {
        name: "bs_test_unit",
        arity: 3,
        obsolete: false,
    }, // 131
    OpInfo {
        name: "bs_match_string",
        arity: 4,
        obsolete: false,
    }, // 132
    OpInfo {
        name: "bs_init_writable",
        arity: 0,
        obsolete: false,
    }, // 133
    OpInfo {
        name: "bs_append",
        arity: 8,
        obsolete: false,
    }, // 134
    OpInfo {
        name: "bs_private_append",
        arity: 6,
        obsolete: false,
    }, // 135
    OpInfo {
        name: "trim",
        arity: 2,
        obsolete: false,
    }, // 136
    OpInfo {
        name: "bs_init_bits",
        arity: 6,
        obsolete: false,
    }, // 137
    OpInfo {
        name: "bs_get_utf8",
        arity: 5,
        obsolete: false,
    }, // 138
    OpInfo {
        name: "bs_skip_utf8",
        arity: 4,
        obsolete: false,
    }, // 139
    OpInfo {
        name: "bs_get_utf16",
        arity: 5,
        obsolete: false,
    }, // 140
    OpInfo {
        name: "bs_skip_utf16",
        arity: 4,
        obsolete: false,
    }, // 141
    OpInfo {
        name: "bs_get_utf32",
        arity: 5,
        obsolete: false,
    }, // 142
    OpInfo {
        name: "bs_skip_utf32",
        arity: 4,
        obsolete: false,
    }, // 143
    OpInfo {
        name: "bs_utf8_size",
        arity: 3,
        obsolete: false,
    }, // 144
    OpInfo {
        name: "bs_put_utf8",
        arity: 3,
        obsolete: false,
    }, // 145
    OpInfo {
        name: "bs_utf16_size",
        arity: 3,
        obsolete: false,
    }, // 146
    OpInfo {
        name: "bs_put_utf16",
        arity: 3,
        obsolete: false,
    }, // 147
    OpInfo {
        name: "bs_put_utf32",
        arity: 3,
        obsolete: false,
    }, // 148
    OpInfo {
        name: "on_load",
        arity: 0,
        obsolete: false,
    }, // 149
    OpInfo {
        name: "recv_mark",
        arity: 1,
        obsolete: false,
    }, // 150
    OpInfo {
        name: "recv_set",
        arity: 1,
        obsolete: false,
    }, // 151
    OpInfo {
        name: "gc_bif3",
        arity: 7,
        obsolete: false,
    }, // 152
    OpInfo {
        name: "line",
        arity: 1,
        obsolete: false,
    }, // 153
    OpInfo {
        name: "put_map_assoc",
        arity: 5,
        obsolete: false,
    }, // 154
    OpInfo {
        name: "put_map_exact",
        arity: 5,
        obsolete: false,
    }, // 155
    OpInfo {
        name: "is_map",
        arity: 2,
        obsolete: false,
    }, // 156
    OpInfo {
        name: "has_map_fields",
        arity: 3,
        obsolete: false,
    }, // 157
    OpInfo {
        name: "get_map_elements",
        arity: 3,
        obsolete: false,
    }, // 158
    OpInfo {
        name: "is_tagged_tuple",
        arity: 4,
        obsolete: false,
    }, // 159
    OpInfo {
        name: "build_stacktrace",
        arity: 0,
        obsolete: false,
    }, // 160
    OpInfo {
        name: "raw_raise",
        arity: 0,
        obsolete: false,
    }, // 161
    OpInfo {
        name: "get_hd",
        arity: 2,
        obsolete: false,
    }, // 162
    OpInfo {
        name: "get_tl",
        arity: 2,
        obsolete: false,
    }, // 163
    OpInfo {
        name: "put_tuple2",
        arity: 2,
        obsolete: false,
    }, // 164
    OpInfo {
        name: "bs_get_tail",
        arity: 3,
        obsolete: false,
    }, // 165
    OpInfo {
        name: "bs_start_match3",
        arity: 4,
        obsolete: false,
    }, // 166
    OpInfo {
        name: "bs_get_position",
        arity: 3,
        obsolete: false,
    }, // 167
    OpInfo {
        name: "bs_set_position",
        arity: 2,
        obsolete: false,
    }, // 168
    OpInfo {
        name: "swap",
        arity: 2,
        obsolete: false,
    }, // 169
    OpInfo {
        name: "bs_start_match4",
        arity: 4,
        obsolete: false,
    }, // 170
    OpInfo {
        name: "make_fun3",
        arity: 3,
        obsolete: false,
    }, // 171
    OpInfo {
        name: "init_yregs",
        arity: 1,
        obsolete: false,
    }, // 172
    OpInfo {
        name: "recv_marker_bind",
        arity: 2,
        obsolete: false,
    }, // 173
    OpInfo {
        name: "recv_marker_clear",
        arity: 1,
        obsolete: false,
    }, // 174
    OpInfo {
        name: "recv_marker_reserve",
        arity: 1,
        obsolete: false,
    }, // 175
    OpInfo {
        name: "recv_marker_use",
        arity: 1,
        obsolete: false,
    }, // 176
    OpInfo {
        name: "bs_create_bin",
        arity: 6,
        obsolete: false,
    }, // 177
    OpInfo {
        name: "call_fun2",
        arity: 3,
        obsolete: false,
    }, // 178
    OpInfo {
        name: "nif_start",
        arity: 0,
        obsolete: false,
    }, // 179
    OpInfo {
        name: "badrecord",
        arity: 1,
        obsolete: false,
    }, // 180
];

/// The opcode's name and arity, or `None` for 0 and anything above [`MAX_OPCODE`].
pub fn info(opcode: u8) -> Option<&'static OpInfo> {
    if opcode == 0 {
        return None;
    }
    OPCODES.get(usize::from(opcode))
}

/// Opcode numbers the loader and VM refer to by name.
pub mod op {
    pub const LABEL: u8 = 1;
    pub const FUNC_INFO: u8 = 2;
    pub const INT_CODE_END: u8 = 3;
    pub const CALL: u8 = 4;
    pub const CALL_LAST: u8 = 5;
    pub const CALL_ONLY: u8 = 6;
    pub const CALL_EXT: u8 = 7;
    pub const CALL_EXT_LAST: u8 = 8;
    pub const BIF0: u8 = 9;
    pub const BIF1: u8 = 10;
    pub const BIF2: u8 = 11;
    pub const ALLOCATE: u8 = 12;
    pub const ALLOCATE_HEAP: u8 = 13;
    pub const ALLOCATE_ZERO: u8 = 14;
    pub const ALLOCATE_HEAP_ZERO: u8 = 15;
    pub const TEST_HEAP: u8 = 16;
    pub const INIT: u8 = 17;
    pub const DEALLOCATE: u8 = 18;
    pub const RETURN: u8 = 19;
    pub const SEND: u8 = 20;
    pub const REMOVE_MESSAGE: u8 = 21;
    pub const TIMEOUT: u8 = 22;
    pub const LOOP_REC: u8 = 23;
    pub const LOOP_REC_END: u8 = 24;
    pub const WAIT: u8 = 25;
    pub const WAIT_TIMEOUT: u8 = 26;
    pub const M_PLUS: u8 = 27;
    pub const M_MINUS: u8 = 28;
    pub const M_TIMES: u8 = 29;
    pub const M_DIV: u8 = 30;
    pub const INT_DIV: u8 = 31;
    pub const INT_REM: u8 = 32;
    pub const INT_BAND: u8 = 33;
    pub const INT_BOR: u8 = 34;
    pub const INT_BXOR: u8 = 35;
    pub const INT_BSL: u8 = 36;
    pub const INT_BSR: u8 = 37;
    pub const INT_BNOT: u8 = 38;
    pub const IS_LT: u8 = 39;
    pub const IS_GE: u8 = 40;
    pub const IS_EQ: u8 = 41;
    pub const IS_NE: u8 = 42;
    pub const IS_EQ_EXACT: u8 = 43;
    pub const IS_NE_EXACT: u8 = 44;
    pub const IS_INTEGER: u8 = 45;
    pub const IS_FLOAT: u8 = 46;
    pub const IS_NUMBER: u8 = 47;
    pub const IS_ATOM: u8 = 48;
    pub const IS_PID: u8 = 49;
    pub const IS_REFERENCE: u8 = 50;
    pub const IS_PORT: u8 = 51;
    pub const IS_NIL: u8 = 52;
    pub const IS_BINARY: u8 = 53;
    pub const IS_CONSTANT: u8 = 54;
    pub const IS_LIST: u8 = 55;
    pub const IS_NONEMPTY_LIST: u8 = 56;
    pub const IS_TUPLE: u8 = 57;
    pub const TEST_ARITY: u8 = 58;
    pub const SELECT_VAL: u8 = 59;
    pub const SELECT_TUPLE_ARITY: u8 = 60;
    pub const JUMP: u8 = 61;
    pub const CATCH: u8 = 62;
    pub const CATCH_END: u8 = 63;
    pub const MOVE: u8 = 64;
    pub const GET_LIST: u8 = 65;
    pub const GET_TUPLE_ELEMENT: u8 = 66;
    pub const SET_TUPLE_ELEMENT: u8 = 67;
    pub const PUT_STRING: u8 = 68;
    pub const PUT_LIST: u8 = 69;
    pub const PUT_TUPLE: u8 = 70;
    pub const PUT: u8 = 71;
    pub const BADMATCH: u8 = 72;
    pub const IF_END: u8 = 73;
    pub const CASE_END: u8 = 74;
    pub const CALL_FUN: u8 = 75;
    pub const MAKE_FUN: u8 = 76;
    pub const IS_FUNCTION: u8 = 77;
    pub const CALL_EXT_ONLY: u8 = 78;
    pub const BS_START_MATCH: u8 = 79;
    pub const BS_GET_INTEGER: u8 = 80;
    pub const BS_GET_FLOAT: u8 = 81;
    pub const BS_GET_BINARY: u8 = 82;
    pub const BS_SKIP_BITS: u8 = 83;
    pub const BS_TEST_TAIL: u8 = 84;
    pub const BS_SAVE: u8 = 85;
    pub const BS_RESTORE: u8 = 86;
    pub const BS_INIT: u8 = 87;
    pub const BS_FINAL: u8 = 88;
    pub const BS_PUT_INTEGER: u8 = 89;
    pub const BS_PUT_BINARY: u8 = 90;
    pub const BS_PUT_FLOAT: u8 = 91;
    pub const BS_PUT_STRING: u8 = 92;
    pub const BS_NEED_BUF: u8 = 93;
    pub const FCLEARERROR: u8 = 94;
    pub const FCHECKERROR: u8 = 95;
    pub const FMOVE: u8 = 96;
    pub const FCONV: u8 = 97;
    pub const FADD: u8 = 98;
    pub const FSUB: u8 = 99;
    pub const FMUL: u8 = 100;
    pub const FDIV: u8 = 101;
    pub const FNEGATE: u8 = 102;
    pub const MAKE_FUN2: u8 = 103;
    pub const TRY: u8 = 104;
    pub const TRY_END: u8 = 105;
    pub const TRY_CASE: u8 = 106;
    pub const TRY_CASE_END: u8 = 107;
    pub const RAISE: u8 = 108;
    pub const BS_INIT2: u8 = 109;
    pub const BS_BITS_TO_BYTES: u8 = 110;
    pub const BS_ADD: u8 = 111;
    pub const APPLY: u8 = 112;
    pub const APPLY_LAST: u8 = 113;
    pub const IS_BOOLEAN: u8 = 114;
    pub const IS_FUNCTION2: u8 = 115;
    pub const BS_START_MATCH2: u8 = 116;
    pub const BS_GET_INTEGER2: u8 = 117;
    pub const BS_GET_FLOAT2: u8 = 118;
    pub const BS_GET_BINARY2: u8 = 119;
    pub const BS_SKIP_BITS2: u8 = 120;
    pub const BS_TEST_TAIL2: u8 = 121;
    pub const BS_SAVE2: u8 = 122;
    pub const BS_RESTORE2: u8 = 123;
    pub const GC_BIF1: u8 = 124;
    pub const GC_BIF2: u8 = 125;
    pub const BS_FINAL2: u8 = 126;
    pub const BS_BITS_TO_BYTES2: u8 = 127;
    pub const PUT_LITERAL: u8 = 128;
    pub const IS_BITSTR: u8 = 129;
    pub const BS_CONTEXT_TO_BINARY: u8 = 130;
    pub const BS_TEST_UNIT: u8 = 131;
    pub const BS_MATCH_STRING: u8 = 132;
    pub const BS_INIT_WRITABLE: u8 = 133;
    pub const BS_APPEND: u8 = 134;
    pub const BS_PRIVATE_APPEND: u8 = 135;
    pub const TRIM: u8 = 136;
    pub const BS_INIT_BITS: u8 = 137;
    pub const BS_GET_UTF8: u8 = 138;
    pub const BS_SKIP_UTF8: u8 = 139;
    pub const BS_GET_UTF16: u8 = 140;
    pub const BS_SKIP_UTF16: u8 = 141;
    pub const BS_GET_UTF32: u8 = 142;
    pub const BS_SKIP_UTF32: u8 = 143;
    pub const BS_UTF8_SIZE: u8 = 144;
    pub const BS_PUT_UTF8: u8 = 145;
    pub const BS_UTF16_SIZE: u8 = 146;
    pub const BS_PUT_UTF16: u8 = 147;
    pub const BS_PUT_UTF32: u8 = 148;
    pub const ON_LOAD: u8 = 149;
    pub const RECV_MARK: u8 = 150;
    pub const RECV_SET: u8 = 151;
    pub const GC_BIF3: u8 = 152;
    pub const LINE: u8 = 153;
    pub const PUT_MAP_ASSOC: u8 = 154;
    pub const PUT_MAP_EXACT: u8 = 155;
    pub const IS_MAP: u8 = 156;
    pub const HAS_MAP_FIELDS: u8 = 157;
    pub const GET_MAP_ELEMENTS: u8 = 158;
    pub const IS_TAGGED_TUPLE: u8 = 159;
    pub const BUILD_STACKTRACE: u8 = 160;
    pub const RAW_RAISE: u8 = 161;
    pub const GET_HD: u8 = 162;
    pub const GET_TL: u8 = 163;
    pub const PUT_TUPLE2: u8 = 164;
    pub const BS_GET_TAIL: u8 = 165;
    pub const BS_START_MATCH3: u8 = 166;
    pub const BS_GET_POSITION: u8 = 167;
    pub const BS_SET_POSITION: u8 = 168;
    pub const SWAP: u8 = 169;
    pub const BS_START_MATCH4: u8 = 170;
    pub const MAKE_FUN3: u8 = 171;
    pub const INIT_YREGS: u8 = 172;
    pub const RECV_MARKER_BIND: u8 = 173;
    pub const RECV_MARKER_CLEAR: u8 = 174;
    pub const RECV_MARKER_RESERVE: u8 = 175;
    pub const RECV_MARKER_USE: u8 = 176;
    pub const BS_CREATE_BIN: u8 = 177;
    pub const CALL_FUN2: u8 = 178;
    pub const NIF_START: u8 = 179;
    pub const BADRECORD: u8 = 180;
}
