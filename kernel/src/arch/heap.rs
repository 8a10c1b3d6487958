//! The global allocator: talc, starting on a small static arena (enough for early boot) and
//! growing by claiming usable physical memory once the memory map is known.

use talc::source::Claim;
use talc::{min_first_heap_size, DefaultBinning, TalcLock};

/// Size of the static arena the heap starts on, before the memory map has been read.
pub const ARENA_SIZE: usize = min_first_heap_size::<DefaultBinning>() + 256 * 1024;

#[global_allocator]
static ALLOCATOR: TalcLock<spin::Mutex<()>, Claim> = TalcLock::new({
    static mut ARENA: [u8; ARENA_SIZE] = [0; ARENA_SIZE];
    // SAFETY: ARENA is referenced nowhere else, so from here on only the allocator touches it;
    // `Claim` hands it to talc on the first allocation.
    unsafe { Claim::array(&raw mut ARENA) }
});

/// Adds `[start, start + len)` of the kernel's address space to the heap; returns whether talc
/// accepted it (a region too small for its bookkeeping is refused).
///
/// The span must come from `phys::usable_region`: memory the bootloader reported usable
/// (unused by the kernel image, its page tables, boot info and the ramdisk), seen through the
/// complete physical-memory mapping, and claimed only once.
pub fn claim(span: super::phys::UsableSpan) -> bool {
    let (start, len) = span.into_raw();
    // The allocator lock is also taken by allocations; keep interrupts off so a handler can never
    // spin on it (handlers do not allocate today, but nothing here should rely on that).
    super::cpu::without_interrupts(|| {
        // SAFETY: `UsableSpan` is only built by `phys::usable_region` from a usable region of the
        // bootloader's memory map, mapped read-write at the physical-memory offset; nothing else
        // in the kernel refers to that memory, and each region is claimed once (the caller
        // consumes the span).
        unsafe { ALLOCATOR.lock().claim(start, len).is_some() }
    })
}
