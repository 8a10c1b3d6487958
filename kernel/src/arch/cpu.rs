//! Single instructions: halting, interrupt masking, the time-stamp counter.

use x86_64::instructions::interrupts;

/// Runs `f` with maskable interrupts disabled, restoring the previous state afterwards. Used
/// around every lock an interrupt handler might also take, so a handler never spins on a lock
/// held by the code it interrupted.
pub fn without_interrupts<R>(f: impl FnOnce() -> R) -> R {
    interrupts::without_interrupts(f)
}

/// Enables maskable interrupts.
pub fn enable_interrupts() {
    interrupts::enable();
}

/// Atomically enables interrupts and halts until the next one arrives (`sti; hlt`), so that an
/// interrupt that arrives between the check and the halt cannot be lost.
pub fn wait_for_interrupt() {
    interrupts::enable_and_hlt();
}

/// Halts forever with interrupts off: the last resort when even exiting QEMU did not work.
pub fn halt_forever() -> ! {
    interrupts::disable();
    loop {
        x86_64::instructions::hlt();
    }
}

/// Raises a breakpoint exception (`int3`); used at boot to prove the IDT is live.
pub fn breakpoint() {
    interrupts::int3();
}

/// The time-stamp counter.
pub fn read_tsc() -> u64 {
    // SAFETY: `rdtsc` only reads a counter register; it has no memory effects and is available
    // on every x86_64 CPU.
    unsafe { core::arch::x86_64::_rdtsc() }
}
