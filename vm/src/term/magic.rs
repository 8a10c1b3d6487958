//! Magic references: references that own a reference-counted native object, freed when the
//! last term and the last Rust handle referring to it are gone, as OTP's magic binaries
//! (ETS table ids, atomics and counters arrays, compiled match specifications).
//!
//! Layout: a `Ref` object of arity 3, `[w1, w2, *const MagicObj]`. Words 1 and 2 are the
//! reference numbers exactly as in a plain reference (arity 2), so printing, comparing and
//! encoding a magic reference works like any other; word 3 points to the object. A heap
//! registers its magic references in the same off-heap list as its ProcBins, and the
//! collector releases the ones that die (see `heap::release_offheap`).

use super::{Header, Kind, Term};
use crate::heap::Heap;
use alloc::boxed::Box;
use core::any::Any;
use core::sync::atomic::{AtomicUsize, Ordering};

/// The native object behind magic references.
pub struct MagicObj {
    refc: AtomicUsize,
    /// The reference numbers every term referring to this object carries.
    words: [u64; 2],
    value: Box<dyn Any + Send + Sync>,
}

/// Payload words of a magic reference.
pub const MAGIC_REF_ARITY: usize = 3;

/// Whether a header is that of a magic reference.
#[inline]
pub fn is_magic_header(h: Header) -> bool {
    h.kind() == Kind::Ref && h.arity() == MAGIC_REF_ARITY
}

/// Whether `t` is a magic reference.
#[inline]
pub fn is_magic_ref(t: Term) -> bool {
    t.is_boxed() && is_magic_header(t.header())
}

fn obj_of(t: Term) -> *const MagicObj {
    t.boxed_word(3) as *const MagicObj
}

/// Fresh reference numbers, shaped as `make_ref/0`'s.
fn fresh_words() -> [u64; 2] {
    let n = crate::process::next_ref_number();
    [n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 2, n]
}

/// A counted handle to a magic object, held by Rust code (registries, tables).
pub struct MagicHandle(*const MagicObj);

// SAFETY: the object is immutable apart from its atomic count, and its value is Send + Sync.
unsafe impl Send for MagicHandle {}
// SAFETY: as above.
unsafe impl Sync for MagicHandle {}

impl MagicHandle {
    /// Wraps `value` in a new magic object (count 1, held by the returned handle).
    pub fn new(value: Box<dyn Any + Send + Sync>) -> MagicHandle {
        MagicHandle(Box::into_raw(Box::new(MagicObj {
            refc: AtomicUsize::new(1),
            words: fresh_words(),
            value,
        })))
    }

    /// A handle to the object of the magic reference `t` (`None` for other terms).
    pub fn from_term(t: Term) -> Option<MagicHandle> {
        if !is_magic_ref(t) {
            return None;
        }
        let o = obj_of(t);
        // SAFETY: a live magic reference keeps its object alive.
        unsafe { (*o).refc.fetch_add(1, Ordering::Relaxed) };
        Some(MagicHandle(o))
    }

    pub fn value(&self) -> &(dyn Any + Send + Sync) {
        // SAFETY: this handle holds a count, so the object is alive.
        unsafe { &*(*self.0).value }
    }

    pub fn downcast<T: Any>(&self) -> Option<&T> {
        self.value().downcast_ref::<T>()
    }

    /// A magic reference term to this object on `heap`.
    pub fn to_term(&self, heap: &mut Heap) -> Term {
        // SAFETY: this handle holds a count, so the object is alive; the new term takes one.
        unsafe {
            (*self.0).refc.fetch_add(1, Ordering::Relaxed);
            write_ref(heap, self.0)
        }
    }

    /// Whether the magic reference `t` refers to this object.
    pub fn is_same(&self, t: Term) -> bool {
        is_magic_ref(t) && core::ptr::eq(obj_of(t), self.0)
    }
}

impl Clone for MagicHandle {
    fn clone(&self) -> Self {
        // SAFETY: this handle holds a count, so the object is alive.
        unsafe { (*self.0).refc.fetch_add(1, Ordering::Relaxed) };
        MagicHandle(self.0)
    }
}

impl Drop for MagicHandle {
    fn drop(&mut self) {
        // SAFETY: this handle's count is released exactly once.
        unsafe { release_obj(self.0) }
    }
}

/// Writes a magic reference to `o` on `heap` (the caller has taken the count it holds).
///
/// # Safety
/// `o` must be a live object with one count reserved for the new term.
unsafe fn write_ref(heap: &mut Heap, o: *const MagicObj) -> Term {
    let p = heap.boxed(Kind::Ref, MAGIC_REF_ARITY);
    *p.add(1) = (*o).words[0];
    *p.add(2) = (*o).words[1];
    *p.add(3) = o as u64;
    heap.register_procbin(p);
    Term::make_boxed(p)
}

/// A new magic reference on `heap` owning `value`.
pub fn make_magic_ref(heap: &mut Heap, value: Box<dyn Any + Send + Sync>) -> Term {
    let h = MagicHandle::new(value);
    let t = h.to_term(heap);
    drop(h);
    t
}

/// The object behind the magic reference `t`, if it holds a `T`. Valid while `t` is (until
/// the next collection of the heap holding it).
pub fn downcast<'a, T: Any>(t: Term) -> Option<&'a T> {
    if !is_magic_ref(t) {
        return None;
    }
    // SAFETY: a live magic reference keeps its object alive.
    unsafe { (*obj_of(t)).value.downcast_ref::<T>() }
}

/// Takes one more count for a copy of the magic reference object at `obj` (copying terms
/// between heaps or into storage).
///
/// # Safety
/// `obj` must point to a live magic reference object.
pub(crate) unsafe fn retain_at(obj: *const u64) {
    let o = *obj.add(3) as *const MagicObj;
    (*o).refc.fetch_add(1, Ordering::Relaxed);
}

/// Releases the count held by the magic reference object at `obj`.
///
/// # Safety
/// `obj` must point to a live magic reference whose count has not been released.
pub(crate) unsafe fn release_at(obj: *const u64) {
    release_obj(*obj.add(3) as *const MagicObj);
}

unsafe fn release_obj(o: *const MagicObj) {
    if (*o).refc.fetch_sub(1, Ordering::AcqRel) == 1 {
        drop(Box::from_raw(o as *mut MagicObj));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::sync::Arc;
    use core::sync::atomic::AtomicBool;

    struct Probe(Arc<AtomicBool>);
    impl Drop for Probe {
        fn drop(&mut self) {
            self.0.store(true, Ordering::SeqCst);
        }
    }

    #[test]
    fn magic_refs_live_while_referenced() {
        let dropped = Arc::new(AtomicBool::new(false));
        let mut h = Heap::new(50);
        let t = make_magic_ref(&mut h, Box::new(Probe(dropped.clone())));
        assert!(t.is_ref() && is_magic_ref(t));
        assert!(downcast::<Probe>(t).is_some());
        assert!(downcast::<u32>(t).is_none());
        let handle = MagicHandle::from_term(t).unwrap();
        let t2 = handle.to_term(&mut h);
        assert!(crate::term::compare::exact_eq(t, t2));
        // Collect with only t2 alive: the object stays.
        let mut roots = [t2];
        crate::heap::gc::collect(&mut h, 0, &mut [&mut roots]);
        assert!(!dropped.load(Ordering::SeqCst));
        // Drop the heap term; only the handle keeps it.
        let mut none: [Term; 0] = [];
        crate::heap::gc::collect(&mut h, 0, &mut [&mut none]);
        assert!(!dropped.load(Ordering::SeqCst));
        drop(handle);
        assert!(dropped.load(Ordering::SeqCst));
    }

    #[test]
    fn heap_drop_releases() {
        let dropped = Arc::new(AtomicBool::new(false));
        let mut h = Heap::new(50);
        let _t = make_magic_ref(&mut h, Box::new(Probe(dropped.clone())));
        drop(h);
        assert!(dropped.load(Ordering::SeqCst));
    }
}
