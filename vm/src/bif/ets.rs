//! `ets` BIFs (the functions OTP 25 implements natively; the rest of the `ets` module is
//! Erlang, in otp-lite's `ets.erl`) and `erlang:match_spec_test/3`.
//!
//! Each BIF checks its arguments in OTP's order and fails with OTP's `error_info` cause
//! (`id`, `type`, `access`, `badkey`, `keypos`, `position`, `table_type`, ...).

use crate::bif::badarg;
use crate::bif::BifDef;
use crate::ets::atoms::atoms;
use crate::ets::matchspec::{Dialect, MatchSpec, Outcome, TraceEffects};
use crate::ets::select::{self, CompiledMs, Continuation};
use crate::ets::{
    self, Access, EtsError, NewOptions, Protection, SetOpt, Store, Table, TableKind, TableState,
};
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::compare::compare;
use crate::term::copy::OwnedTerm;
use crate::term::magic;
use crate::term::Term;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cmp::Ordering;

type A<'a> = &'a [Term];

/// The exception for an ETS error, with its `error_info` cause.
pub fn ets_error(p: &mut Process, e: EtsError) -> Exception {
    let ex = Exception::badarg();
    match e.cause() {
        Some(c) => {
            let k = Term::atom(crate::atom::CAUSE);
            let m = crate::map::from_pairs(&mut p.heap, &[(k, c)]);
            ex.with_cause(m)
        }
        None => ex,
    }
}

fn table(p: &mut Process, t: Term) -> Result<Arc<Table>, Exception> {
    ets::resolve(t).map_err(|e| ets_error(p, e))
}

/// Looks up the table and locks it for reading.
macro_rules! read_table {
    ($p:expr, $t:expr, $access:expr, $tab:ident, $st:ident) => {
        let $tab = table($p, $t)?;
        let $st = match $tab.read($p.pid, $access) {
            Ok(s) => s,
            Err(e) => return Err(ets_error($p, e)),
        };
    };
}

macro_rules! write_table {
    ($p:expr, $t:expr, $tab:ident, $st:ident) => {
        let $tab = table($p, $t)?;
        let mut $st = match $tab.write($p.pid, Access::Write) {
            Ok(s) => s,
            Err(e) => return Err(ets_error($p, e)),
        };
    };
}

fn copy_out(p: &mut Process, o: &OwnedTerm) -> Term {
    o.to_heap(&mut p.heap)
}

fn copy_term_out(p: &mut Process, t: Term) -> Term {
    crate::term::copy::copy_to_heap_with(&mut p.heap, t, crate::term::copy::Literals::Copy)
}

/// An object for a table with key position `keypos`: a tuple at least that long.
fn is_object(t: Term, keypos: usize) -> bool {
    t.as_tuple().is_some_and(|es| es.len() >= keypos)
}

/// The objects to insert: one tuple, or a proper list of them (all checked first).
fn objects_arg(t: Term, keypos: usize) -> Option<Vec<OwnedTerm>> {
    if is_object(t, keypos) {
        return Some(alloc::vec![OwnedTerm::new(t)]);
    }
    let mut out = Vec::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        if !is_object(h, keypos) {
            return None;
        }
        l = tl;
    }
    if !l.is_nil() {
        return None;
    }
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        out.push(OwnedTerm::new(h));
        l = tl;
    }
    Some(out)
}

fn key_of(obj: Term, keypos: usize) -> Term {
    obj.tuple_elem(keypos - 1)
}

// ---- creation, deletion, naming ----

fn new2(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    let o = NewOptions::parse(a[1]).map_err(|e| ets_error(p, e))?;
    ets::new_table(&mut p.heap, p.pid, name, &o).map_err(|e| ets_error(p, e))
}

fn delete1(p: &mut Process, a: A) -> BifResult {
    let t = table(p, a[0])?;
    ets::delete_table(p.pid, &t).map_err(|e| ets_error(p, e))?;
    Ok(Term::TRUE)
}

fn rename2(p: &mut Process, a: A) -> BifResult {
    let t = table(p, a[0])?;
    let name = a[1].as_atom().ok_or_else(Exception::badarg)?;
    ets::rename(p.pid, &t, name).map_err(|e| ets_error(p, e))?;
    if t.named {
        Ok(a[1])
    } else {
        Ok(t.id_term(&mut p.heap).unwrap_or(a[0]))
    }
}

fn whereis1(p: &mut Process, a: A) -> BifResult {
    let name = a[0].as_atom().ok_or_else(Exception::badarg)?;
    Ok(ets::whereis(&mut p.heap, name).unwrap_or(Term::UNDEFINED))
}

fn internal_request_all0(p: &mut Process, _a: A) -> BifResult {
    let n = crate::process::next_ref_number();
    let o = p.heap.boxed(crate::term::Kind::Ref, 2);
    // SAFETY: two payload words.
    unsafe {
        *o.add(1) = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 2;
        *o.add(2) = n;
    }
    let r = Term::make_boxed(o);
    let ids = ets::all(&mut p.heap);
    let list = p.heap.list(&ids);
    let msg = p.heap.tuple(&[r, list]);
    p.mailbox.push_back(msg);
    for _ in 1..ets::scheduler_count() {
        let m = p.heap.tuple(&[r, Term::NIL]);
        p.mailbox.push_back(m);
    }
    Ok(r)
}

fn give_away3(p: &mut Process, a: A) -> BifResult {
    let t = table(p, a[0])?;
    ets::give_away(p.pid, &t, a[1], a[2]).map_err(|e| ets_error(p, e))?;
    Ok(Term::TRUE)
}

fn setopts2(p: &mut Process, a: A) -> BifResult {
    let t = table(p, a[0])?;
    let at = atoms();
    let items: Vec<Term> = if a[1].is_tuple() {
        alloc::vec![a[1]]
    } else {
        crate::bif::erlang::list_to_vec(a[1]).ok_or_else(Exception::badarg)?
    };
    let mut opts = Vec::new();
    for it in items {
        let o = match it.as_tuple() {
            Some([k, v]) if *k == at.heir && *v == at.none => SetOpt::Heir(None),
            Some([k, pid, data]) if *k == at.heir && pid.is_local_pid() => {
                SetOpt::Heir(Some((*pid, *data)))
            }
            Some([k, v]) if *k == at.protection => SetOpt::Protection(match *v {
                x if x == at.public => Protection::Public,
                x if x == at.protected => Protection::Protected,
                x if x == at.private => Protection::Private,
                _ => return badarg(),
            }),
            _ => return badarg(),
        };
        opts.push(o);
    }
    ets::setopts(p.pid, &t, &opts).map_err(|e| ets_error(p, e))?;
    Ok(Term::TRUE)
}

fn safe_fixtable2(p: &mut Process, a: A) -> BifResult {
    let t = table(p, a[0])?;
    let fix = match a[1] {
        Term::TRUE => true,
        Term::FALSE => false,
        _ => {
            // The table is checked first.
            t.read(p.pid, Access::Read).map_err(|e| ets_error(p, e))?;
            return badarg();
        }
    };
    ets::safe_fixtable(p.pid, &t, fix).map_err(|e| ets_error(p, e))?;
    Ok(Term::TRUE)
}

// ---- writing ----

fn insert_common(p: &mut Process, a: A, new: bool) -> BifResult {
    let t = table(p, a[0])?;
    let mut objs = objects_arg(a[1], t.keypos);
    // OTP inserts a list into a bag last object first (which decides the order of objects
    // of one key).
    if t.kind == TableKind::Bag && !a[1].is_tuple() {
        if let Some(v) = objs.as_mut() {
            v.reverse();
        }
    }
    let mut st = t.write(p.pid, Access::Write).map_err(|e| ets_error(p, e))?;
    let objs = objs.ok_or_else(Exception::badarg)?;
    let fixed = st.is_fixed();
    if new {
        let clash = objs.iter().any(|o| {
            let k = key_of(o.term(), t.keypos);
            match &st.store {
                Store::Hash(h) => h.member(k),
                Store::Tree(tr) => tr.get(k).is_some(),
            }
        });
        if clash {
            return Ok(Term::FALSE);
        }
    }
    for o in objs {
        match &mut st.store {
            Store::Hash(h) => {
                h.put(o, false, fixed);
            }
            Store::Tree(tr) => {
                tr.put(o, false);
            }
        }
    }
    Ok(Term::TRUE)
}

fn insert2(p: &mut Process, a: A) -> BifResult {
    insert_common(p, a, false)
}

fn insert_new2(p: &mut Process, a: A) -> BifResult {
    insert_common(p, a, true)
}

fn delete2(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    let fixed = st.is_fixed();
    match &mut st.store {
        Store::Hash(h) => {
            h.delete_key(a[1], fixed);
        }
        Store::Tree(tr) => {
            tr.delete_key(a[1]);
        }
    }
    let _ = t;
    Ok(Term::TRUE)
}

fn delete_object2(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    if !is_object(a[1], t.keypos) {
        return badarg();
    }
    let fixed = st.is_fixed();
    match &mut st.store {
        Store::Hash(h) => h.delete_object(a[1], fixed),
        Store::Tree(tr) => tr.delete_object(a[1]),
    }
    Ok(Term::TRUE)
}

fn internal_delete_all2(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    let n = st.size();
    let fixed = st.is_fixed();
    match &mut st.store {
        Store::Hash(h) => h.clear(fixed),
        Store::Tree(tr) => tr.clear(),
    }
    let _ = t;
    Ok(Term::small(n as i64))
}

fn take2(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    let fixed = st.is_fixed();
    let objs: Vec<OwnedTerm> = match &mut st.store {
        Store::Hash(h) => h.take(a[1], fixed),
        Store::Tree(tr) => tr.take(a[1]).into_iter().collect(),
    };
    drop(st);
    let _ = t;
    let items: Vec<Term> = objs.iter().map(|o| o.to_heap(&mut p.heap)).collect();
    Ok(p.heap.list(&items))
}

/// Finds the object of `key` in a set or ordered set for an in-place update.
fn set_object(st: &TableState, key: Term) -> Option<Term> {
    match &st.store {
        Store::Hash(h) => h.find(key).map(|pos| h.object_at(pos).term()),
        Store::Tree(tr) => tr.get(key).map(|o| o.term()),
    }
}

/// Replaces the object of `key` (same key) in a set or ordered set.
fn replace_object(st: &mut TableState, key: Term, new: OwnedTerm) {
    match &mut st.store {
        Store::Hash(h) => {
            if let Some(pos) = h.find(key) {
                h.replace_at(pos, new);
            }
        }
        Store::Tree(tr) => tr.replace(key, new),
    }
}

/// One `update_counter` operation, parsed.
struct CounterOp {
    pos: usize,
    incr: Term,
    threshold: Option<(Term, Term)>,
}

/// Parses an operation; `Err(true)` for a bad position (`cause => position`), `Err(false)`
/// for a bad shape.
fn counter_op(op: Term, keypos: usize) -> Result<CounterOp, EtsError> {
    if op.is_integer() {
        return Ok(CounterOp {
            pos: keypos + 1,
            incr: op,
            threshold: None,
        });
    }
    let es = op.as_tuple().ok_or(EtsError::Badarg)?;
    let (pos, incr, threshold) = match es {
        [pos, incr] => (*pos, *incr, None),
        [pos, incr, th, set] => (*pos, *incr, Some((*th, *set))),
        _ => return Err(EtsError::Badarg),
    };
    if !incr.is_integer() {
        return Err(EtsError::Badarg);
    }
    if let Some((th, set)) = threshold {
        if !th.is_integer() || !set.is_integer() {
            return Err(EtsError::Badarg);
        }
    }
    let pos = match pos.as_small() {
        Some(n) if n >= 1 => n as usize,
        Some(_) => return Err(EtsError::Position),
        None => return Err(EtsError::Badarg),
    };
    Ok(CounterOp {
        pos,
        incr,
        threshold,
    })
}

fn update_counter_common(p: &mut Process, a: A, default: Option<Term>) -> BifResult {
    write_table!(p, a[0], t, st);
    if !matches!(t.kind, TableKind::Set | TableKind::OrderedSet) {
        return Err(ets_error(p, EtsError::TableType));
    }
    let key = a[1];
    let keypos = t.keypos;
    let (obj, inserted) = match set_object(&st, key) {
        Some(o) => (o, false),
        None => match default {
            None => return Err(ets_error(p, EtsError::BadKey)),
            Some(d) => {
                if !is_object(d, keypos) {
                    return badarg();
                }
                let mut es = d.tuple_elems().to_vec();
                es[keypos - 1] = key;
                (p.heap.tuple(&es), true)
            }
        },
    };
    // Parse every operation against the object first: nothing changes unless all succeed.
    let single = !(a[2].is_list() || a[2].is_nil());
    let op_terms: Vec<Term> = if single {
        alloc::vec![a[2]]
    } else {
        crate::bif::erlang::list_to_vec(a[2]).ok_or_else(Exception::badarg)?
    };
    let arity = obj.tuple_elems().len();
    let mut fields: Vec<Term> = obj.tuple_elems().to_vec();
    let mut results = Vec::with_capacity(op_terms.len());
    for &ot in &op_terms {
        let op = counter_op(ot, keypos).map_err(|e| ets_error(p, e))?;
        if op.pos > arity {
            return Err(ets_error(p, EtsError::Position));
        }
        if op.pos == keypos {
            return Err(ets_error(p, EtsError::KeyPos));
        }
        let cur = fields[op.pos - 1];
        if !cur.is_integer() {
            return badarg();
        }
        let mut v = crate::bif::arith::add(&mut p.heap, cur, op.incr)?;
        if let Some((th, set)) = op.threshold {
            let incr_neg = compare(op.incr, Term::small(0)) == Ordering::Less;
            let over = if incr_neg {
                compare(v, th) == Ordering::Less
            } else {
                compare(v, th) == Ordering::Greater
            };
            if over {
                v = set;
            }
        }
        fields[op.pos - 1] = v;
        results.push(v);
    }
    let new_obj = p.heap.tuple(&fields);
    let owned = OwnedTerm::new(new_obj);
    if inserted {
        let fixed = st.is_fixed();
        match &mut st.store {
            Store::Hash(h) => {
                h.put(owned, false, fixed);
            }
            Store::Tree(tr) => {
                tr.put(owned, false);
            }
        }
    } else {
        replace_object(&mut st, key, owned);
    }
    drop(st);
    // Integers built on the process heap already; copy constants of the caller's own args.
    if single {
        Ok(results[0])
    } else {
        Ok(p.heap.list(&results))
    }
}

fn update_counter3(p: &mut Process, a: A) -> BifResult {
    update_counter_common(p, a, None)
}

fn update_counter4(p: &mut Process, a: A) -> BifResult {
    update_counter_common(p, a, Some(a[3]))
}

fn update_element3(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    if !matches!(t.kind, TableKind::Set | TableKind::OrderedSet) {
        return badarg();
    }
    let key = a[1];
    let Some(obj) = set_object(&st, key) else {
        return Ok(Term::FALSE);
    };
    let items: Vec<Term> = if a[2].is_tuple() {
        alloc::vec![a[2]]
    } else {
        crate::bif::erlang::list_to_vec(a[2]).ok_or_else(Exception::badarg)?
    };
    let mut fields = obj.tuple_elems().to_vec();
    for it in items {
        let (pos, v) = match it.as_tuple() {
            Some([pos, v]) => (*pos, *v),
            _ => return badarg(),
        };
        let pos = match pos.as_small() {
            Some(n) if n >= 1 && (n as usize) <= fields.len() => n as usize,
            _ => return badarg(),
        };
        if pos == t.keypos {
            return Err(ets_error(p, EtsError::KeyPos));
        }
        fields[pos - 1] = v;
    }
    let new_obj = p.heap.tuple(&fields);
    replace_object(&mut st, key, OwnedTerm::new(new_obj));
    Ok(Term::TRUE)
}

// ---- reading ----

fn lookup2(p: &mut Process, a: A) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let _ = t;
    let items: Vec<Term> = match &st.store {
        Store::Hash(h) if !h.is_bag() => match h.find(a[1]) {
            Some(pos) => {
                let o = h.object_at(pos).to_heap(&mut p.heap);
                return Ok(p.heap.cons(o, Term::NIL));
            }
            None => return Ok(Term::NIL),
        },
        Store::Hash(h) => {
            let objs: Vec<&OwnedTerm> = h.key_objects(a[1]).collect();
            objs.iter().rev().map(|o| o.to_heap(&mut p.heap)).collect()
        }
        Store::Tree(tr) => match tr.get(a[1]) {
            Some(o) => alloc::vec![o.to_heap(&mut p.heap)],
            None => Vec::new(),
        },
    };
    Ok(p.heap.list(&items))
}

fn member2(p: &mut Process, a: A) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let _ = t;
    Ok(Term::bool(match &st.store {
        Store::Hash(h) => h.member(a[1]),
        Store::Tree(tr) => tr.get(a[1]).is_some(),
    }))
}

fn lookup_element3(p: &mut Process, a: A) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let _ = t;
    let pos = match a[2].as_small() {
        Some(n) if n >= 1 => n as usize,
        _ => return badarg(),
    };
    let objs: Vec<Term> = match &st.store {
        Store::Hash(h) => h.key_objects(a[1]).map(|o| o.term()).collect(),
        Store::Tree(tr) => tr.get(a[1]).map(|o| o.term()).into_iter().collect(),
    };
    if objs.is_empty() {
        return Err(ets_error(p, EtsError::BadKey));
    }
    if objs.iter().any(|o| o.tuple_elems().len() < pos) {
        return badarg();
    }
    if t_is_bag(&st) {
        let items: Vec<Term> = objs
            .iter()
            .rev()
            .map(|o| copy_term_out(p, o.tuple_elem(pos - 1)))
            .collect();
        Ok(p.heap.list(&items))
    } else {
        Ok(copy_term_out(p, objs[0].tuple_elem(pos - 1)))
    }
}

fn t_is_bag(st: &TableState) -> bool {
    matches!(&st.store, Store::Hash(h) if h.is_bag())
}

fn first_last(p: &mut Process, a: A, last: bool) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let _ = t;
    let k = match &st.store {
        Store::Hash(h) => h.first_key(),
        Store::Tree(tr) => {
            if last {
                tr.last_key()
            } else {
                tr.first_key()
            }
        }
    };
    Ok(match k {
        Some(k) => copy_term_out(p, k),
        None => atoms().end_of_table,
    })
}

fn first1(p: &mut Process, a: A) -> BifResult {
    first_last(p, a, false)
}

fn last1(p: &mut Process, a: A) -> BifResult {
    first_last(p, a, true)
}

fn next_prev(p: &mut Process, a: A, prev: bool) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let _ = t;
    let k = match &st.store {
        Store::Hash(h) => match h.next_key(a[1]) {
            Ok(k) => k,
            Err(()) => return badarg(),
        },
        Store::Tree(tr) => {
            if prev {
                tr.prev_key(a[1])
            } else {
                tr.next_key(a[1])
            }
        }
    };
    Ok(match k {
        Some(k) => copy_term_out(p, k),
        None => atoms().end_of_table,
    })
}

fn next2(p: &mut Process, a: A) -> BifResult {
    next_prev(p, a, false)
}

fn prev2(p: &mut Process, a: A) -> BifResult {
    next_prev(p, a, true)
}

fn slot2(p: &mut Process, a: A) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let _ = t;
    let i = match a[1].as_small() {
        Some(n) if n >= 0 => n as usize,
        _ => return badarg(),
    };
    match &st.store {
        Store::Hash(h) => match h.slot(i) {
            Some(objs) => {
                let items: Vec<Term> = objs.iter().map(|o| copy_out(p, o)).collect();
                Ok(p.heap.list(&items))
            }
            None if i == h.nactive() => Ok(atoms().end_of_table),
            None => badarg(),
        },
        Store::Tree(tr) => match tr.nth(i) {
            Some(o) => {
                let x = copy_out(p, o);
                Ok(p.heap.list(&[x]))
            }
            None if i == tr.len() => Ok(atoms().end_of_table),
            None => badarg(),
        },
    }
}

// ---- match specifications ----

/// Compiles a table match specification; `None` for `[]` (matches nothing).
fn compile_ms(ms: Term) -> Result<Option<MatchSpec>, Exception> {
    if ms.is_nil() {
        return Ok(None);
    }
    MatchSpec::compile(ms, Dialect::Table)
        .map(Some)
        .map_err(|_| Exception::badarg())
}

/// `[{Pattern, [], [Body]}]` for `match` (`'$$'`) and `match_object` (`'$_'`).
fn pattern_ms(p: &mut Process, pattern: Term, objects: bool) -> Term {
    let at = atoms();
    let body_expr = if objects {
        at.dollar_underscore
    } else {
        at.dollar_dollar
    };
    let body = p.heap.list(&[body_expr]);
    let clause = p.heap.tuple(&[pattern, Term::NIL, body]);
    p.heap.list(&[clause])
}

fn do_select(
    p: &mut Process,
    tab: Term,
    ms_term: Term,
    limit: Option<Term>,
    reverse: bool,
) -> BifResult {
    let t = table(p, tab)?;
    let st = t.read(p.pid, Access::Read).map_err(|e| ets_error(p, e))?;
    let limit = match limit {
        None => None,
        Some(l) => match l.as_small() {
            Some(n) if n > 0 => Some(n as usize),
            _ => return badarg(),
        },
    };
    let ms = compile_ms(ms_term)?;
    let reverse = reverse && t.kind == TableKind::OrderedSet;
    let Some(ms) = ms else {
        return Ok(if limit.is_some() {
            atoms().end_of_table
        } else {
            Term::NIL
        });
    };
    match limit {
        None => Ok(select::select_all(p, &st, t.keypos, &ms, reverse)),
        Some(n) => {
            let ms_ref = magic::make_magic_ref(&mut p.heap, alloc::boxed::Box::new(CompiledMs(ms)));
            let Some(compiled) = magic::downcast::<CompiledMs>(ms_ref) else {
                return badarg();
            };
            Ok(select::select_chunk(
                p,
                &st,
                t.keypos,
                &compiled.0,
                ms_ref,
                tab,
                n,
                reverse,
            ))
        }
    }
}

fn select_continue(p: &mut Process, c: Term) -> BifResult {
    if c == atoms().end_of_table {
        return Ok(c);
    }
    // The table (element 1) is checked before the rest of the continuation.
    let tid = match c.as_tuple() {
        Some(es) if !es.is_empty() => es[0],
        _ => return badarg(),
    };
    let t = table(p, tid)?;
    let st = t.read(p.pid, Access::Read).map_err(|e| ets_error(p, e))?;
    let (_, cont) = Continuation::parse(c).map_err(|_| Exception::badarg())?;
    select::select_continue(p, &st, t.keypos, tid, &cont).map_err(|e| ets_error(p, e))
}

fn select1(p: &mut Process, a: A) -> BifResult {
    select_continue(p, a[0])
}
fn select2(p: &mut Process, a: A) -> BifResult {
    do_select(p, a[0], a[1], None, false)
}
fn select3(p: &mut Process, a: A) -> BifResult {
    do_select(p, a[0], a[1], Some(a[2]), false)
}
fn select_reverse2(p: &mut Process, a: A) -> BifResult {
    do_select(p, a[0], a[1], None, true)
}
fn select_reverse3(p: &mut Process, a: A) -> BifResult {
    do_select(p, a[0], a[1], Some(a[2]), true)
}

fn match2(p: &mut Process, a: A) -> BifResult {
    table(p, a[0])?;
    let ms = pattern_ms(p, a[1], false);
    do_select(p, a[0], ms, None, false)
}
fn match3(p: &mut Process, a: A) -> BifResult {
    table(p, a[0])?;
    let ms = pattern_ms(p, a[1], false);
    do_select(p, a[0], ms, Some(a[2]), false)
}
fn match_object2(p: &mut Process, a: A) -> BifResult {
    table(p, a[0])?;
    let ms = pattern_ms(p, a[1], true);
    do_select(p, a[0], ms, None, false)
}
fn match_object3(p: &mut Process, a: A) -> BifResult {
    table(p, a[0])?;
    let ms = pattern_ms(p, a[1], true);
    do_select(p, a[0], ms, Some(a[2]), false)
}

fn select_count2(p: &mut Process, a: A) -> BifResult {
    read_table!(p, a[0], Access::Read, t, st);
    let Some(ms) = compile_ms(a[1])? else {
        return Ok(Term::small(0));
    };
    let n = select::select_count(p, &st, t.keypos, &ms);
    Ok(crate::term::make_i64(&mut p.heap, n as i64))
}

fn internal_select_delete2(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    let Some(ms) = compile_ms(a[1])? else {
        return Ok(Term::small(0));
    };
    let n = select::select_delete(p, &mut st, t.keypos, &ms);
    Ok(crate::term::make_i64(&mut p.heap, n as i64))
}

fn select_replace2(p: &mut Process, a: A) -> BifResult {
    write_table!(p, a[0], t, st);
    if t.kind == TableKind::Bag {
        return Err(ets_error(p, EtsError::TableType));
    }
    let Some(ms) = compile_ms(a[1])? else {
        return Ok(Term::small(0));
    };
    let n =
        select::select_replace(p, &mut st, t.kind, t.keypos, &ms).map_err(|e| ets_error(p, e))?;
    Ok(crate::term::make_i64(&mut p.heap, n as i64))
}

fn match_spec_compile1(p: &mut Process, a: A) -> BifResult {
    let ms = MatchSpec::compile(a[0], Dialect::Table).map_err(|_| Exception::badarg())?;
    Ok(magic::make_magic_ref(
        &mut p.heap,
        alloc::boxed::Box::new(CompiledMs(ms)),
    ))
}

fn is_compiled_ms1(_p: &mut Process, a: A) -> BifResult {
    Ok(Term::bool(magic::downcast::<CompiledMs>(a[0]).is_some()))
}

fn match_spec_run_r3(p: &mut Process, a: A) -> BifResult {
    let items = crate::bif::erlang::list_to_vec(a[0]).ok_or_else(Exception::badarg)?;
    let Some(c) = magic::downcast::<CompiledMs>(a[1]) else {
        return badarg();
    };
    let mut acc = a[2];
    for x in items {
        if let Outcome::Matched(r) = c.0.run(p, x) {
            acc = p.heap.cons(r, acc);
        }
    }
    Ok(acc)
}

/// `erlang:match_spec_test(Term, MatchSpec, table | trace)`.
fn match_spec_test3(p: &mut Process, a: A) -> BifResult {
    let at = atoms();
    let dialect = if a[2] == at.table {
        Dialect::Table
    } else if a[2] == at.trace {
        if !(a[0].is_list() || a[0].is_nil()) {
            return badarg();
        }
        Dialect::Trace
    } else {
        return badarg();
    };
    let spec = match MatchSpec::compile(a[1], dialect) {
        Ok(s) => s,
        Err(errors) => {
            let mut items = Vec::new();
            for e in errors {
                let kind = if e.warning {
                    at.warning
                } else {
                    Term::atom(crate::atom::ERROR)
                };
                let s = crate::bif::erlang::string_to_list(p, &e.message);
                items.push(p.heap.tuple(&[kind, s]));
            }
            let l = p.heap.list(&items);
            return Ok(p.heap.tuple(&[Term::atom(crate::atom::ERROR), l]));
        }
    };
    let mut fx = TraceEffects::default();
    let r = match spec.run_with(p, a[0], &mut fx) {
        Outcome::Matched(r) => r,
        Outcome::NoMatch => Term::FALSE,
    };
    let flags = if fx.return_trace {
        p.heap.list(&[at.return_trace])
    } else {
        Term::NIL
    };
    Ok(p.heap.tuple(&[Term::OK, r, flags, Term::NIL]))
}

// ---- information ----

/// One `ets:info/2` item; `id` is the table's id, found before the table was locked (the
/// registry's lock is never taken while holding a table's).
fn info_item(
    p: &mut Process,
    t: &Table,
    st: &TableState,
    id: Option<Term>,
    item: Term,
) -> Option<Term> {
    let at = atoms();
    Some(match item {
        x if x == at.id => id?,
        x if x == at.name => Term::atom(st.name),
        x if x == at.named_table => Term::bool(t.named),
        x if x == at.type_ => t.kind.atom(),
        x if x == at.keypos => Term::small(t.keypos as i64),
        x if x == at.protection => st.protection.atom(),
        x if x == at.owner => st.owner,
        x if x == at.heir => match &st.heir {
            Some((pid, _)) => *pid,
            None => at.none,
        },
        x if x == at.size => Term::small(st.size() as i64),
        x if x == at.memory => Term::small(t.memory_words(st) as i64),
        x if x == at.node => Term::atom(crate::atom::NONODE),
        x if x == at.compressed => Term::bool(t.compressed),
        x if x == at.decentralized_counters => Term::bool(t.decentralized_counters),
        x if x == at.read_concurrency => Term::bool(t.read_concurrency),
        x if x == at.write_concurrency => match t.write_concurrency {
            ets::WriteConcurrency::Off => Term::FALSE,
            ets::WriteConcurrency::On => Term::TRUE,
            ets::WriteConcurrency::Auto => at.auto,
        },
        x if x == at.fixed => Term::bool(st.is_fixed()),
        x if x == at.safe_fixed || x == at.safe_fixed_monotonic_time => {
            let Some((mono, sys)) = st.fixed_at else {
                return Some(Term::FALSE);
            };
            let when = if x == at.safe_fixed {
                let us = sys / 1000;
                let (mega, rest) = (us / 1_000_000_000_000, us % 1_000_000_000_000);
                p.heap.tuple(&[
                    Term::small(mega as i64),
                    Term::small((rest / 1_000_000) as i64),
                    Term::small((rest % 1_000_000) as i64),
                ])
            } else {
                crate::term::make_i64(&mut p.heap, mono as i64)
            };
            let mut fixers = Vec::new();
            for &(pid, n) in &st.fixations {
                let c = crate::term::make_u64(&mut p.heap, n);
                fixers.push(p.heap.tuple(&[pid, c]));
            }
            let l = p.heap.list(&fixers);
            p.heap.tuple(&[when, l])
        }
        x if x == at.stats => match &st.store {
            Store::Hash(h) => {
                let (n, avg, std, exp, min, max, kept) = h.stats();
                let locks = if t.write_concurrency == ets::WriteConcurrency::Off {
                    1
                } else {
                    64
                };
                let fa = p.heap.float(avg);
                let fs = p.heap.float(std);
                let fe = p.heap.float(exp);
                p.heap.tuple(&[
                    Term::small(n as i64),
                    fa,
                    fs,
                    fe,
                    Term::small(min as i64),
                    Term::small(max as i64),
                    Term::small(kept as i64),
                    Term::small(locks),
                ])
            }
            Store::Tree(_) => {
                if t.write_concurrency == ets::WriteConcurrency::Off {
                    Term::FALSE
                } else {
                    p.heap
                        .tuple(&[Term::small(0), Term::small(1), Term::small(0)])
                }
            }
        },
        x if x == at.binary => Term::NIL,
        _ => return None,
    })
}

fn info1(p: &mut Process, a: A) -> BifResult {
    let t = match ets::resolve(a[0]) {
        Ok(t) => t,
        Err(EtsError::Id) => return Ok(Term::UNDEFINED),
        Err(e) => return Err(ets_error(p, e)),
    };
    let id = t.id_term(&mut p.heap);
    let Ok(st) = t.read(p.pid, Access::Info) else {
        return Ok(Term::UNDEFINED);
    };
    let at = atoms();
    let items = [
        at.id,
        at.decentralized_counters,
        at.read_concurrency,
        at.write_concurrency,
        at.compressed,
        at.memory,
        at.owner,
        at.heir,
        at.name,
        at.size,
        at.node,
        at.named_table,
        at.type_,
        at.keypos,
        at.protection,
    ];
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let Some(v) = info_item(p, &t, &st, id, it) else {
            return Ok(Term::UNDEFINED);
        };
        out.push(p.heap.tuple(&[it, v]));
    }
    Ok(p.heap.list(&out))
}

fn info2(p: &mut Process, a: A) -> BifResult {
    let t = match ets::resolve(a[0]) {
        Ok(t) => t,
        Err(EtsError::Id) => return Ok(Term::UNDEFINED),
        Err(e) => return Err(ets_error(p, e)),
    };
    let id = if a[1] == atoms().id {
        t.id_term(&mut p.heap)
    } else {
        None
    };
    let Ok(st) = t.read(p.pid, Access::Info) else {
        return Ok(Term::UNDEFINED);
    };
    match info_item(p, &t, &st, id, a[1]) {
        Some(v) => Ok(v),
        None => badarg(),
    }
}

pub static BIFS: &[BifDef] = crate::bif_table! { "ets";
    "new", 2 => new2;
    "delete", 1 => delete1;
    "delete", 2 => delete2;
    "delete_object", 2 => delete_object2;
    "internal_delete_all", 2 => internal_delete_all2;
    "internal_select_delete", 2 => internal_select_delete2;
    "internal_request_all", 0 => internal_request_all0;
    "insert", 2 => insert2;
    "insert_new", 2 => insert_new2;
    "lookup", 2 => lookup2;
    "lookup_element", 3 => lookup_element3;
    "member", 2 => member2;
    "take", 2 => take2;
    "update_counter", 3 => update_counter3;
    "update_counter", 4 => update_counter4;
    "update_element", 3 => update_element3;
    "first", 1 => first1;
    "last", 1 => last1;
    "next", 2 => next2;
    "prev", 2 => prev2;
    "slot", 2 => slot2;
    "match", 1 => select1;
    "match", 2 => match2;
    "match", 3 => match3;
    "match_object", 1 => select1;
    "match_object", 2 => match_object2;
    "match_object", 3 => match_object3;
    "select", 1 => select1;
    "select", 2 => select2;
    "select", 3 => select3;
    "select_reverse", 1 => select1;
    "select_reverse", 2 => select_reverse2;
    "select_reverse", 3 => select_reverse3;
    "select_count", 2 => select_count2;
    "select_replace", 2 => select_replace2;
    "match_spec_compile", 1 => match_spec_compile1;
    "match_spec_run_r", 3 => match_spec_run_r3;
    "is_compiled_ms", 1 => is_compiled_ms1;
    "info", 1 => info1;
    "info", 2 => info2;
    "whereis", 1 => whereis1;
    "rename", 2 => rename2;
    "give_away", 3 => give_away3;
    "setopts", 2 => setopts2;
    "safe_fixtable", 2 => safe_fixtable2;
};

pub static ERLANG_BIFS: &[BifDef] = crate::bif_table! { "erlang";
    "match_spec_test", 3 => match_spec_test3;
};
