//! Checks against OTP 25 (`testdata/cases.etf`, written by `testdata/gen.escript`; see that
//! script for the case format): orders of flat maps and tries, term_to_binary bytes, updates
//! across the 32-key limit, iterator paths, term order. Plus GC of tries and a speed check.

use super::*;
use crate::heap::Heap;
use crate::term::compare::{compare, eq, exact_eq};
use std::vec::Vec;

fn load_cases(heap: &mut Heap) -> Vec<Term> {
    crate::atom::init();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/map/testdata/cases.etf");
    let bytes = std::fs::read(path).expect("test data (run testdata/gen.escript)");
    let ext = loader::etf::decode(&bytes).expect("cases.etf decodes");
    let t = crate::code::literal::build(heap, &ext, false).expect("cases build");
    list(t)
}

fn list(mut l: Term) -> Vec<Term> {
    let mut v = Vec::new();
    while let Some((h, t)) = l.as_cons() {
        v.push(h);
        l = t;
    }
    assert!(l.is_nil(), "proper list expected");
    v
}

fn pairs_of(l: Term) -> Vec<(Term, Term)> {
    list(l)
        .into_iter()
        .map(|t| {
            let e = t.as_tuple().expect("pair");
            (e[0], e[1])
        })
        .collect()
}

fn atom_name(t: Term) -> &'static str {
    t.as_atom().expect("atom").name()
}

/// Pairs as a list of 2-tuples, encoded: equal encodings mean identical terms (a float's sign
/// included, which `=:=` ignores for 0.0).
fn encoded(heap: &mut Heap, pairs: &[(Term, Term)]) -> Vec<u8> {
    let ts: Vec<Term> = pairs.iter().map(|&(k, v)| heap.tuple(&[k, v])).collect();
    let l = heap.list(&ts);
    crate::etf::encode(l, Default::default(), Term::NIL)
}

fn check_orders(heap: &mut Heap, m: Term, to_list: Term, iter_order: Term, what: &str) {
    let got_list = to_vec(m);
    let want_list = pairs_of(to_list);
    assert_eq!(
        encoded(heap, &got_list),
        encoded(heap, &want_list),
        "{what}: maps:to_list order\n got {got_list:?}\nwant {want_list:?}"
    );
    let got_iter: Vec<(Term, Term)> = iter(m).collect();
    let want_iter = pairs_of(iter_order);
    assert_eq!(
        encoded(heap, &got_iter),
        encoded(heap, &want_iter),
        "{what}: iteration order"
    );
    assert_eq!(size(m), want_list.len(), "{what}: size");
    for &(k, v) in &want_list {
        assert_eq!(get(m, k), Some(v), "{what}: get {k:?}");
    }
}

#[test]
fn orders_match_otp() {
    let mut h = Heap::new(1 << 16);
    let mut n = 0;
    for case in load_cases(&mut h) {
        let e = case.as_tuple().expect("case");
        if atom_name(e[0]) != "order" {
            continue;
        }
        n += 1;
        let pairs = pairs_of(e[1]);
        let what = std::format!("order case {n} ({} pairs)", pairs.len());
        let m = from_pairs(&mut h, &pairs);
        check_orders(&mut h, m, e[2], e[3], &what);
        let t2b = crate::binary::bitstring(e[4]).expect("binary").to_bytes();
        assert_eq!(
            crate::etf::encode(m, Default::default(), Term::NIL),
            t2b,
            "{what}: term_to_binary"
        );
        // The same map built one put at a time, and from the reversed list.
        let mut m2 = new_empty(&mut h);
        for &(k, v) in &pairs {
            m2 = put(&mut h, m2, k, v);
        }
        assert!(exact_eq(m, m2), "{what}: puts");
        let keys: Vec<Term> = to_vec(m2).into_iter().map(|p| p.0).collect();
        let want: Vec<Term> = pairs_of(e[2]).into_iter().map(|p| p.0).collect();
        assert!(
            keys.iter().zip(&want).all(|(a, b)| exact_eq(*a, *b)),
            "{what}: put order"
        );
        let rev: Vec<(Term, Term)> = to_vec(m).into_iter().rev().collect();
        let m3 = from_pairs(&mut h, &rev);
        assert_eq!(to_vec(m3).len(), size(m), "{what}: rebuilt");
        let k3: Vec<Term> = to_vec(m3).into_iter().map(|p| p.0).collect();
        assert!(
            k3.iter().zip(&want).all(|(a, b)| exact_eq(*a, *b)),
            "{what}: order independent of input order"
        );
        // Removing every key (in list order) keeps the others reachable and in order.
        if size(m) <= 100 {
            let mut r = m;
            for (i, k) in want.iter().enumerate() {
                r = remove(&mut h, r, *k);
                assert_eq!(size(r), want.len() - i - 1, "{what}: size after remove");
                assert_eq!(get(r, *k), None);
                if let Some(&next) = want.get(i + 1) {
                    assert!(get(r, next).is_some(), "{what}: lost a key on remove");
                }
                let rest: Vec<Term> = to_vec(r).into_iter().map(|p| p.0).collect();
                let mut fresh_pairs: Vec<(Term, Term)> = to_vec(r);
                fresh_pairs.reverse();
                let fresh = from_pairs(&mut h, &fresh_pairs);
                let fk: Vec<Term> = to_vec(fresh).into_iter().map(|p| p.0).collect();
                assert!(
                    rest.iter().zip(&fk).all(|(a, b)| *a == *b) && rest.len() == fk.len(),
                    "{what}: a trie after removes has the shape of a fresh one"
                );
            }
        }
    }
    assert!(n > 90, "order cases: {n}");
}

#[test]
fn updates_match_otp() {
    let mut h = Heap::new(1 << 16);
    let mut n = 0;
    for case in load_cases(&mut h) {
        let e = case.as_tuple().expect("case");
        if atom_name(e[0]) != "ops" {
            continue;
        }
        n += 1;
        let mut m = from_pairs(&mut h, &pairs_of(e[1]));
        for (step, s) in list(e[2]).into_iter().enumerate() {
            let s = s.as_tuple().expect("step");
            let op = s[0].as_tuple().expect("op");
            m = match atom_name(op[0]) {
                "put" => put(&mut h, m, op[1], op[2]),
                "update" => update_many(&mut h, m, &[(op[1], op[2])]).expect("key present"),
                "remove" => remove(&mut h, m, op[1]),
                "merge" => {
                    let b = from_pairs(&mut h, &pairs_of(op[1]));
                    merge(&mut h, m, b)
                }
                "merge_into" => {
                    let a = from_pairs(&mut h, &pairs_of(op[1]));
                    merge(&mut h, a, m)
                }
                other => panic!("unknown op {other}"),
            };
            let got = to_vec(m);
            let want = pairs_of(s[1]);
            assert_eq!(
                encoded(&mut h, &got),
                encoded(&mut h, &want),
                "ops case {n} step {step} {:?}\n got {got:?}\nwant {want:?}",
                s[0]
            );
        }
    }
    assert!(n > 40, "ops cases: {n}");
}

fn path_digits(t: Term) -> Vec<u64> {
    if t.is_small() {
        return std::vec![t.small_value() as u64];
    }
    t.bignum_parts().1.to_vec()
}

#[test]
fn iterator_paths_match_otp() {
    let mut h = Heap::new(1 << 16);
    let mut n = 0;
    for case in load_cases(&mut h) {
        let e = case.as_tuple().expect("case");
        if atom_name(e[0]) != "next" {
            continue;
        }
        n += 1;
        let m = from_pairs(&mut h, &pairs_of(e[1]));
        for s in list(e[2]) {
            let s = s.as_tuple().expect("step");
            let count = s[1].small_value() as usize;
            let chunk = hamt::next_chunk(m, &path_digits(s[0]), count).expect("valid path");
            let keys: Vec<Term> = chunk.pairs.iter().map(|p| p.0).collect();
            let want = list(s[2]);
            assert!(
                keys.len() == want.len() && keys.iter().zip(&want).all(|(a, b)| exact_eq(*a, *b)),
                "next case {n}: keys from path {:?}",
                s[0]
            );
            match chunk.next_path {
                None => assert!(s[3].is_atom(), "next case {n}: OTP has more"),
                Some(d) => {
                    let want_path = path_digits(s[3]);
                    assert_eq!(d, want_path, "next case {n}: next path after {:?}", s[0]);
                }
            }
        }
        assert!(hamt::next_chunk(m, &[0xF], 1).is_none() || hamt::entries(m).len() == 16);
    }
    assert!(n > 10, "next cases: {n}");
}

#[test]
fn term_order_matches_otp() {
    let mut h = Heap::new(1 << 16);
    let mut n = 0;
    for case in load_cases(&mut h) {
        let e = case.as_tuple().expect("case");
        if atom_name(e[0]) != "compare" {
            continue;
        }
        n += 1;
        let maps = list(e[1]);
        let mut idx: Vec<usize> = (0..maps.len()).collect();
        idx.sort_by(|&a, &b| compare(maps[a], maps[b]).then(a.cmp(&b)));
        let want: Vec<usize> = list(e[2])
            .into_iter()
            .map(|t| t.small_value() as usize)
            .collect();
        assert_eq!(idx, want, "compare case {n}: lists:sort order");
        for r in list(e[3]) {
            let r = r.as_tuple().expect("relation");
            let (i, j) = (r[0].small_value() as usize, r[1].small_value() as usize);
            let (a, b) = (maps[i], maps[j]);
            assert_eq!(
                compare(a, b) == core::cmp::Ordering::Less,
                r[2] == Term::TRUE,
                "{a:?} < {b:?}"
            );
            assert_eq!(eq(a, b), r[3] == Term::TRUE, "{a:?} == {b:?}");
            assert_eq!(exact_eq(a, b), r[4] == Term::TRUE, "{a:?} =:= {b:?}");
        }
    }
    assert!(n >= 3);
}

#[test]
fn repeated_keys() {
    let mut h = Heap::new(100);
    let f = h.float(1.0);
    let pairs = [
        (Term::small(1), Term::small(1)),
        (f, Term::small(2)),
        (Term::small(1), Term::small(3)),
    ];
    let m = from_pairs(&mut h, &pairs);
    assert_eq!(size(m), 2);
    assert_eq!(get(m, Term::small(1)), Some(Term::small(3)));
    assert!(from_unique_pairs(&mut h, &pairs).is_none());
    let big: Vec<(Term, Term)> = (0..50)
        .map(|i| (Term::small(i % 40), Term::small(i)))
        .collect();
    let m = from_pairs(&mut h, &big);
    assert_eq!(size(m), 40);
    assert_eq!(get(m, Term::small(5)), Some(Term::small(45)));
    assert!(from_unique_pairs(&mut h, &big).is_none());
    // 40 pairs that collapse to 30 keys make a flat map.
    let few: Vec<(Term, Term)> = (0..40)
        .map(|i| (Term::small(i % 30), Term::small(i)))
        .collect();
    let m = from_pairs(&mut h, &few);
    assert_eq!(m.header().kind(), Kind::FlatMap);
    assert_eq!(size(m), 30);
}

#[test]
fn updates_and_errors() {
    let mut h = Heap::new(100);
    let pairs: Vec<(Term, Term)> = (0..40).map(|i| (Term::small(i), Term::NIL)).collect();
    for n in [3usize, 40] {
        let m = from_pairs(&mut h, &pairs[..n]);
        let m2 = update_many(&mut h, m, &[(Term::small(1), Term::small(7))]).unwrap();
        assert_eq!(get(m2, Term::small(1)), Some(Term::small(7)));
        assert_eq!(get(m, Term::small(1)), Some(Term::NIL), "persistent");
        let missing = update_many(
            &mut h,
            m,
            &[(Term::small(1), Term::NIL), (Term::small(99), Term::NIL)],
        );
        assert_eq!(missing, Err(Term::small(99)));
        assert!(take(&mut h, m, Term::small(99)).is_none());
        let (m3, v) = take(&mut h, m, Term::small(2)).unwrap();
        assert_eq!(v, Term::NIL);
        assert_eq!(size(m3), n - 1);
        assert_eq!(remove(&mut h, m, Term::small(99)), m);
    }
}

#[test]
fn tries_survive_collection() {
    let mut h = Heap::new(64);
    let pairs: Vec<(Term, Term)> = (0..500)
        .map(|i| {
            let k = h.tuple(&[Term::small(i), Term::small(i * 3)]);
            (k, Term::small(i))
        })
        .collect();
    let m = from_pairs(&mut h, &pairs);
    let before: Vec<(Term, Term)> = to_vec(m);
    let mut reference = Heap::new(64);
    let copy = crate::term::copy::copy_to_heap(&mut reference, m);
    let mut roots = [m, Term::NIL];
    for _ in 0..3 {
        crate::heap::gc::collect(&mut h, 0, &mut [&mut roots]);
    }
    let m = roots[0];
    assert!(exact_eq(m, copy));
    let after: Vec<(Term, Term)> = to_vec(m);
    assert_eq!(before.len(), after.len());
    for (i, (k, v)) in after.iter().enumerate() {
        assert_eq!(k.tuple_elem(0), Term::small(v.small_value()), "pair {i}");
        assert_eq!(get(m, *k), Some(*v));
    }
    // Updating the collected trie shares its untouched nodes.
    let k = h.tuple(&[Term::small(7), Term::small(21)]);
    let m2 = put(&mut h, m, k, Term::TRUE);
    assert_eq!(get(m2, k), Some(Term::TRUE));
    assert_eq!(get(m, k), Some(Term::small(7)));
}

#[test]
fn big_maps_are_fast() {
    let mut h = Heap::new(1 << 20);
    let n = 100_000i64;
    let pairs: Vec<(Term, Term)> = (0..n).map(|i| (Term::small(i), Term::small(-i))).collect();
    let t0 = std::time::Instant::now();
    let m = from_pairs(&mut h, &pairs);
    let built = t0.elapsed();
    assert_eq!(size(m), n as usize);
    let t1 = std::time::Instant::now();
    for i in 0..n {
        assert_eq!(get(m, Term::small(i)), Some(Term::small(-i)));
    }
    let looked = t1.elapsed();
    let t2 = std::time::Instant::now();
    let mut r = m;
    for i in 0..10_000 {
        r = put(&mut h, r, Term::small(n + i), Term::NIL);
    }
    let grown = t2.elapsed();
    assert_eq!(size(r), n as usize + 10_000);
    std::println!("from_list 100k: {built:?}; 100k gets: {looked:?}; 10k puts: {grown:?}");
    // Generous bounds (debug builds, shared machines): quadratic behaviour would blow them.
    assert!(built.as_secs() < 5 && looked.as_secs() < 5 && grown.as_secs() < 5);
}

#[test]
fn deeply_nested_maps_compare_without_recursion() {
    let mut h = Heap::new(1 << 16);
    let k = Term::small(1);
    let (mut a, mut b) = (Term::NIL, Term::NIL);
    for i in 0..200_000 {
        a = from_pairs(&mut h, &[(k, a), (Term::small(2), Term::small(i))]);
        b = from_pairs(&mut h, &[(k, b), (Term::small(2), Term::small(i))]);
    }
    assert!(exact_eq(a, b));
    let f = h.float(1.0);
    let c = from_pairs(&mut h, &[(k, a), (Term::small(2), f)]);
    let d = from_pairs(&mut h, &[(k, b), (Term::small(2), Term::small(1))]);
    assert!(eq(c, d) && !exact_eq(c, d));
    assert_eq!(compare(c, d), core::cmp::Ordering::Equal);
}
