//! What the VM needs from the machine, implemented on bare metal: a monotonic clock, the console,
//! and waiting (halted) for a deadline or an event. The host command implements the same
//! operations over std; once the `vm` crate defines its `Platform` trait, `KernelPlatform`
//! implements it with these methods.

use crate::arch::{cpu, timer};
use crate::console;

/// Calibration window for the TSC, in timer ticks.
const CALIBRATION_TICKS: u64 = 10;
/// Give up on the timer interrupt after this many TSC cycles (seconds on any real or emulated CPU).
const TICK_TIMEOUT_CYCLES: u64 = 20_000_000_000;

pub struct KernelPlatform {
    tsc_hz: u64,
    tsc_at_start: u64,
}

impl KernelPlatform {
    /// Starts the periodic tick, enables interrupts and measures the TSC rate against the tick.
    pub fn start() -> Result<Self, &'static str> {
        timer::start();
        cpu::enable_interrupts();
        let (tsc0, tick0) = wait_tick_edge(timer::ticks())?;
        let mut tsc1 = tsc0;
        let mut tick1 = tick0;
        while tick1 < tick0 + CALIBRATION_TICKS {
            (tsc1, tick1) = wait_tick_edge(tick1)?;
        }
        let cycles =
            u128::from(tsc1 - tsc0) * u128::from(timer::TICK_HZ) / u128::from(tick1 - tick0);
        let tsc_hz = u64::try_from(cycles).map_err(|_| "TSC rate out of range")?;
        if tsc_hz == 0 {
            return Err("the TSC does not advance");
        }
        Ok(Self {
            tsc_hz,
            tsc_at_start: tsc0,
        })
    }

    /// TSC cycles per second.
    pub fn tsc_hz(&self) -> u64 {
        self.tsc_hz
    }

    /// Nanoseconds since `start` (never goes back).
    pub fn monotonic_ns(&self) -> u64 {
        self.cycles_to_ns(cpu::read_tsc().saturating_sub(self.tsc_at_start))
    }

    /// Nanoseconds between a TSC reading taken before `start` and now.
    pub fn ns_since_tsc(&self, earlier_tsc: u64) -> u64 {
        self.cycles_to_ns(cpu::read_tsc().saturating_sub(earlier_tsc))
    }

    fn cycles_to_ns(&self, cycles: u64) -> u64 {
        (u128::from(cycles) * 1_000_000_000 / u128::from(self.tsc_hz))
            .try_into()
            .unwrap_or(u64::MAX)
    }

    #[expect(dead_code, reason = "the VM's console output is its first user")]
    pub fn console_write(&self, bytes: &[u8]) {
        console::write_bytes(bytes);
    }

    /// Halts the CPU until `deadline_ns` (on the `monotonic_ns` clock). Every interrupt wakes it
    /// to check; device events will end the wait early once drivers exist.
    pub fn wait_until(&self, deadline_ns: u64) {
        while self.monotonic_ns() < deadline_ns {
            cpu::wait_for_interrupt();
        }
    }
}

/// Spins until the tick counter moves past `after`; returns the TSC and tick count seen then.
fn wait_tick_edge(after: u64) -> Result<(u64, u64), &'static str> {
    let begin = cpu::read_tsc();
    loop {
        let now = timer::ticks();
        if now > after {
            return Ok((cpu::read_tsc(), now));
        }
        if cpu::read_tsc().wrapping_sub(begin) > TICK_TIMEOUT_CYCLES {
            return Err("no timer interrupt arrived");
        }
        core::hint::spin_loop();
    }
}
