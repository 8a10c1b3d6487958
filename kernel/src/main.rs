//! The BeamOS kernel: boots through `bootloader` 0.11, brings up the serial console, CPU tables,
//! heap and timer, reads the ramdisk of `.beam` modules, reports, and stops QEMU.
//!
//! Serial output is a contract with `beamos qemu` and the boot test: the first kernel line is the
//! banner (`BeamOS <version> ...`), success ends with a line starting `BeamOS boot ok`, and any
//! fatal error prints a line starting `KERNEL PANIC` (or `BeamOS boot failed`) and exits QEMU with
//! the failure code.
#![no_std]
#![no_main]
#![feature(abi_x86_interrupt)]

extern crate alloc;

mod arch;
mod console;
mod fault;
mod memory;
mod platform;
mod ramdisk;
mod selftest;

use bootloader_api::config::{BootloaderConfig, Mapping};
use bootloader_api::{entry_point, BootInfo};

use crate::arch::qemu::{self, ExitCode};
use crate::platform::KernelPlatform;

pub static BOOTLOADER_CONFIG: BootloaderConfig = {
    let mut config = BootloaderConfig::new_default();
    // The heap is carved out of usable RAM through this mapping of all physical memory.
    config.mappings.physical_memory = Some(Mapping::Dynamic);
    config.kernel_stack_size = 1024 * 1024;
    config
};

entry_point!(kernel_main, config = &BOOTLOADER_CONFIG);

const MIB: u64 = 1024 * 1024;

fn kernel_main(boot_info: &'static mut BootInfo) -> ! {
    let entry_tsc = arch::cpu::read_tsc();
    console::init();
    println!("BeamOS {} on bare-metal x86_64", env!("CARGO_PKG_VERSION"));

    arch::init_cpu_tables();
    arch::cpu::breakpoint();
    if arch::interrupts::breakpoints_handled() != 1 {
        boot_failed("the breakpoint trap did not reach its handler");
    }
    println!("cpu: GDT with TSS (double-fault stack), IDT loaded, breakpoint trap handled");

    let memory = match memory::init_heap(
        &boot_info.memory_regions,
        boot_info.physical_memory_offset.into_option(),
    ) {
        Ok(report) => report,
        Err(why) => boot_failed(why),
    };
    println!(
        "memory: {} MiB usable in {} regions, heap {} MiB (+ {} KiB static arena){}",
        memory.usable_bytes / MIB,
        memory.usable_regions,
        memory.heap_bytes / MIB,
        arch::heap::ARENA_SIZE / 1024,
        if memory.refused_regions > 0 {
            " (some small regions unused)"
        } else {
            ""
        },
    );

    let platform = match KernelPlatform::start() {
        Ok(platform) => platform,
        Err(why) => boot_failed(why),
    };
    let sleep_from = platform.monotonic_ns();
    platform.wait_until(sleep_from + 2_000_000);
    println!(
        "timer: {} Hz tick, TSC {} MHz, halted {} us waiting for a 2 ms deadline",
        arch::timer::TICK_HZ,
        platform.tsc_hz() / 1_000_000,
        (platform.monotonic_ns() - sleep_from) / 1000,
    );

    let Some(image) = arch::phys::ramdisk(
        boot_info.ramdisk_addr.into_option().unwrap_or(0),
        boot_info.ramdisk_len,
    ) else {
        boot_failed("no ramdisk (the image was built without one)");
    };
    let members = match ramdisk::members(image) {
        Ok(members) => members,
        Err(why) => boot_failed(&alloc::format!(
            "the ramdisk is not a readable ar archive: {why}"
        )),
    };
    println!("ramdisk: {} members, {} bytes", members.len(), image.len());
    let mut modules = 0;
    let mut bad = 0;
    let mut selftest = None;
    for member in &members {
        if member.name == selftest::MEMBER_NAME {
            selftest = Some(member.data);
            continue;
        }
        match loader::module_name(member.data) {
            Ok(name) => {
                modules += 1;
                println!(
                    "  module {name} ({}, {} bytes)",
                    member.name,
                    member.data.len()
                );
            }
            Err(why) => {
                bad += 1;
                println!(
                    "  error: ramdisk member {} is not a loadable module: {why}",
                    member.name
                );
            }
        }
    }

    if let Some(request) = selftest {
        if let Err(why) = selftest::run(request, boot_info.kernel_stack_bottom) {
            boot_failed(why);
        }
    }

    println!(
        "BeamOS boot ok: {modules} modules, {bad} bad members, {} ms since kernel entry",
        platform.ns_since_tsc(entry_tsc) / 1_000_000
    );
    qemu::exit(ExitCode::Success)
}

/// A boot step that cannot go on: report it and stop QEMU with the failure code.
fn boot_failed(why: &str) -> ! {
    println!("BeamOS boot failed: {why}");
    qemu::exit(ExitCode::Failure)
}
