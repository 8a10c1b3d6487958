//! ETS tests that need more than one process or the scheduler hook (the fixtures run one
//! process), and a randomized check of the hash table against a simple model.

use super::*;
use crate::exception::Exception;
use crate::process::Process;
use crate::term::compare::exact_eq;
use alloc::string::String;
use std::sync::Mutex;

fn atom(s: &str) -> Term {
    Term::atom(Atom::intern(s).unwrap())
}

fn call(p: &mut Process, f: &str, args: &[Term]) -> Result<Term, Exception> {
    let m = Atom::intern("ets").unwrap();
    let def = crate::bif::lookup(m, Atom::intern(f).unwrap(), args.len() as u32)
        .unwrap_or_else(|| panic!("no BIF ets:{f}"));
    (def.f)(p, args)
}

fn cause(e: Exception) -> Option<String> {
    match e.frame {
        crate::exception::Frame::BifInfo(m) => {
            let k = Term::atom(crate::atom::CAUSE);
            crate::map::get(m, k).map(|c| String::from(c.atom_value().name()))
        }
        _ => None,
    }
}

/// A scheduler stand-in: the pids it calls alive, and the messages sent.
struct TestHost {
    alive: Mutex<Vec<u64>>,
    sent: Mutex<Vec<(u64, String)>>,
}

impl EtsHost for TestHost {
    fn is_alive(&self, pid: Term) -> bool {
        self.alive.lock().unwrap().contains(&pid.raw())
    }
    fn send(&self, to: Term, msg: OwnedTerm) -> bool {
        let text = crate::term::print::to_string(msg.term());
        self.sent.lock().unwrap().push((to.raw(), text));
        true
    }
}

static HOST_IMPL: TestHost = TestHost {
    alive: Mutex::new(Vec::new()),
    sent: Mutex::new(Vec::new()),
};

fn with_host() -> &'static TestHost {
    set_host(&HOST_IMPL);
    &HOST_IMPL
}

fn sent_to(pid: Term) -> Vec<String> {
    HOST_IMPL
        .sent
        .lock()
        .unwrap()
        .iter()
        .filter(|(p, _)| *p == pid.raw())
        .map(|(_, m)| m.clone())
        .collect()
}

#[test]
fn protection_is_enforced_per_process() {
    crate::atom::init();
    let mut owner = Process::new();
    let mut other = Process::new();
    for (prot, other_reads, other_writes) in [
        ("public", true, true),
        ("protected", true, false),
        ("private", false, false),
    ] {
        let opts = owner.heap.list(&[atom(prot)]);
        let t = call(&mut owner, "new", &[atom("t"), opts]).unwrap();
        let obj = owner.heap.tuple(&[Term::small(1), atom("a")]);
        assert_eq!(call(&mut owner, "insert", &[t, obj]).unwrap(), Term::TRUE);
        let r = call(&mut other, "lookup", &[t, Term::small(1)]);
        assert_eq!(r.is_ok(), other_reads, "{prot} read");
        if !other_reads {
            assert_eq!(cause(r.unwrap_err()).as_deref(), Some("access"));
        }
        let obj2 = other.heap.tuple(&[Term::small(2)]);
        let w = call(&mut other, "insert", &[t, obj2]);
        assert_eq!(w.is_ok(), other_writes, "{prot} write");
        // info works for anyone.
        let size = call(&mut other, "info", &[t, atom("size")]).unwrap();
        assert_eq!(size, Term::small(if other_writes { 2 } else { 1 }));
        // Only the owner gives it away or sets its heir.
        let other_pid = other.pid;
        let e = call(&mut other, "give_away", &[t, other_pid, Term::NIL]).unwrap_err();
        assert_eq!(cause(e).as_deref(), Some("owner"));
        // Deleting needs write access.
        assert_eq!(call(&mut other, "delete", &[t]).is_ok(), other_writes);
        if !other_writes {
            assert_eq!(call(&mut owner, "delete", &[t]).unwrap(), Term::TRUE);
        }
        let e = call(&mut owner, "lookup", &[t, Term::small(1)]).unwrap_err();
        assert_eq!(cause(e).as_deref(), Some("id"));
    }
}

#[test]
fn owner_exit_gives_tables_to_heirs_or_deletes_them() {
    crate::atom::init();
    let host = with_host();
    let mut owner = Process::new();
    let heir = Process::new();
    let mut watcher = Process::new();
    host.alive
        .lock()
        .unwrap()
        .extend([owner.pid.raw(), heir.pid.raw()]);

    let data = atom("gift_data");
    let heir_opt = owner.heap.tuple(&[atom("heir"), heir.pid, data]);
    let opts = owner.heap.list(&[heir_opt, atom("public")]);
    let with_heir = call(&mut owner, "new", &[atom("h"), opts]).unwrap();
    let plain = call(&mut owner, "new", &[atom("p"), Term::NIL]).unwrap();
    let fix = call(&mut watcher, "safe_fixtable", &[with_heir, Term::TRUE]);
    assert!(fix.is_ok());
    // The owner fixes a table it does not own, too.
    let owner_fix = call(&mut owner, "safe_fixtable", &[with_heir, Term::TRUE]);
    assert!(owner_fix.is_ok());

    host.alive.lock().unwrap().retain(|&p| p != owner.pid.raw());
    process_exited(owner.pid);

    // The heir owns the table now (still named as its heir, as in OTP) and got the message.
    let o = call(&mut watcher, "info", &[with_heir, atom("owner")]).unwrap();
    assert_eq!(o, heir.pid);
    let h = call(&mut watcher, "info", &[with_heir, atom("heir")]).unwrap();
    assert_eq!(h, heir.pid);
    let msgs = sent_to(heir.pid);
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].starts_with("{'ETS-TRANSFER',#Ref<"), "{}", msgs[0]);
    assert!(msgs[0].ends_with(",gift_data}"), "{}", msgs[0]);
    // The dead owner's fixation is gone, the watcher's stays.
    let fixed = call(&mut watcher, "info", &[with_heir, atom("safe_fixed")]).unwrap();
    let fixers = fixed.tuple_elem(1);
    assert_eq!(crate::bif::erlang::list_to_vec(fixers).unwrap().len(), 1);
    // The table without heir is gone.
    assert_eq!(
        call(&mut watcher, "info", &[plain]).unwrap(),
        Term::UNDEFINED
    );

    // Heir dead too: the table is deleted when its new owner exits.
    host.alive.lock().unwrap().retain(|&p| p != heir.pid.raw());
    process_exited(heir.pid);
    assert_eq!(
        call(&mut watcher, "info", &[with_heir]).unwrap(),
        Term::UNDEFINED
    );
}

#[test]
fn give_away_sends_the_transfer_message() {
    crate::atom::init();
    let host = with_host();
    let mut owner = Process::new();
    let mut taker = Process::new();
    host.alive
        .lock()
        .unwrap()
        .extend([owner.pid.raw(), taker.pid.raw()]);
    let opts = owner.heap.list(&[atom("named_table")]);
    let t = call(&mut owner, "new", &[atom("ets_test_given"), opts]).unwrap();
    let gift = owner.heap.tuple(&[atom("g"), Term::small(7)]);
    assert_eq!(
        call(&mut owner, "give_away", &[t, taker.pid, gift]).unwrap(),
        Term::TRUE
    );
    let msgs = sent_to(taker.pid);
    assert_eq!(msgs.len(), 1);
    assert!(
        msgs[0].starts_with("{'ETS-TRANSFER',ets_test_given,<"),
        "{}",
        msgs[0]
    );
    assert!(msgs[0].ends_with(",{g,7}}"));
    // The old owner may no longer write a protected table.
    let obj = owner.heap.tuple(&[Term::small(1)]);
    assert!(call(&mut owner, "insert", &[t, obj]).is_err());
    let obj = taker.heap.tuple(&[Term::small(1)]);
    assert!(call(&mut taker, "insert", &[t, obj]).is_ok());
    assert!(call(&mut taker, "delete", &[t]).is_ok());
}

/// A small deterministic generator.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn hash_store_matches_a_model_under_random_operations() {
    crate::atom::init();
    let mut heap = Heap::new(1000);
    for kind in [TableKind::Set, TableKind::Bag, TableKind::DuplicateBag] {
        let mut h = HashStore::new(kind, 1);
        let mut model: Vec<(i64, i64)> = Vec::new();
        let mut rng = Lcg(42);
        let mut fixed = false;
        for step in 0..20_000 {
            let k = (rng.next() % 3000) as i64;
            let v = (rng.next() % 3) as i64;
            match rng.next() % 10 {
                0..=4 => {
                    let obj = heap.tuple(&[Term::small(k), Term::small(v)]);
                    h.put(OwnedTerm::new(obj), false, fixed);
                    match kind {
                        TableKind::Set => {
                            model.retain(|&(mk, _)| mk != k);
                            model.push((k, v));
                        }
                        TableKind::Bag => {
                            if !model.contains(&(k, v)) {
                                model.push((k, v));
                            }
                        }
                        _ => model.push((k, v)),
                    }
                }
                5 | 6 => {
                    h.delete_key(Term::small(k), fixed);
                    model.retain(|&(mk, _)| mk != k);
                }
                7 => {
                    let obj = heap.tuple(&[Term::small(k), Term::small(v)]);
                    h.delete_object(obj, fixed);
                    match kind {
                        TableKind::DuplicateBag => model.retain(|&o| o != (k, v)),
                        _ => {
                            if let Some(i) = model.iter().position(|&o| o == (k, v)) {
                                model.remove(i);
                            }
                        }
                    }
                }
                8 => {
                    let got = h.take(Term::small(k), fixed).len();
                    let want = model.iter().filter(|&&(mk, _)| mk == k).count();
                    assert_eq!(got, want, "take at step {step}");
                    model.retain(|&(mk, _)| mk != k);
                }
                _ => {
                    if fixed {
                        h.unfix();
                    }
                    fixed = !fixed;
                }
            }
            assert_eq!(h.len(), model.len(), "{kind:?} size at step {step}");
        }
        // Every object is in the bucket its hash names, and the walk sees each once.
        let mut seen = 0;
        for b in 0..h.nactive() {
            for e in h.chain(b) {
                if e.is_live() {
                    seen += 1;
                    let key = e.obj.term().tuple_elem(0);
                    assert_eq!(h.bucket_of(key), b);
                }
            }
        }
        assert_eq!(seen, model.len());
        for &(k, v) in &model {
            let want = heap.tuple(&[Term::small(k), Term::small(v)]);
            assert!(
                h.key_objects(Term::small(k))
                    .any(|o| exact_eq(o.term(), want)),
                "{kind:?} lost {k},{v}"
            );
        }
    }
}
