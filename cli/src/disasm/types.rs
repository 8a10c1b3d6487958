//! What `beam_disasm` shows for a `Type` chunk entry: OTP 25's `beam_types:decode_ext/1`, which
//! joins one default type per set bit (in `ext_type_mapping/0` order) and returns
//! `{Type, Min, Max}` with the range words read as unsigned 64-bit integers.

use loader::etf::Term;
use loader::type_bits as tb;
use loader::{Int, TypeEntry};

/// The slots of a `#t_union{}`: atom, list, number, tuple_set, other.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Atom,
    Bitstring,
    BsContext,
    BsMatchable,
    Cons,
    List,
    Nil,
    Float,
    Integer,
    Number,
    Fun,
    Map,
    Pid,
    Port,
    Reference,
    Tuple,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slot {
    Atom,
    List,
    Number,
    Tuple,
    Other,
}

fn slot(t: Ty) -> Slot {
    match t {
        Ty::Atom => Slot::Atom,
        Ty::Cons | Ty::List | Ty::Nil => Slot::List,
        Ty::Float | Ty::Integer | Ty::Number => Slot::Number,
        Ty::Tuple => Slot::Tuple,
        _ => Slot::Other,
    }
}

/// `lub/2` for two default types of the same slot; `None` is `any`.
fn lub(a: Ty, b: Ty) -> Option<Ty> {
    use Ty::*;
    if a == b {
        return Some(a);
    }
    let pair = |x: Ty, y: Ty| (a == x && b == y) || (a == y && b == x);
    Some(match (slot(a), slot(b)) {
        (Slot::List, Slot::List) => List,
        (Slot::Number, Slot::Number) => Number,
        (Slot::Other, Slot::Other) => {
            let bs = |t: Ty| matches!(t, Bitstring | BsContext | BsMatchable);
            if pair(Bitstring, BsContext) || (bs(a) && bs(b)) {
                BsMatchable
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// Accumulated value of the fold.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Acc {
    None,
    Any,
    One(Ty),
    /// atom, list, number, tuple_set, other.
    Union([Option<Ty>; 5]),
}

fn slot_index(s: Slot) -> usize {
    match s {
        Slot::Atom => 0,
        Slot::List => 1,
        Slot::Number => 2,
        Slot::Tuple => 3,
        Slot::Other => 4,
    }
}

/// `join(T, Acc)` for a default type `T`.
fn join(t: Ty, acc: Acc) -> Acc {
    match acc {
        Acc::None => Acc::One(t),
        Acc::Any => Acc::Any,
        Acc::One(s) if slot(s) == slot(t) => match lub(t, s) {
            Some(u) => Acc::One(u),
            None => Acc::Any,
        },
        Acc::One(s) => {
            let mut u = [None; 5];
            u[slot_index(slot(s))] = Some(s);
            u[slot_index(slot(t))] = Some(t);
            Acc::Union(u)
        }
        Acc::Union(mut u) => {
            let i = slot_index(slot(t));
            match u[i] {
                None => u[i] = Some(t),
                Some(old) => match lub(old, t) {
                    Some(n) => u[i] = Some(n),
                    // Only the `other` slot can lub to `any`, which makes the whole union `any`.
                    None => return Acc::Any,
                },
            }
            Acc::Union(u)
        }
    }
}

const MAPPING: [(u16, Ty); 13] = [
    (tb::ATOM, Ty::Atom),
    (tb::BITSTRING, Ty::Bitstring),
    (tb::BS_MATCHSTATE, Ty::BsContext),
    (tb::CONS, Ty::Cons),
    (tb::FLOAT, Ty::Float),
    (tb::FUN, Ty::Fun),
    (tb::INTEGER, Ty::Integer),
    (tb::MAP, Ty::Map),
    (tb::NIL, Ty::Nil),
    (tb::PID, Ty::Pid),
    (tb::PORT, Ty::Port),
    (tb::REFERENCE, Ty::Reference),
    (tb::TUPLE, Ty::Tuple),
];

fn atom(s: &str) -> Term {
    Term::Atom(s.into())
}

fn record(name: &str, fields: &[Term]) -> Term {
    let mut v = vec![atom(name)];
    v.extend_from_slice(fields);
    Term::Tuple(v)
}

/// The record (as a tuple) `beam_types` uses for a default type.
fn ty_term(t: Ty) -> Term {
    let any = || atom("any");
    let one = || Term::Int(Int::Small(1));
    match t {
        Ty::Atom => record("t_atom", &[any()]),
        Ty::Bitstring => record("t_bitstring", &[one()]),
        Ty::BsContext => record("t_bs_context", &[one()]),
        Ty::BsMatchable => record("t_bs_matchable", &[one()]),
        Ty::Cons => record("t_cons", &[any(), any()]),
        Ty::List => record("t_list", &[any(), any()]),
        Ty::Nil => atom("nil"),
        Ty::Float => record("t_float", &[any()]),
        Ty::Integer => record("t_integer", &[any()]),
        Ty::Number => atom("number"),
        Ty::Fun => record("t_fun", &[any(), any(), any()]),
        Ty::Map => record("t_map", &[any(), any()]),
        Ty::Pid => atom("pid"),
        Ty::Port => atom("port"),
        Ty::Reference => atom("reference"),
        Ty::Tuple => record(
            "t_tuple",
            &[
                Term::Int(Int::Small(0)),
                atom("false"),
                Term::Map(Vec::new()),
            ],
        ),
    }
}

/// `{Type, Min, Max}` exactly as `beam_types:decode_ext/1` of OTP 25 returns it.
pub fn decode_ext(e: &TypeEntry) -> Term {
    let acc = MAPPING.iter().fold(Acc::None, |acc, &(bit, t)| {
        if e.bits & bit != 0 {
            join(t, acc)
        } else {
            acc
        }
    });
    let ty = match acc {
        Acc::None => atom("none"),
        Acc::Any => atom("any"),
        Acc::One(t) => ty_term(t),
        Acc::Union(u) => {
            let f = |s: Option<Ty>| s.map(ty_term).unwrap_or_else(|| atom("none"));
            record("t_union", &[f(u[0]), f(u[1]), f(u[2]), f(u[3]), f(u[4])])
        }
    };
    let unsigned = |v: i64| {
        let u = v as u64;
        match i64::try_from(u) {
            Ok(s) => Term::Int(Int::Small(s)),
            Err(_) => Term::Int(Int::from_le_magnitude(false, &u.to_le_bytes())),
        }
    };
    Term::Tuple(vec![ty, unsigned(e.min), unsigned(e.max)])
}
