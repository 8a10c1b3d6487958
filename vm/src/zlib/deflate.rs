//! The deflate compressor of zlib 1.2.13 with its default parameters (window bits 15, memory
//! level 8, default strategy), as OTP calls it: `deflateInit(level)` then `deflate(Z_FINISH)`
//! over the whole input. The matcher (hash chains, `longest_match`), the window sliding, the
//! greedy (levels 1-3) and lazy (levels 4-9) parsers and the points where blocks end are those
//! of zlib, so that the output is the same byte for byte. Level 0 (stored blocks only) is not
//! needed by OTP's `term_to_binary` (level 0 means "not compressed") and is not provided.

use super::trees::Trees;
use alloc::vec;
use alloc::vec::Vec;

const W_BITS: usize = 15;
const W_SIZE: usize = 1 << W_BITS;
const W_MASK: usize = W_SIZE - 1;
const WINDOW_SIZE: usize = 2 * W_SIZE;
const HASH_BITS: u32 = 8 + 7; // memLevel + 7
const HASH_SIZE: usize = 1 << HASH_BITS;
const HASH_MASK: u32 = (HASH_SIZE - 1) as u32;
const HASH_SHIFT: u32 = HASH_BITS.div_ceil(MIN_MATCH as u32);
pub(super) const MIN_MATCH: usize = 3;
pub(super) const MAX_MATCH: usize = 258;
const MIN_LOOKAHEAD: usize = MAX_MATCH + MIN_MATCH + 1;
const MAX_DIST: usize = W_SIZE - MIN_LOOKAHEAD;
/// Bytes past the data that zlib keeps zeroed so the matcher never reads stale memory.
const WIN_INIT: usize = MAX_MATCH;
const TOO_FAR: usize = 4096;
const NIL: usize = 0;

/// zlib's `configuration_table`: good_length, max_lazy (max_insert for levels 1-3),
/// nice_length, max_chain; `true` for the lazy parser.
const CONFIG: [(usize, usize, usize, usize, bool); 10] = [
    (0, 0, 0, 0, false),
    (4, 4, 8, 4, false),
    (4, 5, 16, 8, false),
    (4, 6, 32, 32, false),
    (4, 4, 16, 16, true),
    (8, 16, 32, 32, true),
    (8, 16, 128, 128, true),
    (8, 32, 128, 256, true),
    (32, 128, 258, 1024, true),
    (32, 258, 258, 4096, true),
];

struct State<'a> {
    input: &'a [u8],
    in_pos: usize,
    adler: u32,
    window: Vec<u8>,
    prev: Vec<u16>,
    head: Vec<u16>,
    ins_h: u32,
    /// Start of the current block in the window; negative once the window slid past it.
    block_start: i64,
    match_length: usize,
    prev_match: usize,
    match_available: bool,
    strstart: usize,
    match_start: usize,
    lookahead: usize,
    prev_length: usize,
    max_chain_length: usize,
    max_lazy_match: usize,
    good_match: usize,
    nice_match: usize,
    insert: usize,
    high_water: usize,
    trees: Trees,
}

/// Compresses `data` into a zlib stream exactly as zlib 1.2.13's `compress2(level)` does.
/// `level` is 1..=9 (other values are clamped into that range).
pub fn compress(data: &[u8], level: u8) -> Vec<u8> {
    let level = level.clamp(1, 9) as usize;
    let (good, lazy, nice, chain, slow) = CONFIG[level];
    let mut s = State {
        input: data,
        in_pos: 0,
        adler: 1,
        window: vec![0u8; WINDOW_SIZE],
        prev: vec![0u16; W_SIZE],
        head: vec![0u16; HASH_SIZE],
        ins_h: 0,
        block_start: 0,
        match_length: MIN_MATCH - 1,
        prev_match: 0,
        match_available: false,
        strstart: 0,
        match_start: 0,
        lookahead: 0,
        prev_length: MIN_MATCH - 1,
        max_chain_length: chain,
        max_lazy_match: lazy,
        good_match: good,
        nice_match: nice,
        insert: 0,
        high_water: 0,
        trees: Trees::new(level),
    };
    // The zlib header: deflate method with a 32K window, and the level class.
    let level_flags: u32 = if level < 2 {
        0
    } else if level < 6 {
        1
    } else if level == 6 {
        2
    } else {
        3
    };
    let mut header: u32 = (0x78 << 8) | (level_flags << 6);
    header += 31 - (header % 31);
    s.trees.out.push((header >> 8) as u8);
    s.trees.out.push(header as u8);
    if slow {
        s.deflate_slow();
    } else {
        s.deflate_fast();
    }
    let adler = s.adler;
    let mut out = core::mem::take(&mut s.trees.out);
    out.extend_from_slice(&adler.to_be_bytes());
    out
}

impl State<'_> {
    #[inline(always)]
    fn update_hash(&self, h: u32, c: u8) -> u32 {
        ((h << HASH_SHIFT) ^ u32::from(c)) & HASH_MASK
    }

    /// Inserts the string at `pos` into the hash chains; returns the previous head.
    #[inline(always)]
    fn insert_string(&mut self, pos: usize) -> usize {
        self.ins_h = self.update_hash(self.ins_h, self.window[pos + MIN_MATCH - 1]);
        let h = self.head[self.ins_h as usize];
        self.prev[pos & W_MASK] = h;
        self.head[self.ins_h as usize] = pos as u16;
        usize::from(h)
    }

    fn slide_hash(&mut self) {
        for m in self.head.iter_mut() {
            *m = if usize::from(*m) >= W_SIZE {
                *m - W_SIZE as u16
            } else {
                NIL as u16
            };
        }
        for m in self.prev.iter_mut() {
            *m = if usize::from(*m) >= W_SIZE {
                *m - W_SIZE as u16
            } else {
                NIL as u16
            };
        }
    }

    /// Copies up to `size` input bytes into the window at `at`, updating the checksum.
    fn read_buf(&mut self, at: usize, size: usize) -> usize {
        let n = (self.input.len() - self.in_pos).min(size);
        if n == 0 {
            return 0;
        }
        let src = &self.input[self.in_pos..self.in_pos + n];
        self.window[at..at + n].copy_from_slice(src);
        self.adler = super::adler32(self.adler, src);
        self.in_pos += n;
        n
    }

    fn avail_in(&self) -> usize {
        self.input.len() - self.in_pos
    }

    fn fill_window(&mut self) {
        loop {
            let mut more = WINDOW_SIZE - self.lookahead - self.strstart;
            if self.strstart >= W_SIZE + MAX_DIST {
                self.window.copy_within(W_SIZE..W_SIZE + W_SIZE - more, 0);
                self.match_start = self.match_start.wrapping_sub(W_SIZE);
                self.strstart -= W_SIZE;
                self.block_start -= W_SIZE as i64;
                if self.insert > self.strstart {
                    self.insert = self.strstart;
                }
                self.slide_hash();
                more += W_SIZE;
            }
            if self.avail_in() == 0 {
                break;
            }
            let n = self.read_buf(self.strstart + self.lookahead, more);
            self.lookahead += n;

            if self.lookahead + self.insert >= MIN_MATCH {
                let mut str = self.strstart - self.insert;
                self.ins_h = u32::from(self.window[str]);
                self.ins_h = self.update_hash(self.ins_h, self.window[str + 1]);
                while self.insert > 0 {
                    self.ins_h = self.update_hash(self.ins_h, self.window[str + MIN_MATCH - 1]);
                    self.prev[str & W_MASK] = self.head[self.ins_h as usize];
                    self.head[self.ins_h as usize] = str as u16;
                    str += 1;
                    self.insert -= 1;
                    if self.lookahead + self.insert < MIN_MATCH {
                        break;
                    }
                }
            }
            if !(self.lookahead < MIN_LOOKAHEAD && self.avail_in() != 0) {
                break;
            }
        }
        // Zero the bytes after the data that the matcher may look at (zlib's high-water mark).
        if self.high_water < WINDOW_SIZE {
            let curr = self.strstart + self.lookahead;
            if self.high_water < curr {
                let init = (WINDOW_SIZE - curr).min(WIN_INIT);
                self.window[curr..curr + init].fill(0);
                self.high_water = curr + init;
            } else if self.high_water < curr + WIN_INIT {
                let init = (curr + WIN_INIT - self.high_water).min(WINDOW_SIZE - self.high_water);
                self.window[self.high_water..self.high_water + init].fill(0);
                self.high_water += init;
            }
        }
    }

    /// zlib's `longest_match`: the longest match for the string at `strstart` along the hash
    /// chain starting at `cur_match`, at least `prev_length` long to count.
    fn longest_match(&mut self, mut cur_match: usize) -> usize {
        let mut chain_length = self.max_chain_length;
        let scan = self.strstart;
        let mut best_len = self.prev_length;
        let mut nice_match = self.nice_match;
        let limit = if self.strstart > MAX_DIST {
            self.strstart - MAX_DIST
        } else {
            NIL
        };
        let strend = self.strstart + MAX_MATCH;
        let w = &self.window;
        let mut scan_end1 = w[scan + best_len - 1];
        let mut scan_end = w[scan + best_len];
        if self.prev_length >= self.good_match {
            chain_length >>= 2;
        }
        if nice_match > self.lookahead {
            nice_match = self.lookahead;
        }
        loop {
            let m = cur_match;
            // The bytes at scan+2 and m+2 are equal when these match, given equal hashes.
            if w[m + best_len] == scan_end
                && w[m + best_len - 1] == scan_end1
                && w[m] == w[scan]
                && w[m + 1] == w[scan + 1]
            {
                let mut si = scan + 2;
                let mut mi = m + 2;
                while si < strend {
                    si += 1;
                    mi += 1;
                    if w[si] != w[mi] {
                        break;
                    }
                }
                let len = si - scan;
                if len > best_len {
                    self.match_start = cur_match;
                    best_len = len;
                    if len >= nice_match {
                        break;
                    }
                    scan_end1 = w[scan + best_len - 1];
                    scan_end = w[scan + best_len];
                }
            }
            cur_match = usize::from(self.prev[cur_match & W_MASK]);
            if cur_match <= limit {
                break;
            }
            chain_length -= 1;
            if chain_length == 0 {
                break;
            }
        }
        best_len.min(self.lookahead)
    }

    fn flush_block(&mut self, last: bool) {
        let stored = if self.block_start >= 0 {
            let start = self.block_start as usize;
            Some(&self.window[start..self.strstart])
        } else {
            None
        };
        let stored_len = (self.strstart as i64 - self.block_start) as usize;
        self.trees.flush_block(stored, stored_len, last);
        self.block_start = self.strstart as i64;
    }

    /// Levels 1-3: take the longest match at each position, no lazy evaluation.
    fn deflate_fast(&mut self) {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window();
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = NIL;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            if hash_head != NIL && self.strstart.wrapping_sub(hash_head) <= MAX_DIST {
                self.match_length = self.longest_match(hash_head);
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.trees.tally_dist(
                    self.strstart - self.match_start,
                    self.match_length - MIN_MATCH,
                );
                self.lookahead -= self.match_length;
                // The lazy field is max_insert_length at these levels.
                if self.match_length <= self.max_lazy_match && self.lookahead >= MIN_MATCH {
                    self.match_length -= 1;
                    loop {
                        self.strstart += 1;
                        self.insert_string(self.strstart);
                        self.match_length -= 1;
                        if self.match_length == 0 {
                            break;
                        }
                    }
                    self.strstart += 1;
                } else {
                    self.strstart += self.match_length;
                    self.match_length = 0;
                    self.ins_h = u32::from(self.window[self.strstart]);
                    self.ins_h = self.update_hash(self.ins_h, self.window[self.strstart + 1]);
                }
            } else {
                bflush = self.trees.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block(false);
            }
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.flush_block(true);
    }

    /// Levels 4-9: lazy evaluation (emit a match only if the next position has no longer one).
    fn deflate_slow(&mut self) {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window();
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = NIL;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            self.prev_length = self.match_length;
            self.prev_match = self.match_start;
            self.match_length = MIN_MATCH - 1;

            if hash_head != NIL
                && self.prev_length < self.max_lazy_match
                && self.strstart.wrapping_sub(hash_head) <= MAX_DIST
            {
                self.match_length = self.longest_match(hash_head);
                if self.match_length <= 5
                    && self.match_length == MIN_MATCH
                    && self.strstart.wrapping_sub(self.match_start) > TOO_FAR
                {
                    self.match_length = MIN_MATCH - 1;
                }
            }
            if self.prev_length >= MIN_MATCH && self.match_length <= self.prev_length {
                let max_insert = self.strstart + self.lookahead - MIN_MATCH;
                let bflush = self.trees.tally_dist(
                    self.strstart - 1 - self.prev_match,
                    self.prev_length - MIN_MATCH,
                );
                self.lookahead -= self.prev_length - 1;
                self.prev_length -= 2;
                loop {
                    self.strstart += 1;
                    if self.strstart <= max_insert {
                        self.insert_string(self.strstart);
                    }
                    self.prev_length -= 1;
                    if self.prev_length == 0 {
                        break;
                    }
                }
                self.match_available = false;
                self.match_length = MIN_MATCH - 1;
                self.strstart += 1;
                if bflush {
                    self.flush_block(false);
                }
            } else if self.match_available {
                let bflush = self.trees.tally_lit(self.window[self.strstart - 1]);
                if bflush {
                    self.flush_block(false);
                }
                self.strstart += 1;
                self.lookahead -= 1;
            } else {
                self.match_available = true;
                self.strstart += 1;
                self.lookahead -= 1;
            }
        }
        if self.match_available {
            self.trees.tally_lit(self.window[self.strstart - 1]);
            self.match_available = false;
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.flush_block(true);
    }
}
