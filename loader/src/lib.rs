//! `.beam` parsing for BeamOS: the IFF container, its chunks, compact-term operands, the
//! external term format of literals and the line table. `no_std` + `alloc`; no input may panic.
#![no_std]
extern crate alloc;

use alloc::string::String;

/// Why a `.beam` could not be read: which chunk, at which byte offset of the file, and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub chunk: [u8; 4],
    pub offset: usize,
    pub what: &'static str,
}

impl core::fmt::Display for LoadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let c = core::str::from_utf8(&self.chunk).unwrap_or("????");
        write!(f, "{} (chunk {}, byte offset {})", self.what, c, self.offset)
    }
}

fn err(chunk: &[u8; 4], offset: usize, what: &'static str) -> LoadError {
    LoadError { chunk: *chunk, offset, what }
}

/// Finds a chunk by id in a `FOR1 size BEAM` container; returns its bytes and their file offset.
pub fn find_chunk<'a>(file: &'a [u8], id: &[u8; 4]) -> Result<Option<(&'a [u8], usize)>, LoadError> {
    if file.len() < 12 || &file[0..4] != b"FOR1" || &file[8..12] != b"BEAM" {
        return Err(err(b"FOR1", 0, "not a BEAM file (no FOR1/BEAM header)"));
    }
    let mut pos = 12;
    while pos + 8 <= file.len() {
        let cid: [u8; 4] = [file[pos], file[pos + 1], file[pos + 2], file[pos + 3]];
        let len = u32::from_be_bytes([file[pos + 4], file[pos + 5], file[pos + 6], file[pos + 7]]) as usize;
        let start = pos + 8;
        let end = start.checked_add(len).filter(|&e| e <= file.len());
        let Some(end) = end else {
            return Err(err(&cid, pos + 4, "chunk size runs past the end of the file"));
        };
        if &cid == id {
            return Ok(Some((&file[start..end], start)));
        }
        pos = start + ((len + 3) & !3);
    }
    Ok(None)
}

/// The module name (atom 1 of the `AtU8` chunk).
pub fn module_name(file: &[u8]) -> Result<String, LoadError> {
    let Some((atoms, at)) = find_chunk(file, b"AtU8")? else {
        return Err(err(b"AtU8", 0, "no AtU8 chunk"));
    };
    if atoms.len() < 5 {
        return Err(err(b"AtU8", at, "atom chunk too short"));
    }
    let len = atoms[4] as usize;
    let name = atoms.get(5..5 + len).ok_or(err(b"AtU8", at + 4, "atom runs past the chunk"))?;
    let name = core::str::from_utf8(name).map_err(|_| err(b"AtU8", at + 5, "atom is not UTF-8"))?;
    Ok(String::from(name))
}
