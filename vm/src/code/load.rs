//! The load step: generic instructions (as `loader` decodes them) become the internal
//! instruction form of `instr.rs`.
//!
//! Layout of a module's code: constant slots first (every atom, integer, float and literal
//! operand of the module, deduplicated), then the instructions. Labels become slot offsets
//! relative to the instruction that jumps; constants become `Src` offsets relative to the
//! instruction that reads them.

use super::instr::*;
use super::literal;
use super::{export, FuncMeta, LoadError, Module};
use crate::atom::{self, Atom};
use crate::bif;
use crate::heap::Heap;
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use loader::code::Operand;
use loader::int::Int;
use loader::BeamModule;

/// Highest X register index accepted (the X register file has 1024 entries).
pub const MAX_X: u32 = 1023;
/// Highest Y register index accepted.
pub const MAX_Y: u32 = 32767;
/// Float registers.
pub const MAX_FR: u32 = 1023;

struct Tx<'a> {
    m: &'a BeamModule,
    name: Atom,
    atoms: Vec<Atom>,
    lits: Heap,
    literals: Vec<Term>,
    consts: Vec<Term>,
    const_index: BTreeMap<u64, u32>,
    out: Vec<Instr>,
    /// Label number -> slot.
    labels: Vec<u32>,
    /// (slot to patch, owner slot, label)
    fixups: Vec<(usize, usize, u32)>,
    functions: Vec<FuncMeta>,
    lines: Vec<(u32, u32)>,
    /// Current generic instruction (for errors).
    op_name: &'static str,
    op_offset: u32,
    on_load: bool,
    on_load_slot: Option<u32>,
    fun_entries: Vec<&'static super::FunEntry>,
    big_consts: Vec<(Int, Term)>,
    float_consts: Vec<(u64, Term)>,
    fun_slots: Vec<(usize, u32)>,
    last_label_slot: Option<u32>,
}

type R<T> = Result<T, LoadError>;

/// Translates a parsed module.
pub fn translate(m: &BeamModule, _bytes: &[u8]) -> R<Module> {
    let mut atoms = Vec::with_capacity(m.atoms.len());
    for a in &m.atoms {
        atoms.push(Atom::intern(a).ok_or_else(|| code_err(m.name(), "AtU8", 0, "atom too long"))?);
    }
    let name = *atoms
        .first()
        .ok_or_else(|| code_err("", "AtU8", 0, "no module name"))?;
    let mut lits = Heap::new(64);
    let mut literals = Vec::with_capacity(m.literals.len());
    for l in &m.literals {
        literals.push(
            literal::build(&mut lits, l, true)
                .map_err(|_| code_err(m.name(), "LitT", 0, "literal cannot be built"))?,
        );
    }
    let mut tx = Tx {
        m,
        name,
        atoms,
        lits,
        literals,
        consts: Vec::new(),
        const_index: BTreeMap::new(),
        out: Vec::new(),
        labels: vec![u32::MAX; m.code.label_count as usize + 1],
        fixups: Vec::new(),
        functions: Vec::new(),
        lines: Vec::new(),
        op_name: "",
        op_offset: 0,
        on_load: false,
        on_load_slot: None,
        fun_entries: Vec::new(),
        big_consts: Vec::new(),
        float_consts: Vec::new(),
        fun_slots: Vec::new(),
        last_label_slot: None,
    };
    for l in &m.lambdas {
        let f = tx.atom(l.function)?;
        tx.fun_entries.push(super::new_fun_entry(
            name, f, l.arity, l.num_free, l.index, l.old_uniq,
        ));
    }
    tx.collect_constants()?;
    for (i, &c) in tx.consts.iter().enumerate() {
        debug_assert_eq!(i, tx.out.len());
        tx.out.push(Instr::Const(c));
    }
    for (ins, ops) in m.code.iter() {
        let info = loader::opcodes::info(ins.opcode);
        tx.op_name = info.map(|i| i.name).unwrap_or("?");
        tx.op_offset = ins.offset;
        tx.emit(ins.opcode, ops)?;
    }
    tx.out.push(Instr::Unreachable);
    tx.resolve()?;
    tx.finish()
}

fn code_err(module: &str, opcode: &'static str, offset: u32, what: &'static str) -> LoadError {
    LoadError::Code {
        module: String::from(module),
        opcode,
        offset,
        what,
    }
}

impl<'a> Tx<'a> {
    fn err(&self, what: &'static str) -> LoadError {
        code_err(self.m.name(), self.op_name, self.op_offset, what)
    }

    fn atom(&self, idx: u32) -> R<Atom> {
        if idx == 0 {
            return Err(self.err("atom operand 0 where an atom is needed"));
        }
        self.atoms
            .get(idx as usize - 1)
            .copied()
            .ok_or_else(|| self.err("atom index out of range"))
    }

    // ---- constants ----

    fn const_term(&mut self, op: &Operand) -> R<Option<Term>> {
        Ok(Some(match op {
            Operand::Atom(0) => Term::NIL,
            Operand::Atom(i) => Term::atom(self.atom(*i)?),
            Operand::Integer(Int::Small(v)) if Term::small_fits(*v) => Term::small(*v),
            Operand::Integer(i) => {
                // Built once per distinct value, so that constants deduplicate by word.
                if let Some((_, t)) = self.big_consts.iter().find(|(k, _)| k == i) {
                    return Ok(Some(*t));
                }
                let t = literal::int_term(&mut self.lits, i);
                let t = if t.is_boxed() {
                    t.with_literal_bit()
                } else {
                    t
                };
                self.big_consts.push((i.clone(), t));
                t
            }
            Operand::Char(c) => Term::small(i64::from(*c)),
            Operand::Literal(i) => *self
                .literals
                .get(*i as usize)
                .ok_or_else(|| self.err("literal index out of range"))?,
            Operand::Float(f) => {
                if let Some((_, t)) = self.float_consts.iter().find(|(k, _)| *k == f.to_bits()) {
                    return Ok(Some(*t));
                }
                let t = self.lits.float(*f).with_literal_bit();
                self.float_consts.push((f.to_bits(), t));
                t
            }
            _ => return Ok(None),
        }))
    }

    fn intern_const(&mut self, t: Term) -> u32 {
        if let Some(&i) = self.const_index.get(&t.raw()) {
            return i;
        }
        // Constants are laid out before the code: a new one after that would be misplaced.
        debug_assert!(self.out.is_empty(), "constant found after layout");
        let i = self.consts.len() as u32;
        self.consts.push(t);
        self.const_index.insert(t.raw(), i);
        i
    }

    fn collect_constants(&mut self) -> R<()> {
        let m = self.m;
        for (ins, ops) in m.code.iter() {
            self.op_offset = ins.offset;
            for op in ops {
                self.collect_op(op)?;
            }
            let name = loader::opcodes::info(ins.opcode).map(|i| i.name);
            if let (Some("bs_init2" | "bs_init_bits"), Some(size)) = (name, ops.get(1)) {
                if let Some(v) = self.untagged_size(size)? {
                    self.intern_const(Term::small(v));
                }
            }
        }
        Ok(())
    }

    /// The old `bs_init2`/`bs_init_bits` give a constant size as an untagged number.
    fn untagged_size(&self, op: &Operand) -> R<Option<i64>> {
        match op {
            Operand::Unsigned(n) => match i64::try_from(*n) {
                Ok(v) if Term::small_fits(v) => Ok(Some(v)),
                _ => Err(self.err("binary size too large")),
            },
            _ => Ok(None),
        }
    }

    fn collect_op(&mut self, op: &Operand) -> R<()> {
        match op {
            Operand::List(items) => {
                for o in items.iter() {
                    self.collect_op(o)?;
                }
            }
            _ => {
                if let Some(t) = self.const_term(op)? {
                    self.intern_const(t);
                }
            }
        }
        Ok(())
    }

    // ---- operands ----

    /// A source operand for an instruction that will sit at slot `owner`.
    fn src_at(&mut self, op: &Operand, owner: usize) -> R<Src> {
        match op {
            Operand::X(i) => self.xreg(*i).map(Src::x),
            Operand::Y(i) => self.yreg(*i).map(Src::y),
            Operand::TypedReg { reg, .. } => match reg {
                loader::code::Reg::X(i) => self.xreg(*i).map(Src::x),
                loader::code::Reg::Y(i) => self.yreg(*i).map(Src::y),
            },
            _ => {
                let t = self
                    .const_term(op)?
                    .ok_or_else(|| self.err("operand is not a value"))?;
                let k = *self
                    .const_index
                    .get(&t.raw())
                    .ok_or_else(|| self.err("constant not collected"))?
                    as i64;
                let off = k - owner as i64;
                if off < -(1 << 29) {
                    return Err(self.err("module too large"));
                }
                Ok(Src::constant(off as i32))
            }
        }
    }
    fn src(&mut self, op: &Operand) -> R<Src> {
        let owner = self.out.len();
        self.src_at(op, owner)
    }
    fn xreg(&self, i: u32) -> R<u32> {
        if i > MAX_X {
            Err(self.err("x register out of range"))
        } else {
            Ok(i)
        }
    }
    fn yreg(&self, i: u32) -> R<u32> {
        if i > MAX_Y {
            Err(self.err("y register out of range"))
        } else {
            Ok(i)
        }
    }
    fn dst(&self, op: &Operand) -> R<Dst> {
        match op {
            Operand::X(i) => Ok(Dst::x(self.xreg(*i)? as u16)),
            Operand::Y(i) => Ok(Dst::y(self.yreg(*i)? as u16)),
            Operand::TypedReg {
                reg: loader::code::Reg::X(i),
                ..
            } => Ok(Dst::x(self.xreg(*i)? as u16)),
            Operand::TypedReg {
                reg: loader::code::Reg::Y(i),
                ..
            } => Ok(Dst::y(self.yreg(*i)? as u16)),
            _ => Err(self.err("destination is not a register")),
        }
    }
    fn uint(&self, op: &Operand) -> R<u64> {
        match op {
            Operand::Unsigned(u) => Ok(*u),
            Operand::Integer(Int::Small(v)) if *v >= 0 => Ok(*v as u64),
            _ => Err(self.err("expected an unsigned operand")),
        }
    }
    fn u32op(&self, op: &Operand) -> R<u32> {
        u32::try_from(self.uint(op)?).map_err(|_| self.err("operand too large"))
    }
    fn u16op(&self, op: &Operand) -> R<u16> {
        u16::try_from(self.uint(op)?).map_err(|_| self.err("operand too large"))
    }
    fn label(&self, op: &Operand) -> R<u32> {
        match op {
            Operand::Label(l) => {
                if *l as usize >= self.labels.len() {
                    Err(self.err("label out of range"))
                } else {
                    Ok(*l)
                }
            }
            _ => Err(self.err("expected a label")),
        }
    }
    fn fr(&self, op: &Operand) -> R<u16> {
        match op {
            Operand::FloatReg(i) if *i <= MAX_FR => Ok(*i as u16),
            _ => Err(self.err("expected a float register")),
        }
    }
    fn list<'b>(&self, op: &'b Operand) -> R<&'b [Operand]> {
        match op {
            Operand::List(items) => Ok(items),
            _ => Err(self.err("expected a list operand")),
        }
    }
    /// Heap words an allocation operand asks for (`{words,W},{floats,F},{funs,N}` or a number).
    fn heap_need(&self, op: &Operand) -> R<u32> {
        match op {
            Operand::Alloc(items) => {
                let mut n: u64 = 0;
                for &(k, v) in items.iter() {
                    n += match k {
                        loader::AllocKind::Words => v,
                        loader::AllocKind::Floats => 2 * v,
                        loader::AllocKind::Funs => 4 * v,
                    };
                }
                u32::try_from(n).map_err(|_| self.err("heap need too large"))
            }
            _ => self.u32op(op),
        }
    }

    // ---- emission ----

    fn push(&mut self, i: Instr) -> usize {
        self.out.push(i);
        self.out.len() - 1
    }
    /// Pushes an instruction whose label field will be patched to point at `label` (0 = none).
    fn push_l(&mut self, i: Instr, label: u32) -> usize {
        let at = self.push(i);
        if label != 0 {
            self.fixups.push((at, at, label));
        }
        at
    }
    fn push_srcs(&mut self, srcs: &[Src]) {
        for chunk in srcs.chunks(3) {
            let mut a = [Src::NONE; 3];
            a[..chunk.len()].copy_from_slice(chunk);
            self.out.push(Instr::Srcs(a));
        }
    }
    fn push_bytes(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(15) {
            let mut a = [0u8; 15];
            a[..chunk.len()].copy_from_slice(chunk);
            self.out.push(Instr::Bytes(a));
        }
    }
    fn strings(&self, offset: u64, len: u64) -> R<&'a [u8]> {
        let s = &self.m.strings;
        let start = usize::try_from(offset).map_err(|_| self.err("string offset"))?;
        let end = start.checked_add(usize::try_from(len).map_err(|_| self.err("string length"))?);
        end.and_then(|e| s.get(start..e))
            .ok_or_else(|| self.err("string out of the string table"))
    }

    fn import(&self, op: &Operand) -> R<(Atom, Atom, u32)> {
        let i = self.uint(op)? as usize;
        let imp = self
            .m
            .imports
            .get(i)
            .ok_or_else(|| self.err("import index out of range"))?;
        Ok((self.atom(imp.module)?, self.atom(imp.function)?, imp.arity))
    }

    fn bif_index(&self, op: &Operand) -> R<(u16, Atom, Atom, u32)> {
        let (m, f, a) = self.import(op)?;
        let def = match bif::lookup(m, f, a) {
            Some(d) => d,
            None => bif::undefined_bif(m, f, a),
        };
        Ok((bif::index_of(def), m, f, a))
    }

    fn emit(&mut self, opcode: u8, ops: &[Operand]) -> R<()> {
        macro_rules! o {
            ($i:expr) => {
                ops.get($i).ok_or_else(|| self.err("missing operand"))?
            };
        }
        let _ = opcode;
        match self.op_name {
            "label" => {
                let l = self.label_num(o!(0))?;
                self.labels[l as usize] = self.out.len() as u32;
                self.last_label_slot = Some(self.out.len() as u32);
            }
            "line" => {
                let loc = self.u32op(o!(0))?;
                let slot = self.out.len() as u32;
                if let Some(last) = self.lines.last_mut() {
                    if last.0 == slot {
                        last.1 = loc;
                        return Ok(());
                    }
                }
                self.lines.push((slot, loc));
            }
            "func_info" => {
                let module = match o!(0) {
                    Operand::Atom(i) => self.atom(*i)?,
                    _ => return Err(self.err("func_info module")),
                };
                let function = match o!(1) {
                    Operand::Atom(i) => self.atom(*i)?,
                    _ => return Err(self.err("func_info function")),
                };
                let arity = self.u32op(o!(2))?;
                let slot = self.out.len() as u32;
                if self
                    .lines
                    .last()
                    .is_none_or(|l| self.functions.last().is_some_and(|f| l.0 <= f.start))
                {
                    self.lines.push((slot, 0));
                }
                self.functions.push(FuncMeta {
                    name: function,
                    arity,
                    start: slot,
                });
                self.push(Instr::FuncInfo {
                    module: module.index(),
                    function: function.index(),
                    arity,
                });
            }
            "int_code_end" => {
                self.push(Instr::Unreachable);
            }
            "on_load" => {
                self.on_load = true;
                self.on_load_slot = Some(self.out.len() as u32);
            }
            "nif_start" | "fclearerror" | "recv_mark" | "recv_set" => {}
            "fcheckerror" => {}

            // ---- calls ----
            "call" => {
                let arity = self.u16op(o!(0))?;
                let l = self.label(o!(1))?;
                let i = match self.take_move_for_fusion() {
                    Some((s, d)) => Instr::MoveCall {
                        off: 0,
                        arity,
                        s,
                        d,
                    },
                    None => Instr::Call { off: 0, arity },
                };
                self.push_l(i, l);
            }
            "call_last" => {
                let arity = self.u16op(o!(0))?;
                let l = self.label(o!(1))?;
                let dealloc = self.u16op(o!(2))?;
                let i = match self.take_move_for_fusion() {
                    Some((s, d)) => Instr::MoveCallLast {
                        off: 0,
                        arity,
                        dealloc,
                        s,
                        d,
                    },
                    None => Instr::CallLast {
                        off: 0,
                        arity,
                        dealloc,
                    },
                };
                self.push_l(i, l);
            }
            "call_only" => {
                let arity = self.u16op(o!(0))?;
                let l = self.label(o!(1))?;
                let i = match self.take_move_for_fusion() {
                    Some((s, d)) => Instr::MoveCallOnly {
                        off: 0,
                        arity,
                        s,
                        d,
                    },
                    None => Instr::CallOnly { off: 0, arity },
                };
                self.push_l(i, l);
            }
            "call_ext" | "call_ext_last" | "call_ext_only" => {
                let (m, f, a) = self.import(o!(1))?;
                let dealloc = if self.op_name == "call_ext_last" {
                    self.u16op(o!(2))?
                } else {
                    0
                };
                let kind = match self.op_name {
                    "call_ext" => 0u8,
                    "call_ext_only" => 1,
                    _ => 2,
                };
                if m == atom::ERLANG && f == atom::APPLY && (a == 2 || a == 3) {
                    self.push(Instr::Apply {
                        arity: if a == 3 { 0xFFFF } else { 0xFFFE },
                        dealloc,
                        last: kind != 0,
                    });
                    if kind == 1 {
                        // call_ext_only: no frame to drop, but no return either
                        if let Some(Instr::Apply { dealloc, .. }) = self.out.last_mut() {
                            *dealloc = 0;
                        }
                    }
                    return Ok(());
                }
                let exp = export(m, f, a);
                if exp.bif.is_some() {
                    self.push(Instr::CallBif {
                        exp,
                        dealloc,
                        ret: kind,
                    });
                } else {
                    match kind {
                        0 => self.push(Instr::CallExt { exp }),
                        1 => self.push(Instr::CallExtOnly { exp }),
                        _ => self.push(Instr::CallExtLast {
                            exp,
                            dealloc: u32::from(dealloc),
                        }),
                    };
                }
            }
            "apply" => {
                let arity = self.u16op(o!(0))?;
                self.push(Instr::Apply {
                    arity,
                    dealloc: 0,
                    last: false,
                });
            }
            "apply_last" => {
                let arity = self.u16op(o!(0))?;
                let dealloc = self.u16op(o!(1))?;
                self.push(Instr::Apply {
                    arity,
                    dealloc,
                    last: true,
                });
            }
            "call_fun" => {
                let arity = self.u16op(o!(0))?;
                self.push(Instr::CallFun { arity });
            }
            "call_fun2" => {
                let arity = self.u16op(o!(1))?;
                let fun = self.src(o!(2))?;
                self.push(Instr::CallFun2 { arity, fun });
            }
            "make_fun2" => {
                let idx = self.u32op(o!(0))?;
                let entry = self.fun_entry(idx)?;
                let nfree = entry.1;
                let srcs: Vec<Src> = (0..nfree).map(Src::x).collect();
                self.push(Instr::MakeFun {
                    entry: entry.0,
                    dst: Dst::x(0),
                    nfree: nfree as u16,
                });
                self.push_srcs(&srcs);
            }
            "make_fun3" => {
                let idx = self.u32op(o!(0))?;
                let (entry, _) = self.fun_entry(idx)?;
                let dst = self.dst(o!(1))?;
                let env = self.list(o!(2))?;
                let owner = self.out.len();
                let mut srcs = Vec::with_capacity(env.len());
                for e in env {
                    srcs.push(self.src_at(e, owner)?);
                }
                self.push(Instr::MakeFun {
                    entry,
                    dst,
                    nfree: srcs.len() as u16,
                });
                self.push_srcs(&srcs);
            }

            // ---- frames ----
            "allocate" | "allocate_zero" => {
                let stack = self.u32op(o!(0))?;
                self.check_stack(stack)?;
                let live = self.u16op(o!(1))?;
                self.push(Instr::Allocate { stack, live });
            }
            "allocate_heap" | "allocate_heap_zero" => {
                let stack = self.u32op(o!(0))?;
                self.check_stack(stack)?;
                let heap = self.heap_need(o!(1))?;
                let live = self.u16op(o!(2))?;
                self.push(Instr::AllocateHeap {
                    stack: stack as u16,
                    live,
                    heap,
                });
            }
            "test_heap" => {
                let heap = self.heap_need(o!(0))?;
                let live = self.u16op(o!(1))?;
                self.push(Instr::TestHeap { heap, live });
            }
            "init" => {
                let d = self.dst(o!(0))?;
                self.init_reg(d);
            }
            "init_yregs" => {
                let regs = self.list(o!(0))?;
                for r in regs {
                    let d = self.dst(r)?;
                    self.init_reg(d);
                }
            }
            "deallocate" => {
                let n = self.u32op(o!(0))?;
                self.push(Instr::Deallocate { n });
            }
            "trim" => {
                let n = self.u32op(o!(0))?;
                self.push(Instr::Trim { n });
            }
            "return" => {
                let fused = match self.out.last() {
                    _ if !self.can_fuse_with_last() => None,
                    Some(&Instr::Deallocate { n }) => Some(Instr::DeallocateReturn { n }),
                    Some(&Instr::MoveXX { src, dst: 0 }) => {
                        Some(Instr::MoveReturn { s: Dst::x(src) })
                    }
                    Some(&Instr::MoveYX { src, dst: 0 }) => {
                        Some(Instr::MoveReturn { s: Dst::y(src) })
                    }
                    Some(&Instr::MoveCX { c, dst: 0 }) => Some(Instr::MoveCReturn { c }),
                    _ => None,
                };
                match fused {
                    Some(i) => {
                        self.out.pop();
                        self.push(i);
                    }
                    None => {
                        self.push(Instr::Return);
                    }
                }
            }

            // ---- moves ----
            "move" => {
                let d = self.dst(o!(1))?;
                let s = self.src(o!(0))?;
                self.emit_move(s, d);
            }
            "swap" => {
                let a = self.dst(o!(0))?;
                let b = self.dst(o!(1))?;
                self.push(Instr::Swap { a, b });
            }
            "get_list" => {
                let src = self.src(o!(0))?;
                let hd = self.dst(o!(1))?;
                let tl = self.dst(o!(2))?;
                if src.kind() < 2 && self.can_fuse_with_last() {
                    if let Some(&Instr::IsNonemptyList { fail, src: s0 }) = self.out.last() {
                        if s0 == src {
                            // Same slot: the test's label fixup patches the fused `fail`.
                            let reg = if src.kind() == 0 {
                                Dst::x(src.index() as u16)
                            } else {
                                Dst::y(src.index() as u16)
                            };
                            self.out.pop();
                            self.push(Instr::IsNonemptyListGetList {
                                fail,
                                src: reg,
                                hd,
                                tl,
                            });
                            return Ok(());
                        }
                    }
                }
                self.push(Instr::GetList { src, hd, tl });
            }
            "get_hd" => {
                let src = self.src(o!(0))?;
                let dst = self.dst(o!(1))?;
                self.push(Instr::GetHd { src, dst });
            }
            "get_tl" => {
                let src = self.src(o!(0))?;
                let dst = self.dst(o!(1))?;
                self.push(Instr::GetTl { src, dst });
            }
            "get_tuple_element" => {
                let src = self.src(o!(0))?;
                let idx = self.u32op(o!(1))?;
                let dst = self.dst(o!(2))?;
                if let (
                    Some(&Instr::GetTupleElement {
                        src: s0,
                        idx: i0,
                        dst: d0,
                    }),
                    true,
                ) = (self.out.last(), self.can_fuse_with_last())
                {
                    if s0 == src && src.kind() < 2 && d0.as_src() != src && idx == i0 + 1 {
                        if let Ok(i0) = u16::try_from(i0) {
                            self.out.pop();
                            self.push(Instr::GetTupleElement2 {
                                src,
                                idx: i0,
                                d1: d0,
                                d2: dst,
                            });
                            return Ok(());
                        }
                    }
                }
                self.push(Instr::GetTupleElement { src, idx, dst });
            }
            "set_tuple_element" => {
                let val = self.src(o!(0))?;
                let tuple = self.src(o!(1))?;
                let idx = self.u32op(o!(2))?;
                self.push(Instr::SetTupleElement { val, tuple, idx });
            }
            "put_list" => {
                let fuse = match self.out.last() {
                    Some(&Instr::TestHeap { heap, live }) if self.can_fuse_with_last() => {
                        u16::try_from(heap).ok().map(|heap| (heap, live))
                    }
                    _ => None,
                };
                if let Some((heap, live)) = fuse {
                    // Constant operands are addressed from the fused instruction's slot.
                    self.out.pop();
                    let hd = self.src(o!(0))?;
                    let tl = self.src(o!(1))?;
                    let dst = self.dst(o!(2))?;
                    self.push(Instr::TestHeapPutList {
                        heap,
                        live,
                        hd,
                        tl,
                        dst,
                    });
                    return Ok(());
                }
                let hd = self.src(o!(0))?;
                let tl = self.src(o!(1))?;
                let dst = self.dst(o!(2))?;
                self.push(Instr::PutList { hd, tl, dst });
            }
            "put_tuple2" => {
                let dst = self.dst(o!(0))?;
                let elems = self.list(o!(1))?;
                let owner = self.out.len();
                let mut srcs = Vec::with_capacity(elems.len());
                for e in elems {
                    srcs.push(self.src_at(e, owner)?);
                }
                self.push(Instr::PutTuple2 {
                    dst,
                    n: srcs.len() as u32,
                });
                self.push_srcs(&srcs);
            }

            // ---- tests ----
            "is_integer" | "is_float" | "is_number" | "is_atom" | "is_pid" | "is_reference"
            | "is_port" | "is_nil" | "is_binary" | "is_bitstr" | "is_list" | "is_nonempty_list"
            | "is_tuple" | "is_boolean" | "is_map" | "is_function" => {
                let fail = self.label(o!(0))?;
                let src = self.src(o!(1))?;
                let i = match self.op_name {
                    "is_integer" => Instr::IsInteger { fail: 0, src },
                    "is_float" => Instr::IsFloat { fail: 0, src },
                    "is_number" => Instr::IsNumber { fail: 0, src },
                    "is_atom" => Instr::IsAtom { fail: 0, src },
                    "is_pid" => Instr::IsPid { fail: 0, src },
                    "is_reference" => Instr::IsRef { fail: 0, src },
                    "is_port" => Instr::IsPort { fail: 0, src },
                    "is_nil" => Instr::IsNil { fail: 0, src },
                    "is_binary" => Instr::IsBinary { fail: 0, src },
                    "is_bitstr" => Instr::IsBitstr { fail: 0, src },
                    "is_list" => Instr::IsList { fail: 0, src },
                    "is_nonempty_list" => Instr::IsNonemptyList { fail: 0, src },
                    "is_tuple" => Instr::IsTuple { fail: 0, src },
                    "is_boolean" => Instr::IsBoolean { fail: 0, src },
                    "is_map" => Instr::IsMap { fail: 0, src },
                    _ => Instr::IsFunction { fail: 0, src },
                };
                self.push_l(i, fail);
            }
            "is_function2" => {
                let fail = self.label(o!(0))?;
                let src = self.src(o!(1))?;
                let arity = self.src(o!(2))?;
                self.push_l(
                    Instr::IsFunction2 {
                        fail: 0,
                        src,
                        arity,
                    },
                    fail,
                );
            }
            "test_arity" => {
                let fail = self.label(o!(0))?;
                let src = self.src(o!(1))?;
                let arity = self.u32op(o!(2))?;
                // `is_tuple` then `test_arity` of the same register and label: the arity
                // test alone (it checks for a tuple too).
                let at = self.out.len().wrapping_sub(1);
                if src.kind() < 2
                    && self.can_fuse_with_last()
                    && matches!(self.out.last(), Some(&Instr::IsTuple { src: s0, .. }) if s0 == src)
                    && self.fixups.last() == Some(&(at, at, fail))
                {
                    self.out.pop();
                    self.fixups.pop();
                }
                self.push_l(
                    Instr::TestArity {
                        fail: 0,
                        src,
                        arity,
                    },
                    fail,
                );
            }
            "is_tagged_tuple" => {
                let fail = self.label(o!(0))?;
                let src = self.src(o!(1))?;
                let arity = self.u32op(o!(2))?;
                let tag = match o!(3) {
                    Operand::Atom(i) => self.atom(*i)?,
                    _ => return Err(self.err("is_tagged_tuple tag")),
                };
                if arity > u32::from(u16::MAX) {
                    return Err(self.err("is_tagged_tuple arity too large"));
                }
                self.push_l(
                    Instr::IsTaggedTuple {
                        fail: 0,
                        src,
                        arity: arity as u16,
                        tag: tag.index(),
                    },
                    fail,
                );
            }
            "is_eq_exact" | "is_ne_exact" | "is_eq" | "is_ne" | "is_lt" | "is_ge" => {
                let fail = self.label(o!(0))?;
                let a = self.src(o!(1))?;
                let b = self.src(o!(2))?;
                let small_b = (a.kind() == 0 && b.kind() == 2)
                    .then(|| self.const_at(b))
                    .filter(|t| t.is_small());
                let xx = a.kind() == 0 && b.kind() == 0;
                let (ax, bx) = (a.index() as u16, b.index() as u16);
                let imm_b = match (a.kind(), b.kind()) {
                    (0, 2) => {
                        let t = self.const_at(b);
                        if t.is_immediate() {
                            Some(t)
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                let i = match (self.op_name, imm_b, small_b) {
                    ("is_eq_exact", Some(c), _) => Instr::IsEqExactXC { fail: 0, x: ax, c },
                    ("is_ne_exact", Some(c), _) => Instr::IsNeExactXC { fail: 0, x: ax, c },
                    ("is_eq_exact", ..) => Instr::IsEqExact { fail: 0, a, b },
                    ("is_ne_exact", ..) => Instr::IsNeExact { fail: 0, a, b },
                    ("is_eq", ..) => Instr::IsEq { fail: 0, a, b },
                    ("is_ne", ..) => Instr::IsNe { fail: 0, a, b },
                    ("is_lt", ..) if xx => Instr::IsLtXX {
                        fail: 0,
                        a: ax,
                        b: bx,
                    },
                    ("is_ge", ..) if xx => Instr::IsGeXX {
                        fail: 0,
                        a: ax,
                        b: bx,
                    },
                    ("is_lt", _, Some(c)) => Instr::IsLtXC { fail: 0, x: ax, c },
                    ("is_ge", _, Some(c)) => Instr::IsGeXC { fail: 0, x: ax, c },
                    ("is_lt", ..) => Instr::IsLt { fail: 0, a, b },
                    _ => Instr::IsGe { fail: 0, a, b },
                };
                self.push_l(i, fail);
            }
            "select_val" | "select_tuple_arity" => {
                let src = self.src(o!(0))?;
                let fail = self.label(o!(1))?;
                let items = self.list(o!(2))?;
                if items.len() % 2 != 0 {
                    return Err(self.err("odd select list"));
                }
                let n = (items.len() / 2) as u32;
                let tuple = self.op_name == "select_tuple_arity";
                let mut cases: Vec<(Term, u32)> = Vec::with_capacity(n as usize);
                for pair in items.chunks(2) {
                    let v = if tuple {
                        Term::small(i64::from(self.u32op(&pair[0])?))
                    } else {
                        self.const_term(&pair[0])?
                            .ok_or_else(|| self.err("select value"))?
                    };
                    cases.push((v, self.label(&pair[1])?));
                }
                if cases.iter().all(|c| c.0.is_immediate()) {
                    cases.sort_by_key(|c| c.0.raw());
                }
                let owner = if tuple {
                    self.push_l(Instr::SelectTupleArity { src, fail: 0, n }, fail)
                } else {
                    self.push_l(Instr::SelectVal { src, fail: 0, n }, fail)
                };
                for (v, l) in cases {
                    let at = self.push(Instr::Case(v, 0));
                    self.fixups.push((at, owner, l));
                }
            }
            "jump" => {
                let l = self.label(o!(0))?;
                self.push_l(Instr::Jump { off: 0 }, l);
            }

            // ---- errors and exceptions ----
            "badmatch" => {
                let src = self.src(o!(0))?;
                self.push(Instr::Badmatch { src });
            }
            "case_end" => {
                let src = self.src(o!(0))?;
                self.push(Instr::CaseEnd { src });
            }
            "if_end" => {
                self.push(Instr::IfEnd);
            }
            "try_case_end" => {
                let src = self.src(o!(0))?;
                self.push(Instr::TryCaseEnd { src });
            }
            "badrecord" => {
                let src = self.src(o!(0))?;
                self.push(Instr::Badrecord { src });
            }
            "catch" | "try" => {
                let y = self.ydst(o!(0))?;
                let l = self.label(o!(1))?;
                self.push_l(Instr::Catch { y, off: 0 }, l);
            }
            "catch_end" => {
                let y = self.ydst(o!(0))?;
                self.push(Instr::CatchEnd { y });
            }
            "try_end" => {
                let y = self.ydst(o!(0))?;
                self.push(Instr::TryEnd { y });
            }
            "try_case" => {
                let y = self.ydst(o!(0))?;
                self.push(Instr::TryCase { y });
            }
            "raise" => {
                let trace = self.src(o!(0))?;
                let value = self.src(o!(1))?;
                self.push(Instr::Raise { trace, value });
            }
            "build_stacktrace" => {
                self.push(Instr::BuildStacktrace);
            }
            "raw_raise" => {
                self.push(Instr::RawRaise);
            }

            // ---- BIFs ----
            "bif0" => {
                let (idx, m, f, _) = self.bif_index(o!(0))?;
                let dst = self.dst(o!(1))?;
                if m == atom::ERLANG && f.name() == "self" {
                    self.push(Instr::SelfPid { dst });
                } else {
                    self.push(Instr::Bif {
                        bif: idx,
                        dst,
                        fail: 0,
                        n: 0,
                    });
                }
            }
            "bif1" | "bif2" | "gc_bif1" | "gc_bif2" | "gc_bif3" => {
                let gc = self.op_name.starts_with("gc_");
                let n: usize = match self.op_name {
                    "bif1" | "gc_bif1" => 1,
                    "bif2" | "gc_bif2" => 2,
                    _ => 3,
                };
                let fail = self.label(o!(0))?;
                let base = if gc { 3 } else { 2 };
                let (idx, m, f, _) = self.bif_index(o!(base - 1))?;
                let owner = self.out.len();
                let mut args = Vec::with_capacity(n);
                for i in 0..n {
                    args.push(self.src_at(o!(base + i), owner)?);
                }
                let dst = self.dst(o!(base + n))?;
                self.emit_bif(idx, m, f, fail, &args, dst);
            }

            // ---- floats ----
            "fmove" => match (o!(0), o!(1)) {
                (Operand::FloatReg(_), Operand::FloatReg(_)) => {
                    let s = self.fr(o!(0))?;
                    let d = self.fr(o!(1))?;
                    self.push(Instr::FMoveFr { src: s, dst: d });
                }
                (Operand::FloatReg(_), _) => {
                    let fr = self.fr(o!(0))?;
                    let dst = self.dst(o!(1))?;
                    self.push(Instr::FStore { fr, dst });
                }
                _ => {
                    let src = self.src(o!(0))?;
                    let fr = self.fr(o!(1))?;
                    self.push(Instr::FLoad { src, fr });
                }
            },
            "fconv" => {
                let src = self.src(o!(0))?;
                let fr = self.fr(o!(1))?;
                self.push(Instr::FConv { src, fr });
            }
            "fadd" | "fsub" | "fmul" | "fdiv" => {
                let a = self.fr(o!(1))?;
                let b = self.fr(o!(2))?;
                let dst = self.fr(o!(3))?;
                let op = match self.op_name {
                    "fadd" => ArithOp::Add,
                    "fsub" => ArithOp::Sub,
                    "fmul" => ArithOp::Mul,
                    _ => ArithOp::Div,
                };
                self.push(Instr::FArith { op, a, b, dst });
            }
            "fnegate" => {
                let a = self.fr(o!(1))?;
                let dst = self.fr(o!(2))?;
                self.push(Instr::FNeg { a, dst });
            }

            // ---- binary matching ----
            "bs_start_match3" => {
                let fail = self.label(o!(0))?;
                let src = self.src(o!(1))?;
                let dst = self.dst(o!(3))?;
                self.push_l(
                    Instr::BsStartMatch {
                        fail: 0,
                        src,
                        dst,
                        mode: MatchFail::Label,
                    },
                    fail,
                );
            }
            "bs_start_match4" => {
                let src = self.src(o!(2))?;
                let dst = self.dst(o!(3))?;
                match o!(0) {
                    Operand::Atom(a) => {
                        let mode = if self.atom(*a)? == atom::RESUME {
                            MatchFail::Resume
                        } else {
                            MatchFail::NoFail
                        };
                        self.push(Instr::BsStartMatch {
                            fail: 0,
                            src,
                            dst,
                            mode,
                        });
                    }
                    op => {
                        let fail = self.label(op)?;
                        self.push_l(
                            Instr::BsStartMatch {
                                fail: 0,
                                src,
                                dst,
                                mode: MatchFail::Label,
                            },
                            fail,
                        );
                    }
                }
            }
            "bs_get_position" => {
                let ctx = self.src(o!(0))?;
                let dst = self.dst(o!(1))?;
                self.push(Instr::BsGetPosition { ctx, dst });
            }
            "bs_set_position" => {
                let ctx = self.src(o!(0))?;
                let pos = self.src(o!(1))?;
                self.push(Instr::BsSetPosition { ctx, pos });
            }
            "bs_get_tail" => {
                let ctx = self.src(o!(0))?;
                let dst = self.dst(o!(1))?;
                self.push(Instr::BsGetTail { ctx, dst });
            }
            "bs_test_tail2" => {
                let fail = self.label(o!(0))?;
                let ctx = self.src(o!(1))?;
                let bits = self.u32op(o!(2))?;
                self.push_l(Instr::BsTestTail { fail: 0, ctx, bits }, fail);
            }
            "bs_test_unit" => {
                let fail = self.label(o!(0))?;
                let ctx = self.src(o!(1))?;
                let unit = self.u32op(o!(2))?;
                self.push_l(Instr::BsTestUnit { fail: 0, ctx, unit }, fail);
            }
            "bs_get_integer2" | "bs_get_float2" | "bs_get_binary2" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let ctx = self.src_at(o!(1), owner)?;
                let size = self.size_src(o!(3), owner)?;
                let unit = self.u16op(o!(4))? as u8;
                let flags = self.flags(o!(5))?;
                let dst = self.dst(o!(6))?;
                let kind = match self.op_name {
                    "bs_get_integer2" => SegType::Integer,
                    "bs_get_float2" => SegType::Float,
                    _ => SegType::Binary,
                };
                self.push_l(Instr::BsGet { fail: 0, ctx, dst }, fail);
                self.push(Instr::Seg {
                    seg: 0,
                    kind,
                    unit,
                    flags,
                    value: Src::NONE,
                    size,
                });
            }
            "bs_skip_bits2" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let ctx = self.src_at(o!(1), owner)?;
                let size = self.size_src(o!(2), owner)?;
                let unit = self.u16op(o!(3))? as u8;
                let flags = self.flags(o!(4))?;
                self.push_l(Instr::BsSkip { fail: 0, ctx }, fail);
                self.push(Instr::Seg {
                    seg: 0,
                    kind: SegType::Binary,
                    unit,
                    flags,
                    value: Src::NONE,
                    size,
                });
            }
            "bs_get_utf8" | "bs_get_utf16" | "bs_get_utf32" => {
                let fail = self.label(o!(0))?;
                let ctx = self.src(o!(1))?;
                let flags = self.flags(o!(3))?;
                let dst = self.dst(o!(4))?;
                let kind = self.utf_kind();
                self.push_l(Instr::BsGet { fail: 0, ctx, dst }, fail);
                self.push(Instr::Seg {
                    seg: 0,
                    kind,
                    unit: 1,
                    flags,
                    value: Src::NONE,
                    size: Src::NONE,
                });
            }
            "bs_skip_utf8" | "bs_skip_utf16" | "bs_skip_utf32" => {
                let fail = self.label(o!(0))?;
                let ctx = self.src(o!(1))?;
                let flags = self.flags(o!(3))?;
                let kind = self.utf_kind();
                self.push_l(Instr::BsSkip { fail: 0, ctx }, fail);
                self.push(Instr::Seg {
                    seg: 0,
                    kind,
                    unit: 1,
                    flags,
                    value: Src::NONE,
                    size: Src::NONE,
                });
            }
            "bs_match_string" => {
                let fail = self.label(o!(0))?;
                let ctx = self.src(o!(1))?;
                let bits = self.u32op(o!(2))?;
                let off = self.uint(o!(3))?;
                let bytes = self.strings(off, u64::from(bits).div_ceil(8))?;
                self.push_l(Instr::BsMatchString { fail: 0, ctx, bits }, fail);
                self.push_bytes(bytes);
            }

            // ---- binary construction ----
            "bs_create_bin" => self.emit_bs_create_bin(ops)?,
            "bs_init2" | "bs_init_bits" => {
                let fail = self.label(o!(0))?;
                let size = match self.untagged_size(o!(1))? {
                    Some(v) => self.src(&Operand::Integer(Int::Small(v)))?,
                    None => self.src(o!(1))?,
                };
                let dst = self.dst(o!(5))?;
                self.push_l(
                    Instr::BsInit {
                        fail: 0,
                        size,
                        dst,
                        bits: self.op_name == "bs_init_bits",
                    },
                    fail,
                );
            }
            "bs_put_integer" | "bs_put_binary" | "bs_put_float" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let size = self.size_src(o!(1), owner)?;
                let unit = self.u16op(o!(2))? as u8;
                let flags = self.flags(o!(3))?;
                let value = self.src_at(o!(4), owner)?;
                let kind = match self.op_name {
                    "bs_put_integer" => SegType::Integer,
                    "bs_put_binary" => SegType::Binary,
                    _ => SegType::Float,
                };
                self.push_l(Instr::BsPut { fail: 0 }, fail);
                self.push(Instr::Seg {
                    seg: 0,
                    kind,
                    unit,
                    flags,
                    value,
                    size,
                });
            }
            "bs_put_utf8" | "bs_put_utf16" | "bs_put_utf32" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let flags = self.flags(o!(1))?;
                let value = self.src_at(o!(2), owner)?;
                let kind = match self.op_name {
                    "bs_put_utf8" => SegType::Utf8,
                    "bs_put_utf16" => SegType::Utf16,
                    _ => SegType::Utf32,
                };
                self.push_l(Instr::BsPut { fail: 0 }, fail);
                self.push(Instr::Seg {
                    seg: 0,
                    kind,
                    unit: 1,
                    flags,
                    value,
                    size: Src::NONE,
                });
            }
            "bs_put_string" => {
                let len = self.u32op(o!(0))?;
                let off = self.uint(o!(1))?;
                let bytes = self.strings(off, u64::from(len))?;
                self.push(Instr::BsPutString { len });
                self.push_bytes(bytes);
            }
            "bs_add" => {
                let fail = self.label(o!(0))?;
                let a = self.src(o!(1))?;
                let b = self.src(o!(2))?;
                let unit = self.u16op(o!(3))? as u8;
                let dst = self.dst(o!(4))?;
                self.push_l(
                    Instr::BsAdd {
                        fail: 0,
                        a,
                        b,
                        unit,
                        dst,
                    },
                    fail,
                );
            }
            "bs_append" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let size = self.size_src(o!(1), owner)?;
                let unit = self.u16op(o!(4))? as u8;
                let value = self.src_at(o!(5), owner)?;
                let flags = self.flags(o!(6))?;
                let dst = self.dst(o!(7))?;
                self.push_l(
                    Instr::BsAppend {
                        fail: 0,
                        dst,
                        private: false,
                    },
                    fail,
                );
                self.push(Instr::Seg {
                    seg: 0,
                    kind: SegType::Append,
                    unit,
                    flags,
                    value,
                    size,
                });
            }
            "bs_private_append" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let size = self.size_src(o!(1), owner)?;
                let unit = self.u16op(o!(2))? as u8;
                let value = self.src_at(o!(3), owner)?;
                let flags = self.flags(o!(4))?;
                let dst = self.dst(o!(5))?;
                self.push_l(
                    Instr::BsAppend {
                        fail: 0,
                        dst,
                        private: true,
                    },
                    fail,
                );
                self.push(Instr::Seg {
                    seg: 0,
                    kind: SegType::PrivateAppend,
                    unit,
                    flags,
                    value,
                    size,
                });
            }
            "bs_init_writable" => {
                self.push(Instr::BsInitWritable);
            }
            "bs_utf8_size" | "bs_utf16_size" => {
                let fail = self.label(o!(0))?;
                let src = self.src(o!(1))?;
                let dst = self.dst(o!(2))?;
                self.push_l(
                    Instr::BsUtfSize {
                        fail: 0,
                        src,
                        dst,
                        utf16: self.op_name == "bs_utf16_size",
                    },
                    fail,
                );
            }

            // ---- maps ----
            "put_map_assoc" | "put_map_exact" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let src = self.src_at(o!(1), owner)?;
                let dst = self.dst(o!(2))?;
                let items = self.list(o!(4))?;
                if items.len() % 2 != 0 {
                    return Err(self.err("odd map pair list"));
                }
                let mut srcs = Vec::with_capacity(items.len());
                for it in items {
                    srcs.push(self.src_at(it, owner)?);
                }
                let exact = self.op_name == "put_map_exact";
                self.push_l(
                    Instr::PutMap {
                        fail: 0,
                        src,
                        dst,
                        n: (items.len() / 2) as u32,
                        exact,
                    },
                    fail,
                );
                self.push_srcs(&srcs);
            }
            "has_map_fields" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let src = self.src_at(o!(1), owner)?;
                let keys = self.list(o!(2))?;
                let mut srcs = Vec::with_capacity(keys.len());
                for k in keys {
                    srcs.push(self.src_at(k, owner)?);
                }
                self.push_l(
                    Instr::HasMapFields {
                        fail: 0,
                        src,
                        n: srcs.len() as u32,
                    },
                    fail,
                );
                self.push_srcs(&srcs);
            }
            "get_map_elements" => {
                let fail = self.label(o!(0))?;
                let owner = self.out.len();
                let src = self.src_at(o!(1), owner)?;
                let items = self.list(o!(2))?;
                if items.len() % 2 != 0 {
                    return Err(self.err("odd map element list"));
                }
                let mut keys = Vec::new();
                let mut dsts = Vec::new();
                for pair in items.chunks(2) {
                    keys.push(self.src_at(&pair[0], owner)?);
                    dsts.push(self.dst(&pair[1])?);
                }
                self.push_l(
                    Instr::GetMapElements {
                        fail: 0,
                        src,
                        n: keys.len() as u32,
                    },
                    fail,
                );
                self.push_srcs(&keys);
                for chunk in dsts.chunks(7) {
                    let mut a = [Dst(0); 7];
                    a[..chunk.len()].copy_from_slice(chunk);
                    self.push(Instr::Dsts(a));
                }
            }

            // ---- messages ----
            "send" => {
                self.push(Instr::Send);
            }
            "remove_message" => {
                self.push(Instr::RemoveMessage);
            }
            "timeout" => {
                self.push(Instr::Timeout);
            }
            "loop_rec" => {
                let fail = self.label(o!(0))?;
                let dst = self.dst(o!(1))?;
                self.push_l(Instr::LoopRec { fail: 0, dst }, fail);
            }
            "loop_rec_end" => {
                let l = self.label(o!(0))?;
                self.push_l(Instr::LoopRecEnd { off: 0 }, l);
            }
            "wait" => {
                let l = self.label(o!(0))?;
                self.push_l(Instr::Wait { off: 0 }, l);
            }
            "wait_timeout" => {
                let l = self.label(o!(0))?;
                let time = self.src(o!(1))?;
                self.push_l(Instr::WaitTimeout { off: 0, time }, l);
            }
            "recv_marker_reserve" => {
                let dst = self.dst(o!(0))?;
                self.push(Instr::RecvMarkerReserve { dst });
            }
            "recv_marker_bind" => {
                let marker = self.src(o!(0))?;
                let reference = self.src(o!(1))?;
                self.push(Instr::RecvMarkerBind { marker, reference });
            }
            "recv_marker_clear" => {
                let reference = self.src(o!(0))?;
                self.push(Instr::RecvMarkerClear { reference });
            }
            "recv_marker_use" => {
                let reference = self.src(o!(0))?;
                self.push(Instr::RecvMarkerUse { reference });
            }
            _ => return Err(self.err("unsupported opcode")),
        }
        Ok(())
    }

    fn label_num(&self, op: &Operand) -> R<u32> {
        match op {
            Operand::Unsigned(l) if (*l as usize) < self.labels.len() => Ok(*l as u32),
            Operand::Label(l) if (*l as usize) < self.labels.len() => Ok(*l),
            _ => Err(self.err("bad label number")),
        }
    }

    fn ydst(&self, op: &Operand) -> R<u16> {
        match self.dst(op)? {
            d if d.is_y() => Ok(d.index() as u16),
            _ => Err(self.err("expected a y register")),
        }
    }

    fn check_stack(&self, n: u32) -> R<()> {
        if n > MAX_Y + 1 {
            Err(self.err("stack frame too large"))
        } else {
            Ok(())
        }
    }

    fn init_reg(&mut self, d: Dst) {
        if d.is_y()
            && self.can_fuse_with_last()
            && matches!(
                self.out.last(),
                Some(Instr::Allocate { .. } | Instr::AllocateHeap { .. })
            )
        {
            // Right after allocate, which fills the frame with [] already.
            return;
        }
        if d.is_y() {
            self.push(Instr::InitY {
                y: d.index() as u16,
            });
        } else {
            self.push(Instr::MoveCX {
                c: Term::NIL,
                dst: d.index() as u16,
            });
        }
    }

    fn const_at(&self, s: Src) -> Term {
        let slot = self.out.len() as isize + s.offset();
        match self.out.get(slot as usize) {
            Some(Instr::Const(t)) => *t,
            _ => self.consts.get(slot as usize).copied().unwrap_or(Term::NIL),
        }
    }

    fn emit_move(&mut self, s: Src, d: Dst) {
        let di = d.index() as u16;
        if s.kind() < 2 && !(s.kind() == 0 && !d.is_y()) && self.can_fuse_with_last() {
            // A register move after a register move (other than x->x after x->x, which
            // MoveXX2 does cheaper): one Move2.
            let s2 = if s.kind() == 0 {
                Dst::x(s.index() as u16)
            } else {
                Dst::y(s.index() as u16)
            };
            let first = match self.out.last() {
                Some(&Instr::MoveXX { src, dst }) => Some((Dst::x(src), Dst::x(dst))),
                Some(&Instr::MoveXY { src, dst }) => Some((Dst::x(src), Dst::y(dst))),
                Some(&Instr::MoveYX { src, dst }) => Some((Dst::y(src), Dst::x(dst))),
                Some(&Instr::MoveYY { src, dst }) => Some((Dst::y(src), Dst::y(dst))),
                _ => None,
            };
            if let Some((s1, d1)) = first {
                self.out.pop();
                self.push(Instr::Move2 { s1, d1, s2, d2: d });
                return;
            }
        }
        let i = match s.kind() {
            0 => {
                let si = s.index() as u16;
                if d.is_y() {
                    Instr::MoveXY { src: si, dst: di }
                } else {
                    // Fuse with a preceding x->x move.
                    if let Some(Instr::MoveXX { src: s1, dst: d1 }) = self.out.last().copied() {
                        if self.can_fuse_with_last() && d1 != si && d1 != di {
                            self.out.pop();
                            self.push(Instr::MoveXX2 {
                                s1,
                                d1,
                                s2: si,
                                d2: di,
                            });
                            return;
                        }
                    }
                    Instr::MoveXX { src: si, dst: di }
                }
            }
            1 => {
                let si = s.index() as u16;
                if d.is_y() {
                    Instr::MoveYY { src: si, dst: di }
                } else {
                    Instr::MoveYX { src: si, dst: di }
                }
            }
            _ => {
                let c = self.const_at(s);
                if d.is_y() {
                    Instr::MoveCY { c, dst: di }
                } else {
                    Instr::MoveCX { c, dst: di }
                }
            }
        };
        self.push(i);
    }

    /// When the last instruction is a register-to-register move that the next may absorb:
    /// removes it and returns its operands. A line entry made for the next instruction
    /// moves onto the slot the fused instruction takes (a stack trace looks up a call's
    /// location at its own slot; the move itself never fails).
    fn take_move_for_fusion(&mut self) -> Option<(Dst, Dst)> {
        if !self.can_fuse_with_last() {
            return None;
        }
        let (s, d) = match *self.out.last()? {
            Instr::MoveXX { src, dst } => (Dst::x(src), Dst::x(dst)),
            Instr::MoveXY { src, dst } => (Dst::x(src), Dst::y(dst)),
            Instr::MoveYX { src, dst } => (Dst::y(src), Dst::x(dst)),
            Instr::MoveYY { src, dst } => (Dst::y(src), Dst::y(dst)),
            _ => return None,
        };
        self.out.pop();
        let slot = self.out.len() as u32;
        if let Some(&(at, loc)) = self.lines.last() {
            if at == slot + 1 {
                self.lines.pop();
                if self.lines.last().is_some_and(|&(at, _)| at == slot) {
                    self.lines.pop();
                }
                self.lines.push((slot, loc));
            }
        }
        Some((s, d))
    }

    /// Whether the next instruction may be fused into the last one emitted: no label points
    /// between them (a jump there must find the second alone).
    fn can_fuse_with_last(&self) -> bool {
        !self.out.is_empty() && self.last_label_slot != Some(self.out.len() as u32)
    }

    /// For `A + N`, `N + A` and `A - N` with N a small integer literal (not negative for
    /// `-`): the other operand, the literal, whether it subtracts, and N.
    fn literal_increment(&self, op: ArithOp, args: &[Src]) -> Option<(Src, Src, bool, i64)> {
        let small_lit = |s: Src| {
            if s.kind() == 2 {
                self.const_at(s).as_small()
            } else {
                None
            }
        };
        match op {
            ArithOp::Add => match (small_lit(args[0]), small_lit(args[1])) {
                (_, Some(v)) => Some((args[0], args[1], false, v)),
                (Some(v), None) => Some((args[1], args[0], false, v)),
                (None, None) => None,
            },
            ArithOp::Sub => small_lit(args[1])
                .filter(|&v| v >= 0)
                .map(|v| (args[0], args[1], true, v)),
            _ => None,
        }
    }

    fn emit_bif(&mut self, idx: u16, m: Atom, f: Atom, fail: u32, args: &[Src], dst: Dst) {
        if m == atom::ERLANG {
            let name = f.name();
            if args.len() == 1 && name == "+" {
                self.push_l(
                    Instr::UnaryPlus {
                        dst,
                        a: args[0],
                        fail: 0,
                    },
                    fail,
                );
                return;
            }
            if args.len() == 2 {
                let op = match name {
                    "+" => Some(ArithOp::Add),
                    "-" => Some(ArithOp::Sub),
                    "*" => Some(ArithOp::Mul),
                    "/" => Some(ArithOp::Div),
                    "div" => Some(ArithOp::IntDiv),
                    "rem" => Some(ArithOp::Rem),
                    "band" => Some(ArithOp::Band),
                    "bor" => Some(ArithOp::Bor),
                    "bxor" => Some(ArithOp::Bxor),
                    "bsl" => Some(ArithOp::Bsl),
                    "bsr" => Some(ArithOp::Bsr),
                    _ => None,
                };
                if let Some(op) = op {
                    // OTP raises badarith without a BIF frame when one operand of `+`, or
                    // the right operand of `-`, is a small integer literal (not negative,
                    // for `-`).
                    if let Some((a, lit, sub, v)) = self.literal_increment(op, args) {
                        let signed = if sub { -v } else { v };
                        let reg = match a.kind() {
                            0 => Some(Dst::x(a.index() as u16)),
                            1 => Some(Dst::y(a.index() as u16)),
                            _ => None,
                        };
                        let instr = match (i32::try_from(signed), reg) {
                            (Ok(imm), Some(a)) => Instr::AddRI {
                                a,
                                dst,
                                fail: 0,
                                imm,
                            },
                            _ => Instr::AddLit {
                                sub,
                                dst,
                                a,
                                lit,
                                fail: 0,
                            },
                        };
                        self.push_l(instr, fail);
                        return;
                    }
                    self.push_l(
                        Instr::Arith {
                            op,
                            dst,
                            fail: 0,
                            a: args[0],
                            b: args[1],
                        },
                        fail,
                    );
                    return;
                }
                if name == "element" {
                    self.push_l(
                        Instr::Element {
                            dst,
                            fail: 0,
                            idx: args[0],
                            tuple: args[1],
                        },
                        fail,
                    );
                    return;
                }
            }
            if args.len() == 1 && name == "length" {
                self.push_l(
                    Instr::Length {
                        dst,
                        fail: 0,
                        src: args[0],
                    },
                    fail,
                );
                return;
            }
        }
        match args.len() {
            1 if idx < 256 => {
                self.push_l(
                    Instr::Bif1 {
                        bif: idx as u8,
                        dst,
                        fail: 0,
                        a: args[0],
                    },
                    fail,
                );
            }
            2 if idx < 256 => {
                self.push_l(
                    Instr::Bif2 {
                        bif: idx as u8,
                        dst,
                        fail: 0,
                        a: args[0],
                        b: args[1],
                    },
                    fail,
                );
            }
            n => {
                self.push_l(
                    Instr::Bif {
                        bif: idx,
                        dst,
                        fail: 0,
                        n: n as u8,
                    },
                    fail,
                );
                self.push_srcs(args);
            }
        }
    }

    fn fun_entry(&self, idx: u32) -> R<(&'static super::FunEntry, u32)> {
        let l = self
            .m
            .lambdas
            .get(idx as usize)
            .ok_or_else(|| self.err("lambda index out of range"))?;
        let e = self
            .fun_entries
            .get(idx as usize)
            .copied()
            .ok_or_else(|| self.err("lambda index out of range"))?;
        Ok((e, l.num_free))
    }

    fn utf_kind(&self) -> SegType {
        if self.op_name.ends_with("utf8") {
            SegType::Utf8
        } else if self.op_name.ends_with("utf16") {
            SegType::Utf16
        } else {
            SegType::Utf32
        }
    }

    /// A segment size operand: a register, an integer, or the atom `all`/`undefined`
    /// (encoded as `Src::NONE`).
    fn size_src(&mut self, op: &Operand, owner: usize) -> R<Src> {
        match op {
            Operand::Atom(a) if *a != 0 => {
                let _ = self.atom(*a)?;
                Ok(Src::NONE)
            }
            _ => self.src_at(op, owner),
        }
    }

    fn flags(&self, op: &Operand) -> R<u8> {
        let mut f = 0u8;
        let term = match op {
            Operand::Unsigned(u) => {
                // Old style: a bit field (little = 2, signed = 4, native = 16).
                if u & 2 != 0 {
                    f |= SEG_LITTLE;
                }
                if u & 4 != 0 {
                    f |= SEG_SIGNED;
                }
                if u & 16 != 0 {
                    f |= SEG_NATIVE;
                }
                return Ok(f);
            }
            Operand::Atom(0) => return Ok(0),
            Operand::Literal(i) => *self
                .literals
                .get(*i as usize)
                .ok_or_else(|| self.err("literal index out of range"))?,
            Operand::List(items) => {
                for it in items.iter() {
                    if let Operand::Atom(a) = it {
                        f |= flag_of(self.atom(*a)?);
                    }
                }
                return Ok(f);
            }
            _ => return Ok(0),
        };
        let mut l = term;
        while let Some((h, t)) = l.as_cons() {
            if let Some(a) = h.as_atom() {
                f |= flag_of(a);
            }
            l = t;
        }
        Ok(f)
    }

    fn emit_bs_create_bin(&mut self, ops: &[Operand]) -> R<()> {
        macro_rules! o {
            ($i:expr) => {
                ops.get($i).ok_or_else(|| self.err("missing operand"))?
            };
        }
        let fail = self.label(o!(0))?;
        let dst = self.dst(o!(4))?;
        let items = self.list(o!(5))?;
        if items.len() % 6 != 0 {
            return Err(self.err("bs_create_bin segment list"));
        }
        let owner = self.out.len();
        let mut segs = Vec::new();
        let mut strings: Vec<&[u8]> = Vec::new();
        for seg in items.chunks(6) {
            let kind_atom = match &seg[0] {
                Operand::Atom(a) => self.atom(*a)?,
                _ => return Err(self.err("segment type")),
            };
            let segno = u16::try_from(self.uint(&seg[1]).unwrap_or(0)).unwrap_or(0);
            let unit = self.u16op(&seg[2])? as u8;
            let flags = self.flags(&seg[3])?;
            let kind = match kind_atom.name() {
                "integer" => SegType::Integer,
                "float" => SegType::Float,
                "binary" => SegType::Binary,
                "utf8" => SegType::Utf8,
                "utf16" => SegType::Utf16,
                "utf32" => SegType::Utf32,
                "string" => SegType::String,
                "append" => SegType::Append,
                "private_append" => SegType::PrivateAppend,
                _ => return Err(self.err("unknown segment type")),
            };
            if kind == SegType::String {
                let off = self.uint(&seg[4])?;
                let len = match &seg[5] {
                    Operand::Integer(Int::Small(v)) if *v >= 0 => *v as u64,
                    op => self.uint(op)?,
                };
                let bytes = self.strings(off, len)?;
                strings.push(bytes);
                segs.push((kind, unit, flags, segno, Src::NONE, Src(len as u32)));
                continue;
            }
            let value = self.src_at(&seg[4], owner)?;
            let size = self.size_src(&seg[5], owner)?;
            segs.push((kind, unit, flags, segno, value, size));
        }
        self.push_l(
            Instr::BsCreateBin {
                fail: 0,
                dst,
                n: segs.len() as u32,
            },
            fail,
        );
        for (kind, unit, flags, seg, value, size) in segs {
            self.push(Instr::Seg {
                seg,
                kind,
                unit,
                flags,
                value,
                size,
            });
        }
        for s in strings {
            self.push_bytes(s);
        }
        Ok(())
    }

    // ---- finishing ----

    fn resolve(&mut self) -> R<()> {
        for &(at, owner, label) in &self.fixups {
            let target = self.labels[label as usize];
            if target == u32::MAX {
                return Err(code_err(self.m.name(), "label", label, "undefined label"));
            }
            let off = target as i64 - owner as i64;
            let off = i32::try_from(off)
                .map_err(|_| code_err(self.m.name(), "label", label, "jump too far"))?;
            set_offset(&mut self.out[at], off);
        }
        Ok(())
    }

    fn finish(mut self) -> R<Module> {
        let m = self.m;
        // BIF stubs: functions of this module that are native BIFs run the native code
        // even when called locally.
        let mut patches = Vec::new();
        for f in &self.functions {
            if let Some(def) = bif::lookup(self.name, f.name, f.arity) {
                let _ = def;
                patches.push((f.start + 1, export(self.name, f.name, f.arity)));
            }
        }
        for (slot, exp) in patches {
            if let Some(s) = self.out.get_mut(slot as usize) {
                *s = Instr::CallBif {
                    exp,
                    dealloc: 0,
                    ret: 1,
                };
            }
        }
        let mut exports = Vec::with_capacity(m.exports.len());
        for e in &m.exports {
            let slot = *self
                .labels
                .get(e.label as usize)
                .ok_or_else(|| self.err("export label"))?;
            exports.push((self.atom(e.function)?, e.arity, slot));
        }
        for (i, l) in m.lambdas.iter().enumerate() {
            let slot = *self
                .labels
                .get(l.label as usize)
                .ok_or_else(|| self.err("lambda label"))?;
            if slot == u32::MAX {
                return Err(self.err("lambda label undefined"));
            }
            self.fun_slots.push((i, slot));
        }
        let on_load = if self.on_load {
            self.on_load_slot
        } else {
            None
        };
        let (locations, files) = match &m.lines {
            Some(lt) => (
                lt.locations.iter().map(|l| (l.file, l.line)).collect(),
                lt.files.clone(),
            ),
            None => (vec![(0, 0)], vec![]),
        };
        let attributes = match &m.attributes {
            Some(t) => literal::build(&mut self.lits, t, true).unwrap_or(Term::NIL),
            None => Term::NIL,
        };
        let compile_info = match &m.compile_info {
            Some(t) => literal::build(&mut self.lits, t, true).unwrap_or(Term::NIL),
            None => Term::NIL,
        };
        let code: Box<[Instr]> = self.out.into_boxed_slice();
        let live = super::LiveVersion::new(&code, &self.lits);
        let module = Module {
            name: self.name,
            code,
            literals: self.lits,
            functions: self.functions,
            lines: self.lines,
            locations,
            files,
            exports,
            funs: self.fun_entries.clone(),
            attributes,
            compile_info,
            md5: [0; 16],
            on_load,
            _live: live,
        };
        for &(i, slot) in &self.fun_slots {
            super::set_fun_code(module.funs[i], module.addr(slot));
        }
        Ok(module)
    }
}

fn flag_of(a: Atom) -> u8 {
    match a.name() {
        "little" => SEG_LITTLE,
        "signed" => SEG_SIGNED,
        "native" => SEG_NATIVE,
        _ => 0,
    }
}

/// Sets the label offset field of an instruction.
fn set_offset(i: &mut Instr, off: i32) {
    match i {
        Instr::Case(_, o) => *o = off,
        Instr::Call { off: o, .. }
        | Instr::CallLast { off: o, .. }
        | Instr::CallOnly { off: o, .. }
        | Instr::MoveCall { off: o, .. }
        | Instr::MoveCallLast { off: o, .. }
        | Instr::MoveCallOnly { off: o, .. }
        | Instr::Jump { off: o }
        | Instr::Catch { off: o, .. }
        | Instr::LoopRecEnd { off: o }
        | Instr::Wait { off: o }
        | Instr::WaitTimeout { off: o, .. } => *o = off,
        Instr::IsInteger { fail, .. }
        | Instr::IsFloat { fail, .. }
        | Instr::IsNumber { fail, .. }
        | Instr::IsAtom { fail, .. }
        | Instr::IsPid { fail, .. }
        | Instr::IsRef { fail, .. }
        | Instr::IsPort { fail, .. }
        | Instr::IsNil { fail, .. }
        | Instr::IsBinary { fail, .. }
        | Instr::IsBitstr { fail, .. }
        | Instr::IsList { fail, .. }
        | Instr::IsNonemptyList { fail, .. }
        | Instr::IsNonemptyListGetList { fail, .. }
        | Instr::IsTuple { fail, .. }
        | Instr::IsBoolean { fail, .. }
        | Instr::IsMap { fail, .. }
        | Instr::IsFunction { fail, .. }
        | Instr::IsFunction2 { fail, .. }
        | Instr::TestArity { fail, .. }
        | Instr::IsTaggedTuple { fail, .. }
        | Instr::IsEqExact { fail, .. }
        | Instr::IsNeExact { fail, .. }
        | Instr::IsEqExactXC { fail, .. }
        | Instr::IsNeExactXC { fail, .. }
        | Instr::IsEq { fail, .. }
        | Instr::IsNe { fail, .. }
        | Instr::IsLt { fail, .. }
        | Instr::IsLtXX { fail, .. }
        | Instr::IsGeXX { fail, .. }
        | Instr::IsLtXC { fail, .. }
        | Instr::IsGeXC { fail, .. }
        | Instr::IsGe { fail, .. }
        | Instr::SelectVal { fail, .. }
        | Instr::SelectTupleArity { fail, .. }
        | Instr::Bif { fail, .. }
        | Instr::Bif1 { fail, .. }
        | Instr::Bif2 { fail, .. }
        | Instr::Arith { fail, .. }
        | Instr::AddRI { fail, .. }
        | Instr::AddLit { fail, .. }
        | Instr::UnaryPlus { fail, .. }
        | Instr::Element { fail, .. }
        | Instr::Length { fail, .. }
        | Instr::BsStartMatch { fail, .. }
        | Instr::BsTestTail { fail, .. }
        | Instr::BsTestUnit { fail, .. }
        | Instr::BsGet { fail, .. }
        | Instr::BsSkip { fail, .. }
        | Instr::BsMatchString { fail, .. }
        | Instr::BsCreateBin { fail, .. }
        | Instr::BsInit { fail, .. }
        | Instr::BsPut { fail }
        | Instr::BsAdd { fail, .. }
        | Instr::BsAppend { fail, .. }
        | Instr::BsUtfSize { fail, .. }
        | Instr::PutMap { fail, .. }
        | Instr::HasMapFields { fail, .. }
        | Instr::GetMapElements { fail, .. }
        | Instr::LoopRec { fail, .. } => *fail = off,
        _ => {}
    }
}
