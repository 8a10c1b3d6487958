//! The `re` BIFs (`version/0`, `compile/1,2`, `run/2,3`, `internal_run/4`, `inspect/2`)
//! over [`crate::re`]; OTP's `re.erl` (replace, split) runs unchanged on top of them.
//!
//! A compiled pattern is `{re_pattern, Groups, Unicode, UseCRLF, Binary}` as in OTP, but the
//! binary holds this engine's form (a marker, the options and the source), not PCRE code:
//! `version/0` names this engine, so code that caches PCRE binaries by version (Elixir's
//! Regex) recompiles from source.

use crate::atom;
use crate::bif::badarg;
use crate::bif::erlang::list_to_vec;
use crate::bif::BifDef;
use crate::binary;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::re::{Captures, Flags, Newline, Regex, RunOpts};
use crate::sched::signal::atom_named;
use crate::term::Term;
use alloc::string::String;
use alloc::vec::Vec;

type A<'a> = &'a [Term];

const VERSION: &str = "BeamOS regex 1 (PCRE 8.44 syntax)";
const MARKER: &[u8] = b"BEAMOS-RE1";

fn atom_name(t: Term) -> Option<&'static str> {
    t.as_atom().map(|a| a.name())
}

/// Characters of a (possibly deep) list of code points and binaries, as UTF-8 (unicode) or
/// bytes; `None` on anything else.
fn text_bytes(t: Term, unicode: bool) -> Option<Vec<u8>> {
    if let Some(b) = binary::binary_bytes(t) {
        return Some(b.to_vec());
    }
    if !unicode {
        return crate::bif::iolist::iolist_to_bytes(t);
    }
    let mut out = Vec::new();
    let mut stack = alloc::vec![t];
    while let Some(x) = stack.pop() {
        if let Some(b) = binary::binary_bytes(x) {
            out.extend_from_slice(b);
        } else if let Some((h, tl)) = x.as_cons() {
            stack.push(tl);
            if let Some(c) = h.as_small() {
                let ch = char::from_u32(u32::try_from(c).ok()?)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            } else {
                stack.push(h);
            }
        } else if !x.is_nil() {
            return None;
        }
    }
    Some(out)
}

fn newline_opt(t: Term) -> Option<Newline> {
    Some(match atom_name(t)? {
        "lf" => Newline::Lf,
        "cr" => Newline::Cr,
        "crlf" => Newline::CrLf,
        "anycrlf" => Newline::AnyCrLf,
        "any" => Newline::Any,
        _ => return None,
    })
}

/// Applies one compile option; `false` if `t` is not one.
fn compile_opt(f: &mut Flags, t: Term) -> bool {
    if let Some(tup) = t.as_tuple() {
        if tup.len() == 2 && atom_name(tup[0]) == Some("newline") {
            if let Some(nl) = newline_opt(tup[1]) {
                f.newline = nl;
                return true;
            }
        }
        return false;
    }
    match atom_name(t) {
        Some("unicode") => f.unicode = true,
        Some("anchored") => f.anchored = true,
        Some("caseless") => f.caseless = true,
        Some("dollar_endonly") => f.dollar_endonly = true,
        Some("dotall") => f.dotall = true,
        Some("extended") => f.extended = true,
        Some("firstline") => f.firstline = true,
        Some("multiline") => f.multiline = true,
        Some("no_auto_capture") => f.no_auto_capture = true,
        Some("dupnames") => f.dupnames = true,
        Some("ungreedy") => f.ungreedy = true,
        Some("ucp") => f.ucp = true,
        Some("bsr_anycrlf" | "bsr_unicode" | "no_start_optimize" | "never_utf") => {}
        _ => return false,
    }
    true
}

fn encode_flags(f: &Flags) -> [u8; 3] {
    let bits = [
        f.caseless,
        f.multiline,
        f.dotall,
        f.extended,
        f.unicode,
        f.ucp,
        f.ungreedy,
        f.anchored,
        f.dollar_endonly,
        f.firstline,
        f.no_auto_capture,
        f.dupnames,
    ];
    let mut v: u16 = 0;
    for (i, b) in bits.iter().enumerate() {
        if *b {
            v |= 1 << i;
        }
    }
    let nl = match f.newline {
        Newline::Lf => 0,
        Newline::Cr => 1,
        Newline::CrLf => 2,
        Newline::AnyCrLf => 3,
        Newline::Any => 4,
    };
    [v as u8, (v >> 8) as u8, nl]
}

fn decode_flags(b: &[u8]) -> Option<Flags> {
    let v = u16::from(*b.first()?) | u16::from(*b.get(1)?) << 8;
    let bit = |i: u32| v & (1 << i) != 0;
    Some(Flags {
        caseless: bit(0),
        multiline: bit(1),
        dotall: bit(2),
        extended: bit(3),
        unicode: bit(4),
        ucp: bit(5),
        ungreedy: bit(6),
        anchored: bit(7),
        dollar_endonly: bit(8),
        firstline: bit(9),
        no_auto_capture: bit(10),
        dupnames: bit(11),
        newline: match b.get(2)? {
            0 => Newline::Lf,
            1 => Newline::Cr,
            2 => Newline::CrLf,
            3 => Newline::AnyCrLf,
            4 => Newline::Any,
            _ => return None,
        },
    })
}

/// A compiled pattern term back to the engine's form.
fn from_mp(t: Term) -> Option<Regex> {
    let tup = t.as_tuple()?;
    if tup.len() != 5 || atom_name(tup[0]) != Some("re_pattern") {
        return None;
    }
    let b = binary::binary_bytes(tup[4])?;
    let rest = b.strip_prefix(MARKER)?;
    let flags = decode_flags(rest)?;
    Regex::compile(&rest[3..], flags).ok()
}

fn make_mp(p: &mut Process, re: &Regex, source: &[u8]) -> Term {
    let mut b = MARKER.to_vec();
    b.extend_from_slice(&encode_flags(&re.flags));
    b.extend_from_slice(source);
    let bin = binary::new_binary(&mut p.heap, &b);
    let crlf = matches!(
        re.flags.newline,
        Newline::CrLf | Newline::AnyCrLf | Newline::Any
    );
    p.heap.tuple(&[
        atom_named("re_pattern"),
        Term::small(re.groups as i64),
        Term::small(i64::from(re.flags.unicode)),
        Term::small(i64::from(crlf)),
        bin,
    ])
}

fn compile_error(p: &mut Process, e: &crate::re::CompileError) -> Term {
    let msg: Vec<Term> = e
        .message
        .bytes()
        .map(|c| Term::small(i64::from(c)))
        .collect();
    let msg = p.heap.list(&msg);
    p.heap.tuple(&[msg, Term::small(e.offset as i64)])
}

fn compile_impl(p: &mut Process, pattern: Term, opts: Term) -> BifResult {
    let opts = list_to_vec(opts).ok_or_else(Exception::badarg)?;
    let mut flags = Flags::default();
    for o in opts {
        if !compile_opt(&mut flags, o) {
            return badarg();
        }
    }
    let src = text_bytes(pattern, flags.unicode).ok_or_else(Exception::badarg)?;
    match Regex::compile(&src, flags) {
        Ok(re) => {
            let mp = make_mp(p, &re, &src);
            Ok(p.heap.tuple(&[Term::OK, mp]))
        }
        Err(e) => {
            let info = compile_error(p, &e);
            Ok(p.heap.tuple(&[Term::atom(atom::ERROR), info]))
        }
    }
}

fn version(p: &mut Process, _a: A) -> BifResult {
    Ok(binary::new_binary(&mut p.heap, VERSION.as_bytes()))
}
fn compile1(p: &mut Process, a: A) -> BifResult {
    compile_impl(p, a[0], Term::NIL)
}
fn compile2(p: &mut Process, a: A) -> BifResult {
    compile_impl(p, a[0], a[1])
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CapType {
    Index,
    List,
    Binary,
}

enum CapSpec {
    All,
    AllButFirst,
    First,
    None,
    AllNames,
    Ids(Vec<Term>),
}

struct RunSpec {
    run: RunOpts,
    global: bool,
    offset: usize,
    report_errors: bool,
    spec: CapSpec,
    ty: CapType,
}

fn run_impl(
    p: &mut Process,
    subject: Term,
    re_t: Term,
    opts: Term,
    global_allowed: bool,
) -> BifResult {
    let items = list_to_vec(opts).ok_or_else(Exception::badarg)?;
    let compiled = from_mp(re_t);
    if compiled.is_none() && re_t.as_tuple().is_some() {
        return badarg();
    }
    let mut flags = Flags::default();
    let mut spec = RunSpec {
        run: RunOpts::default(),
        global: false,
        offset: 0,
        report_errors: false,
        spec: CapSpec::All,
        ty: CapType::Index,
    };
    let mut newline_run: Option<Newline> = None;
    for o in items {
        match atom_name(o) {
            Some("anchored") => spec.run.anchored = true,
            Some("global") if global_allowed => spec.global = true,
            Some("notbol") => spec.run.notbol = true,
            Some("noteol") => spec.run.noteol = true,
            Some("notempty") => spec.run.notempty = true,
            Some("notempty_atstart") => spec.run.notempty_atstart = true,
            Some("report_errors") => spec.report_errors = true,
            Some(_) if compiled.is_none() && compile_opt(&mut flags, o) => {}
            Some("unicode") if compiled.as_ref().is_some_and(|r| r.flags.unicode) => {}
            Some(_) => return badarg(),
            None => {
                let t = o.as_tuple().ok_or_else(Exception::badarg)?;
                match (t.len(), t.first().and_then(|x| atom_name(*x))) {
                    (2, Some("offset")) => {
                        spec.offset =
                            usize::try_from(t[1].as_small().ok_or_else(Exception::badarg)?)
                                .map_err(|_| Exception::badarg())?;
                    }
                    (2, Some("match_limit" | "match_limit_recursion")) => {
                        if t[1].as_small().is_none_or(|v| v < 0) {
                            return badarg();
                        }
                    }
                    (2, Some("newline")) => {
                        newline_run = Some(newline_opt(t[1]).ok_or_else(Exception::badarg)?);
                    }
                    (2 | 3, Some("capture")) => {
                        spec.spec = match atom_name(t[1]) {
                            Some("all") => CapSpec::All,
                            Some("all_but_first") => CapSpec::AllButFirst,
                            Some("first") => CapSpec::First,
                            Some("none") => CapSpec::None,
                            Some("all_names") => CapSpec::AllNames,
                            Some(_) => return badarg(),
                            None => CapSpec::Ids(list_to_vec(t[1]).ok_or_else(Exception::badarg)?),
                        };
                        spec.ty = if t.len() == 3 {
                            match atom_name(t[2]) {
                                Some("index") => CapType::Index,
                                Some("list") => CapType::List,
                                Some("binary") => CapType::Binary,
                                _ => return badarg(),
                            }
                        } else {
                            CapType::Index
                        };
                    }
                    _ if compiled.is_none() && compile_opt(&mut flags, o) => {}
                    _ => return badarg(),
                }
            }
        }
    }
    let mut re = match compiled {
        Some(r) => r,
        None => {
            let src = text_bytes(re_t, flags.unicode).ok_or_else(Exception::badarg)?;
            match Regex::compile(&src, flags) {
                Ok(r) => r,
                Err(e) => {
                    if spec.report_errors {
                        let info = compile_error(p, &e);
                        let c = p.heap.tuple(&[atom_named("compile"), info]);
                        return Ok(p.heap.tuple(&[Term::atom(atom::ERROR), c]));
                    }
                    return badarg();
                }
            }
        }
    };
    if let Some(nl) = newline_run {
        re.flags.newline = nl;
    }
    let unicode = re.flags.unicode;
    let subj_bytes = text_bytes(subject, unicode).ok_or_else(Exception::badarg)?;
    if unicode && core::str::from_utf8(&subj_bytes).is_err() {
        return badarg();
    }
    if spec.offset > subj_bytes.len() {
        return badarg();
    }
    // The subject as a binary term, for binary results.
    let subj_bin = if binary::binary_bytes(subject).is_some() {
        subject
    } else {
        binary::new_binary(&mut p.heap, &subj_bytes)
    };
    let mut results: Vec<Captures> = Vec::new();
    if spec.global {
        let mut at = spec.offset;
        let mut run = spec.run;
        while at <= subj_bytes.len() {
            let Some(m) = re.find_at(&subj_bytes, at, run) else {
                break;
            };
            let (a, b) = m[0].unwrap_or((at, at));
            results.push(m);
            if b > a {
                at = b;
                run = spec.run;
                continue;
            }
            // An empty match: try a non-empty one at the same place, else move on a char.
            let mut retry = spec.run;
            retry.notempty_atstart = true;
            retry.anchored = true;
            match re.find_at(&subj_bytes, b, retry) {
                Some(m2) => {
                    let end = m2[0].map_or(b, |x| x.1);
                    results.push(m2);
                    at = end;
                }
                None => {
                    if b >= subj_bytes.len() {
                        break;
                    }
                    let crlf_nl = matches!(
                        re.flags.newline,
                        Newline::CrLf | Newline::AnyCrLf | Newline::Any
                    );
                    at = if crlf_nl && subj_bytes[b] == 13 && subj_bytes.get(b + 1) == Some(&10) {
                        b + 2
                    } else if unicode {
                        let mut n = b + 1;
                        while n < subj_bytes.len() && subj_bytes[n] & 0xC0 == 0x80 {
                            n += 1;
                        }
                        n
                    } else {
                        b + 1
                    };
                }
            }
        }
    } else if let Some(m) = re.find_at(&subj_bytes, spec.offset, spec.run) {
        results.push(m);
    }
    if results.is_empty() {
        return Ok(atom_named("nomatch"));
    }
    // Nothing to capture (also all_names without named groups): just `match`.
    if matches!(spec.spec, CapSpec::None)
        || (matches!(spec.spec, CapSpec::AllNames) && re.names.is_empty())
    {
        return Ok(atom_named("match"));
    }
    let mut per_match = Vec::with_capacity(results.len());
    for m in &results {
        let t = captured(p, &re, m, &spec, &subj_bytes, subj_bin, unicode)?;
        per_match.push(t);
    }
    let payload = if spec.global {
        p.heap.list(&per_match)
    } else {
        per_match[0]
    };
    Ok(p.heap.tuple(&[atom_named("match"), payload]))
}

/// The group numbers a capture spec selects (out-of-range numbers give unset values).
fn selected(re: &Regex, spec: &CapSpec) -> Result<Vec<Option<usize>>, Exception> {
    Ok(match spec {
        CapSpec::All => (0..=re.groups).map(Some).collect(),
        CapSpec::AllButFirst => (1..=re.groups).map(Some).collect(),
        CapSpec::First => alloc::vec![Some(0)],
        CapSpec::None => Vec::new(),
        CapSpec::AllNames => re.names.iter().map(|(_, n)| Some(*n)).collect(),
        CapSpec::Ids(ids) => {
            let mut v = Vec::new();
            for &id in ids {
                if let Some(n) = id.as_small() {
                    if n < 0 {
                        return Err(Exception::badarg());
                    }
                    v.push(((n as usize) <= re.groups).then_some(n as usize));
                } else {
                    let name: String = if let Some(a) = id.as_atom() {
                        String::from(a.name())
                    } else {
                        let b = text_bytes(id, true).ok_or_else(Exception::badarg)?;
                        String::from_utf8(b).map_err(|_| Exception::badarg())?
                    };
                    v.push(re.names.iter().find(|(nm, _)| *nm == name).map(|(_, n)| *n));
                }
            }
            v
        }
    })
}

fn captured(
    p: &mut Process,
    re: &Regex,
    m: &Captures,
    spec: &RunSpec,
    subj: &[u8],
    subj_bin: Term,
    unicode: bool,
) -> BifResult {
    let mut groups = selected(re, &spec.spec)?;
    // As PCRE reports them, `all` and `all_but_first` end at the last group that matched.
    if matches!(spec.spec, CapSpec::All | CapSpec::AllButFirst) {
        let last = m.iter().rposition(Option::is_some).unwrap_or(0);
        groups.retain(|g| g.is_some_and(|k| k <= last));
    }
    let mut items = Vec::with_capacity(groups.len());
    for g in groups {
        let range = g.and_then(|k| m.get(k).copied().flatten());
        let t = match (spec.ty, range) {
            (CapType::Index, Some((a, b))) => p
                .heap
                .tuple(&[Term::small(a as i64), Term::small((b - a) as i64)]),
            (CapType::Index, None) => p.heap.tuple(&[Term::small(-1), Term::small(0)]),
            (CapType::Binary, Some((a, b))) => match binary::bitstring_parts(subj_bin) {
                Some((orig, off, _)) => {
                    binary::extract_sub_binary(&mut p.heap, orig, off + 8 * a, 8 * (b - a))
                }
                None => binary::new_binary(&mut p.heap, &subj[a..b]),
            },
            (CapType::Binary, None) => binary::new_binary(&mut p.heap, &[]),
            (CapType::List, Some((a, b))) => {
                let part = &subj[a..b];
                let chars: Vec<Term> = if unicode {
                    core::str::from_utf8(part)
                        .map_err(|_| Exception::badarg())?
                        .chars()
                        .map(|c| Term::small(i64::from(u32::from(c))))
                        .collect()
                } else {
                    part.iter().map(|&c| Term::small(i64::from(c))).collect()
                };
                p.heap.list(&chars)
            }
            (CapType::List, None) => Term::NIL,
        };
        items.push(t);
    }
    Ok(p.heap.list(&items))
}

fn run2(p: &mut Process, a: A) -> BifResult {
    run_impl(p, a[0], a[1], Term::NIL, true)
}
fn run3(p: &mut Process, a: A) -> BifResult {
    run_impl(p, a[0], a[1], a[2], true)
}
fn internal_run(p: &mut Process, a: A) -> BifResult {
    run_impl(p, a[0], a[1], a[2], false)
}

fn inspect(p: &mut Process, a: A) -> BifResult {
    let re = from_mp(a[0]).ok_or_else(Exception::badarg)?;
    if atom_name(a[1]) != Some("namelist") {
        return badarg();
    }
    let names: Vec<Term> = re
        .names
        .iter()
        .map(|(n, _)| binary::new_binary(&mut p.heap, n.as_bytes()))
        .collect();
    let l = p.heap.list(&names);
    Ok(p.heap.tuple(&[atom_named("namelist"), l]))
}

pub static BIFS: &[BifDef] = crate::bif_table! { "re";
    "version", 0 => version;
    "compile", 1 => compile1;
    "compile", 2 => compile2;
    "run", 2 => run2;
    "run", 3 => run3;
    "internal_run", 4 => internal_run;
    "inspect", 2 => inspect;
};
