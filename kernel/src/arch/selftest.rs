//! Deliberate CPU faults, for the boot self-test that proves the fault handlers report and stop
//! the machine (see `crate::selftest`).

/// Reads a word at `address`, which the caller has chosen to fault (unmapped or non-canonical).
pub fn read_faulting(address: u64) -> u64 {
    // SAFETY: not a sound read: it exists to fault. The page-fault and general-protection
    // handlers never return (they report and exit QEMU), so no value is ever produced from
    // the bad address and no Rust state is observed after the fault.
    unsafe { core::ptr::read_volatile(address as *const u64) }
}
