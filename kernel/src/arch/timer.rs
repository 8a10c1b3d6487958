//! The legacy interval timer (PIT channel 0) as the kernel's periodic tick, delivered through
//! the 8259 interrupt controllers, and the time-stamp counter calibrated against it.
//!
//! The tick is what wakes a halted CPU when the VM waits for a deadline; the TSC gives the
//! fine-grained monotonic clock. (An APIC one-shot timer can replace the periodic tick later.)

use core::sync::atomic::{AtomicU64, Ordering};

use x86_64::instructions::port::Port;

/// Interrupt vectors the 8259 pair is remapped to (0-31 are CPU exceptions).
const PIC_MASTER_VECTOR: u8 = 32;
const PIC_SLAVE_VECTOR: u8 = 40;
pub const TIMER_VECTOR: u8 = PIC_MASTER_VECTOR;
/// IRQ 7 and 15 arrive spuriously on the 8259 and must not be acknowledged as real ones.
pub const SPURIOUS_MASTER_VECTOR: u8 = PIC_MASTER_VECTOR + 7;
pub const SPURIOUS_SLAVE_VECTOR: u8 = PIC_SLAVE_VECTOR + 7;

/// Tick rate of the periodic timer interrupt.
pub const TICK_HZ: u64 = 1000;
const PIT_INPUT_HZ: u64 = 1_193_182;

const PIC_MASTER_COMMAND: u16 = 0x20;
const PIC_MASTER_DATA: u16 = 0x21;
const PIC_SLAVE_COMMAND: u16 = 0xa0;
const PIC_SLAVE_DATA: u16 = 0xa1;
const PIC_EOI: u8 = 0x20;
const PIC_READ_ISR: u8 = 0x0b;
const PIT_CHANNEL0: u16 = 0x40;
const PIT_COMMAND: u16 = 0x43;

static TICKS: AtomicU64 = AtomicU64::new(0);

/// Timer interrupts since `start`.
pub fn ticks() -> u64 {
    TICKS.load(Ordering::Relaxed)
}

fn outb(port: u16, value: u8) {
    // SAFETY: only called with the 8259 and PIT ports above, which every PC (and QEMU's `pc`
    // machine) has at these addresses; writing them has no effect on memory.
    unsafe { Port::<u8>::new(port).write(value) }
}

fn inb(port: u16) -> u8 {
    // SAFETY: as for `outb`: a read of a fixed legacy device port, no memory effects.
    unsafe { Port::<u8>::new(port).read() }
}

/// The old 8259 needs a moment between initialisation words; a write to the unused POST port
/// 0x80 is the traditional delay.
fn io_wait() {
    outb(0x80, 0);
}

/// Remaps the 8259 pair to vectors 32-47, unmasks only the timer line, and programs PIT channel 0
/// as a rate generator at `TICK_HZ`. Interrupts stay disabled; the caller enables them.
pub fn start() {
    // ICW1: start initialisation, ICW4 follows.
    outb(PIC_MASTER_COMMAND, 0x11);
    io_wait();
    outb(PIC_SLAVE_COMMAND, 0x11);
    io_wait();
    // ICW2: vector offsets.
    outb(PIC_MASTER_DATA, PIC_MASTER_VECTOR);
    io_wait();
    outb(PIC_SLAVE_DATA, PIC_SLAVE_VECTOR);
    io_wait();
    // ICW3: the slave hangs off master line 2.
    outb(PIC_MASTER_DATA, 4);
    io_wait();
    outb(PIC_SLAVE_DATA, 2);
    io_wait();
    // ICW4: 8086 mode.
    outb(PIC_MASTER_DATA, 0x01);
    io_wait();
    outb(PIC_SLAVE_DATA, 0x01);
    io_wait();
    // Masks: everything off except IRQ 0 (the PIT) on the master.
    outb(PIC_MASTER_DATA, 0xfe);
    outb(PIC_SLAVE_DATA, 0xff);

    let divisor = (PIT_INPUT_HZ / TICK_HZ) as u16;
    // Channel 0, low then high byte, mode 2 (rate generator), binary.
    outb(PIT_COMMAND, 0x34);
    outb(PIT_CHANNEL0, divisor as u8);
    outb(PIT_CHANNEL0, (divisor >> 8) as u8);
}

/// Called by the timer interrupt handler.
pub fn on_tick() {
    TICKS.fetch_add(1, Ordering::Relaxed);
    outb(PIC_MASTER_COMMAND, PIC_EOI);
}

/// Called for IRQ 7 / IRQ 15. A real interrupt on those lines is acknowledged; a spurious one
/// (its in-service bit clear) is not acknowledged on its own controller, and a spurious slave
/// interrupt still needs an EOI on the master for the cascade line.
pub fn on_spurious(slave: bool) {
    let command = if slave {
        PIC_SLAVE_COMMAND
    } else {
        PIC_MASTER_COMMAND
    };
    outb(command, PIC_READ_ISR);
    // Bit 7 of the in-service register is line 7 of that controller.
    let real = inb(command) & 0x80 != 0;
    if real {
        if slave {
            outb(PIC_SLAVE_COMMAND, PIC_EOI);
        }
        outb(PIC_MASTER_COMMAND, PIC_EOI);
    } else if slave {
        outb(PIC_MASTER_COMMAND, PIC_EOI);
    }
}
