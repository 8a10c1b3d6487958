//! Match specifications: compiling `[{Head, Guards, Body}]` into a program and running it.
//!
//! The engine knows nothing of tables: ETS runs it over stored objects, `ets:match_spec_run`
//! and `erlang:match_spec_test` over heap terms, and tracing can run the `Trace` dialect over
//! argument lists.
//!
//! Terms a program reads may be stored terms (ETS objects, literal-marked): the engine never
//! writes into them, and every value it puts into a result (constructed tuples, lists, maps,
//! the returned value) is first copied onto the process heap if it is not already there
//! (`materialize`).

use super::atoms::atoms;
use crate::atom::{self, Atom};
use crate::bif::erlang::list_to_vec;
use crate::bif::BifDef;
use crate::exception::Exception;
use crate::process::Process;
use crate::term::compare::exact_eq;
use crate::term::copy::{copy_to_heap_with, Literals, OwnedTerm};
use crate::term::Term;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Which language the specification is written in.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Dialect {
    /// ETS: heads match objects (tuples), bodies compute results.
    Table,
    /// Tracing: heads match argument lists, bodies may use the trace actions.
    Trace,
}

/// One error (or warning) found compiling a specification, with OTP's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MsError {
    pub warning: bool,
    pub message: String,
}

impl MsError {
    fn error(message: String) -> MsError {
        MsError {
            warning: false,
            message,
        }
    }
}

/// A head pattern.
#[derive(Debug)]
enum Pat {
    /// `'_'`.
    Any,
    /// First occurrence of a variable: binds it.
    Bind(usize),
    /// A later occurrence: the value must be exactly equal to the bound one.
    Check(usize),
    /// A term without variables, compared with `=:=`.
    Const(Term),
    Tuple(Box<[Pat]>),
    Cons(Box<Pat>, Box<Pat>),
    /// A map pattern: the map must have these keys (constants), with matching values.
    Map(Box<[(Term, Pat)]>),
}

/// The trace-only body actions.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TraceFn {
    Message,
    ReturnTrace,
    ExceptionTrace,
    ProcessDump,
    EnableTrace,
    DisableTrace,
    Trace,
    Display,
    Caller,
    CallerLine,
    CurrentStacktrace,
    Silent,
    SetSeqToken,
    GetSeqToken,
    IsSeqTrace,
    GetTcw,
    SetTcw,
}

/// A guard or body expression.
enum Expr {
    Const(Term),
    Var(usize),
    /// `'$_'`.
    Whole,
    /// `'$$'`.
    AllVars,
    Tuple(Box<[Expr]>),
    Cons(Box<Expr>, Box<Expr>),
    Map(Box<[(Expr, Expr)]>),
    Call(&'static BifDef, Box<[Expr]>),
    IsRecord(Box<[Expr]>),
    And(Box<[Expr]>),
    Or(Box<[Expr]>),
    AndAlso(Box<[Expr]>),
    OrElse(Box<[Expr]>),
    SelfPid,
    Trace(TraceFn, Box<[Expr]>),
}

struct Clause {
    head: Pat,
    /// The head as written (for key analysis), a stored term.
    head_term: Term,
    nvars: usize,
    guards: Vec<Expr>,
    body: Vec<Expr>,
}

/// A compiled match specification.
pub struct MatchSpec {
    clauses: Vec<Clause>,
    dialect: Dialect,
    /// The specification as given; constants in the program point into it.
    source: OwnedTerm,
    /// Every clause's body is exactly `['$_']`.
    all_objects: bool,
}

impl core::fmt::Debug for MatchSpec {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "MatchSpec({:?})", self.source)
    }
}

/// What running a specification on one term gave.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No clause matched (head or guards failed).
    NoMatch,
    /// A clause matched; the body's value, on the process heap (`'EXIT'` if it raised).
    Matched(Term),
}

/// Effects of the trace-only actions during one run.
#[derive(Clone, Debug, Default)]
pub struct TraceEffects {
    /// `message(X)`: the trace message's extra term (`false` suppresses the message).
    pub message: Option<Term>,
    pub return_trace: bool,
    pub exception_trace: bool,
    pub silent: Option<bool>,
}

/// Parses `'$N'` as OTP does: digits without a leading zero (or `'$0'`), the number
/// computed in a wrapping C `int`, a variable only if not negative.
pub fn variable_number(t: Term) -> Option<usize> {
    let a = t.as_atom()?;
    let b = a.name().as_bytes();
    if b.len() < 2 || b[0] != b'$' {
        return None;
    }
    let digits = &b[1..];
    if digits[0] == b'0' {
        return if digits.len() == 1 { Some(0) } else { None };
    }
    let mut n: i32 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n.wrapping_mul(10).wrapping_add(i32::from(d - b'0'));
    }
    usize::try_from(n).ok()
}

/// A term as OTP's `erts_printf` `%T` writes it in these messages: like `~w`, except that
/// reserved words are not quoted and lists of printable characters are strings.
fn term_text(t: Term) -> String {
    let mut out = String::new();
    write_erts(&mut out, t, 0);
    out
}

fn write_erts(out: &mut String, t: Term, depth: usize) {
    use crate::term::print;
    if depth > 100 {
        out.push_str("...");
        return;
    }
    if let Some(a) = t.as_atom() {
        let name = a.name();
        let plain = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@');
        if plain {
            out.push_str(name);
        } else {
            print::write_atom(out, name);
        }
        return;
    }
    if let Some(es) = t.as_tuple() {
        out.push('{');
        for (i, &e) in es.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_erts(out, e, depth + 1);
        }
        out.push('}');
        return;
    }
    if t.is_list() {
        if let Some(items) = list_to_vec(t) {
            let printable = items
                .iter()
                .all(|c| c.as_small().is_some_and(|c| (32..=126).contains(&c)));
            if printable {
                out.push('"');
                for c in items {
                    let ch = c.small_value() as u8 as char;
                    if ch == '"' || ch == '\\' {
                        out.push('\\');
                    }
                    out.push(ch);
                }
                out.push('"');
                return;
            }
        }
        out.push('[');
        let mut l = t;
        let mut first = true;
        while let Some((h, tl)) = l.as_cons() {
            if !first {
                out.push(',');
            }
            first = false;
            write_erts(out, h, depth + 1);
            l = tl;
        }
        if !l.is_nil() {
            out.push('|');
            write_erts(out, l, depth + 1);
        }
        out.push(']');
        return;
    }
    print::write_term(out, t);
}

/// Whether `found` holds for `t` or for a term inside it (list cells, tuple elements, map keys
/// and values). The walk does not look inside a term `found` holds for.
fn any_part(t: Term, found: impl Fn(Term) -> bool) -> bool {
    let mut work = alloc::vec![t];
    while let Some(x) = work.pop() {
        if found(x) {
            return true;
        }
        if let Some((h, tl)) = x.as_cons() {
            work.push(h);
            work.push(tl);
        } else if let Some(es) = x.as_tuple() {
            work.extend_from_slice(es);
        } else if x.is_map() {
            for (k, v) in crate::map::iter(x) {
                work.push(k);
                work.push(v);
            }
        }
    }
    false
}

fn is_variable(t: Term) -> bool {
    variable_number(t).is_some()
}

fn is_variable_or_underscore(t: Term) -> bool {
    t == atoms().underscore || is_variable(t)
}

/// Whether a term (a head part) contains a variable or `'_'`.
fn has_variable(t: Term) -> bool {
    any_part(t, is_variable_or_underscore)
}

struct Compiler {
    dialect: Dialect,
    errors: Vec<MsError>,
    /// Variable number -> slot, for the clause being compiled.
    slots: BTreeMap<usize, usize>,
    bound: Vec<bool>,
    in_guard: bool,
}

impl Compiler {
    fn err(&mut self, m: String) {
        self.errors.push(MsError::error(m));
    }

    /// Collects the variables of a head (sorted, so `'$$'` lists them by number).
    fn collect_vars(&mut self, t: Term) {
        let mut nums: Vec<usize> = Vec::new();
        let mut work = alloc::vec![t];
        while let Some(x) = work.pop() {
            if let Some(n) = variable_number(x) {
                nums.push(n);
            } else if let Some((h, tl)) = x.as_cons() {
                work.push(h);
                work.push(tl);
            } else if let Some(es) = x.as_tuple() {
                work.extend_from_slice(es);
            } else if x.is_map() {
                for (_, v) in crate::map::iter(x) {
                    work.push(v);
                }
            }
        }
        nums.sort_unstable();
        nums.dedup();
        self.slots = nums.iter().enumerate().map(|(i, &n)| (n, i)).collect();
        self.bound = alloc::vec![false; nums.len()];
    }

    fn pattern(&mut self, t: Term) -> Pat {
        let a = atoms();
        if t == a.underscore {
            return Pat::Any;
        }
        if let Some(n) = variable_number(t) {
            let slot = self.slots.get(&n).copied().unwrap_or(0);
            if let Some(b) = self.bound.get_mut(slot) {
                if *b {
                    return Pat::Check(slot);
                }
                *b = true;
            }
            return Pat::Bind(slot);
        }
        if let Some(es) = t.as_tuple() {
            if !needs_structure(t) {
                return Pat::Const(t);
            }
            return Pat::Tuple(es.iter().map(|&e| self.pattern(e)).collect());
        }
        if let Some((h, tl)) = t.as_cons() {
            if !needs_structure(t) {
                return Pat::Const(t);
            }
            let hp = self.pattern(h);
            let tp = self.pattern(tl);
            return Pat::Cons(Box::new(hp), Box::new(tp));
        }
        if t.is_map() {
            let mut pairs = Vec::new();
            for (k, v) in crate::map::iter(t) {
                if any_part(k, is_variable) {
                    self.err(String::from("Variable found in map key."));
                }
                pairs.push((k, self.pattern(v)));
            }
            return Pat::Map(pairs.into_boxed_slice());
        }
        Pat::Const(t)
    }

    fn variable(&mut self, n: usize) -> Expr {
        match self.slots.get(&n) {
            Some(&s) => Expr::Var(s),
            None => {
                self.err(format!("Variable ${} is unbound.", n));
                Expr::Const(Term::NIL)
            }
        }
    }

    /// Whether an expression is a constant (no variables, no calls): such subterms are kept
    /// as they are.
    fn expr(&mut self, t: Term) -> Expr {
        let a = atoms();
        if t.is_atom() {
            if let Some(n) = variable_number(t) {
                return self.variable(n);
            }
            if t == a.dollar_underscore {
                return Expr::Whole;
            }
            if t == a.dollar_dollar {
                return Expr::AllVars;
            }
            return Expr::Const(t);
        }
        if let Some((h, tl)) = t.as_cons() {
            let he = self.expr(h);
            let te = self.expr(tl);
            return match (&he, &te) {
                (Expr::Const(_), Expr::Const(_)) if !has_expr_parts(t) => Expr::Const(t),
                _ => Expr::Cons(Box::new(he), Box::new(te)),
            };
        }
        if t.is_map() {
            // OTP compiles the values, then the keys, each last to first.
            let pairs_in = crate::map::to_vec(t);
            let mut vals: Vec<Expr> = pairs_in.iter().rev().map(|&(_, v)| self.expr(v)).collect();
            let mut keys: Vec<Expr> = pairs_in.iter().rev().map(|&(k, _)| self.expr(k)).collect();
            vals.reverse();
            keys.reverse();
            if !has_expr_parts(t) {
                return Expr::Const(t);
            }
            let pairs: Vec<(Expr, Expr)> = keys.into_iter().zip(vals).collect();
            return Expr::Map(pairs.into_boxed_slice());
        }
        let Some(es) = t.as_tuple() else {
            return Expr::Const(t);
        };
        if es.len() == 1 && es[0].is_tuple() {
            let inner = es[0].tuple_elems();
            let mut parts: Vec<Expr> = inner.iter().rev().map(|&e| self.expr(e)).collect();
            parts.reverse();
            return Expr::Tuple(parts.into_boxed_slice());
        }
        if !es.is_empty() && es[0].is_atom() && variable_number(es[0]).is_none() {
            return self.call(t, es);
        }
        self.err(format!(
            "{} is neither a function call, nor a tuple (tuples are written {{{{ ... }}}}).",
            term_text(t)
        ));
        Expr::Const(Term::NIL)
    }

    /// Compiles call arguments last to first, as OTP does (so errors come in its order).
    fn args(&mut self, es: &[Term]) -> Box<[Expr]> {
        let mut v: Vec<Expr> = es[1..].iter().rev().map(|&e| self.expr(e)).collect();
        v.reverse();
        v.into_boxed_slice()
    }

    fn trace_form(
        &mut self,
        t: Term,
        es: &[Term],
        f: TraceFn,
        name: &str,
        arities: &[usize],
    ) -> Expr {
        let n = es.len() - 1;
        if self.dialect != Dialect::Trace {
            self.err(format!("Special form '{}' used in wrong dialect.", name));
            return Expr::Const(Term::NIL);
        }
        let guard_ok = matches!(f, TraceFn::IsSeqTrace | TraceFn::GetTcw);
        if self.in_guard && !guard_ok {
            self.err(format!("Special form '{}' called in guard context.", name));
            return Expr::Const(Term::NIL);
        }
        if !arities.contains(&n) {
            if arities == [0] {
                self.err(format!(
                    "Special form '{}' called with arguments in {}.",
                    name,
                    term_text(t)
                ));
            } else {
                self.err(format!(
                    "Special form '{}' called with wrong number of arguments in {}.",
                    name,
                    term_text(t)
                ));
            }
            return Expr::Const(Term::NIL);
        }
        Expr::Trace(f, self.args(es))
    }

    fn call(&mut self, t: Term, es: &[Term]) -> Expr {
        let a = atoms();
        let f = es[0];
        let n = es.len() - 1;
        if f == a.const_ {
            if n != 1 {
                self.err(format!(
                    "Special form 'const' called with more than one argument in {}.",
                    term_text(t)
                ));
                return Expr::Const(Term::NIL);
            }
            return Expr::Const(es[1]);
        }
        let logic = [
            (a.and, "and"),
            (a.or, "or"),
            (a.andalso, "andalso"),
            (a.andthen, "andalso"),
            (a.orelse, "orelse"),
        ];
        for (atom_t, name) in logic {
            if f == atom_t {
                if n == 0 {
                    let label = if f == a.andalso || f == a.andthen {
                        "andalso"
                    } else {
                        name
                    };
                    self.err(format!(
                        "Special form '{}' called without arguments in {}.",
                        label,
                        term_text(t)
                    ));
                    return Expr::Const(Term::NIL);
                }
                // and/or compile their arguments last to first, andalso/orelse in order.
                let args = if f == a.and || f == a.or {
                    self.args(es)
                } else {
                    es[1..].iter().map(|&e| self.expr(e)).collect()
                };
                return if f == a.and {
                    Expr::And(args)
                } else if f == a.or {
                    Expr::Or(args)
                } else if f == a.orelse {
                    Expr::OrElse(args)
                } else {
                    Expr::AndAlso(args)
                };
            }
        }
        if f == a.self_ {
            if n != 0 {
                self.err(format!(
                    "Special form 'self' called with arguments in {}.",
                    term_text(t)
                ));
                return Expr::Const(Term::NIL);
            }
            return Expr::SelfPid;
        }
        let traces: [(Term, TraceFn, &str, &[usize]); 15] = [
            (a.message, TraceFn::Message, "message", &[1]),
            (a.return_trace, TraceFn::ReturnTrace, "return_trace", &[0]),
            (
                a.exception_trace,
                TraceFn::ExceptionTrace,
                "exception_trace",
                &[0],
            ),
            (a.process_dump, TraceFn::ProcessDump, "process_dump", &[0]),
            (
                a.enable_trace,
                TraceFn::EnableTrace,
                "enable_trace",
                &[1, 2],
            ),
            (
                a.disable_trace,
                TraceFn::DisableTrace,
                "disable_trace",
                &[1, 2],
            ),
            (a.trace, TraceFn::Trace, "trace", &[2, 3]),
            (a.display, TraceFn::Display, "display", &[1]),
            (a.caller, TraceFn::Caller, "caller", &[0]),
            (a.caller_line, TraceFn::CallerLine, "caller_line", &[0]),
            (
                a.current_stacktrace,
                TraceFn::CurrentStacktrace,
                "current_stacktrace",
                &[0, 1],
            ),
            (a.silent, TraceFn::Silent, "silent", &[1]),
            (a.set_seq_token, TraceFn::SetSeqToken, "set_seq_token", &[2]),
            (a.get_seq_token, TraceFn::GetSeqToken, "get_seq_token", &[0]),
            (a.is_seq_trace, TraceFn::IsSeqTrace, "is_seq_trace", &[0]),
        ];
        for (atom_t, tf, name, arities) in traces {
            if f == atom_t {
                return self.trace_form(t, es, tf, name, arities);
            }
        }
        // The trace control word functions are ordinary functions of the trace dialect.
        if (f == a.get_tcw && n == 0) || (f == a.set_tcw && n == 1) {
            let allowed = self.dialect == Dialect::Trace && !(f == a.set_tcw && self.in_guard);
            if !allowed {
                self.err(format!(
                    "Function {}/{} cannot be called in this context.",
                    term_text(f),
                    n
                ));
                return Expr::Const(Term::NIL);
            }
            let tf = if f == a.get_tcw {
                TraceFn::GetTcw
            } else {
                TraceFn::SetTcw
            };
            return Expr::Trace(tf, self.args(es));
        }
        if f == a.is_record && n == 3 {
            return Expr::IsRecord(self.args(es));
        }
        match guard_bif(f.atom_value(), n) {
            Some(def) => Expr::Call(def, self.args(es)),
            None => {
                self.err(format!("Function {}/{} does_not_exist.", term_text(f), n));
                Expr::Const(Term::NIL)
            }
        }
    }

    /// A list of guard or body expressions.
    fn expr_list(&mut self, l: Term) -> Option<Vec<Expr>> {
        if l.is_nil() {
            return Some(Vec::new());
        }
        if !l.is_list() {
            self.err(String::from("Match expression is not a list."));
            return None;
        }
        let mut out = Vec::new();
        let mut cur = l;
        while let Some((h, tl)) = cur.as_cons() {
            out.push(self.expr(h));
            cur = tl;
        }
        if !cur.is_nil() {
            self.err(String::from("Match expression is not a proper list."));
            return None;
        }
        Some(out)
    }
}

/// Whether a head part must be matched piece by piece: it has variables, `'_'` or maps
/// (a map in a head matches any map with at least its keys).
fn needs_structure(t: Term) -> bool {
    any_part(t, |x| x.is_map() || is_variable_or_underscore(x))
}

/// Whether an expression term has parts that are not literal data (tuples must be written
/// `{{...}}` or `{const, ...}`; a nested tuple in a constant list is an error OTP reports,
/// and `'$_'`/`'$$'` are special).
fn has_expr_parts(t: Term) -> bool {
    let a = atoms();
    any_part(t, |x| {
        x.is_tuple() || x == a.dollar_underscore || x == a.dollar_dollar || is_variable(x)
    })
}

/// The guard functions OTP 25 allows in match specifications (apart from the special forms).
const GUARD_FUNCTIONS: &[(&str, usize)] = &[
    ("is_atom", 1),
    ("is_float", 1),
    ("is_integer", 1),
    ("is_list", 1),
    ("is_number", 1),
    ("is_pid", 1),
    ("is_port", 1),
    ("is_reference", 1),
    ("is_tuple", 1),
    ("is_map", 1),
    ("is_map_key", 2),
    ("is_binary", 1),
    ("is_function", 1),
    ("abs", 1),
    ("element", 2),
    ("hd", 1),
    ("length", 1),
    ("map_get", 2),
    ("map_size", 1),
    ("node", 0),
    ("node", 1),
    ("round", 1),
    ("size", 1),
    ("bit_size", 1),
    ("byte_size", 1),
    ("tl", 1),
    ("trunc", 1),
    ("float", 1),
    ("binary_part", 2),
    ("binary_part", 3),
    ("+", 1),
    ("-", 1),
    ("+", 2),
    ("-", 2),
    ("*", 2),
    ("/", 2),
    ("div", 2),
    ("rem", 2),
    ("band", 2),
    ("bor", 2),
    ("bxor", 2),
    ("bnot", 1),
    ("bsl", 2),
    ("bsr", 2),
    (">", 2),
    (">=", 2),
    ("<", 2),
    ("=<", 2),
    ("=:=", 2),
    ("==", 2),
    ("=/=", 2),
    ("/=", 2),
    ("not", 1),
    ("xor", 2),
];

fn guard_bif(f: Atom, n: usize) -> Option<&'static BifDef> {
    let name = f.name();
    if !GUARD_FUNCTIONS.iter().any(|&(g, a)| g == name && a == n) {
        return None;
    }
    crate::bif::lookup(atom::ERLANG, f, n as u32)
}

impl MatchSpec {
    /// Compiles `ms`. On failure, every error found (OTP's texts, as `erlang:match_spec_test`
    /// reports them).
    pub fn compile(ms: Term, dialect: Dialect) -> Result<MatchSpec, Vec<MsError>> {
        if !ms.is_list() {
            return Err(alloc::vec![MsError::error(String::from(
                "Match programs are not in a list."
            ))]);
        }
        let source = OwnedTerm::new(ms);
        let items = match list_to_vec(source.term()) {
            Some(v) => v,
            None => {
                return Err(alloc::vec![MsError::error(String::from(
                    "Match programs are not in a proper list."
                ))])
            }
        };
        let mut c = Compiler {
            dialect,
            errors: Vec::new(),
            slots: BTreeMap::new(),
            bound: Vec::new(),
            in_guard: false,
        };
        let a = atoms();
        let mut clauses = Vec::with_capacity(items.len());
        let mut all_objects = true;
        for item in items {
            let parts = match item.as_tuple() {
                Some(p) if p.len() == 3 => p,
                _ => {
                    return Err(alloc::vec![MsError::error(String::from(
                        "Match program part is not a tuple of arity 3."
                    ))]);
                }
            };
            let (head_t, guard_t, body_t) = (parts[0], parts[1], parts[2]);
            if dialect == Dialect::Trace
                && !(head_t.is_list() || head_t.is_nil())
                && head_t != a.underscore
                && variable_number(head_t).is_none()
            {
                // A trace head is an argument list; anything else never matches.
            }
            c.collect_vars(head_t);
            let head = c.pattern(head_t);
            c.in_guard = true;
            let guards = c.expr_list(guard_t);
            c.in_guard = false;
            // A body that is not a list returns nothing.
            let body = if body_t.is_list() || body_t.is_nil() {
                c.expr_list(body_t)
            } else {
                Some(Vec::new())
            };
            let (Some(guards), Some(body)) = (guards, body) else {
                break;
            };
            if body.is_empty() && dialect == Dialect::Table {
                c.err(String::from("Body clause does not return anything."));
            }
            if !(body.len() == 1 && matches!(body[0], Expr::Whole)) {
                all_objects = false;
            }
            clauses.push(Clause {
                head,
                head_term: head_t,
                nvars: c.slots.len(),
                guards,
                body,
            });
            // OTP stops at the first clause with errors.
            if !c.errors.is_empty() {
                break;
            }
        }
        if !c.errors.is_empty() {
            return Err(c.errors);
        }
        Ok(MatchSpec {
            clauses,
            dialect,
            source,
            all_objects,
        })
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The specification as given (a stored term).
    pub fn source(&self) -> Term {
        self.source.term()
    }

    /// Whether every clause returns the whole object (`['$_']`).
    pub fn returns_objects(&self) -> bool {
        self.all_objects
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// For tables: the keys this specification can match, if every clause binds the key
    /// (element `keypos` of a tuple head) to a constant; `None` when some clause may match
    /// any key. The keys are stored terms, valid as long as the specification.
    pub fn bound_keys(&self, keypos: usize) -> Option<Vec<Term>> {
        let mut keys = Vec::new();
        for c in &self.clauses {
            let es = c.head_term.as_tuple()?;
            let k = *es.get(keypos.checked_sub(1)?)?;
            if has_variable(k) {
                return None;
            }
            keys.push(k);
        }
        Some(keys)
    }

    /// For an ordered table: a constant key prefix, when every clause's key is a tuple
    /// pattern (or constant) whose value is bounded. Not used yet beyond `bound_keys`.
    ///
    /// Runs the specification on `obj` (Table dialect).
    pub fn run(&self, p: &mut Process, obj: Term) -> Outcome {
        let mut fx = TraceEffects::default();
        self.run_with(p, obj, &mut fx)
    }

    /// Runs the specification on `obj` (a tuple of arguments for the Trace dialect),
    /// recording trace actions in `fx`.
    pub fn run_with(&self, p: &mut Process, obj: Term, fx: &mut TraceEffects) -> Outcome {
        let mut vars: Vec<Term> = Vec::new();
        for c in &self.clauses {
            vars.clear();
            vars.resize(c.nvars, Term::NIL);
            if !match_pat(&c.head, obj, &mut vars) {
                continue;
            }
            let mut ctx = Ctx {
                p: &mut *p,
                vars: &vars,
                obj,
                fx: &mut *fx,
            };
            let mut ok = true;
            for g in &c.guards {
                match ctx.eval(g) {
                    Ok(v) if v == Term::TRUE => {}
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            return Outcome::Matched(self.body(c, &mut ctx));
        }
        Outcome::NoMatch
    }

    fn body(&self, c: &Clause, ctx: &mut Ctx<'_>) -> Term {
        let a = atoms();
        match self.dialect {
            Dialect::Table => {
                // Only the last expression's value is used; the others have no effects.
                let Some(last) = c.body.last() else {
                    return a.exit_upper;
                };
                match ctx.eval(last) {
                    Ok(v) => materialize(ctx.p, v),
                    Err(_) => a.exit_upper,
                }
            }
            Dialect::Trace => {
                for e in c.body.iter() {
                    if ctx.eval(e).is_err() {
                        break;
                    }
                }
                match ctx.fx.message {
                    Some(m) => m,
                    None => Term::TRUE,
                }
            }
        }
    }
}

/// Matches `t` against `pat`, binding variables.
fn match_pat(pat: &Pat, t: Term, vars: &mut [Term]) -> bool {
    let mut work: Vec<(&Pat, Term)> = alloc::vec![(pat, t)];
    while let Some((p, t)) = work.pop() {
        match p {
            Pat::Any => {}
            Pat::Bind(s) => {
                if let Some(v) = vars.get_mut(*s) {
                    *v = t;
                }
            }
            Pat::Check(s) => {
                if !vars.get(*s).is_some_and(|&v| exact_eq(v, t)) {
                    return false;
                }
            }
            Pat::Const(c) => {
                if !exact_eq(*c, t) {
                    return false;
                }
            }
            Pat::Tuple(ps) => match t.as_tuple() {
                Some(es) if es.len() == ps.len() => {
                    for (pp, &e) in ps.iter().zip(es.iter()).rev() {
                        work.push((pp, e));
                    }
                }
                _ => return false,
            },
            Pat::Cons(h, tl) => match t.as_cons() {
                Some((x, y)) => {
                    work.push((tl, y));
                    work.push((h, x));
                }
                None => return false,
            },
            Pat::Map(pairs) => {
                if !t.is_map() {
                    return false;
                }
                for (k, vp) in pairs.iter().rev() {
                    match crate::map::get(t, *k) {
                        Some(v) => work.push((vp, v)),
                        None => return false,
                    }
                }
            }
        }
    }
    true
}

/// Copies `v` onto the process heap if it lives in storage (or a literal area).
fn materialize(p: &mut Process, v: Term) -> Term {
    if v.is_literal_ptr() {
        copy_to_heap_with(&mut p.heap, v, Literals::Copy)
    } else {
        v
    }
}

struct Ctx<'a> {
    p: &'a mut Process,
    vars: &'a [Term],
    obj: Term,
    fx: &'a mut TraceEffects,
}

type EvalResult = Result<Term, Exception>;

impl Ctx<'_> {
    fn eval(&mut self, e: &Expr) -> EvalResult {
        Ok(match e {
            Expr::Const(t) => *t,
            Expr::Var(s) => self.vars.get(*s).copied().unwrap_or(Term::NIL),
            Expr::Whole => self.obj,
            Expr::AllVars => {
                let vs: Vec<Term> = self.vars.to_vec();
                let mut out = Vec::with_capacity(vs.len());
                for v in vs {
                    out.push(materialize(self.p, v));
                }
                self.p.heap.list(&out)
            }
            Expr::Tuple(es) => {
                let mut out = Vec::with_capacity(es.len());
                for x in es.iter() {
                    let v = self.eval(x)?;
                    out.push(materialize(self.p, v));
                }
                self.p.heap.tuple(&out)
            }
            Expr::Cons(h, t) => {
                let hv = self.eval(h)?;
                let tv = self.eval(t)?;
                let hv = materialize(self.p, hv);
                let tv = materialize(self.p, tv);
                self.p.heap.cons(hv, tv)
            }
            Expr::Map(pairs) => {
                let mut out = Vec::with_capacity(pairs.len());
                for (k, v) in pairs.iter() {
                    let kv = self.eval(k)?;
                    let vv = self.eval(v)?;
                    let kv = materialize(self.p, kv);
                    let vv = materialize(self.p, vv);
                    out.push((kv, vv));
                }
                crate::map::from_pairs(&mut self.p.heap, &out)
            }
            Expr::Call(def, args) => {
                let mut vals = Vec::with_capacity(args.len());
                for x in args.iter() {
                    vals.push(self.eval(x)?);
                }
                (def.f)(self.p, &vals)?
            }
            Expr::IsRecord(args) => {
                let mut vals = Vec::with_capacity(3);
                for x in args.iter() {
                    vals.push(self.eval(x)?);
                }
                let (t, tag, size) = (vals[0], vals[1], vals[2]);
                let ok = match (t.as_tuple(), size.as_small()) {
                    (Some(es), Some(n)) if tag.is_atom() => {
                        n >= 1 && es.len() == n as usize && es[0] == tag
                    }
                    (_, Some(_)) if tag.is_atom() => false,
                    _ => return Err(Exception::badarg()),
                };
                Term::bool(ok)
            }
            Expr::And(args) => self.strict_bool_op(args, Term::TRUE)?,
            Expr::Or(args) => self.strict_bool_op(args, Term::FALSE)?,
            Expr::AndAlso(args) => self.short_circuit_op(args, Term::TRUE)?,
            Expr::OrElse(args) => self.short_circuit_op(args, Term::FALSE)?,
            Expr::SelfPid => self.p.pid,
            Expr::Trace(f, args) => {
                let mut vals = Vec::with_capacity(args.len());
                for x in args.iter() {
                    let v = self.eval(x)?;
                    vals.push(materialize(self.p, v));
                }
                self.trace_action(*f, &vals)
            }
        })
    }

    /// `and` (`unit` true) and `or` (`unit` false): every argument is evaluated and must be a
    /// boolean; the answer is `unit` unless some argument is the other boolean.
    fn strict_bool_op(&mut self, args: &[Expr], unit: Term) -> EvalResult {
        let mut answer = unit;
        for x in args {
            let v = self.eval(x)?;
            if !v.is_boolean() {
                return Err(Exception::badarg());
            }
            if v != unit {
                answer = v;
            }
        }
        Ok(answer)
    }

    /// `andalso` (`unit` true) and `orelse` (`unit` false): stops at the first argument that
    /// is the other boolean. The last argument's value is the answer as it is; an earlier one
    /// that is not a boolean is badarg.
    fn short_circuit_op(&mut self, args: &[Expr], unit: Term) -> EvalResult {
        let Some((last, init)) = args.split_last() else {
            return Ok(unit);
        };
        for x in init {
            let v = self.eval(x)?;
            if !v.is_boolean() {
                return Err(Exception::badarg());
            }
            if v != unit {
                return Ok(v);
            }
        }
        self.eval(last)
    }

    /// The trace-only actions. Those that need a tracer record their effect for the caller
    /// (`message`, `return_trace`, `exception_trace`, `silent`); `display` writes to the
    /// console; the rest answer as they do when nothing is being traced.
    fn trace_action(&mut self, f: TraceFn, vals: &[Term]) -> Term {
        match f {
            TraceFn::Message => {
                self.fx.message = vals.first().copied();
                Term::TRUE
            }
            TraceFn::ReturnTrace => {
                self.fx.return_trace = true;
                Term::TRUE
            }
            TraceFn::ExceptionTrace => {
                self.fx.exception_trace = true;
                Term::TRUE
            }
            TraceFn::Silent => {
                if let Some(&v) = vals.first() {
                    if v.is_boolean() {
                        self.fx.silent = Some(v == Term::TRUE);
                    }
                }
                Term::TRUE
            }
            TraceFn::Display => {
                if let Some(&v) = vals.first() {
                    let mut s = term_text(v);
                    s.push('\n');
                    let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
                    if let Some(pl) = crate::platform::platform() {
                        pl.console_write(&bytes);
                    }
                }
                Term::TRUE
            }
            TraceFn::IsSeqTrace => Term::FALSE,
            TraceFn::GetSeqToken => Term::NIL,
            TraceFn::GetTcw => Term::small(0),
            TraceFn::SetTcw => Term::small(0),
            TraceFn::Caller | TraceFn::CallerLine => Term::UNDEFINED,
            TraceFn::CurrentStacktrace => Term::NIL,
            TraceFn::ProcessDump => crate::binary::new_binary(&mut self.p.heap, b""),
            TraceFn::EnableTrace
            | TraceFn::DisableTrace
            | TraceFn::Trace
            | TraceFn::SetSeqToken => Term::TRUE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::compare::exact_eq;

    fn atom(s: &str) -> Term {
        Term::atom(Atom::intern(s).unwrap())
    }

    #[test]
    fn variables_parse_as_otp() {
        crate::atom::init();
        assert_eq!(variable_number(atom("$0")), Some(0));
        assert_eq!(variable_number(atom("$12")), Some(12));
        assert_eq!(variable_number(atom("$01")), None);
        assert_eq!(variable_number(atom("$")), None);
        assert_eq!(variable_number(atom("$1a")), None);
        assert_eq!(variable_number(atom("$2147483648")), None);
        assert_eq!(variable_number(atom("$4294967296")), Some(0));
        assert_eq!(variable_number(atom("$_")), None);
    }

    #[test]
    fn select_like_run() {
        crate::atom::init();
        let mut p = Process::new();
        // [{{'$1','$2'}, [{'>', '$2', 1}], [{{'$2','$1'}}]}]
        let h = &mut p.heap;
        let head = h.tuple(&[atom("$1"), atom("$2")]);
        let gt = h.tuple(&[atom(">"), atom("$2"), Term::small(1)]);
        let guards = h.list(&[gt]);
        let inner = h.tuple(&[atom("$2"), atom("$1")]);
        let construct = h.tuple(&[inner]);
        let body = h.list(&[construct]);
        let clause = h.tuple(&[head, guards, body]);
        let ms = h.list(&[clause]);
        let spec = MatchSpec::compile(ms, Dialect::Table).unwrap();
        let o1 = p.heap.tuple(&[atom("a"), Term::small(5)]);
        let o2 = p.heap.tuple(&[atom("b"), Term::small(0)]);
        let Outcome::Matched(r) = spec.run(&mut p, o1) else {
            panic!("no match");
        };
        let want = p.heap.tuple(&[Term::small(5), atom("a")]);
        assert!(exact_eq(r, want));
        assert_eq!(spec.run(&mut p, o2), Outcome::NoMatch);
    }

    #[test]
    fn errors_have_otp_texts() {
        crate::atom::init();
        let mut p = Process::new();
        let h = &mut p.heap;
        let head = h.tuple(&[atom("$1")]);
        let body = h.list(&[atom("$2")]);
        let clause = h.tuple(&[head, Term::NIL, body]);
        let ms = h.list(&[clause]);
        let e = MatchSpec::compile(ms, Dialect::Table).unwrap_err();
        assert_eq!(e[0].message, "Variable $2 is unbound.");
        let e = MatchSpec::compile(atom("x"), Dialect::Table).unwrap_err();
        assert_eq!(e[0].message, "Match programs are not in a list.");
    }
}
