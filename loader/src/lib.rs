//! `.beam` parsing for BeamOS: the IFF container, its chunks, compact-term operands, the
//! external term format of literals and the line table. `no_std` + `alloc`; no input may panic.
//!
//! [`parse`] reads a whole file into a [`BeamModule`] (owned data). Atom indexes everywhere
//! (imports, exports, `a` operands) are the file's 1-based indexes: use [`BeamModule::atom`].
#![no_std]
extern crate alloc;

pub mod code;
pub mod etf;
pub mod int;
pub mod maporder;
pub mod opcodes;
pub mod write;

use alloc::string::String;
use alloc::vec::Vec;

pub use code::{AllocKind, Code, Instruction, Operand, Reg};
pub use etf::Term;
pub use int::{BigInt, Int};

/// Why a `.beam` could not be read: which chunk, at which byte offset, and what was wrong.
/// `offset` is a file offset, except inside `LitT`, where literals live in compressed data: there
/// it is the offset in the uncompressed literal table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub chunk: [u8; 4],
    pub offset: usize,
    pub what: &'static str,
}

impl core::fmt::Display for LoadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let c = core::str::from_utf8(&self.chunk).unwrap_or("????");
        write!(
            f,
            "{} (chunk {}, byte offset {})",
            self.what, c, self.offset
        )
    }
}

pub(crate) fn err(chunk: &[u8; 4], offset: usize, what: &'static str) -> LoadError {
    LoadError {
        chunk: *chunk,
        offset,
        what,
    }
}

/// One chunk of the IFF container: its id, contents and the file offset of the contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk<'a> {
    pub id: [u8; 4],
    pub data: &'a [u8],
    pub offset: usize,
}

/// All chunks of a `FOR1 size BEAM` container, in file order.
pub fn chunks(file: &[u8]) -> Result<Vec<Chunk<'_>>, LoadError> {
    if file.len() < 12 || file.get(0..4) != Some(b"FOR1") || file.get(8..12) != Some(b"BEAM") {
        return Err(err(b"FOR1", 0, "not a BEAM file (no FOR1/BEAM header)"));
    }
    let mut out = Vec::new();
    let mut pos: usize = 12;
    while pos.saturating_add(8) <= file.len() {
        let mut cid = [0u8; 4];
        cid.copy_from_slice(&file[pos..pos + 4]);
        let len = u32::from_be_bytes([file[pos + 4], file[pos + 5], file[pos + 6], file[pos + 7]])
            as usize;
        let start = pos + 8;
        let end = start.checked_add(len).filter(|&e| e <= file.len());
        let Some(end) = end else {
            return Err(err(
                &cid,
                pos + 4,
                "chunk size runs past the end of the file",
            ));
        };
        out.push(Chunk {
            id: cid,
            data: &file[start..end],
            offset: start,
        });
        // Chunks are 4-byte aligned; the padding after the last one may be missing.
        pos = end.saturating_add(3) & !3;
    }
    Ok(out)
}

/// Finds a chunk by id in a `FOR1 size BEAM` container; returns its bytes and their file offset.
pub fn find_chunk<'a>(
    file: &'a [u8],
    id: &[u8; 4],
) -> Result<Option<(&'a [u8], usize)>, LoadError> {
    Ok(chunks(file)?
        .into_iter()
        .find(|c| &c.id == id)
        .map(|c| (c.data, c.offset)))
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
    let name = atoms
        .get(5..5 + len)
        .ok_or(err(b"AtU8", at + 4, "atom runs past the chunk"))?;
    let name = core::str::from_utf8(name).map_err(|_| err(b"AtU8", at + 5, "atom is not UTF-8"))?;
    Ok(String::from(name))
}

/// An imported function `module:function/arity` (atom indexes, 1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Import {
    pub module: u32,
    pub function: u32,
    pub arity: u32,
}

/// An exported or local function: name (atom index, 1-based), arity and entry label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FunctionEntry {
    pub function: u32,
    pub arity: u32,
    pub label: u32,
}

/// A `FunT` entry: a lambda's implementing function (atom index), arity (including free
/// variables), entry label, index, number of free variables and old uniq.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lambda {
    pub function: u32,
    pub arity: u32,
    pub label: u32,
    pub index: u32,
    pub num_free: u32,
    pub old_uniq: u32,
}

/// One location of the `Line` chunk: a file index into [`LineTable::files`] and a line number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Location {
    pub file: u32,
    pub line: u32,
}

/// The `Line` chunk. A `line N` instruction refers to `locations[N]`; location 0 means "no
/// location" (file 0, line 0). File 0 is the module's own source, `<module>.erl`, which the
/// chunk does not store; `files[0]` holds that implied name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineTable {
    pub version: u32,
    pub flags: u32,
    pub instruction_count: u32,
    pub locations: Vec<Location>,
    pub files: Vec<String>,
}

/// One `Type` chunk entry (OTP 25, version 1): type bits (`BEAM_TYPE_*` of `beam_types.hrl`) and an
/// integer range, meaningful when the integer bit is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TypeEntry {
    pub bits: u16,
    pub min: i64,
    pub max: i64,
}

/// The `Type` chunk bit assignments (OTP 25 `beam_types.hrl`).
pub mod type_bits {
    pub const ATOM: u16 = 1 << 0;
    pub const BITSTRING: u16 = 1 << 1;
    pub const BS_MATCHSTATE: u16 = 1 << 2;
    pub const CONS: u16 = 1 << 3;
    pub const FLOAT: u16 = 1 << 4;
    pub const FUN: u16 = 1 << 5;
    pub const INTEGER: u16 = 1 << 6;
    pub const MAP: u16 = 1 << 7;
    pub const NIL: u16 = 1 << 8;
    pub const PID: u16 = 1 << 9;
    pub const PORT: u16 = 1 << 10;
    pub const REFERENCE: u16 = 1 << 11;
    pub const TUPLE: u16 = 1 << 12;
}

/// A parsed module: every chunk OTP 25 and Elixir 1.14 write, decoded. Chunks that are absent are
/// empty (`Vec`) or `None`; unknown chunks (Dbgi, Docs, ExCk, ...) are skipped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BeamModule {
    /// Atoms in file order: `atoms[0]` is file atom 1, the module name.
    pub atoms: Vec<String>,
    pub code: Code,
    /// `StrT`: the string table (bytes referred to by `bs_put_string`/`bs_match_string`).
    pub strings: Vec<u8>,
    pub imports: Vec<Import>,
    pub exports: Vec<FunctionEntry>,
    pub locals: Vec<FunctionEntry>,
    pub lambdas: Vec<Lambda>,
    pub literals: Vec<Term>,
    pub attributes: Option<Term>,
    pub compile_info: Option<Term>,
    pub meta: Option<Term>,
    pub lines: Option<LineTable>,
    pub types: Option<Vec<TypeEntry>>,
}

impl BeamModule {
    /// The module's name (atom 1).
    pub fn name(&self) -> &str {
        self.atoms.first().map(String::as_str).unwrap_or("")
    }

    /// The atom with this file index (1-based; 0 is nil and has no text).
    pub fn atom(&self, index: u32) -> Option<&str> {
        let i = usize::try_from(index).ok()?.checked_sub(1)?;
        self.atoms.get(i).map(String::as_str)
    }
}

/// Reads and decodes every known chunk of a `.beam` file.
pub fn parse(file: &[u8]) -> Result<BeamModule, LoadError> {
    let all = chunks(file)?;
    let get = |id: &[u8; 4]| all.iter().find(|c| &c.id == id).copied();
    let atoms = match (get(b"AtU8"), get(b"Atom")) {
        (Some(c), _) => parse_atoms(c, true)?,
        (None, Some(c)) => parse_atoms(c, false)?,
        (None, None) => return Err(err(b"AtU8", 0, "no atom chunk")),
    };
    let mut m = BeamModule {
        atoms,
        ..BeamModule::default()
    };
    let atom_count = m.atoms.len();
    let check_atom = |index: u32, c: &Chunk, pos: usize| -> Result<u32, LoadError> {
        if index == 0 || index as usize > atom_count {
            return Err(err(&c.id, c.offset + pos, "atom index out of range"));
        }
        Ok(index)
    };

    let code = get(b"Code").ok_or(err(b"Code", 0, "no Code chunk"))?;
    m.code = code::decode_code(code.data, code.offset)?;

    if let Some(c) = get(b"StrT") {
        m.strings = c.data.to_vec();
    }
    if let Some(c) = get(b"ImpT") {
        for (pos, w) in table::<3>(&c)? {
            m.imports.push(Import {
                module: check_atom(w[0], &c, pos)?,
                function: check_atom(w[1], &c, pos + 4)?,
                arity: w[2],
            });
        }
    }
    for (id, dst) in [(b"ExpT", &mut m.exports), (b"LocT", &mut m.locals)] {
        if let Some(c) = get(id) {
            for (pos, w) in table::<3>(&c)? {
                dst.push(FunctionEntry {
                    function: check_atom(w[0], &c, pos)?,
                    arity: w[1],
                    label: w[2],
                });
            }
        }
    }
    if let Some(c) = get(b"FunT") {
        for (pos, w) in table::<6>(&c)? {
            m.lambdas.push(Lambda {
                function: check_atom(w[0], &c, pos)?,
                arity: w[1],
                label: w[2],
                index: w[3],
                num_free: w[4],
                old_uniq: w[5],
            });
        }
    }
    if let Some(c) = get(b"LitT") {
        m.literals = parse_literals(c)?;
    }
    let term_chunk = |id: &[u8; 4]| -> Result<Option<Term>, LoadError> {
        match get(id) {
            None => Ok(None),
            Some(c) => etf::decode(c.data).map(Some).map_err(|e| LoadError {
                chunk: c.id,
                offset: c.offset + e.offset,
                what: e.what,
            }),
        }
    };
    m.attributes = term_chunk(b"Attr")?;
    m.compile_info = term_chunk(b"CInf")?;
    m.meta = term_chunk(b"Meta")?;
    if let Some(c) = get(b"Line") {
        m.lines = Some(parse_lines(c, m.name())?);
    }
    if let Some(c) = get(b"Type") {
        m.types = Some(parse_types(c)?);
    }
    Ok(m)
}

fn be32(data: &[u8], pos: usize) -> Option<u32> {
    let b = data.get(pos..pos.checked_add(4)?)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// A chunk that is `Count:32` followed by `Count` rows of `N` 32-bit words; yields each row
/// with its byte position in the chunk.
fn table<const N: usize>(c: &Chunk) -> Result<Vec<(usize, [u32; N])>, LoadError> {
    let count = be32(c.data, 0).ok_or(err(&c.id, c.offset, "table chunk too short"))? as usize;
    let row = 4 * N;
    if count.saturating_mul(row) > c.data.len().saturating_sub(4) {
        return Err(err(&c.id, c.offset, "table count larger than the chunk"));
    }
    let mut rows = Vec::with_capacity(count);
    for i in 0..count {
        let pos = 4 + i * row;
        let mut w = [0u32; N];
        for (j, slot) in w.iter_mut().enumerate() {
            *slot = be32(c.data, pos + 4 * j).ok_or(err(
                &c.id,
                c.offset + pos,
                "table row truncated",
            ))?;
        }
        rows.push((pos, w));
    }
    Ok(rows)
}

fn parse_atoms(c: Chunk, utf8: bool) -> Result<Vec<String>, LoadError> {
    let count = be32(c.data, 0).ok_or(err(&c.id, c.offset, "atom chunk too short"))? as usize;
    if count > c.data.len().saturating_sub(4) {
        return Err(err(&c.id, c.offset, "atom count larger than the chunk"));
    }
    let mut atoms = Vec::with_capacity(count);
    let mut pos = 4;
    for _ in 0..count {
        let len = usize::from(*c.data.get(pos).ok_or(err(
            &c.id,
            c.offset + pos,
            "atom table truncated",
        ))?);
        let bytes = c.data.get(pos + 1..pos + 1 + len).ok_or(err(
            &c.id,
            c.offset + pos,
            "atom runs past the chunk",
        ))?;
        let text = if utf8 {
            String::from(
                core::str::from_utf8(bytes)
                    .map_err(|_| err(&c.id, c.offset + pos + 1, "atom is not UTF-8"))?,
            )
        } else {
            bytes.iter().map(|&b| char::from(b)).collect()
        };
        atoms.push(text);
        pos += 1 + len;
    }
    if atoms.is_empty() {
        return Err(err(&c.id, c.offset, "atom table is empty (no module name)"));
    }
    Ok(atoms)
}

/// Inflates a zlib stream that must produce exactly `size` bytes.
pub(crate) fn inflate_zlib(data: &[u8], size: usize) -> Result<Vec<u8>, &'static str> {
    // Deflate cannot expand more than ~1032:1; a larger claim is a lie we need not allocate for.
    if size > data.len().saturating_mul(1032).saturating_add(1024) {
        return Err("uncompressed size impossible for the compressed data");
    }
    let out = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, size)
        .map_err(|_| "corrupt zlib data (or more than its declared size)")?;
    if out.len() != size {
        return Err("zlib data inflates to a size other than the declared one");
    }
    Ok(out)
}

fn parse_literals(c: Chunk) -> Result<Vec<Term>, LoadError> {
    let size = be32(c.data, 0).ok_or(err(b"LitT", c.offset, "literal chunk too short"))? as usize;
    let rest = &c.data[4..];
    let inflated;
    let table: &[u8] = if size == 0 {
        rest
    } else {
        inflated = inflate_zlib(rest, size).map_err(|what| err(b"LitT", c.offset + 4, what))?;
        &inflated
    };
    let count = be32(table, 0).ok_or(err(b"LitT", 0, "literal table too short"))? as usize;
    if count.saturating_mul(4) > table.len().saturating_sub(4) {
        return Err(err(b"LitT", 0, "literal count larger than the table"));
    }
    let mut literals = Vec::with_capacity(count);
    let mut pos = 4;
    for _ in 0..count {
        let len = be32(table, pos).ok_or(err(b"LitT", pos, "literal table truncated"))? as usize;
        let blob = pos
            .checked_add(4 + len)
            .and_then(|end| table.get(pos + 4..end))
            .ok_or(err(b"LitT", pos, "literal runs past the table"))?;
        let term = etf::decode(blob).map_err(|e| err(b"LitT", pos + 4 + e.offset, e.what))?;
        literals.push(term);
        pos += 4 + len;
    }
    Ok(literals)
}

fn parse_lines(c: Chunk, module: &str) -> Result<LineTable, LoadError> {
    let header =
        |i: usize| be32(c.data, 4 * i).ok_or(err(b"Line", c.offset, "line chunk header truncated"));
    let version = header(0)?;
    let flags = header(1)?;
    let instruction_count = header(2)?;
    let item_count = header(3)? as usize;
    let name_count = header(4)? as usize;
    let mut cur = code::Cursor {
        bytes: c.data,
        pos: 20,
        base: c.offset,
    };
    // Each item takes at least one byte, each name two.
    if item_count > c.data.len() || name_count > c.data.len() / 2 {
        return Err(err(
            b"Line",
            c.offset,
            "line table counts larger than the chunk",
        ));
    }
    let mut locations = Vec::with_capacity(item_count + 1);
    locations.push(Location { file: 0, line: 0 });
    let mut file = 0u32;
    let line_err = |cur: &code::Cursor, what| err(b"Line", cur.base + cur.pos, what);
    while locations.len() <= item_count {
        let op = cur.operand().map_err(|e| LoadError {
            chunk: *b"Line",
            ..e
        })?;
        match op {
            Operand::Atom(f) => {
                if f as usize > name_count {
                    return Err(line_err(&cur, "line item names a file index out of range"));
                }
                file = f;
            }
            Operand::Integer(Int::Small(l)) => {
                let line =
                    u32::try_from(l).map_err(|_| line_err(&cur, "line number out of range"))?;
                locations.push(Location { file, line });
            }
            _ => return Err(line_err(&cur, "line item is neither a file nor a line")),
        }
    }
    let mut files = Vec::with_capacity(name_count + 1);
    files.push(alloc::format!("{module}.erl"));
    let mut pos = cur.pos;
    for _ in 0..name_count {
        let len = c
            .data
            .get(pos..pos + 2)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
            .ok_or(err(b"Line", c.offset + pos, "file name table truncated"))?;
        let bytes = c.data.get(pos + 2..pos + 2 + len).ok_or(err(
            b"Line",
            c.offset + pos,
            "file name runs past the chunk",
        ))?;
        let name = core::str::from_utf8(bytes)
            .map_err(|_| err(b"Line", c.offset + pos + 2, "file name is not UTF-8"))?;
        files.push(String::from(name));
        pos += 2 + len;
    }
    Ok(LineTable {
        version,
        flags,
        instruction_count,
        locations,
        files,
    })
}

fn parse_types(c: Chunk) -> Result<Vec<TypeEntry>, LoadError> {
    let version = be32(c.data, 0).ok_or(err(b"Type", c.offset, "type chunk too short"))?;
    if version != 1 {
        return Err(err(b"Type", c.offset, "unsupported type table version"));
    }
    let count = be32(c.data, 4).ok_or(err(b"Type", c.offset + 4, "type chunk too short"))? as usize;
    let body = &c.data[8..];
    if count.checked_mul(18) != Some(body.len()) {
        return Err(err(
            b"Type",
            c.offset + 4,
            "type count does not match the chunk size",
        ));
    }
    Ok(body
        .as_chunks::<18>()
        .0
        .iter()
        .map(|e| {
            let mut min = [0u8; 8];
            let mut max = [0u8; 8];
            min.copy_from_slice(&e[2..10]);
            max.copy_from_slice(&e[10..18]);
            TypeEntry {
                bits: u16::from_be_bytes([e[0], e[1]]),
                min: i64::from_be_bytes(min),
                max: i64::from_be_bytes(max),
            }
        })
        .collect())
}
