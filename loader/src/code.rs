//! The `Code` chunk: a byte stream of generic instructions, each an opcode byte followed by its
//! operands in the compact-term encoding. Decoded once into [`Code`]: instructions plus a flat
//! operand arena.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::int::Int;
use crate::opcodes;
use crate::{err, LoadError};

/// Largest number of elements accepted in one extended list or allocation list.
const MAX_LIST: u64 = 1 << 24;

/// An X or Y register (the register inside a typed-register operand).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reg {
    X(u32),
    Y(u32),
}

/// What an allocation-list item counts (`{words,N}`, `{floats,N}`, `{funs,N}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AllocKind {
    Words,
    Floats,
    Funs,
}

/// One decoded operand.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// Tag `u`: an unsigned number (counts, arities, import/export indexes, ...).
    Unsigned(u64),
    /// Tag `i`: a signed integer of any size.
    Integer(Int),
    /// Tag `a`: an atom index into the atom table (1-based); 0 means `[]` (nil).
    Atom(u32),
    X(u32),
    Y(u32),
    /// Tag `f`: a label; 0 means "no label" (e.g. no failure label).
    Label(u32),
    /// Tag `h`: a character.
    Char(u32),
    /// z-tag 1: an extended list of operands.
    List(Box<[Operand]>),
    /// z-tag 2.
    FloatReg(u32),
    /// z-tag 3: an allocation list, items in file order.
    Alloc(Box<[(AllocKind, u64)]>),
    /// z-tag 4: an index into the literal table.
    Literal(u32),
    /// z-tag 5 (OTP 25): a register with an index into the `Type` chunk's table.
    TypedReg {
        reg: Reg,
        type_index: u32,
    },
    /// z-tag 0: an inline float (no compiler emits it; kept for completeness).
    Float(f64),
}

/// One generic instruction: its opcode, where it starts in the `Code` chunk's instruction
/// stream (byte offset from the first opcode), and a range in [`Code::operands`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instruction {
    pub opcode: u8,
    pub offset: u32,
    pub first_operand: u32,
    pub operand_count: u8,
}

/// The decoded `Code` chunk.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Code {
    /// `Format` (instruction set; 0 in every OTP release so far).
    pub format: u32,
    pub max_opcode: u32,
    pub label_count: u32,
    pub function_count: u32,
    /// File offset of the first opcode byte (for error reports).
    pub file_offset: usize,
    pub instructions: Vec<Instruction>,
    pub operands: Vec<Operand>,
}

impl Code {
    /// The operands of one instruction of this code.
    pub fn operands_of(&self, instr: &Instruction) -> &[Operand] {
        let start = instr.first_operand as usize;
        let end = start.saturating_add(usize::from(instr.operand_count));
        self.operands.get(start..end).unwrap_or(&[])
    }

    /// Each instruction with its operands.
    pub fn iter(&self) -> impl Iterator<Item = (&Instruction, &[Operand])> + '_ {
        self.instructions
            .iter()
            .map(move |i| (i, self.operands_of(i)))
    }
}

/// Decodes a `Code` chunk (`chunk` is its contents, starting at file offset `at`).
pub fn decode_code(chunk: &[u8], at: usize) -> Result<Code, LoadError> {
    let word = |i: usize| -> Result<u32, LoadError> {
        chunk
            .get(i..i + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or(err(b"Code", at + i, "code chunk header truncated"))
    };
    let header_size = word(0)? as usize;
    if header_size < 16 {
        return Err(err(b"Code", at, "code header size below 16"));
    }
    let format = word(4)?;
    let max_opcode = word(8)?;
    let label_count = word(12)?;
    let function_count = word(16)?;
    let start = header_size
        .checked_add(4)
        .filter(|&s| s <= chunk.len())
        .ok_or(err(b"Code", at, "code header size runs past the chunk"))?;
    let stream = &chunk[start..];
    let file_offset = at + start;
    let mut code = Code {
        format,
        max_opcode,
        label_count,
        function_count,
        file_offset,
        // At least one byte per instruction and per operand: bounded by the input.
        instructions: Vec::with_capacity(stream.len() / 3),
        operands: Vec::with_capacity(stream.len() / 2),
    };
    let mut r = Cursor {
        bytes: stream,
        pos: 0,
        base: file_offset,
    };
    while r.pos < stream.len() {
        let offset = r.pos;
        let opcode = r.byte()?;
        let Some(info) = opcodes::info(opcode) else {
            return Err(err(b"Code", file_offset + offset, "unknown opcode"));
        };
        let first_operand =
            u32::try_from(code.operands.len()).map_err(|_| r.error("too many operands"))?;
        for _ in 0..info.arity {
            let op = r.operand()?;
            code.operands.push(op);
        }
        code.instructions.push(Instruction {
            opcode,
            offset: u32::try_from(offset).map_err(|_| r.error("code too large"))?,
            first_operand,
            operand_count: info.arity,
        });
    }
    Ok(code)
}

/// Tag numbers of the compact encoding.
const TAG_U: u8 = 0;
const TAG_I: u8 = 1;
const TAG_A: u8 = 2;
const TAG_X: u8 = 3;
const TAG_Y: u8 = 4;
const TAG_F: u8 = 5;
const TAG_H: u8 = 6;

/// A value as the compact encoding holds it before it is given a meaning by its tag.
enum Raw<'a> {
    Small(u64),
    /// Big-endian bytes of a value too long for the short forms (2 or more bytes).
    Bytes(&'a [u8]),
}

pub(crate) struct Cursor<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
    /// File offset of `bytes[0]`.
    pub(crate) base: usize,
}

impl<'a> Cursor<'a> {
    fn error(&self, what: &'static str) -> LoadError {
        err(b"Code", self.base.saturating_add(self.pos), what)
    }

    fn byte(&mut self) -> Result<u8, LoadError> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| self.error("instruction runs past the end of the code"))?;
        self.pos += 1;
        Ok(b)
    }

    /// The value part of a compact term whose first byte `b` has been read.
    fn raw(&mut self, b: u8) -> Result<Raw<'a>, LoadError> {
        if b & 0x08 == 0 {
            return Ok(Raw::Small(u64::from(b >> 4)));
        }
        if b & 0x10 == 0 {
            let next = self.byte()?;
            return Ok(Raw::Small((u64::from(b & 0xe0) << 3) | u64::from(next)));
        }
        let len = if b >> 5 == 7 {
            // The length itself follows as a `u` operand, biased by 9.
            let lb = self.byte()?;
            if lb & 7 != TAG_U {
                return Err(self.error("integer length is not a u operand"));
            }
            let l = self.unsigned_value(lb)?;
            usize::try_from(l)
                .ok()
                .and_then(|l| l.checked_add(9))
                .ok_or_else(|| self.error("integer length too large"))?
        } else {
            usize::from(b >> 5) + 2
        };
        let end = self.pos.checked_add(len).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(self.error("integer operand runs past the end of the code"));
        };
        let bytes = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(Raw::Bytes(bytes))
    }

    /// An unsigned value (any tag but `i` and `z`), which must fit a `u64`.
    fn unsigned_value(&mut self, b: u8) -> Result<u64, LoadError> {
        match self.raw(b)? {
            Raw::Small(v) => Ok(v),
            Raw::Bytes(bytes) => {
                let significant = bytes.iter().skip_while(|&&x| x == 0).count();
                if significant > 8 {
                    return Err(self.error("operand value does not fit 64 bits"));
                }
                Ok(bytes
                    .iter()
                    .fold(0u64, |acc, &x| acc.wrapping_shl(8) | u64::from(x)))
            }
        }
    }

    fn u32_value(&mut self, b: u8) -> Result<u32, LoadError> {
        let v = self.unsigned_value(b)?;
        u32::try_from(v).map_err(|_| self.error("operand value does not fit 32 bits"))
    }

    /// A nested `u` operand (inside z-tagged forms).
    fn nested_u(&mut self) -> Result<u64, LoadError> {
        let b = self.byte()?;
        if b & 7 != TAG_U {
            return Err(self.error("expected a u operand"));
        }
        self.unsigned_value(b)
    }

    fn nested_u32(&mut self) -> Result<u32, LoadError> {
        let v = self.nested_u()?;
        u32::try_from(v).map_err(|_| self.error("operand value does not fit 32 bits"))
    }

    pub(crate) fn operand(&mut self) -> Result<Operand, LoadError> {
        self.operand_in(true)
    }

    fn operand_in(&mut self, lists_allowed: bool) -> Result<Operand, LoadError> {
        let at = self.pos;
        let b = self.byte()?;
        Ok(match b & 7 {
            TAG_U => Operand::Unsigned(self.unsigned_value(b)?),
            TAG_I => match self.raw(b)? {
                Raw::Small(v) => Operand::Integer(Int::Small(v as i64)),
                Raw::Bytes(bytes) => Operand::Integer(Int::from_be_twos_complement(bytes)),
            },
            TAG_A => Operand::Atom(self.u32_value(b)?),
            TAG_X => Operand::X(self.u32_value(b)?),
            TAG_Y => Operand::Y(self.u32_value(b)?),
            TAG_F => Operand::Label(self.u32_value(b)?),
            TAG_H => Operand::Char(self.u32_value(b)?),
            _ => {
                // TAG_Z, the only tag left.
                if b & 0x08 != 0 {
                    return Err(err(
                        b"Code",
                        self.base + at,
                        "extended operand with a long tag",
                    ));
                }
                match b >> 4 {
                    0 => {
                        let bytes = self
                            .bytes
                            .get(self.pos..self.pos + 8)
                            .ok_or_else(|| self.error("float operand truncated"))?;
                        let mut a = [0u8; 8];
                        a.copy_from_slice(bytes);
                        self.pos += 8;
                        Operand::Float(f64::from_be_bytes(a))
                    }
                    1 => {
                        if !lists_allowed {
                            return Err(err(b"Code", self.base + at, "list nested in a list"));
                        }
                        let n = self.nested_u()?;
                        // Each element takes at least one byte.
                        if n > MAX_LIST || n as usize > self.bytes.len().saturating_sub(self.pos) {
                            return Err(err(
                                b"Code",
                                self.base + at,
                                "list length larger than the remaining code",
                            ));
                        }
                        let mut items = Vec::with_capacity(n as usize);
                        for _ in 0..n {
                            items.push(self.operand_in(false)?);
                        }
                        Operand::List(items.into_boxed_slice())
                    }
                    2 => Operand::FloatReg(self.nested_u32()?),
                    3 => {
                        let n = self.nested_u()?;
                        if n > MAX_LIST
                            || (n as usize).saturating_mul(2)
                                > self.bytes.len().saturating_sub(self.pos)
                        {
                            return Err(err(
                                b"Code",
                                self.base + at,
                                "allocation list longer than the remaining code",
                            ));
                        }
                        let mut items = Vec::with_capacity(n as usize);
                        for _ in 0..n {
                            let kind = match self.nested_u()? {
                                0 => AllocKind::Words,
                                1 => AllocKind::Floats,
                                2 => AllocKind::Funs,
                                _ => return Err(self.error("unknown allocation list item kind")),
                            };
                            items.push((kind, self.nested_u()?));
                        }
                        Operand::Alloc(items.into_boxed_slice())
                    }
                    4 => Operand::Literal(self.nested_u32()?),
                    5 => {
                        let rb = self.byte()?;
                        let reg = match rb & 7 {
                            TAG_X => Reg::X(self.u32_value(rb)?),
                            TAG_Y => Reg::Y(self.u32_value(rb)?),
                            _ => return Err(self.error("typed register is not an x or y register")),
                        };
                        let type_index = self.nested_u32()?;
                        Operand::TypedReg { reg, type_index }
                    }
                    _ => return Err(err(b"Code", self.base + at, "unknown extended operand tag")),
                }
            }
        })
    }
}
