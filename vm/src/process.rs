//! Processes.

use crate::term::Term;

/// The number and serial `<0.N.S>` of a local pid.
pub fn pid_parts(pid: Term) -> (u64, u64) {
    let v = pid.pid_value();
    (v & 0xFFFF_FFFF, v >> 32)
}
