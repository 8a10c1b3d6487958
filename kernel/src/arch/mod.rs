//! The hardware layer: every `unsafe` operation of the kernel lives in this module tree, each with
//! a `// SAFETY:` comment. Everything above it (memory accounting, console, ramdisk, platform)
//! is safe Rust built on the small API exported here.

pub mod cpu;
pub mod gdt;
pub mod heap;
pub mod interrupts;
pub mod phys;
pub mod qemu;
pub mod selftest;
pub mod serial;
pub mod timer;

/// Loads the GDT (with the TSS and its double-fault stack) and the IDT. Call once, first thing.
pub fn init_cpu_tables() {
    gdt::init();
    interrupts::init_idt();
}
