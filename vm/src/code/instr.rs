//! The internal instruction form: what the load step produces and the run loop executes.
//!
//! Each instruction is one 16-byte slot. Jumps and constants are addressed relative to the
//! instruction that uses them (`i32` slot offsets), so code needs no base register: a module's
//! code is one boxed slice that never moves. Constants live in `Const` slots after the code;
//! variable-length operand lists (tuple elements, select tables, map pairs, ...) follow their
//! instruction in data slots, which the instruction skips.

use crate::code::{Export, FunEntry};
use crate::term::Term;

/// A source operand: an X or Y register or a constant slot.
/// Bits 0-1: 0 = X, 1 = Y, 2 = constant; bits 2.. = register index, or the signed slot offset
/// of the constant from the instruction that owns the operand.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Src(pub u32);

impl Src {
    pub const fn x(i: u32) -> Src {
        Src(i << 2)
    }
    pub const fn y(i: u32) -> Src {
        Src((i << 2) | 1)
    }
    pub const fn constant(off: i32) -> Src {
        Src(((off << 2) as u32) | 2)
    }
    #[inline(always)]
    pub const fn kind(self) -> u32 {
        self.0 & 3
    }
    #[inline(always)]
    pub const fn index(self) -> usize {
        (self.0 >> 2) as usize
    }
    #[inline(always)]
    pub const fn offset(self) -> isize {
        ((self.0 as i32) >> 2) as isize
    }
    pub const NONE: Src = Src(3);
}

/// A destination register: bit 0 = Y, bits 1.. = index (X < 1024, Y < 32768).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Dst(pub u16);

impl Dst {
    pub const fn x(i: u16) -> Dst {
        Dst(i << 1)
    }
    pub const fn y(i: u16) -> Dst {
        Dst((i << 1) | 1)
    }
    #[inline(always)]
    pub const fn is_y(self) -> bool {
        self.0 & 1 != 0
    }
    #[inline(always)]
    pub const fn index(self) -> usize {
        (self.0 >> 1) as usize
    }
    pub fn as_src(self) -> Src {
        if self.is_y() {
            Src::y(self.index() as u32)
        } else {
            Src::x(self.index() as u32)
        }
    }
}

/// Arithmetic and bitwise operators of `gc_bif2`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Rem,
    Band,
    Bor,
    Bxor,
    Bsl,
    Bsr,
}

/// Binary segment types for construction and matching.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum SegType {
    Integer,
    Float,
    Binary,
    Utf8,
    Utf16,
    Utf32,
    String,
    Append,
    PrivateAppend,
}

/// Segment flags.
pub const SEG_LITTLE: u8 = 1;
pub const SEG_SIGNED: u8 = 2;
pub const SEG_NATIVE: u8 = 4;

/// What `bs_start_match` does when its source is not a binary.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum MatchFail {
    Label,
    NoFail,
    Resume,
}

/// One instruction slot.
#[derive(Copy, Clone, Debug)]
pub enum Instr {
    // ---- data slots (never executed) ----
    /// A constant used through a `Src` constant operand.
    Const(Term),
    /// A select table entry: value and jump offset (relative to the select instruction).
    Case(Term, i32),
    /// Up to three operands of a variable-length list.
    Srcs([Src; 3]),
    /// Destinations for `get_map_elements`.
    Dsts([Dst; 7]),
    /// Raw bytes (strings for `bs_match_string`, `bs_put_string`, string segments).
    Bytes([u8; 15]),
    /// A binary segment: type, unit, flags, value and size operands, and its number in the
    /// source construction (for error reports; 0 when unknown).
    Seg {
        kind: SegType,
        unit: u8,
        flags: u8,
        seg: u16,
        value: Src,
        size: Src,
    },

    // ---- function entry ----
    /// The `func_info` of a function: raises `function_clause` with the arguments.
    FuncInfo {
        module: u32,
        function: u32,
        arity: u32,
    },

    // ---- moves ----
    MoveXX {
        src: u16,
        dst: u16,
    },
    MoveXY {
        src: u16,
        dst: u16,
    },
    MoveYX {
        src: u16,
        dst: u16,
    },
    MoveYY {
        src: u16,
        dst: u16,
    },
    MoveCX {
        c: Term,
        dst: u16,
    },
    MoveCY {
        c: Term,
        dst: u16,
    },
    /// Two moves from X registers to X registers in one dispatch.
    MoveXX2 {
        s1: u16,
        d1: u16,
        s2: u16,
        d2: u16,
    },
    /// Two register-to-register moves (each X or Y) in one dispatch, done in order.
    Move2 {
        s1: Dst,
        d1: Dst,
        s2: Dst,
        d2: Dst,
    },
    Swap {
        a: Dst,
        b: Dst,
    },
    /// `y := []` (init / init_yregs / allocate_zero).
    InitY {
        y: u16,
    },

    // ---- frames and the heap ----
    Allocate {
        stack: u32,
        live: u16,
    },
    AllocateHeap {
        stack: u16,
        live: u16,
        heap: u32,
    },
    TestHeap {
        heap: u32,
        live: u16,
    },
    Deallocate {
        n: u32,
    },
    Trim {
        n: u32,
    },
    Return,
    /// `move R, x0` then `return`.
    MoveReturn {
        s: Dst,
    },
    /// `move C, x0` then `return`.
    MoveCReturn {
        c: Term,
    },
    /// `deallocate n` then `return`, the end of most non-tail-calling functions.
    DeallocateReturn {
        n: u32,
    },

    // ---- calls ----
    Call {
        off: i32,
        arity: u16,
    },
    CallLast {
        off: i32,
        arity: u16,
        dealloc: u16,
    },
    CallOnly {
        off: i32,
        arity: u16,
    },
    /// A register-to-register move fused with the local call after it (the arguments are
    /// usually shuffled right before a call).
    MoveCall {
        off: i32,
        arity: u16,
        s: Dst,
        d: Dst,
    },
    MoveCallLast {
        off: i32,
        arity: u16,
        dealloc: u16,
        s: Dst,
        d: Dst,
    },
    MoveCallOnly {
        off: i32,
        arity: u16,
        s: Dst,
        d: Dst,
    },
    CallExt {
        exp: &'static Export,
    },
    CallExtLast {
        exp: &'static Export,
        dealloc: u32,
    },
    CallExtOnly {
        exp: &'static Export,
    },
    /// A call to a native function (BIF) through `call_ext`; `dealloc`/`ret` say what to do
    /// after it: 0 = continue, 1 = return (`call_ext_only`), 2 = deallocate+return.
    CallBif {
        exp: &'static Export,
        dealloc: u16,
        ret: u8,
    },
    Apply {
        arity: u16,
        dealloc: u16,
        last: bool,
    },
    CallFun {
        arity: u16,
    },
    CallFun2 {
        arity: u16,
        fun: Src,
    },
    MakeFun {
        entry: &'static FunEntry,
        dst: Dst,
        nfree: u16,
    },

    // ---- type tests (fail = slot offset of the fail label) ----
    IsInteger {
        fail: i32,
        src: Src,
    },
    IsFloat {
        fail: i32,
        src: Src,
    },
    IsNumber {
        fail: i32,
        src: Src,
    },
    IsAtom {
        fail: i32,
        src: Src,
    },
    IsPid {
        fail: i32,
        src: Src,
    },
    IsRef {
        fail: i32,
        src: Src,
    },
    IsPort {
        fail: i32,
        src: Src,
    },
    IsNil {
        fail: i32,
        src: Src,
    },
    IsBinary {
        fail: i32,
        src: Src,
    },
    IsBitstr {
        fail: i32,
        src: Src,
    },
    IsList {
        fail: i32,
        src: Src,
    },
    IsNonemptyList {
        fail: i32,
        src: Src,
    },
    IsTuple {
        fail: i32,
        src: Src,
    },
    /// `is_nonempty_list R` then `get_list R, Hd, Tl` (a loop over a list).
    IsNonemptyListGetList {
        fail: i32,
        src: Dst,
        hd: Dst,
        tl: Dst,
    },
    IsBoolean {
        fail: i32,
        src: Src,
    },
    IsMap {
        fail: i32,
        src: Src,
    },
    IsFunction {
        fail: i32,
        src: Src,
    },
    IsFunction2 {
        fail: i32,
        src: Src,
        arity: Src,
    },
    TestArity {
        fail: i32,
        src: Src,
        arity: u32,
    },
    IsTaggedTuple {
        fail: i32,
        src: Src,
        arity: u16,
        tag: u32,
    },
    IsEqExact {
        fail: i32,
        a: Src,
        b: Src,
    },
    IsNeExact {
        fail: i32,
        a: Src,
        b: Src,
    },
    IsEqExactXC {
        fail: i32,
        x: u16,
        c: Term,
    },
    IsNeExactXC {
        fail: i32,
        x: u16,
        c: Term,
    },
    IsEq {
        fail: i32,
        a: Src,
        b: Src,
    },
    IsNe {
        fail: i32,
        a: Src,
        b: Src,
    },
    IsLt {
        fail: i32,
        a: Src,
        b: Src,
    },
    /// `is_lt` / `is_ge` of two X registers.
    IsLtXX {
        fail: i32,
        a: u16,
        b: u16,
    },
    IsGeXX {
        fail: i32,
        a: u16,
        b: u16,
    },
    /// `is_lt` / `is_ge` of an X register and a small integer (`x < c`, `x >= c`).
    IsLtXC {
        fail: i32,
        x: u16,
        c: Term,
    },
    IsGeXC {
        fail: i32,
        x: u16,
        c: Term,
    },
    IsGe {
        fail: i32,
        a: Src,
        b: Src,
    },
    /// Followed by `n` `Case` slots sorted by raw word when `sorted`.
    SelectVal {
        src: Src,
        fail: i32,
        n: u32,
    },
    SelectTupleArity {
        src: Src,
        fail: i32,
        n: u32,
    },
    Jump {
        off: i32,
    },

    // ---- data structures ----
    GetList {
        src: Src,
        hd: Dst,
        tl: Dst,
    },
    GetHd {
        src: Src,
        dst: Dst,
    },
    GetTl {
        src: Src,
        dst: Dst,
    },
    GetTupleElement {
        src: Src,
        idx: u32,
        dst: Dst,
    },
    /// Elements `idx` and `idx + 1` of the same tuple (two `get_tuple_element`s; `d1` is
    /// not the register of `src`).
    GetTupleElement2 {
        src: Src,
        idx: u16,
        d1: Dst,
        d2: Dst,
    },
    SetTupleElement {
        val: Src,
        tuple: Src,
        idx: u32,
    },
    PutList {
        hd: Src,
        tl: Src,
        dst: Dst,
    },
    /// `test_heap` then `put_list` (a list built one cell at a time).
    TestHeapPutList {
        heap: u16,
        live: u16,
        hd: Src,
        tl: Src,
        dst: Dst,
    },
    /// Followed by ceil(n/3) `Srcs` slots.
    PutTuple2 {
        dst: Dst,
        n: u32,
    },

    // ---- errors ----
    Badmatch {
        src: Src,
    },
    CaseEnd {
        src: Src,
    },
    IfEnd,
    TryCaseEnd {
        src: Src,
    },
    Badrecord {
        src: Src,
    },

    // ---- exceptions ----
    Catch {
        y: u16,
        off: i32,
    },
    CatchEnd {
        y: u16,
    },
    TryEnd {
        y: u16,
    },
    TryCase {
        y: u16,
    },
    Raise {
        trace: Src,
        value: Src,
    },
    BuildStacktrace,
    RawRaise,

    // ---- BIFs ----
    /// `bif0`..`bif2`, `gc_bif1..3`: a native function from the instruction-BIF table with
    /// `n` arguments in the next `Srcs` slot; `fail` 0 raises.
    Bif {
        bif: u16,
        dst: Dst,
        fail: i32,
        n: u8,
    },
    Bif1 {
        bif: u8,
        dst: Dst,
        fail: i32,
        a: Src,
    },
    Bif2 {
        bif: u8,
        dst: Dst,
        fail: i32,
        a: Src,
        b: Src,
    },
    Arith {
        op: ArithOp,
        dst: Dst,
        fail: i32,
        a: Src,
        b: Src,
    },
    /// `A + Lit` or `A - Lit` (`sub`) for a small integer literal not handled by `AddRI`.
    /// Like `AddRI`, a bad operand raises badarith without an `erlang:'+'` frame, as OTP does.
    AddLit {
        sub: bool,
        dst: Dst,
        a: Src,
        lit: Src,
        fail: i32,
    },
    /// Unary `+A`: OTP computes `0 + A` (so -0.0 becomes 0.0), with no BIF frame on error.
    UnaryPlus {
        dst: Dst,
        a: Src,
        fail: i32,
    },
    /// `R + Imm` and `R - Imm` (R an X or Y register) on small integers, the commonest
    /// arithmetic. A non-number raises badarith without a BIF frame, as OTP does for a
    /// literal small operand.
    AddRI {
        a: Dst,
        dst: Dst,
        fail: i32,
        imm: i32,
    },
    Element {
        dst: Dst,
        fail: i32,
        idx: Src,
        tuple: Src,
    },
    Length {
        dst: Dst,
        fail: i32,
        src: Src,
    },
    SelfPid {
        dst: Dst,
    },

    // ---- floats ----
    FLoad {
        src: Src,
        fr: u16,
    },
    FStore {
        fr: u16,
        dst: Dst,
    },
    FConv {
        src: Src,
        fr: u16,
    },
    FMoveFr {
        src: u16,
        dst: u16,
    },
    FArith {
        op: ArithOp,
        a: u16,
        b: u16,
        dst: u16,
    },
    FNeg {
        a: u16,
        dst: u16,
    },

    // ---- binary matching ----
    BsStartMatch {
        fail: i32,
        src: Src,
        dst: Dst,
        mode: MatchFail,
    },
    BsGetPosition {
        ctx: Src,
        dst: Dst,
    },
    BsSetPosition {
        ctx: Src,
        pos: Src,
    },
    BsGetTail {
        ctx: Src,
        dst: Dst,
    },
    BsTestTail {
        fail: i32,
        ctx: Src,
        bits: u32,
    },
    BsTestUnit {
        fail: i32,
        ctx: Src,
        unit: u32,
    },
    /// Followed by a `Seg` slot (kind, unit, flags, size; value unused).
    BsGet {
        fail: i32,
        ctx: Src,
        dst: Dst,
    },
    BsSkip {
        fail: i32,
        ctx: Src,
    },
    /// Matches `bits` bits given in the following `Bytes` slots.
    BsMatchString {
        fail: i32,
        ctx: Src,
        bits: u32,
    },

    // ---- binary construction ----
    /// `bs_create_bin`: followed by `n` `Seg` slots.
    BsCreateBin {
        fail: i32,
        dst: Dst,
        n: u32,
    },
    /// `bs_init2`/`bs_init_bits`: start a new binary of `size` (bytes or bits).
    BsInit {
        fail: i32,
        size: Src,
        dst: Dst,
        bits: bool,
    },
    /// `bs_put_*`: followed by a `Seg` slot.
    BsPut {
        fail: i32,
    },
    /// Followed by `Bytes` slots.
    BsPutString {
        len: u32,
    },
    BsAdd {
        fail: i32,
        a: Src,
        b: Src,
        unit: u8,
        dst: Dst,
    },
    /// `bs_append` / `bs_private_append`: followed by a `Seg` slot (size, unit, flags) and
    /// the binary in `value`.
    BsAppend {
        fail: i32,
        dst: Dst,
        private: bool,
    },
    BsUtfSize {
        fail: i32,
        src: Src,
        dst: Dst,
        utf16: bool,
    },
    BsInitWritable,

    // ---- maps ----
    /// `put_map_assoc`/`put_map_exact`: followed by ceil(2n/3) `Srcs` slots (key, value ...).
    PutMap {
        fail: i32,
        src: Src,
        dst: Dst,
        n: u32,
        exact: bool,
    },
    /// Followed by ceil(n/3) `Srcs` slots of keys.
    HasMapFields {
        fail: i32,
        src: Src,
        n: u32,
    },
    /// Followed by ceil(n/3) `Srcs` key slots, then ceil(n/7) `Dsts` slots.
    GetMapElements {
        fail: i32,
        src: Src,
        n: u32,
    },

    // ---- messages ----
    Send,
    RemoveMessage,
    Timeout,
    LoopRec {
        fail: i32,
        dst: Dst,
    },
    LoopRecEnd {
        off: i32,
    },
    Wait {
        off: i32,
    },
    WaitTimeout {
        off: i32,
        time: Src,
    },
    RecvMarkerReserve {
        dst: Dst,
    },
    RecvMarkerBind {
        marker: Src,
        reference: Src,
    },
    RecvMarkerClear {
        reference: Src,
    },
    RecvMarkerUse {
        reference: Src,
    },

    // ---- misc ----
    /// Where a process that returned from its first call ends up.
    NormalExit,
    /// Performs the process's pending call (a BIF trap or the first call of a process).
    CallPending,
    /// Code that must never run (after int_code_end, unresolved labels).
    Unreachable,
    Nop,
}

const _: () = assert!(
    core::mem::size_of::<Instr>() == 16,
    "instructions must stay 16 bytes"
);
