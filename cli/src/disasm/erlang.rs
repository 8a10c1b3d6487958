//! What OTP 25's `beam_disasm:file/1` returns as its list of `#function{}` records, rebuilt as
//! terms from a [`BeamModule`]. It follows `compiler-8.2.3/src/beam_disasm.erl` step by step:
//! raw operand decoding (`decode_arg`), splitting into functions (`get_function_chunks`, including
//! the order in which it puts the labels/lines that precede a `func_info`), local label
//! resolution, and the per-instruction rewriting of `resolve_inst`. Where `beam_disasm` would
//! crash (and so return `{error,...}`), this returns an error.

use std::collections::BTreeMap;

use loader::etf::Term;
use loader::{AllocKind, BeamModule, Int, Operand, Reg};

use super::types;

/// One function, as `{function, Name, Arity, Entry, Code}`; `offsets` holds each instruction's
/// byte offset in the code (for the human listing).
pub struct Function {
    pub name: String,
    pub arity: u32,
    pub entry: u32,
    pub code: Vec<Term>,
    pub offsets: Vec<u32>,
}

impl Function {
    pub fn to_term(&self) -> Term {
        Term::Tuple(vec![
            atom("function"),
            atom(&self.name),
            int(i64::from(self.arity)),
            int(i64::from(self.entry)),
            list(self.code.clone()),
        ])
    }
}

pub type Error = String;

fn atom(s: &str) -> Term {
    Term::Atom(s.into())
}
fn int(v: i64) -> Term {
    Term::Int(Int::Small(v))
}
fn uint(v: u64) -> Term {
    match i64::try_from(v) {
        Ok(s) => int(s),
        Err(_) => Term::Int(Int::from_le_magnitude(false, &v.to_le_bytes())),
    }
}
fn tuple(items: Vec<Term>) -> Term {
    Term::Tuple(items)
}
fn tag(name: &str, v: Term) -> Term {
    Term::Tuple(vec![atom(name), v])
}
fn list(items: Vec<Term>) -> Term {
    if items.is_empty() {
        Term::Nil
    } else {
        Term::List(items, Box::new(Term::Nil))
    }
}

/// A decoded operand as `decode_arg/4` leaves it, before `resolve_arg`.
#[derive(Clone)]
enum Raw {
    U(u64),
    Alloc(Vec<(AllocKind, u64)>),
    I(Int),
    Atom(String),
    Nil,
    X(u32),
    Y(u32),
    F(u32),
    H(u32),
    Fr(u32),
    Float(f64),
    Literal(Term),
    Tr(Term),
    /// `{{z,1},{u,Len},List}`
    List(Vec<Raw>),
}

impl Raw {
    /// The term `decode_arg` produced.
    fn term(&self) -> Term {
        match self {
            Raw::U(n) => tag("u", uint(*n)),
            Raw::Alloc(items) => tag(
                "u",
                tag("alloc", list(items.iter().map(alloc_item).collect())),
            ),
            Raw::I(i) => tag("i", Term::Int(i.clone())),
            Raw::Atom(a) => tag("atom", atom(a)),
            Raw::Nil => atom("nil"),
            Raw::X(n) => tag("x", uint(u64::from(*n))),
            Raw::Y(n) => tag("y", uint(u64::from(*n))),
            Raw::F(n) => tag("f", uint(u64::from(*n))),
            Raw::H(n) => tag("h", uint(u64::from(*n))),
            Raw::Fr(n) => tag("fr", uint(u64::from(*n))),
            Raw::Float(f) => tag("float", Term::Float(*f)),
            Raw::Literal(t) => tag("literal", t.clone()),
            Raw::Tr(t) => t.clone(),
            Raw::List(items) => tuple(vec![
                tag("z", int(1)),
                tag("u", uint(items.len() as u64)),
                list(items.iter().map(Raw::term).collect()),
            ]),
        }
    }

    /// `resolve_arg/1`.
    fn resolve(&self) -> Result<Term, Error> {
        Ok(match self {
            Raw::U(n) => uint(*n),
            Raw::I(i) => tag("integer", Term::Int(i.clone())),
            Raw::Alloc(_) | Raw::H(_) | Raw::List(_) => {
                return Err("resolve_arg of an unresolvable operand".into())
            }
            other => other.term(),
        })
    }

    /// The `N` of a `{u,N}` pattern (an allocation list matches too, as `{alloc,...}`).
    fn u(&self) -> Result<Term, Error> {
        match self {
            Raw::U(n) => Ok(uint(*n)),
            Raw::Alloc(_) => match self.term() {
                Term::Tuple(mut v) => Ok(v.pop().unwrap_or(Term::Nil)),
                _ => Err("alloc".into()),
            },
            _ => Err("expected a u operand".into()),
        }
    }

    fn u_int(&self) -> Result<u64, Error> {
        match self {
            Raw::U(n) => Ok(*n),
            _ => Err("expected an integer u operand".into()),
        }
    }
}

fn alloc_item(&(kind, n): &(AllocKind, u64)) -> Term {
    let k = match kind {
        AllocKind::Words => "words",
        AllocKind::Floats => "floats",
        AllocKind::Funs => "funs",
    };
    tuple(vec![atom(k), uint(n)])
}

fn resolve_all(args: &[Raw]) -> Result<Vec<Term>, Error> {
    args.iter().map(Raw::resolve).collect()
}

struct Ctx<'a> {
    m: &'a BeamModule,
    type_terms: Option<Vec<Term>>,
}

impl Ctx<'_> {
    fn raw(&self, op: &Operand) -> Result<Raw, Error> {
        Ok(match op {
            Operand::Unsigned(n) => Raw::U(*n),
            Operand::Integer(i) => Raw::I(i.clone()),
            Operand::Atom(0) => Raw::Nil,
            Operand::Atom(i) => Raw::Atom(self.m.atom(*i).ok_or("atom index out of range")?.into()),
            Operand::X(n) => Raw::X(*n),
            Operand::Y(n) => Raw::Y(*n),
            Operand::Label(n) => Raw::F(*n),
            Operand::Char(n) => Raw::H(*n),
            Operand::List(items) => {
                let mut v = Vec::with_capacity(items.len());
                for it in items.iter() {
                    v.push(self.raw(it)?);
                }
                Raw::List(v)
            }
            Operand::FloatReg(n) => Raw::Fr(*n),
            Operand::Alloc(items) => Raw::Alloc(items.to_vec()),
            Operand::Literal(i) => match self.m.literals.get(*i as usize) {
                Some(Term::Float(f)) => Raw::Float(*f),
                Some(t) => Raw::Literal(t.clone()),
                None => return Err("literal index out of range".into()),
            },
            Operand::TypedReg { reg, type_index } => {
                let r = match reg {
                    Reg::X(n) => tag("x", uint(u64::from(*n))),
                    Reg::Y(n) => tag("y", uint(u64::from(*n))),
                };
                let ty = self
                    .type_terms
                    .as_ref()
                    .and_then(|t| t.get(*type_index as usize))
                    .ok_or("type index out of range (or no Type chunk)")?;
                Raw::Tr(tuple(vec![atom("tr"), r, ty.clone()]))
            }
            Operand::Float(f) => Raw::Float(*f),
        })
    }
}

/// An instruction between decoding and resolving: `{Op, Args}` plus its code offset.
struct Item {
    name: &'static str,
    args: Vec<Raw>,
    offset: u32,
    /// Set for `func_info` once `get_funs` has turned it into `{func_info,{atom,M},{atom,F},A}`.
    resolved: Option<Term>,
}

fn is_label_or_line(i: &Item) -> bool {
    i.name == "label" || i.name == "line"
}

pub fn disassemble(m: &BeamModule) -> Result<Vec<Function>, Error> {
    let ctx = Ctx {
        m,
        type_terms: m
            .types
            .as_ref()
            .map(|t| t.iter().map(types::decode_ext).collect()),
    };
    let mut items = Vec::with_capacity(m.code.instructions.len());
    for (instr, ops) in m.code.iter() {
        let info = loader::opcodes::info(instr.opcode).ok_or("unknown opcode")?;
        let mut args = Vec::with_capacity(ops.len());
        for op in ops {
            args.push(ctx.raw(op)?);
        }
        items.push(Item {
            name: info.name,
            args,
            offset: instr.offset,
            resolved: None,
        });
    }
    if items.is_empty() {
        return Err("empty_code_segment".into());
    }
    let raw_functions = get_funs(items)?;

    // local_labels/1: the labels right after each func_info, mapped to {M,F,A}.
    let mut labels: BTreeMap<u64, Term> = BTreeMap::new();
    for f in &raw_functions {
        let mut it = f.code.iter().skip_while(|i| is_label_or_line(i));
        let mfa = match it.next().and_then(|i| i.resolved.clone()) {
            Some(Term::Tuple(v)) if v.len() == 4 => {
                let un = |t: &Term| match t {
                    Term::Tuple(p) if p.len() == 2 => p[1].clone(),
                    other => other.clone(),
                };
                tuple(vec![un(&v[1]), un(&v[2]), v[3].clone()])
            }
            _ => return Err("function without func_info".into()),
        };
        for i in it {
            if i.name != "label" {
                break;
            }
            if let [Raw::U(l)] = i.args.as_slice() {
                labels.insert(*l, mfa.clone());
            } else {
                break;
            }
        }
    }

    let mut out = Vec::with_capacity(raw_functions.len());
    for f in raw_functions {
        let mut code = Vec::with_capacity(f.code.len());
        let mut offsets = Vec::with_capacity(f.code.len());
        for i in &f.code {
            code.push(resolve(&ctx, i, &labels)?);
            offsets.push(i.offset);
        }
        out.push(Function {
            name: f.name,
            arity: f.arity,
            entry: f.entry,
            code,
            offsets,
        });
    }
    Ok(out)
}

struct RawFunction {
    name: String,
    arity: u32,
    entry: u32,
    code: Vec<Item>,
}

/// `get_function_chunks/1`.
fn get_funs(items: Vec<Item>) -> Result<Vec<RawFunction>, Error> {
    let mut rest = items.into_iter().peekable();
    // labels_r over the start of the code: in beam_disasm the first prefix ends up in file order.
    let mut prefix: Vec<Item> = Vec::new();
    while rest.peek().is_some_and(is_label_or_line) {
        prefix.extend(rest.next());
    }
    let mut functions = Vec::new();
    loop {
        let Some(mut fi) = rest.next() else {
            if prefix.is_empty() {
                return Ok(functions);
            }
            return Err("no_func_info_in_code_segment".into());
        };
        if fi.name != "func_info" {
            return Err("no_func_info_in_code_segment".into());
        }
        let (m, f, arity) = match fi.args.as_slice() {
            [Raw::Atom(m), Raw::Atom(f), a] => (m.clone(), f.clone(), a.u_int()?),
            _ => return Err("bad func_info".into()),
        };
        fi.resolved = Some(tuple(vec![
            atom("func_info"),
            tag("atom", atom(&m)),
            tag("atom", atom(&f)),
            uint(arity),
        ]));
        // get_fun: everything up to the next func_info (or a final int_code_end).
        let mut body: Vec<Item> = Vec::new();
        let mut next_prefix: Vec<Item> = Vec::new();
        loop {
            match rest.peek() {
                None => break,
                Some(i) if i.name == "func_info" => {
                    // labels_r over the reversed body: the trailing labels/lines, in file order.
                    let keep = body.len()
                        - body
                            .iter()
                            .rev()
                            .take_while(|i| is_label_or_line(i))
                            .count();
                    next_prefix = body.split_off(keep);
                    break;
                }
                Some(i) if i.name == "int_code_end" => {
                    let i = rest.next().ok_or("internal")?;
                    if rest.peek().is_none() {
                        break;
                    }
                    body.push(i);
                }
                Some(_) => body.extend(rest.next()),
            }
        }
        let entry = match body.first() {
            Some(Item {
                name: "label",
                args,
                ..
            }) => match args.as_slice() {
                [Raw::U(e)] => u32::try_from(*e).map_err(|_| "entry label too large")?,
                _ => return Err("bad entry label".into()),
            },
            _ => return Err("function does not start with a label".into()),
        };
        let first = functions.is_empty();
        let mut code = Vec::with_capacity(prefix.len() + 1 + body.len());
        if first {
            code.append(&mut prefix);
        } else {
            // lists:reverse/2 of a prefix that labels_r already gave in file order.
            prefix.reverse();
            code.append(&mut prefix);
        }
        code.push(fi);
        code.append(&mut body);
        functions.push(RawFunction {
            name: f,
            arity: u32::try_from(arity).map_err(|_| "arity")?,
            entry,
            code,
        });
        prefix = next_prefix;
    }
}

fn field_flags(r: &Raw) -> Result<Term, Error> {
    Ok(tag("field_flags", r.u()?))
}

fn import(ctx: &Ctx, index: &Raw) -> Result<Term, Error> {
    let i = index.u_int()?;
    let imp = usize::try_from(i)
        .ok()
        .and_then(|i| ctx.m.imports.get(i))
        .ok_or("import index out of range")?;
    let a = |i: u32| ctx.m.atom(i).map(atom).ok_or("import atom out of range");
    Ok(tuple(vec![
        atom("extfunc"),
        a(imp.module)?,
        a(imp.function)?,
        uint(u64::from(imp.arity)),
    ]))
}

/// The name of a BIF given by an import index (already resolved to an integer).
fn bif_name(ctx: &Ctx, index: &Term) -> Result<Term, Error> {
    let i = match index {
        Term::Int(Int::Small(i)) => usize::try_from(*i).map_err(|_| "bif index")?,
        _ => return Err("bif index is not an integer".into()),
    };
    let imp = ctx.m.imports.get(i).ok_or("bif import out of range")?;
    ctx.m
        .atom(imp.function)
        .map(atom)
        .ok_or_else(|| "bif atom out of range".into())
}

fn list_arg(r: &Raw) -> Result<Term, Error> {
    match r {
        Raw::List(items) => Ok(tag("list", list(resolve_all(items)?))),
        _ => Err("expected a list operand".into()),
    }
}

fn lambda<'a>(ctx: &Ctx<'a>, old_index: &Term) -> Result<(Term, &'a loader::Lambda), Error> {
    let i = match old_index {
        Term::Int(Int::Small(i)) => usize::try_from(*i).map_err(|_| "fun index")?,
        _ => return Err("fun index is not an integer".into()),
    };
    let l = ctx.m.lambdas.get(i).ok_or("fun index out of range")?;
    let name = ctx.m.atom(l.function).ok_or("fun atom out of range")?;
    Ok((
        tuple(vec![
            atom(ctx.m.name()),
            atom(name),
            uint(u64::from(l.arity)),
        ]),
        l,
    ))
}

/// `resolve_inst/7` and `resolve_inst/4`.
fn resolve(ctx: &Ctx, item: &Item, labels: &BTreeMap<u64, Term>) -> Result<Term, Error> {
    if let Some(t) = &item.resolved {
        return Ok(t.clone());
    }
    let name = item.name;
    let a = item.args.as_slice();
    let op = || atom(name);
    let bad = || -> Error { format!("cannot resolve {name}") };
    let local = |r: &Raw| -> Result<Term, Error> {
        match r {
            Raw::F(l) => labels
                .get(&u64::from(*l))
                .cloned()
                .ok_or_else(|| format!("call to unknown label {l}")),
            _ => Err(bad()),
        }
    };
    let test = || -> Result<Term, Error> {
        let mut r = resolve_all(a)?;
        if r.is_empty() {
            return Err(bad());
        }
        let l = r.remove(0);
        Ok(tuple(vec![atom("test"), op(), l, list(r)]))
    };
    let t = match name {
        "label" => match a {
            [l] => tuple(vec![op(), l.u()?]),
            _ => return Err(bad()),
        },
        "call" | "call_only" => match a {
            [n, f] => tuple(vec![op(), n.u()?, local(f)?]),
            _ => return Err(bad()),
        },
        "call_last" => match a {
            [n, f, u] => tuple(vec![op(), n.u()?, local(f)?, u.u()?]),
            _ => return Err(bad()),
        },
        "call_ext" | "call_ext_only" => match a {
            [n, i] => tuple(vec![op(), n.u()?, import(ctx, i)?]),
            _ => return Err(bad()),
        },
        "call_ext_last" => match a {
            [n, i, x] => tuple(vec![op(), n.u()?, import(ctx, i)?, x.u()?]),
            _ => return Err(bad()),
        },
        "bif0" => match resolve_all(a)?.as_slice() {
            [bif, reg] => tuple(vec![
                atom("bif"),
                bif_name(ctx, bif)?,
                atom("nofail"),
                Term::Nil,
                reg.clone(),
            ]),
            _ => return Err(bad()),
        },
        "bif1" | "bif2" => {
            let r = resolve_all(a)?;
            if r.len() < 3 {
                return Err(bad());
            }
            let args = r[2..r.len() - 1].to_vec();
            tuple(vec![
                atom("bif"),
                bif_name(ctx, &r[1])?,
                r[0].clone(),
                list(args),
                r[r.len() - 1].clone(),
            ])
        }
        "gc_bif1" | "gc_bif2" | "gc_bif3" => {
            let r = resolve_all(a)?;
            if r.len() < 4 {
                return Err(bad());
            }
            let args = r[3..r.len() - 1].to_vec();
            tuple(vec![
                atom("gc_bif"),
                bif_name(ctx, &r[2])?,
                r[0].clone(),
                r[1].clone(),
                list(args),
                r[r.len() - 1].clone(),
            ])
        }
        "allocate" | "allocate_zero" | "test_heap" | "trim" | "apply_last" => match a {
            [x0, x1] => tuple(vec![op(), x0.u()?, x1.u()?]),
            _ => return Err(bad()),
        },
        "allocate_heap" | "allocate_heap_zero" => match a {
            [x0, x1, x2] => tuple(vec![op(), x0.u()?, x1.u()?, x2.u()?]),
            _ => return Err(bad()),
        },
        "deallocate" | "call_fun" | "apply" => match a {
            [x] => tuple(vec![op(), x.u()?]),
            _ => return Err(bad()),
        },
        "return" | "send" | "remove_message" | "timeout" | "if_end" | "fclearerror"
        | "bs_init_writable" | "on_load" | "build_stacktrace" | "raw_raise" | "nif_start" => {
            if !a.is_empty() {
                return Err(bad());
            }
            op()
        }
        // Operands kept as decoded.
        "init"
        | "loop_rec_end"
        | "wait"
        | "jump"
        | "catch_end"
        | "try_end"
        | "try_case"
        | "recv_mark"
        | "recv_set"
        | "recv_marker_clear"
        | "recv_marker_reserve"
        | "recv_marker_use"
        | "loop_rec"
        | "catch"
        | "try"
        | "get_list"
        | "get_hd"
        | "get_tl"
        | "bs_start_match3"
        | "bs_get_tail"
        | "bs_get_position"
        | "bs_set_position"
        | "bs_start_match4"
        | "recv_marker_bind" => {
            let mut v = vec![op()];
            v.extend(a.iter().map(Raw::term));
            tuple(v)
        }
        "wait_timeout" => match a {
            [l, i] => tuple(vec![op(), l.term(), i.resolve()?]),
            _ => return Err(bad()),
        },
        "is_lt" | "is_ge" | "is_eq" | "is_ne" | "is_eq_exact" | "is_ne_exact" | "is_integer"
        | "is_float" | "is_number" | "is_atom" | "is_pid" | "is_reference" | "is_port"
        | "is_nil" | "is_binary" | "is_list" | "is_nonempty_list" | "is_tuple" | "test_arity"
        | "is_tagged_tuple" | "is_function" | "is_boolean" | "is_function2" | "is_bitstr"
        | "is_map" => test()?,
        "select_val" | "select_tuple_arity" => match a {
            [reg, fail, l] => tuple(vec![op(), reg.term(), fail.term(), list_arg(l)?]),
            _ => return Err(bad()),
        },
        "move" => match a {
            [s, d] => tuple(vec![op(), s.resolve()?, d.term()]),
            _ => return Err(bad()),
        },
        "get_tuple_element" => match a {
            [s, off, d] => tuple(vec![op(), s.resolve()?, off.u()?, d.resolve()?]),
            _ => return Err(bad()),
        },
        "set_tuple_element" => match a {
            [s, d, off] => tuple(vec![op(), s.resolve()?, d.resolve()?, off.u()?]),
            _ => return Err(bad()),
        },
        "put_list" => match a {
            [s1, s2, d] => tuple(vec![op(), s1.resolve()?, s2.resolve()?, d.term()]),
            _ => return Err(bad()),
        },
        "put_tuple" => match a {
            [n, d] => tuple(vec![op(), n.u()?, d.term()]),
            _ => return Err(bad()),
        },
        "put"
        | "badmatch"
        | "case_end"
        | "try_case_end"
        | "fcheckerror"
        | "line"
        | "badrecord"
        | "bs_context_to_binary" => match a {
            [x] => tuple(vec![op(), x.resolve()?]),
            _ => return Err(bad()),
        },
        "bs_put_integer" | "bs_put_binary" | "bs_put_float" => match a {
            [l, a2, n, u, a5] => tuple(vec![
                op(),
                l.term(),
                a2.resolve()?,
                n.u()?,
                field_flags(u)?,
                a5.resolve()?,
            ]),
            _ => return Err(bad()),
        },
        "bs_put_string" => match a {
            [len, off] => {
                let (len, off) = (len.u_int()?, off.u_int()?);
                let s = if len > 0 {
                    string_bytes(ctx, off, len)?
                } else {
                    &[]
                };
                let chars = list(s.iter().map(|&b| int(i64::from(b))).collect());
                tuple(vec![op(), uint(len), tag("string", chars)])
            }
            _ => return Err(bad()),
        },
        "fmove" | "fconv" | "swap" => {
            let mut v = vec![op()];
            v.extend(resolve_all(a)?);
            if v.len() != 3 {
                return Err(bad());
            }
            tuple(v)
        }
        "fadd" | "fsub" | "fmul" | "fdiv" => match resolve_all(a)?.as_slice() {
            [f, a1, a2, reg] => tuple(vec![
                atom("arithfbif"),
                op(),
                f.clone(),
                list(vec![a1.clone(), a2.clone()]),
                reg.clone(),
            ]),
            _ => return Err(bad()),
        },
        "fnegate" => match resolve_all(a)?.as_slice() {
            [f, a1, reg] => tuple(vec![
                atom("arithfbif"),
                op(),
                f.clone(),
                list(vec![a1.clone()]),
                reg.clone(),
            ]),
            _ => return Err(bad()),
        },
        "raise" => match a {
            [r1, r2] => tuple(vec![
                op(),
                tag("f", int(0)),
                list(vec![r1.term(), r2.term()]),
                tag("x", int(0)),
            ]),
            _ => return Err(bad()),
        },
        "bs_init2" | "bs_init_bits" => match a {
            [l, a2, w, r, f, a6] => tuple(vec![
                op(),
                l.term(),
                a2.resolve()?,
                w.u()?,
                r.u()?,
                field_flags(f)?,
                a6.resolve()?,
            ]),
            _ => return Err(bad()),
        },
        "bs_add" => match a {
            [l, a2, a3, a4, a5] => tuple(vec![
                op(),
                l.term(),
                list(vec![a2.resolve()?, a3.resolve()?, a4.resolve()?]),
                a5.resolve()?,
            ]),
            _ => return Err(bad()),
        },
        "bs_start_match2" => match a {
            [f, reg, live, max, ms] => tuple(vec![
                atom("test"),
                op(),
                f.term(),
                list(vec![reg.term(), live.u()?, max.u()?, ms.term()]),
            ]),
            _ => return Err(bad()),
        },
        "bs_get_integer2" | "bs_get_binary2" | "bs_get_float2" => match a {
            [l, ms, live, a2, n, u, a5] => tuple(vec![
                atom("test"),
                op(),
                l.term(),
                list(vec![
                    ms.term(),
                    live.u()?,
                    a2.resolve()?,
                    n.u()?,
                    field_flags(u)?,
                    a5.resolve()?,
                ]),
            ]),
            _ => return Err(bad()),
        },
        "bs_skip_bits2" => match a {
            [l, ms, a2, n, u] => tuple(vec![
                atom("test"),
                op(),
                l.term(),
                list(vec![ms.term(), a2.resolve()?, n.u()?, field_flags(u)?]),
            ]),
            _ => return Err(bad()),
        },
        "bs_test_tail2" | "bs_test_unit" => match a {
            [f, ms, n] => tuple(vec![
                atom("test"),
                op(),
                f.term(),
                list(vec![ms.term(), n.u()?]),
            ]),
            _ => return Err(bad()),
        },
        "bs_save2" | "bs_restore2" => match a {
            [ms, n @ Raw::U(_)] => tuple(vec![op(), ms.term(), n.u()?]),
            [ms, at @ Raw::Atom(_)] => tuple(vec![op(), ms.term(), at.term()]),
            _ => return Err(bad()),
        },
        "bs_match_string" => match a {
            [f, ms, bits, off] => {
                let (bits, off) = (bits.u_int()?, off.u_int()?);
                let len = bits.div_ceil(8);
                let s = if len > 0 {
                    string_bytes(ctx, off, len)?.to_vec()
                } else {
                    Vec::new()
                };
                tuple(vec![
                    atom("test"),
                    op(),
                    f.term(),
                    list(vec![ms.term(), uint(bits), Term::Binary(s)]),
                ])
            }
            _ => return Err(bad()),
        },
        "bs_append" => match a {
            [l, a2, w, r, u, a6, f, a8] => tuple(vec![
                op(),
                l.term(),
                a2.resolve()?,
                w.u()?,
                r.u()?,
                u.u()?,
                a6.resolve()?,
                field_flags(f)?,
                a8.resolve()?,
            ]),
            _ => return Err(bad()),
        },
        "bs_private_append" => match a {
            [l, a2, u, a4, f, a6] => tuple(vec![
                op(),
                l.term(),
                a2.resolve()?,
                u.u()?,
                a4.resolve()?,
                field_flags(f)?,
                a6.resolve()?,
            ]),
            _ => return Err(bad()),
        },
        "bs_get_utf8" | "bs_get_utf16" | "bs_get_utf32" => match a {
            [l, a2, a3, u, a4] => tuple(vec![
                atom("test"),
                op(),
                l.term(),
                list(vec![
                    a2.resolve()?,
                    a3.resolve()?,
                    field_flags(u)?,
                    a4.resolve()?,
                ]),
            ]),
            _ => return Err(bad()),
        },
        "bs_skip_utf8" | "bs_skip_utf16" | "bs_skip_utf32" => match a {
            [l, a2, a3, u] => tuple(vec![
                atom("test"),
                op(),
                l.term(),
                list(vec![a2.resolve()?, a3.resolve()?, field_flags(u)?]),
            ]),
            _ => return Err(bad()),
        },
        "bs_utf8_size" | "bs_utf16_size" => match a {
            [l, a2, a3] => tuple(vec![op(), l.term(), a2.resolve()?, a3.resolve()?]),
            _ => return Err(bad()),
        },
        "bs_put_utf8" | "bs_put_utf16" | "bs_put_utf32" => match a {
            [l, u, a3] => tuple(vec![op(), l.term(), field_flags(u)?, a3.resolve()?]),
            _ => return Err(bad()),
        },
        "put_map_assoc" | "put_map_exact" => match a {
            [f, s, d, n, l] => tuple(vec![
                op(),
                f.term(),
                s.term(),
                d.term(),
                n.u()?,
                list_arg(l)?,
            ]),
            _ => return Err(bad()),
        },
        "has_map_fields" => match a {
            [f, s, l] => tuple(vec![atom("test"), op(), f.term(), s.term(), list_arg(l)?]),
            _ => return Err(bad()),
        },
        "get_map_elements" => match a {
            [f, s, l] => tuple(vec![op(), f.term(), s.term(), list_arg(l)?]),
            _ => return Err(bad()),
        },
        "put_tuple2" => match a {
            [d, l] => tuple(vec![op(), d.term(), list_arg(l)?]),
            _ => return Err(bad()),
        },
        "init_yregs" => match a {
            [l] => tuple(vec![op(), list_arg(l)?]),
            _ => return Err(bad()),
        },
        "bs_create_bin" => match a {
            [a1, a2, a3, a4, a5, Raw::List(items)] => {
                let seg = tuple(vec![
                    a1.term(),
                    a2.term(),
                    a3.term(),
                    a4.term(),
                    a5.term(),
                    tag("z", int(1)),
                    tag("u", uint(items.len() as u64)),
                    list(items.iter().map(Raw::term).collect()),
                ]);
                tuple(vec![op(), list(vec![seg])])
            }
            _ => return Err(bad()),
        },
        "call_fun2" => match a {
            [t, n, f] => tuple(vec![op(), t.term(), n.u()?, f.term()]),
            _ => return Err(bad()),
        },
        "make_fun2" => match a {
            [i] => {
                let old_index = i.resolve()?;
                let (mfa, l) = lambda(ctx, &old_index)?;
                tuple(vec![
                    op(),
                    mfa,
                    old_index,
                    uint(u64::from(l.old_uniq)),
                    uint(u64::from(l.num_free)),
                ])
            }
            _ => return Err(bad()),
        },
        "make_fun3" => match a {
            [i, d, env] => {
                let old_index = i.resolve()?;
                let (mfa, l) = lambda(ctx, &old_index)?;
                tuple(vec![
                    op(),
                    mfa,
                    old_index,
                    uint(u64::from(l.old_uniq)),
                    d.term(),
                    list_arg(env)?,
                ])
            }
            _ => return Err(bad()),
        },
        _ => return Err(format!("beam_disasm does not handle {name}")),
    };
    Ok(t)
}

fn string_bytes<'a>(ctx: &Ctx<'a>, off: u64, len: u64) -> Result<&'a [u8], Error> {
    let start = usize::try_from(off).map_err(|_| "string offset")?;
    let end = start
        .checked_add(usize::try_from(len).map_err(|_| "string length")?)
        .ok_or("string range")?;
    ctx.m
        .strings
        .get(start..end)
        .ok_or_else(|| "string out of the string table".into())
}
