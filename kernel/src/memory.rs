//! Physical memory: reading the bootloader's memory map and growing the heap over it.

use alloc::vec::Vec;

use bootloader_api::info::{MemoryRegion, MemoryRegionKind};

use crate::arch::{heap, phys};

/// What the memory map held and how much of it became heap.
pub struct MemoryReport {
    /// Bytes of usable RAM in the map.
    pub usable_bytes: u64,
    /// Usable stretches after merging adjacent regions.
    pub usable_regions: usize,
    /// Bytes handed to the allocator (the static arena not included).
    pub heap_bytes: u64,
    /// Usable regions the allocator refused (too small for its bookkeeping).
    pub refused_regions: usize,
}

/// Regions below this size are not worth a heap of their own.
const MIN_HEAP_REGION: u64 = 64 * 1024;

/// Claims every usable region of at least `MIN_HEAP_REGION`, largest first, into the heap.
/// Needs the complete physical-memory mapping (`Mapping::Dynamic`).
pub fn init_heap(
    regions: &[MemoryRegion],
    physical_memory_offset: Option<u64>,
) -> Result<MemoryReport, &'static str> {
    let offset = physical_memory_offset.ok_or("the bootloader did not map physical memory")?;
    let usable = merged_usable(regions);
    let mut report = MemoryReport {
        usable_bytes: usable.iter().map(|r| r.end - r.start).sum(),
        usable_regions: usable.len(),
        heap_bytes: 0,
        refused_regions: 0,
    };
    let mut candidates: Vec<&MemoryRegion> = usable
        .iter()
        .filter(|r| r.end - r.start >= MIN_HEAP_REGION)
        .collect();
    candidates.sort_by_key(|r| core::cmp::Reverse(r.end - r.start));
    for region in candidates {
        let Some(span) = phys::usable_region(region, offset) else {
            report.refused_regions += 1;
            continue;
        };
        let len = span.len() as u64;
        if heap::claim(span) {
            report.heap_bytes += len;
        } else {
            report.refused_regions += 1;
        }
    }
    if report.heap_bytes == 0 {
        return Err("no usable memory region could be added to the heap");
    }
    Ok(report)
}

/// The usable regions sorted by address, with touching ones joined.
fn merged_usable(regions: &[MemoryRegion]) -> Vec<MemoryRegion> {
    let mut usable: Vec<MemoryRegion> = regions
        .iter()
        .filter(|r| r.kind == MemoryRegionKind::Usable && r.end > r.start)
        .copied()
        .collect();
    usable.sort_by_key(|r| r.start);
    let mut merged: Vec<MemoryRegion> = Vec::with_capacity(usable.len());
    for region in usable {
        match merged.last_mut() {
            Some(last) if last.end == region.start => last.end = region.end,
            _ => merged.push(region),
        }
    }
    merged
}
