//! Physical memory as the bootloader left it: everything mapped at one offset
//! (`Mapping::Dynamic`), plus the ramdisk the bootloader loaded.

use bootloader_api::info::{MemoryRegion, MemoryRegionKind};

/// A stretch of usable RAM in the kernel's address space, ready to be handed to the heap.
/// It can only be made from a usable memory-map region and is consumed by `heap::claim`.
pub struct UsableSpan {
    start: *mut u8,
    len: usize,
}

impl UsableSpan {
    pub(super) fn into_raw(self) -> (*mut u8, usize) {
        (self.start, self.len)
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

/// The virtual view of usable physical range `[start, end)` through the physical-memory offset,
/// or `None` if the region is not usable RAM or the addresses do not fit.
pub fn usable_region(region: &MemoryRegion, physical_memory_offset: u64) -> Option<UsableSpan> {
    if region.kind != MemoryRegionKind::Usable || region.end <= region.start {
        return None;
    }
    let virt = physical_memory_offset.checked_add(region.start)?;
    physical_memory_offset.checked_add(region.end)?;
    let len = usize::try_from(region.end - region.start).ok()?;
    Some(UsableSpan {
        start: virt as *mut u8,
        len,
    })
}

/// The ramdisk the bootloader loaded, as bytes.
pub fn ramdisk(addr: u64, len: u64) -> Option<&'static [u8]> {
    let len = usize::try_from(len).ok()?;
    if addr == 0 || len == 0 || addr.checked_add(len as u64).is_none() {
        return None;
    }
    // SAFETY: the bootloader loaded the ramdisk at `addr` (a kernel virtual address it mapped
    // read-only for us, `BootInfo::ramdisk_addr`) with exactly `len` bytes, and that memory is
    // reported as used, so nothing ever writes it: a shared slice for the kernel's whole life
    // is sound.
    Some(unsafe { core::slice::from_raw_parts(addr as *const u8, len) })
}
