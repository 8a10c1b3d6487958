//! The interrupt descriptor table: CPU exceptions that report and stop the machine, the
//! breakpoint trap, and the timer interrupt.
//!
//! Handlers never allocate and never take a lock that normal code holds with interrupts enabled.

use core::sync::atomic::{AtomicU64, Ordering};

use spin::Once;
use x86_64::registers::control::Cr2;
use x86_64::structures::idt::{InterruptDescriptorTable, InterruptStackFrame, PageFaultErrorCode};

use super::gdt::DOUBLE_FAULT_IST_INDEX;
use super::timer;
use crate::fault::{self, Exception};

static IDT: Once<InterruptDescriptorTable> = Once::new();
static BREAKPOINTS: AtomicU64 = AtomicU64::new(0);

/// How many breakpoint traps have been handled (and resumed from).
pub fn breakpoints_handled() -> u64 {
    BREAKPOINTS.load(Ordering::Relaxed)
}

pub fn init_idt() {
    let idt = IDT.call_once(|| {
        let mut idt = InterruptDescriptorTable::new();
        idt.breakpoint.set_handler_fn(breakpoint);
        idt.divide_error.set_handler_fn(divide_error);
        idt.invalid_opcode.set_handler_fn(invalid_opcode);
        idt.stack_segment_fault.set_handler_fn(stack_segment_fault);
        idt.general_protection_fault
            .set_handler_fn(general_protection_fault);
        idt.page_fault.set_handler_fn(page_fault);
        // SAFETY: DOUBLE_FAULT_IST_INDEX names the TSS interrupt stack set up by `gdt::init`,
        // which runs before this, and that stack is used by no other handler.
        unsafe {
            idt.double_fault
                .set_handler_fn(double_fault)
                .set_stack_index(DOUBLE_FAULT_IST_INDEX);
        }
        idt[timer::TIMER_VECTOR].set_handler_fn(timer_interrupt);
        idt[timer::SPURIOUS_MASTER_VECTOR].set_handler_fn(spurious_interrupt);
        idt[timer::SPURIOUS_SLAVE_VECTOR].set_handler_fn(spurious_slave_interrupt);
        idt
    });
    idt.load();
}

extern "x86-interrupt" fn breakpoint(_frame: InterruptStackFrame) {
    BREAKPOINTS.fetch_add(1, Ordering::Relaxed);
}

extern "x86-interrupt" fn divide_error(frame: InterruptStackFrame) {
    fault::exception(Exception {
        name: "divide error",
        rip: frame.instruction_pointer.as_u64(),
        error_code: None,
        address: None,
    })
}

extern "x86-interrupt" fn invalid_opcode(frame: InterruptStackFrame) {
    fault::exception(Exception {
        name: "invalid opcode",
        rip: frame.instruction_pointer.as_u64(),
        error_code: None,
        address: None,
    })
}

extern "x86-interrupt" fn stack_segment_fault(frame: InterruptStackFrame, code: u64) {
    fault::exception(Exception {
        name: "stack-segment fault",
        rip: frame.instruction_pointer.as_u64(),
        error_code: Some(code),
        address: None,
    })
}

extern "x86-interrupt" fn general_protection_fault(frame: InterruptStackFrame, code: u64) {
    fault::exception(Exception {
        name: "general protection fault",
        rip: frame.instruction_pointer.as_u64(),
        error_code: Some(code),
        address: None,
    })
}

extern "x86-interrupt" fn page_fault(frame: InterruptStackFrame, code: PageFaultErrorCode) {
    fault::exception(Exception {
        name: "page fault",
        rip: frame.instruction_pointer.as_u64(),
        error_code: Some(code.bits()),
        address: Some(Cr2::read().map_or(0, |addr| addr.as_u64())),
    })
}

extern "x86-interrupt" fn double_fault(frame: InterruptStackFrame, code: u64) -> ! {
    fault::exception(Exception {
        name: "double fault",
        rip: frame.instruction_pointer.as_u64(),
        error_code: Some(code),
        address: None,
    })
}

extern "x86-interrupt" fn timer_interrupt(_frame: InterruptStackFrame) {
    timer::on_tick();
}

extern "x86-interrupt" fn spurious_interrupt(_frame: InterruptStackFrame) {
    timer::on_spurious(false);
}

extern "x86-interrupt" fn spurious_slave_interrupt(_frame: InterruptStackFrame) {
    timer::on_spurious(true);
}
