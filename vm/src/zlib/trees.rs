//! Block output for the deflate port: symbol buffering, Huffman tree construction and the
//! choice between stored, static and dynamic blocks, as zlib 1.2.13's `trees.c` does them.
//!
//! The tree arrays keep zlib's layout where it matters for the result: a node's frequency and
//! its code share one slot (`fc`), as do its parent and its bit length (`dl`); the tie-breaks
//! of the heap (frequency, then depth) and the overflow fix-up of `gen_bitlen` decide code
//! lengths, which decide the block type and the bits.

use super::deflate::{MAX_MATCH, MIN_MATCH};
use alloc::vec;
use alloc::vec::Vec;

const LENGTH_CODES: usize = 29;
const LITERALS: usize = 256;
const L_CODES: usize = LITERALS + 1 + LENGTH_CODES;
const D_CODES: usize = 30;
const BL_CODES: usize = 19;
const HEAP_SIZE: usize = 2 * L_CODES + 1;
const MAX_BITS: usize = 15;
const MAX_BL_BITS: usize = 7;
const END_BLOCK: usize = 256;
const REP_3_6: usize = 16;
const REPZ_3_10: usize = 17;
const REPZ_11_138: usize = 18;
/// Symbols per block: lit_bufsize = 1 << (memLevel + 6).
const LIT_BUFSIZE: usize = 1 << (8 + 6);

const EXTRA_LBITS: [u8; LENGTH_CODES] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const EXTRA_DBITS: [u8; D_CODES] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
const EXTRA_BLBITS: [u8; BL_CODES] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER: [usize; BL_CODES] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// The fixed tables zlib builds in `tr_static_init`.
struct Static {
    ltree_code: [u16; L_CODES + 2],
    ltree_len: [u16; L_CODES + 2],
    dtree_code: [u16; D_CODES],
    length_code: [u8; MAX_MATCH - MIN_MATCH + 1],
    dist_code: [u8; 512],
    base_length: [u16; LENGTH_CODES],
    base_dist: [u16; D_CODES],
}

fn bi_reverse(mut code: u32, len: u32) -> u32 {
    let mut res = 0;
    for _ in 0..len {
        res |= code & 1;
        code >>= 1;
        res <<= 1;
    }
    res >> 1
}

/// zlib's `gen_codes` over a code-length array.
fn gen_codes(code: &mut [u16], len: &[u16], max_code: usize, bl_count: &[u16; MAX_BITS + 1]) {
    let mut next_code = [0u16; MAX_BITS + 1];
    let mut c: u32 = 0;
    for bits in 1..=MAX_BITS {
        c = (c + u32::from(bl_count[bits - 1])) << 1;
        next_code[bits] = c as u16;
    }
    for n in 0..=max_code {
        let l = usize::from(len[n]);
        if l == 0 {
            continue;
        }
        code[n] = bi_reverse(u32::from(next_code[l]), l as u32) as u16;
        next_code[l] = next_code[l].wrapping_add(1);
    }
}

fn build_static() -> Static {
    let mut s = Static {
        ltree_code: [0; L_CODES + 2],
        ltree_len: [0; L_CODES + 2],
        dtree_code: [0; D_CODES],
        length_code: [0; MAX_MATCH - MIN_MATCH + 1],
        dist_code: [0; 512],
        base_length: [0; LENGTH_CODES],
        base_dist: [0; D_CODES],
    };
    let mut length = 0usize;
    let mut code = 0usize;
    while code < LENGTH_CODES - 1 {
        s.base_length[code] = length as u16;
        for _ in 0..(1usize << EXTRA_LBITS[code]) {
            s.length_code[length] = code as u8;
            length += 1;
        }
        code += 1;
    }
    // Length 258 can be code 284 + 5 bits or code 285; the latter is shorter.
    s.length_code[length - 1] = code as u8;
    let mut dist = 0usize;
    code = 0;
    while code < 16 {
        s.base_dist[code] = dist as u16;
        for _ in 0..(1usize << EXTRA_DBITS[code]) {
            s.dist_code[dist] = code as u8;
            dist += 1;
        }
        code += 1;
    }
    dist >>= 7;
    while code < D_CODES {
        s.base_dist[code] = (dist << 7) as u16;
        for _ in 0..(1usize << (EXTRA_DBITS[code] - 7)) {
            s.dist_code[256 + dist] = code as u8;
            dist += 1;
        }
        code += 1;
    }
    let mut bl_count = [0u16; MAX_BITS + 1];
    for (n, len) in s.ltree_len.iter_mut().enumerate() {
        let l = match n {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
        *len = l;
        bl_count[usize::from(l)] += 1;
    }
    let lens = s.ltree_len;
    gen_codes(&mut s.ltree_code, &lens, L_CODES + 1, &bl_count);
    for (n, code) in s.dtree_code.iter_mut().enumerate() {
        *code = bi_reverse(n as u32, 5) as u16;
    }
    s
}

static STATIC: spin::Once<Static> = spin::Once::new();

fn statics() -> &'static Static {
    STATIC.call_once(build_static)
}

impl Static {
    #[inline(always)]
    fn d_code(&self, dist: usize) -> usize {
        if dist < 256 {
            usize::from(self.dist_code[dist])
        } else {
            usize::from(self.dist_code[256 + (dist >> 7)])
        }
    }
}

/// Which tree `build_tree` works on.
#[derive(Copy, Clone)]
enum Which {
    Lit,
    Dist,
    BitLen,
}

/// One dynamic tree: the `fc` (frequency, later code) and `dl` (parent, later length) slots.
struct Tree {
    fc: Vec<u16>,
    dl: Vec<u16>,
    max_code: usize,
}

impl Tree {
    fn new(size: usize) -> Tree {
        Tree {
            fc: vec![0; size],
            dl: vec![0; size],
            max_code: 0,
        }
    }
}

pub(super) struct Trees {
    level: usize,
    ltree: Tree,
    dtree: Tree,
    bltree: Tree,
    heap: [usize; HEAP_SIZE],
    heap_len: usize,
    heap_max: usize,
    depth: [u8; HEAP_SIZE],
    bl_count: [u16; MAX_BITS + 1],
    sym_buf: Vec<u8>,
    sym_end: usize,
    opt_len: u64,
    static_len: u64,
    bi_buf: u64,
    bi_valid: u32,
    /// The compressed stream written so far.
    pub(super) out: Vec<u8>,
}

impl Trees {
    pub(super) fn new(level: usize) -> Trees {
        let mut t = Trees {
            level,
            ltree: Tree::new(HEAP_SIZE),
            dtree: Tree::new(2 * D_CODES + 1),
            bltree: Tree::new(2 * BL_CODES + 1),
            heap: [0; HEAP_SIZE],
            heap_len: 0,
            heap_max: 0,
            depth: [0; HEAP_SIZE],
            bl_count: [0; MAX_BITS + 1],
            sym_buf: Vec::with_capacity(3 * LIT_BUFSIZE),
            sym_end: (LIT_BUFSIZE - 1) * 3,
            opt_len: 0,
            static_len: 0,
            bi_buf: 0,
            bi_valid: 0,
            out: Vec::new(),
        };
        t.init_block();
        t
    }

    fn init_block(&mut self) {
        self.ltree.fc[..L_CODES].fill(0);
        self.dtree.fc[..D_CODES].fill(0);
        self.bltree.fc[..BL_CODES].fill(0);
        self.ltree.fc[END_BLOCK] = 1;
        self.opt_len = 0;
        self.static_len = 0;
        self.sym_buf.clear();
    }

    /// Records a literal; whether the block is full.
    #[inline]
    pub(super) fn tally_lit(&mut self, c: u8) -> bool {
        self.sym_buf.extend_from_slice(&[0, 0, c]);
        self.ltree.fc[usize::from(c)] += 1;
        self.sym_buf.len() == self.sym_end
    }

    /// Records a match of `distance` and `length - MIN_MATCH`; whether the block is full.
    #[inline]
    pub(super) fn tally_dist(&mut self, distance: usize, length: usize) -> bool {
        let st = statics();
        let dist = distance as u16;
        self.sym_buf
            .extend_from_slice(&[dist as u8, (dist >> 8) as u8, length as u8]);
        let d = usize::from(dist) - 1;
        self.ltree.fc[usize::from(st.length_code[length & 0xff]) + LITERALS + 1] += 1;
        self.dtree.fc[st.d_code(d)] += 1;
        self.sym_buf.len() == self.sym_end
    }

    // ---- bit output ----

    #[inline(always)]
    fn send_bits(&mut self, value: u32, length: u32) {
        self.bi_buf |= u64::from(value) << self.bi_valid;
        self.bi_valid += length;
        while self.bi_valid >= 16 {
            self.out.push(self.bi_buf as u8);
            self.out.push((self.bi_buf >> 8) as u8);
            self.bi_buf >>= 16;
            self.bi_valid -= 16;
        }
    }

    fn bi_windup(&mut self) {
        if self.bi_valid > 8 {
            self.out.push(self.bi_buf as u8);
            self.out.push((self.bi_buf >> 8) as u8);
        } else if self.bi_valid > 0 {
            self.out.push(self.bi_buf as u8);
        }
        self.bi_buf = 0;
        self.bi_valid = 0;
    }

    // ---- tree construction ----

    fn tree_mut(&mut self, w: Which) -> &mut Tree {
        match w {
            Which::Lit => &mut self.ltree,
            Which::Dist => &mut self.dtree,
            Which::BitLen => &mut self.bltree,
        }
    }

    #[inline(always)]
    fn smaller(fc: &[u16], depth: &[u8; HEAP_SIZE], n: usize, m: usize) -> bool {
        fc[n] < fc[m] || (fc[n] == fc[m] && depth[n] <= depth[m])
    }

    fn pqdownheap(&mut self, w: Which, mut k: usize) {
        let tree = match w {
            Which::Lit => &self.ltree,
            Which::Dist => &self.dtree,
            Which::BitLen => &self.bltree,
        };
        let fc = &tree.fc;
        let v = self.heap[k];
        let mut j = k << 1;
        while j <= self.heap_len {
            if j < self.heap_len && Self::smaller(fc, &self.depth, self.heap[j + 1], self.heap[j]) {
                j += 1;
            }
            if Self::smaller(fc, &self.depth, v, self.heap[j]) {
                break;
            }
            self.heap[k] = self.heap[j];
            k = j;
            j <<= 1;
        }
        self.heap[k] = v;
    }

    fn build_tree(&mut self, w: Which) {
        let st = statics();
        let (elems, stree_len): (usize, Option<&[u16]>) = match w {
            Which::Lit => (L_CODES, Some(&st.ltree_len[..])),
            Which::Dist => (D_CODES, Some(&[5u16; D_CODES][..])),
            Which::BitLen => (BL_CODES, None),
        };
        self.heap_len = 0;
        self.heap_max = HEAP_SIZE;
        let mut max_code: isize = -1;
        for n in 0..elems {
            if self.tree_mut(w).fc[n] != 0 {
                self.heap_len += 1;
                self.heap[self.heap_len] = n;
                max_code = n as isize;
                self.depth[n] = 0;
            } else {
                self.tree_mut(w).dl[n] = 0;
            }
        }
        // At least two codes of non-zero frequency (the inflater needs a complete code).
        while self.heap_len < 2 {
            let node = if max_code < 2 {
                max_code += 1;
                max_code as usize
            } else {
                0
            };
            self.heap_len += 1;
            self.heap[self.heap_len] = node;
            self.tree_mut(w).fc[node] = 1;
            self.depth[node] = 0;
            self.opt_len = self.opt_len.wrapping_sub(1);
            if let Some(sl) = stree_len {
                self.static_len = self.static_len.wrapping_sub(u64::from(sl[node]));
            }
        }
        let max_code = max_code as usize;
        self.tree_mut(w).max_code = max_code;

        let mut n = self.heap_len / 2;
        while n >= 1 {
            self.pqdownheap(w, n);
            n -= 1;
        }
        let mut node = elems;
        loop {
            // pqremove: n = node of least frequency
            let n = self.heap[1];
            self.heap[1] = self.heap[self.heap_len];
            self.heap_len -= 1;
            self.pqdownheap(w, 1);
            let m = self.heap[1];

            self.heap_max -= 1;
            self.heap[self.heap_max] = n;
            self.heap_max -= 1;
            self.heap[self.heap_max] = m;

            let dn = self.depth[n];
            let dm = self.depth[m];
            let tree = self.tree_mut(w);
            tree.fc[node] = tree.fc[n].wrapping_add(tree.fc[m]);
            tree.dl[n] = node as u16;
            tree.dl[m] = node as u16;
            self.depth[node] = dn.max(dm).wrapping_add(1);
            self.heap[1] = node;
            node += 1;
            self.pqdownheap(w, 1);
            if self.heap_len < 2 {
                break;
            }
        }
        self.heap_max -= 1;
        self.heap[self.heap_max] = self.heap[1];

        self.gen_bitlen(w, stree_len);
        let bl_count = self.bl_count;
        let tree = self.tree_mut(w);
        let (fc, dl) = (&mut tree.fc, &tree.dl);
        gen_codes(fc, dl, max_code, &bl_count);
    }

    fn gen_bitlen(&mut self, w: Which, stree_len: Option<&[u16]>) {
        let (extra, base, max_length): (&[u8], usize, usize) = match w {
            Which::Lit => (&EXTRA_LBITS, LITERALS + 1, MAX_BITS),
            Which::Dist => (&EXTRA_DBITS, 0, MAX_BITS),
            Which::BitLen => (&EXTRA_BLBITS, 0, MAX_BL_BITS),
        };
        self.bl_count = [0; MAX_BITS + 1];
        let heap = self.heap;
        let heap_max = self.heap_max;
        let mut opt_len = self.opt_len;
        let mut static_len = self.static_len;
        let mut bl_count = self.bl_count;
        let tree = match w {
            Which::Lit => &mut self.ltree,
            Which::Dist => &mut self.dtree,
            Which::BitLen => &mut self.bltree,
        };
        let max_code = tree.max_code;
        let mut overflow = 0i32;
        tree.dl[heap[heap_max]] = 0; // root of the heap
        let mut h = heap_max + 1;
        while h < HEAP_SIZE {
            let n = heap[h];
            let mut bits = usize::from(tree.dl[usize::from(tree.dl[n])]) + 1;
            if bits > max_length {
                bits = max_length;
                overflow += 1;
            }
            tree.dl[n] = bits as u16;
            h += 1;
            if n > max_code {
                continue; // not a leaf
            }
            bl_count[bits] += 1;
            let xbits = if n >= base {
                usize::from(extra[n - base])
            } else {
                0
            };
            let f = u64::from(tree.fc[n]);
            opt_len = opt_len.wrapping_add(f * (bits + xbits) as u64);
            if let Some(sl) = stree_len {
                static_len = static_len.wrapping_add(f * (usize::from(sl[n]) + xbits) as u64);
            }
        }
        if overflow != 0 {
            // Move leaves down the tree until no code is longer than max_length.
            loop {
                let mut bits = max_length - 1;
                while bl_count[bits] == 0 {
                    bits -= 1;
                }
                bl_count[bits] -= 1;
                bl_count[bits + 1] += 2;
                bl_count[max_length] -= 1;
                overflow -= 2;
                if overflow <= 0 {
                    break;
                }
            }
            // Reassign lengths in frequency order (the heap order), longest first.
            let mut h = HEAP_SIZE;
            let mut bits = max_length;
            while bits != 0 {
                let mut n = bl_count[bits];
                while n != 0 {
                    h -= 1;
                    let m = heap[h];
                    if m > max_code {
                        continue;
                    }
                    if usize::from(tree.dl[m]) != bits {
                        let delta = (bits as u64)
                            .wrapping_sub(u64::from(tree.dl[m]))
                            .wrapping_mul(u64::from(tree.fc[m]));
                        opt_len = opt_len.wrapping_add(delta);
                        tree.dl[m] = bits as u16;
                    }
                    n -= 1;
                }
                bits -= 1;
            }
        }
        self.opt_len = opt_len;
        self.static_len = static_len;
        self.bl_count = bl_count;
    }

    /// Counts the bit-length codes needed to send a tree (zlib's `scan_tree`).
    fn scan_tree(&mut self, w: Which) {
        let tree = match w {
            Which::Lit => &mut self.ltree,
            Which::Dist => &mut self.dtree,
            Which::BitLen => return,
        };
        let max_code = tree.max_code;
        let bl = &mut self.bltree.fc;
        let mut prevlen: i32 = -1;
        let mut nextlen = i32::from(tree.dl[0]);
        let mut count = 0;
        let (mut max_count, mut min_count) = (7, 4);
        if nextlen == 0 {
            max_count = 138;
            min_count = 3;
        }
        tree.dl[max_code + 1] = 0xffff; // guard
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = i32::from(tree.dl[n + 1]);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                bl[curlen as usize] += count as u16;
            } else if curlen != 0 {
                if curlen != prevlen {
                    bl[curlen as usize] += 1;
                }
                bl[REP_3_6] += 1;
            } else if count <= 10 {
                bl[REPZ_3_10] += 1;
            } else {
                bl[REPZ_11_138] += 1;
            }
            count = 0;
            prevlen = curlen;
            if nextlen == 0 {
                max_count = 138;
                min_count = 3;
            } else if curlen == nextlen {
                max_count = 6;
                min_count = 3;
            } else {
                max_count = 7;
                min_count = 4;
            }
        }
    }

    #[inline(always)]
    fn send_bl_code(&mut self, c: usize) {
        let code = u32::from(self.bltree.fc[c]);
        let len = u32::from(self.bltree.dl[c]);
        self.send_bits(code, len);
    }

    /// Sends a tree in compressed form (zlib's `send_tree`; the guard is set by `scan_tree`).
    fn send_tree(&mut self, w: Which, max_code: usize) {
        let lens: Vec<u16> = match w {
            Which::Lit => self.ltree.dl[..max_code + 2].to_vec(),
            Which::Dist => self.dtree.dl[..max_code + 2].to_vec(),
            Which::BitLen => return,
        };
        let mut prevlen: i32 = -1;
        let mut nextlen = i32::from(lens[0]);
        let mut count = 0;
        let (mut max_count, mut min_count) = (7, 4);
        if nextlen == 0 {
            max_count = 138;
            min_count = 3;
        }
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = i32::from(lens[n + 1]);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                while count != 0 {
                    self.send_bl_code(curlen as usize);
                    count -= 1;
                }
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.send_bl_code(curlen as usize);
                    count -= 1;
                }
                self.send_bl_code(REP_3_6);
                self.send_bits((count - 3) as u32, 2);
            } else if count <= 10 {
                self.send_bl_code(REPZ_3_10);
                self.send_bits((count - 3) as u32, 3);
            } else {
                self.send_bl_code(REPZ_11_138);
                self.send_bits((count - 11) as u32, 7);
            }
            count = 0;
            prevlen = curlen;
            if nextlen == 0 {
                max_count = 138;
                min_count = 3;
            } else if curlen == nextlen {
                max_count = 6;
                min_count = 3;
            } else {
                max_count = 7;
                min_count = 4;
            }
        }
    }

    fn build_bl_tree(&mut self) -> usize {
        self.scan_tree(Which::Lit);
        self.scan_tree(Which::Dist);
        self.build_tree(Which::BitLen);
        let mut max_blindex = BL_CODES - 1;
        while max_blindex >= 3 {
            if self.bltree.dl[BL_ORDER[max_blindex]] != 0 {
                break;
            }
            max_blindex -= 1;
        }
        self.opt_len = self
            .opt_len
            .wrapping_add(3 * (max_blindex as u64 + 1) + 5 + 5 + 4);
        max_blindex
    }

    fn send_all_trees(&mut self, lcodes: usize, dcodes: usize, blcodes: usize) {
        self.send_bits((lcodes - 257) as u32, 5);
        self.send_bits((dcodes - 1) as u32, 5);
        self.send_bits((blcodes - 4) as u32, 4);
        for &o in BL_ORDER.iter().take(blcodes) {
            let len = u32::from(self.bltree.dl[o]);
            self.send_bits(len, 3);
        }
        self.send_tree(Which::Lit, lcodes - 1);
        self.send_tree(Which::Dist, dcodes - 1);
    }

    /// Sends the buffered symbols with the given code tables (zlib's `compress_block`).
    fn compress_block(&mut self, dynamic: bool) {
        let st = statics();
        let syms = core::mem::take(&mut self.sym_buf);
        let (lcode, llen, dcode, dlen): (&[u16], &[u16], &[u16], &[u16]) = if dynamic {
            (&[], &[], &[], &[])
        } else {
            (
                &st.ltree_code,
                &st.ltree_len,
                &st.dtree_code,
                &[5u16; D_CODES],
            )
        };
        // Dynamic tables are read from the trees (copied out so `send_bits` can borrow self).
        let dyn_l: Vec<(u16, u16)>;
        let dyn_d: Vec<(u16, u16)>;
        let lit = |c: usize, dl: &Vec<(u16, u16)>| -> (u32, u32) {
            if dynamic {
                (u32::from(dl[c].0), u32::from(dl[c].1))
            } else {
                (u32::from(lcode[c]), u32::from(llen[c]))
            }
        };
        let dst = |c: usize, dd: &Vec<(u16, u16)>| -> (u32, u32) {
            if dynamic {
                (u32::from(dd[c].0), u32::from(dd[c].1))
            } else {
                (u32::from(dcode[c]), u32::from(dlen[c]))
            }
        };
        if dynamic {
            dyn_l = (0..L_CODES)
                .map(|i| (self.ltree.fc[i], self.ltree.dl[i]))
                .collect();
            dyn_d = (0..D_CODES)
                .map(|i| (self.dtree.fc[i], self.dtree.dl[i]))
                .collect();
        } else {
            dyn_l = Vec::new();
            dyn_d = Vec::new();
        }
        for sym in syms.as_chunks::<3>().0 {
            let dist = usize::from(sym[0]) | (usize::from(sym[1]) << 8);
            let lc = usize::from(sym[2]);
            if dist == 0 {
                let (c, l) = lit(lc, &dyn_l);
                self.send_bits(c, l);
            } else {
                let code = usize::from(st.length_code[lc]);
                let (c, l) = lit(code + LITERALS + 1, &dyn_l);
                self.send_bits(c, l);
                let extra = u32::from(EXTRA_LBITS[code]);
                if extra != 0 {
                    self.send_bits((lc - usize::from(st.base_length[code])) as u32, extra);
                }
                let d = dist - 1;
                let code = st.d_code(d);
                let (c, l) = dst(code, &dyn_d);
                self.send_bits(c, l);
                let extra = u32::from(EXTRA_DBITS[code]);
                if extra != 0 {
                    self.send_bits((d - usize::from(st.base_dist[code])) as u32, extra);
                }
            }
        }
        let (c, l) = lit(END_BLOCK, &dyn_l);
        self.send_bits(c, l);
        self.sym_buf = syms;
    }

    fn stored_block(&mut self, buf: &[u8], stored_len: usize, last: bool) {
        self.send_bits(u32::from(last), 3); // STORED_BLOCK << 1 | last
        self.bi_windup();
        let len = stored_len as u16;
        self.out.extend_from_slice(&len.to_le_bytes());
        self.out.extend_from_slice(&(!len).to_le_bytes());
        self.out
            .extend_from_slice(&buf[..stored_len.min(buf.len())]);
    }

    /// Ends a block (zlib's `_tr_flush_block`): stored, static or dynamic, whichever is
    /// smallest by zlib's estimate. `buf` is the block's input when still in the window.
    pub(super) fn flush_block(&mut self, buf: Option<&[u8]>, stored_len: usize, last: bool) {
        let (opt_lenb, static_lenb, max_blindex);
        if self.level > 0 {
            self.build_tree(Which::Lit);
            self.build_tree(Which::Dist);
            max_blindex = self.build_bl_tree();
            let o = self.opt_len.wrapping_add(3 + 7) >> 3;
            let s = self.static_len.wrapping_add(3 + 7) >> 3;
            static_lenb = s;
            opt_lenb = if s <= o { s } else { o };
        } else {
            max_blindex = 0;
            opt_lenb = stored_len as u64 + 5;
            static_lenb = opt_lenb;
        }
        match buf {
            Some(b) if stored_len as u64 + 4 <= opt_lenb => {
                self.stored_block(b, stored_len, last);
            }
            _ if static_lenb == opt_lenb => {
                self.send_bits((1 << 1) + u32::from(last), 3);
                self.compress_block(false);
            }
            _ => {
                self.send_bits((2 << 1) + u32::from(last), 3);
                let (lm, dm) = (self.ltree.max_code, self.dtree.max_code);
                self.send_all_trees(lm + 1, dm + 1, max_blindex + 1);
                self.compress_block(true);
            }
        }
        self.init_block();
        if last {
            self.bi_windup();
        }
    }
}
