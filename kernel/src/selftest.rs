//! The fault self-test. A ramdisk member named `beamos-selftest` asks the kernel, at the end of
//! the boot, to provoke one fatal fault so a test can see the handler report it and stop QEMU
//! with the failure code. Its content names the fault:
//!
//! - `panic`: a Rust panic;
//! - `page-fault`: a read of the guard page below the kernel stack;
//! - `general-protection`: a read of a non-canonical address;
//! - `stack-overflow`: unbounded recursion into the guard page, which the CPU can only report
//!   as a double fault on the handler's own stack.
//!
//! An image built from `.beam` files never contains the member, so a normal boot never runs it.

use core::hint::black_box;

use crate::arch::selftest::read_faulting;

pub const MEMBER_NAME: &str = "beamos-selftest";

/// Runs the requested fault; returns only if the request is not one of the names above.
pub fn run(request: &[u8], kernel_stack_bottom: u64) -> Result<(), &'static str> {
    let request = core::str::from_utf8(request)
        .map_err(|_| "the request is not text")?
        .trim();
    crate::println!("selftest: provoking {request}");
    match request {
        "panic" => panic!("self-test panic requested by the ramdisk"),
        "page-fault" => {
            // The bootloader leaves one unmapped guard page directly below the kernel stack.
            black_box(read_faulting(kernel_stack_bottom - 8));
        }
        "general-protection" => {
            black_box(read_faulting(0x8000_0000_0000));
        }
        "stack-overflow" => {
            black_box(recurse(0));
        }
        _ => return Err("unknown self-test request"),
    }
    Err("the fault did not stop the kernel")
}

/// Recurses until the stack runs into its guard page (the depth test keeps the compiler from
/// proving the recursion endless and turning it into a loop or a trap).
fn recurse(depth: u64) -> u64 {
    let frame = black_box([depth; 32]);
    if black_box(depth) == u64::MAX {
        return frame[0];
    }
    recurse(depth + 1).wrapping_add(frame[1])
}
