//! Regular expressions for the `re` module: PCRE's pattern syntax (the commonly used part),
//! compiled to a small instruction program and run by a backtracking matcher, with PCRE's
//! rules for `.`, `^`, `$`, `\w`/`\d`/`\s` (ASCII unless `ucp`), case-insensitive matching
//! (ASCII in byte mode, Unicode simple case mapping in `unicode` mode), empty loop
//! iterations, lookaround, atomic groups, backreferences and named groups.
//!
//! Positions are byte offsets into the subject; in `unicode` mode the matcher steps over
//! whole UTF-8 characters. Constructs outside this part of PCRE (recursion, conditionals,
//! callouts, `\p` properties, verbs) are compile errors naming them.

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// Compile options (the `re:compile/2` flags this engine honours).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Flags {
    pub caseless: bool,
    pub multiline: bool,
    pub dotall: bool,
    pub extended: bool,
    pub unicode: bool,
    pub ucp: bool,
    pub ungreedy: bool,
    pub anchored: bool,
    pub dollar_endonly: bool,
    pub firstline: bool,
    pub no_auto_capture: bool,
    pub dupnames: bool,
    pub newline: Newline,
}

/// What ends a line (for `.`, `^`, `$` in multiline mode and `firstline`).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub enum Newline {
    #[default]
    Lf,
    Cr,
    CrLf,
    AnyCrLf,
    Any,
}

/// A compile error: PCRE-style message and the pattern offset.
#[derive(Debug, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub offset: usize,
}

#[derive(Clone, Debug)]
enum ClassItem {
    Range(u32, u32),
    /// `\d`, `\w`, `\s` (and their negations) inside a class.
    Shorthand(char, bool),
}

#[derive(Clone, Debug)]
struct Class {
    items: Vec<ClassItem>,
    negated: bool,
}

#[derive(Clone, Debug)]
enum Node {
    Empty,
    Char(u32),
    Any,
    Class(Class),
    Shorthand(char, bool),
    Start,
    End,
    SubjectStart,
    SubjectEnd,
    SubjectEndNl,
    WordBoundary(bool),
    Backref(usize),
    /// A reference by name, resolved once all groups are known (offset for the error).
    NamedBackref(String, usize),
    /// `\K`: the reported match starts here.
    Keep,
    Group(Option<usize>, Box<Node>),
    Look {
        ahead: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        possessive: bool,
    },
    /// Inline option change applying to what follows in the group.
    SetFlags(Flags),
}

#[derive(Clone, Debug)]
enum Inst {
    Char(u32, bool),
    Any(bool),
    Class(Class, bool),
    Shorthand(char, bool),
    Start(bool),
    End(bool),
    SubjectStart,
    SubjectEnd,
    SubjectEndNl,
    WordBoundary(bool),
    Backref(usize, bool),
    Save(usize),
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a loop slot (at loop entry).
    Mark(usize),
    /// Loop again (to the target) only if the last iteration consumed something.
    LoopIfProgress(usize, usize),
    Look {
        ahead: bool,
        negate: bool,
        start: usize,
        len: Option<usize>,
    },
    Atomic(usize),
    Match,
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    prog: Vec<Inst>,
    /// Number of capture groups (not counting the whole match).
    pub groups: usize,
    /// Group names, in name order, with their numbers.
    pub names: Vec<(String, usize)>,
    loops: usize,
    pub flags: Flags,
}

// ---------------------------------------------------------------------------------------
// Parsing

struct Parser<'a> {
    chars: Vec<u32>,
    pos: usize,
    flags: Flags,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Open parentheses around the current point (limited as PCRE limits them).
    depth: usize,
    _src: &'a [u8],
}

/// PCRE's limit on nested parentheses (also bounds the recursion of parsing and matching).
const MAX_NESTING: usize = 250;

fn err<T>(message: &str, offset: usize) -> Result<T, CompileError> {
    Err(CompileError {
        message: message.to_string(),
        offset,
    })
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.chars.get(self.pos).copied()
    }
    fn peek_at(&self, k: usize) -> Option<u32> {
        self.chars.get(self.pos + k).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn skip_extended(&mut self) {
        if !self.flags.extended {
            return;
        }
        loop {
            match self.peek() {
                Some(c) if c == b' ' as u32 || (9..=13).contains(&c) => self.pos += 1,
                Some(c) if c == b'#' as u32 => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == b'\n' as u32 {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn parse_alt(&mut self) -> Result<Node, CompileError> {
        let saved = self.flags;
        let mut alts = vec![self.parse_concat()?];
        while self.eat('|') {
            alts.push(self.parse_concat()?);
        }
        self.flags = saved;
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn parse_concat(&mut self) -> Result<Node, CompileError> {
        let mut items = Vec::new();
        loop {
            self.skip_extended();
            match self.peek() {
                None => break,
                Some(c) if c == b'|' as u32 || c == b')' as u32 => break,
                _ => {}
            }
            let atom = self.parse_atom()?;
            let atom = self.parse_quantifier(atom)?;
            items.push(atom);
        }
        Ok(Node::Concat(items))
    }

    fn parse_number(&mut self) -> Option<u32> {
        let start = self.pos;
        let mut v: u32 = 0;
        while let Some(c) = self.peek() {
            if (b'0' as u32..=b'9' as u32).contains(&c) {
                v = v.checked_mul(10)?.checked_add(c - b'0' as u32)?;
                self.pos += 1;
            } else {
                break;
            }
        }
        (self.pos > start).then_some(v)
    }

    fn parse_quantifier(&mut self, atom: Node) -> Result<Node, CompileError> {
        self.skip_extended();
        let at = self.pos;
        let (min, max) = match self.peek() {
            Some(c) if c == b'*' as u32 => {
                self.pos += 1;
                (0, None)
            }
            Some(c) if c == b'+' as u32 => {
                self.pos += 1;
                (1, None)
            }
            Some(c) if c == b'?' as u32 => {
                self.pos += 1;
                (0, Some(1))
            }
            Some(c) if c == b'{' as u32 => {
                // A brace that does not start a valid quantifier is a literal.
                let save = self.pos;
                self.pos += 1;
                let min = self.parse_number();
                let r = match min {
                    Some(m) if self.eat('}') => Some((m, Some(m))),
                    Some(m) if self.eat(',') => {
                        let max = self.parse_number();
                        if self.eat('}') {
                            Some((m, max))
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                match r {
                    Some((m, x)) => {
                        if m > 65535 || x.is_some_and(|x| x > 65535) {
                            return err("number too big in {} quantifier", self.pos - 1);
                        }
                        if x.is_some_and(|x| x < m) {
                            return err("numbers out of order in {} quantifier", self.pos - 1);
                        }
                        (m, x)
                    }
                    None => {
                        self.pos = save;
                        return Ok(atom);
                    }
                }
            }
            _ => return Ok(atom),
        };
        if matches!(
            atom,
            Node::Start
                | Node::End
                | Node::SubjectStart
                | Node::SubjectEnd
                | Node::SubjectEndNl
                | Node::WordBoundary(_)
                | Node::SetFlags(_)
        ) {
            // PCRE allows some of these but they never repeat anything useful.
            if matches!(atom, Node::SetFlags(_)) {
                return err("nothing to repeat", at);
            }
        }
        let mut greedy = !self.flags.ungreedy;
        let mut possessive = false;
        if self.eat('?') {
            greedy = !greedy;
        } else if self.eat('+') {
            possessive = true;
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
            greedy,
            possessive,
        })
    }

    fn parse_atom(&mut self) -> Result<Node, CompileError> {
        let at = self.pos;
        let Some(c) = self.peek() else {
            return Ok(Node::Empty);
        };
        self.pos += 1;
        match char::from_u32(c).unwrap_or('\0') {
            '.' => Ok(Node::Any),
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '[' => self.parse_class(),
            '(' => self.parse_group(at),
            ')' => err("unmatched parentheses", at),
            '*' | '+' | '?' => err("nothing to repeat", at),
            '\\' => self.parse_escape(false).map(|e| match e {
                Escaped::Char(c) => Node::Char(c),
                Escaped::Node(n) => n,
            }),
            _ => Ok(Node::Char(c)),
        }
    }

    fn parse_group(&mut self, at: usize) -> Result<Node, CompileError> {
        if self.depth >= MAX_NESTING {
            return err("parentheses are too deeply nested", at);
        }
        self.depth += 1;
        let r = self.parse_group_inner(at);
        self.depth -= 1;
        r
    }

    fn parse_group_inner(&mut self, at: usize) -> Result<Node, CompileError> {
        if self.eat('?') {
            let Some(c) = self.peek() else {
                return err("unrecognized character after (? or (?-", self.pos);
            };
            self.pos += 1;
            let c = char::from_u32(c).unwrap_or('\0');
            let node = match c {
                ':' => {
                    let inner = self.parse_alt()?;
                    Node::Group(None, Box::new(inner))
                }
                '>' => Node::Atomic(Box::new(self.parse_alt()?)),
                '=' => Node::Look {
                    ahead: true,
                    negate: false,
                    node: Box::new(self.parse_alt()?),
                },
                '!' => Node::Look {
                    ahead: true,
                    negate: true,
                    node: Box::new(self.parse_alt()?),
                },
                '<' if self.peek() == Some(b'=' as u32) || self.peek() == Some(b'!' as u32) => {
                    let negate = self.peek() == Some(b'!' as u32);
                    self.pos += 1;
                    let node = self.parse_alt()?;
                    if fixed_length(&node).is_none() {
                        return err("lookbehind assertion is not fixed length", self.pos);
                    }
                    Node::Look {
                        ahead: false,
                        negate,
                        node: Box::new(node),
                    }
                }
                'P' if self.eat('=') => {
                    let name = self.group_name()?;
                    if !self.eat(')') {
                        return err(
                            "syntax error in subpattern name (missing terminator)",
                            self.pos,
                        );
                    }
                    return Ok(Node::NamedBackref(name, self.pos - 1));
                }
                '<' | '\'' | 'P' => {
                    if c == 'P' && !self.eat('<') {
                        return err("unrecognized character after (?P", self.pos);
                    }
                    let close = if c == '\'' { '\'' } else { '>' };
                    let name_at = self.pos;
                    let name = self.name_chars();
                    if name.is_empty() || !self.eat(close) {
                        return err(
                            "syntax error in subpattern name (missing terminator)",
                            name_at,
                        );
                    }
                    if name.as_bytes()[0].is_ascii_digit() {
                        return err("group name must start with a non-digit", name_at);
                    }
                    if !self.flags.dupnames && self.names.iter().any(|(n, _)| *n == name) {
                        return err("two named subpatterns have the same name", self.pos - 1);
                    }
                    self.groups += 1;
                    let n = self.groups;
                    self.names.push((name, n));
                    let inner = self.parse_alt()?;
                    Node::Group(Some(n), Box::new(inner))
                }
                'i' | 'm' | 's' | 'x' | 'U' | 'J' | 'X' | '-' => {
                    self.pos -= 1;
                    let mut on = true;
                    let mut flags = self.flags;
                    loop {
                        let Some(ch) = self.peek() else {
                            return err("missing )", self.pos);
                        };
                        self.pos += 1;
                        match char::from_u32(ch).unwrap_or('\0') {
                            '-' => on = false,
                            'i' => flags.caseless = on,
                            'm' => flags.multiline = on,
                            's' => flags.dotall = on,
                            'x' => flags.extended = on,
                            'U' => flags.ungreedy = on,
                            'J' => flags.dupnames = on,
                            'X' => {}
                            ')' => {
                                self.flags = flags;
                                return Ok(Node::SetFlags(flags));
                            }
                            ':' => {
                                let saved = self.flags;
                                self.flags = flags;
                                let inner = self.parse_alt()?;
                                self.flags = saved;
                                if !self.eat(')') {
                                    return err("missing )", self.pos);
                                }
                                let body = Node::Concat(vec![Node::SetFlags(flags), inner]);
                                return Ok(Node::Group(None, Box::new(body)));
                            }
                            _ => {
                                return err("unrecognized character after (? or (?-", self.pos - 1)
                            }
                        }
                    }
                }
                '#' => {
                    while let Some(ch) = self.peek() {
                        self.pos += 1;
                        if ch == b')' as u32 {
                            return Ok(Node::Empty);
                        }
                    }
                    return err("missing ) after comment", self.pos);
                }
                '|' => {
                    // Branch reset: each alternative numbers its groups from the same start.
                    let base = self.groups;
                    let mut most = base;
                    let mut alts = Vec::new();
                    loop {
                        self.groups = base;
                        alts.push(self.parse_concat()?);
                        most = most.max(self.groups);
                        if !self.eat('|') {
                            break;
                        }
                    }
                    self.groups = most;
                    Node::Group(None, Box::new(Node::Alt(alts)))
                }
                _ => return err("unrecognized character after (? or (?-", at + 2),
            };
            if !self.eat(')') {
                return err("missing )", self.pos);
            }
            return Ok(node);
        }
        if self.peek() == Some(b'*' as u32) {
            return err("unsupported (* verb", at + 1);
        }
        let n = if self.flags.no_auto_capture {
            None
        } else {
            self.groups += 1;
            Some(self.groups)
        };
        let inner = self.parse_alt()?;
        if !self.eat(')') {
            return err("missing )", self.pos);
        }
        Ok(Node::Group(n, Box::new(inner)))
    }

    /// The word characters (letters, digits, `_`) at the cursor: a group name, maybe empty.
    fn name_chars(&mut self) -> String {
        let mut name = String::new();
        while let Some(ch) = self.peek() {
            let ch = char::from_u32(ch).unwrap_or('\0');
            if ch.is_ascii_alphanumeric() || ch == '_' {
                name.push(ch);
                self.pos += 1;
            } else {
                break;
            }
        }
        name
    }

    fn group_name(&mut self) -> Result<String, CompileError> {
        let name = self.name_chars();
        if name.is_empty() {
            return err("group name must start with a non-digit", self.pos);
        }
        Ok(name)
    }

    fn parse_hex(&mut self, max_digits: usize) -> u32 {
        let mut v = 0u32;
        let mut n = 0;
        while n < max_digits {
            match self.peek().and_then(|c| char::from_u32(c)?.to_digit(16)) {
                Some(d) => {
                    v = v.saturating_mul(16).saturating_add(d);
                    self.pos += 1;
                    n += 1;
                }
                None => break,
            }
        }
        v
    }

    fn parse_escape(&mut self, in_class: bool) -> Result<Escaped, CompileError> {
        let at = self.pos - 1;
        let Some(c) = self.peek() else {
            return err("\\ at end of pattern", self.pos);
        };
        self.pos += 1;
        let ch = char::from_u32(c).unwrap_or('\0');
        Ok(match ch {
            'd' | 'w' | 's' | 'h' | 'v' => Escaped::Node(Node::Shorthand(ch, false)),
            'D' | 'W' | 'S' | 'H' | 'V' => {
                Escaped::Node(Node::Shorthand(ch.to_ascii_lowercase(), true))
            }
            'n' => Escaped::Char(10),
            'r' => Escaped::Char(13),
            't' => Escaped::Char(9),
            'f' => Escaped::Char(12),
            'e' => Escaped::Char(27),
            'a' => Escaped::Char(7),
            'b' if in_class => Escaped::Char(8),
            'b' => Escaped::Node(Node::WordBoundary(true)),
            'B' => Escaped::Node(Node::WordBoundary(false)),
            'A' => Escaped::Node(Node::SubjectStart),
            'z' => Escaped::Node(Node::SubjectEnd),
            'Z' => Escaped::Node(Node::SubjectEndNl),
            'x' => {
                if self.eat('{') {
                    let v = self.parse_hex(8);
                    if !self.eat('}') {
                        return err("\\x{ is not followed by hex digits and }", self.pos);
                    }
                    if v > 0x10FFFF || (!self.flags.unicode && v > 255) {
                        return err(
                            "character value in \\x{} or \\o{} is too large",
                            self.pos - 1,
                        );
                    }
                    Escaped::Char(v)
                } else {
                    Escaped::Char(self.parse_hex(2))
                }
            }
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 {
                    match self.peek() {
                        Some(d) if (b'0' as u32..=b'7' as u32).contains(&d) => {
                            v = v * 8 + (d - b'0' as u32);
                            self.pos += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                Escaped::Char(v)
            }
            '1'..='9' if !in_class => {
                self.pos -= 1;
                let n = self.parse_number().unwrap_or(0) as usize;
                Escaped::Node(Node::Backref(n))
            }
            'k' if !in_class => {
                let close = match self.peek().and_then(char::from_u32) {
                    Some('<') => '>',
                    Some('{') => '}',
                    Some('\'') => '\'',
                    _ => {
                        return err(
                            "\\k is not followed by a braced, angle-bracketed, or quoted name",
                            self.pos,
                        )
                    }
                };
                self.pos += 1;
                let name = self.group_name()?;
                if !self.eat(close) {
                    return err(
                        "syntax error in subpattern name (missing terminator)",
                        self.pos,
                    );
                }
                Escaped::Node(Node::NamedBackref(name, self.pos - 1))
            }
            'K' if !in_class => Escaped::Node(Node::Keep),
            'g' if !in_class
                && self.peek() == Some(b'{' as u32)
                && self.peek_at(1).is_some_and(|c| {
                    !(b'0' as u32..=b'9' as u32).contains(&c) && c != b'-' as u32
                }) =>
            {
                self.pos += 1;
                let name = self.group_name()?;
                if !self.eat('}') {
                    return err(
                        "syntax error in subpattern name (missing terminator)",
                        self.pos,
                    );
                }
                Escaped::Node(Node::NamedBackref(name, self.pos - 1))
            }
            'g' if !in_class => {
                let braced = self.eat('{');
                let n = self.parse_number();
                if braced && !self.eat('}') {
                    return err("unsupported \\g form", at);
                }
                match n {
                    Some(n) if n > 0 => Escaped::Node(Node::Backref(n as usize)),
                    _ => return err("a numbered reference must not be zero", at),
                }
            }
            'Q' => {
                // Literal text up to \E; returned as a concatenation.
                let mut lits = Vec::new();
                while let Some(c) = self.peek() {
                    if c == b'\\' as u32 && self.peek_at(1) == Some(b'E' as u32) {
                        self.pos += 2;
                        break;
                    }
                    lits.push(Node::Char(c));
                    self.pos += 1;
                }
                if in_class {
                    return err("unsupported \\Q in a class", at);
                }
                Escaped::Node(Node::Concat(lits))
            }
            'E' => Escaped::Node(Node::Empty),
            'p' | 'P' | 'X' | 'R' | 'G' | 'C' | 'N' | 'c' | 'o' | 'L' | 'l' | 'U' | 'u' => {
                return err("unsupported escape sequence", at)
            }
            c if c.is_ascii_alphanumeric() => {
                return err("unrecognized character follows \\", at + 1)
            }
            _ => Escaped::Char(c),
        })
    }

    fn parse_class(&mut self) -> Result<Node, CompileError> {
        let start = self.pos - 1;
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err(
                    "missing terminating ] for character class",
                    self.chars.len(),
                );
            };
            if c == b']' as u32 && !first {
                self.pos += 1;
                break;
            }
            first = false;
            // POSIX class [:name:]
            if c == b'[' as u32 && self.peek_at(1) == Some(b':' as u32) {
                let save = self.pos;
                self.pos += 2;
                let neg = self.eat('^');
                let mut name = String::new();
                while let Some(ch) = self.peek() {
                    if (b'a' as u32..=b'z' as u32).contains(&ch) {
                        name.push(ch as u8 as char);
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                if self.eat(':') && self.eat(']') {
                    match posix_class(&name) {
                        Some(mut its) => {
                            if neg {
                                // A negated POSIX class: everything else, as one class item.
                                its = negate_ranges(&its);
                            }
                            items.extend(its);
                            continue;
                        }
                        None => return err("unknown POSIX class name", save + 2),
                    }
                }
                self.pos = save;
            }
            self.pos += 1;
            let lo = if c == b'\\' as u32 {
                match self.parse_escape(true)? {
                    Escaped::Char(v) => v,
                    Escaped::Node(Node::Shorthand(s, neg)) => {
                        items.push(ClassItem::Shorthand(s, neg));
                        continue;
                    }
                    Escaped::Node(_) => return err("unsupported escape in a class", self.pos - 1),
                }
            } else {
                c
            };
            // A range?
            if self.peek() == Some(b'-' as u32) && self.peek_at(1).is_some_and(|n| n != b']' as u32)
            {
                let save = self.pos;
                self.pos += 1;
                let hc = self.peek().unwrap_or(0);
                self.pos += 1;
                let hi = if hc == b'\\' as u32 {
                    match self.parse_escape(true)? {
                        Escaped::Char(v) => Some(v),
                        _ => None,
                    }
                } else {
                    Some(hc)
                };
                match hi {
                    Some(hi) if hi >= lo => {
                        items.push(ClassItem::Range(lo, hi));
                        continue;
                    }
                    Some(_) => return err("range out of order in character class", self.pos - 1),
                    None => {
                        // `a-\d`: a literal '-'.
                        self.pos = save;
                    }
                }
            }
            items.push(ClassItem::Range(lo, lo));
        }
        let _ = start;
        Ok(Node::Class(Class { items, negated }))
    }
}

enum Escaped {
    Char(u32),
    Node(Node),
}

/// A POSIX class's members, from OTP's Latin-1 tables (in every mode, unlike `\w`).
fn posix_class(name: &str) -> Option<Vec<ClassItem>> {
    let r = |a: u8, b: u8| ClassItem::Range(u32::from(a), u32::from(b));
    // The Latin-1 members as OTP's tables have them.
    let lower1 = [
        r(170, 170),
        r(181, 181),
        r(186, 186),
        r(223, 246),
        r(248, 255),
    ];
    let upper1 = [r(192, 214), r(216, 222)];
    let mut v = match name {
        "alpha" => vec![r(b'a', b'z'), r(b'A', b'Z')],
        "digit" => vec![r(b'0', b'9')],
        "alnum" => vec![r(b'a', b'z'), r(b'A', b'Z'), r(b'0', b'9')],
        "upper" => vec![r(b'A', b'Z')],
        "lower" => vec![r(b'a', b'z')],
        "space" => vec![r(9, 13), r(b' ', b' ')],
        "blank" => vec![r(b' ', b' '), r(9, 9)],
        "punct" => vec![
            r(b'!', b'/'),
            r(b':', b'@'),
            r(b'[', b'`'),
            r(b'{', b'~'),
            r(160, 169),
            r(171, 180),
            r(182, 185),
            r(187, 191),
            r(215, 215),
            r(247, 247),
        ],
        "xdigit" => vec![r(b'0', b'9'), r(b'a', b'f'), r(b'A', b'F')],
        "word" => vec![r(b'a', b'z'), r(b'A', b'Z'), r(b'0', b'9'), r(b'_', b'_')],
        "cntrl" => vec![r(0, 31), r(127, 159)],
        "print" => vec![r(32, 126), r(160, 255)],
        "graph" => vec![r(33, 126), r(160, 255)],
        "ascii" => vec![r(0, 127)],
        _ => return None,
    };
    match name {
        "alpha" | "alnum" | "word" => {
            v.extend_from_slice(&lower1);
            v.extend_from_slice(&upper1);
        }
        "upper" => v.extend_from_slice(&upper1),
        "lower" => v.extend_from_slice(&lower1),
        _ => {}
    }
    Some(v)
}

fn negate_ranges(items: &[ClassItem]) -> Vec<ClassItem> {
    let mut rs: Vec<(u32, u32)> = items
        .iter()
        .filter_map(|i| match i {
            ClassItem::Range(a, b) => Some((*a, *b)),
            _ => None,
        })
        .collect();
    rs.sort_unstable();
    let mut out = Vec::new();
    let mut next = 0u32;
    for (a, b) in rs {
        if a > next {
            out.push(ClassItem::Range(next, a - 1));
        }
        next = next.max(b + 1);
    }
    if next <= 0x10FFFF {
        out.push(ClassItem::Range(next, 0x10FFFF));
    }
    out
}

/// The length in characters every match of `n` has, if fixed.
fn fixed_length(n: &Node) -> Option<usize> {
    match n {
        Node::Empty
        | Node::Start
        | Node::End
        | Node::SubjectStart
        | Node::SubjectEnd
        | Node::SubjectEndNl
        | Node::WordBoundary(_)
        | Node::Look { .. }
        | Node::SetFlags(_) => Some(0),
        Node::Char(_) | Node::Any | Node::Class(_) | Node::Shorthand(..) => Some(1),
        Node::Backref(_) | Node::NamedBackref(..) => None,
        Node::Keep => Some(0),
        Node::Group(_, n) | Node::Atomic(n) => fixed_length(n),
        Node::Concat(v) => v.iter().map(fixed_length).sum(),
        Node::Alt(v) => {
            let first = fixed_length(v.first()?)?;
            v.iter()
                .all(|x| fixed_length(x) == Some(first))
                .then_some(first)
        }
        Node::Repeat { node, min, max, .. } => {
            if Some(*min) == *max {
                Some(fixed_length(node)? * *min as usize)
            } else {
                None
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Code generation

/// Programs bigger than this are refused (counted repeats are expanded).
const MAX_PROGRAM: usize = 200_000;

struct Gen {
    prog: Vec<Inst>,
    loops: usize,
}

impl Gen {
    fn emit(&mut self, i: Inst) -> usize {
        self.prog.push(i);
        self.prog.len() - 1
    }

    fn gen(&mut self, n: &Node, flags: &mut Flags) -> Result<(), CompileError> {
        if self.prog.len() > MAX_PROGRAM {
            return err("regular expression is too large", 0);
        }
        match n {
            Node::Empty => {}
            Node::SetFlags(f) => *flags = *f,
            Node::Char(c) => {
                self.emit(Inst::Char(*c, flags.caseless));
            }
            Node::Any => {
                self.emit(Inst::Any(flags.dotall));
            }
            Node::Class(c) => {
                self.emit(Inst::Class(c.clone(), flags.caseless));
            }
            Node::Shorthand(c, neg) => {
                self.emit(Inst::Shorthand(*c, *neg));
            }
            Node::Start => {
                self.emit(Inst::Start(flags.multiline));
            }
            Node::End => {
                self.emit(Inst::End(flags.multiline));
            }
            Node::SubjectStart => {
                self.emit(Inst::SubjectStart);
            }
            Node::SubjectEnd => {
                self.emit(Inst::SubjectEnd);
            }
            Node::SubjectEndNl => {
                self.emit(Inst::SubjectEndNl);
            }
            Node::WordBoundary(b) => {
                self.emit(Inst::WordBoundary(*b));
            }
            Node::Backref(k) => {
                self.emit(Inst::Backref(*k, flags.caseless));
            }
            Node::NamedBackref(..) => return err("reference to non-existent subpattern", 0),
            Node::Keep => {
                self.emit(Inst::Save(0));
            }
            Node::Group(k, inner) => {
                let mut f = *flags;
                if let Some(k) = k {
                    self.emit(Inst::Save(2 * k));
                    self.gen(inner, &mut f)?;
                    self.emit(Inst::Save(2 * k + 1));
                } else {
                    self.gen(inner, &mut f)?;
                }
            }
            Node::Look {
                ahead,
                negate,
                node,
            } => {
                let at = self.emit(Inst::Look {
                    ahead: *ahead,
                    negate: *negate,
                    start: 0,
                    len: None,
                });
                let start = self.prog.len() + 1;
                let jmp = self.emit(Inst::Jmp(0));
                let mut f = *flags;
                self.gen(node, &mut f)?;
                self.emit(Inst::Match);
                let end = self.prog.len();
                self.prog[jmp] = Inst::Jmp(end);
                self.prog[at] = Inst::Look {
                    ahead: *ahead,
                    negate: *negate,
                    start,
                    len: if *ahead { None } else { fixed_length(node) },
                };
            }
            Node::Atomic(node) => {
                let at = self.emit(Inst::Atomic(0));
                let jmp = self.emit(Inst::Jmp(0));
                let start = self.prog.len();
                let mut f = *flags;
                self.gen(node, &mut f)?;
                self.emit(Inst::Match);
                let end = self.prog.len();
                self.prog[jmp] = Inst::Jmp(end);
                self.prog[at] = Inst::Atomic(start);
            }
            Node::Concat(v) => {
                let mut f = *flags;
                for x in v {
                    self.gen(x, &mut f)?;
                }
                *flags = f;
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, x) in v.iter().enumerate() {
                    let mut f = *flags;
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.gen(x, &mut f)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.prog.len();
                        self.prog[split] = Inst::Split(split + 1, next);
                    } else {
                        self.gen(x, &mut f)?;
                    }
                }
                let end = self.prog.len();
                for j in jumps {
                    self.prog[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    let inner = Node::Repeat {
                        node: node.clone(),
                        min: *min,
                        max: *max,
                        greedy: true,
                        possessive: false,
                    };
                    return self.gen(&Node::Atomic(Box::new(inner)), flags);
                }
                for _ in 0..*min {
                    let mut f = *flags;
                    self.gen(node, &mut f)?;
                }
                match max {
                    None => {
                        // L: split(body, out); mark; body; loop-if-progress L
                        let slot = self.loops;
                        self.loops += 1;
                        let split = self.emit(Inst::Split(0, 0));
                        let body = self.prog.len();
                        self.emit(Inst::Mark(slot));
                        let mut f = *flags;
                        self.gen(node, &mut f)?;
                        self.emit(Inst::LoopIfProgress(slot, split));
                        let out = self.prog.len();
                        self.prog[split] = if *greedy {
                            Inst::Split(body, out)
                        } else {
                            Inst::Split(out, body)
                        };
                    }
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            let split = self.emit(Inst::Split(0, 0));
                            splits.push(split);
                            let mut f = *flags;
                            self.gen(node, &mut f)?;
                            if self.prog.len() > MAX_PROGRAM {
                                return err("regular expression is too large", 0);
                            }
                        }
                        let out = self.prog.len();
                        for s in splits {
                            self.prog[s] = if *greedy {
                                Inst::Split(s + 1, out)
                            } else {
                                Inst::Split(out, s + 1)
                            };
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

impl Regex {
    /// Compiles `pattern` (UTF-8 in unicode mode, else Latin-1 bytes).
    pub fn compile(pattern: &[u8], flags: Flags) -> Result<Regex, CompileError> {
        let chars: Vec<u32> = if flags.unicode {
            match core::str::from_utf8(pattern) {
                Ok(s) => s.chars().map(u32::from).collect(),
                Err(e) => return err("invalid UTF-8 string", e.valid_up_to()),
            }
        } else {
            pattern.iter().map(|&b| u32::from(b)).collect()
        };
        let mut p = Parser {
            chars,
            pos: 0,
            flags,
            groups: 0,
            names: Vec::new(),
            depth: 0,
            _src: pattern,
        };
        let mut node = p.parse_alt()?;
        if p.pos < p.chars.len() {
            return err("unmatched parentheses", p.pos);
        }
        check_backrefs(&mut node, p.groups, &p.names, p.chars.len())?;
        let mut g = Gen {
            prog: Vec::new(),
            loops: 0,
        };
        let mut f = flags;
        g.gen(&node, &mut f)?;
        g.emit(Inst::Match);
        let mut names = p.names;
        names.sort();
        Ok(Regex {
            prog: g.prog,
            groups: p.groups,
            names,
            loops: g.loops,
            flags,
        })
    }
}

/// Checks numbered references and turns named ones into numbered ones.
fn check_backrefs(
    n: &mut Node,
    groups: usize,
    names: &[(String, usize)],
    end: usize,
) -> Result<(), CompileError> {
    match n {
        Node::Backref(k) if *k > groups => err("reference to non-existent subpattern", end),
        Node::NamedBackref(name, at) => match names.iter().find(|(nm, _)| nm == name) {
            Some((_, k)) => {
                *n = Node::Backref(*k);
                Ok(())
            }
            None => err("reference to non-existent subpattern", *at),
        },
        Node::Group(_, x) | Node::Atomic(x) | Node::Look { node: x, .. } => {
            check_backrefs(x, groups, names, end)
        }
        Node::Repeat { node, .. } => check_backrefs(node, groups, names, end),
        Node::Concat(v) | Node::Alt(v) => v
            .iter_mut()
            .try_for_each(|x| check_backrefs(x, groups, names, end)),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------
// Matching

/// Run options of one match attempt.
#[derive(Clone, Copy, Default, Debug)]
pub struct RunOpts {
    pub anchored: bool,
    pub notbol: bool,
    pub noteol: bool,
    pub notempty: bool,
    pub notempty_atstart: bool,
}

/// A match: `(start, end)` byte offsets for the whole match and each group (`None` if the
/// group did not take part).
pub type Captures = Vec<Option<(usize, usize)>>;

struct Matcher<'a> {
    re: &'a Regex,
    s: &'a [u8],
    opts: RunOpts,
    /// Where the search started (for `notempty_atstart`).
    offset: usize,
    /// Backtracking steps left (PCRE's match limit: a runaway match stops as no match).
    budget: u64,
}

/// Whether `c` ends a line under `nl` (single-character newlines only; CR LF is checked
/// by the callers).
fn is_newline_char(c: u32, nl: Newline) -> bool {
    match nl {
        Newline::Lf => c == 10,
        Newline::Cr => c == 13,
        Newline::CrLf => false,
        Newline::AnyCrLf => c == 10 || c == 13,
        Newline::Any => matches!(c, 10..=13 | 0x85 | 0x2028 | 0x2029),
    }
}

/// OTP's PCRE character tables are made for ISO 8859-1: these are its classes of the
/// characters 128..=255 (used for them in every mode unless `ucp`).
fn latin1_lower(c: u32) -> bool {
    matches!(c, 170 | 181 | 186 | 223..=246 | 248..=255)
}
fn latin1_upper(c: u32) -> bool {
    matches!(c, 192..=214 | 216..=222)
}
fn latin1_alpha(c: u32) -> bool {
    latin1_lower(c) || latin1_upper(c)
}

fn simple_fold(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return u32::from((c as u8).to_ascii_lowercase());
    }
    if !unicode {
        return if latin1_upper(c) { c + 32 } else { c };
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut l = ch.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => u32::from(x),
                _ => c,
            }
        }
        None => c,
    }
}

fn other_case(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        let b = c as u8;
        return u32::from(if b.is_ascii_lowercase() {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        });
    }
    if !unicode {
        return if latin1_upper(c) {
            c + 32
        } else if (224..=254).contains(&c) && c != 247 {
            c - 32
        } else {
            c
        };
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut u = ch.to_uppercase();
            let up = match (u.next(), u.next()) {
                (Some(x), None) => u32::from(x),
                _ => c,
            };
            if up != c {
                up
            } else {
                simple_fold(c, true)
            }
        }
        None => c,
    }
}

/// Unicode characters with more than two case forms (PCRE's caseless sets).
const CASE_SETS: &[&[u32]] = &[
    &[0x53, 0x73, 0x17F],
    &[0x4B, 0x6B, 0x212A],
    &[0xC5, 0xE5, 0x212B],
    &[0xB5, 0x39C, 0x3BC],
    &[0xDF, 0x1E9E],
    &[0x1C4, 0x1C5, 0x1C6],
    &[0x1C7, 0x1C8, 0x1C9],
    &[0x1CA, 0x1CB, 0x1CC],
    &[0x1F1, 0x1F2, 0x1F3],
    &[0x345, 0x399, 0x3B9, 0x1FBE],
    &[0x392, 0x3B2, 0x3D0],
    &[0x395, 0x3B5, 0x3F5],
    &[0x398, 0x3B8, 0x3D1, 0x3F4],
    &[0x39A, 0x3BA, 0x3F0],
    &[0x3A0, 0x3C0, 0x3D6],
    &[0x3A1, 0x3C1, 0x3F1],
    &[0x3A3, 0x3C2, 0x3C3],
    &[0x3A6, 0x3C6, 0x3D5],
    &[0x3A9, 0x3C9, 0x2126],
    &[0x1E60, 0x1E61, 0x1E9B],
];

/// The characters `c` matches caselessly (itself included).
fn case_set(c: u32, unicode: bool) -> Vec<u32> {
    if unicode {
        if let Some(set) = CASE_SETS.iter().find(|s| s.contains(&c)) {
            return set.to_vec();
        }
    }
    let o = other_case(c, unicode);
    let f = simple_fold(c, unicode);
    let mut v = vec![c];
    for x in [o, f] {
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v
}

fn caseless_eq(a: u32, b: u32, unicode: bool) -> bool {
    a == b || case_set(a, unicode).contains(&b)
}

/// `\w`: ASCII, plus the Latin-1 letters in byte mode; Unicode letters and digits with `ucp`.
fn is_word(c: u32, ucp: bool, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if ucp {
        return char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric());
    }
    !unicode && c < 256 && latin1_alpha(c)
}

fn shorthand(kind: char, c: u32, ucp: bool, unicode: bool) -> bool {
    match kind {
        'd' => {
            (b'0' as u32..=b'9' as u32).contains(&c)
                || (ucp && c >= 128 && char::from_u32(c).is_some_and(|ch| ch.is_numeric()))
        }
        'w' => is_word(c, ucp, unicode),
        's' => {
            matches!(c, 9..=13 | 32)
                || (ucp && c >= 128 && char::from_u32(c).is_some_and(|ch| ch.is_whitespace()))
        }
        'h' => matches!(
            c,
            9 | 32 | 0xA0 | 0x1680 | 0x180E | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000
        ),
        'v' => matches!(c, 10..=13 | 0x85 | 0x2028 | 0x2029),
        _ => false,
    }
}

impl Class {
    fn matches_exact(&self, c: u32, ucp: bool, unicode: bool) -> bool {
        self.items.iter().any(|i| match i {
            ClassItem::Range(a, b) => (*a..=*b).contains(&c),
            ClassItem::Shorthand(k, neg) => shorthand(*k, c, ucp, unicode) != *neg,
        })
    }
    fn matches(&self, c: u32, caseless: bool, unicode: bool, ucp: bool) -> bool {
        let hit = self.matches_exact(c, ucp, unicode)
            || (caseless
                && case_set(c, unicode)
                    .into_iter()
                    .any(|x| self.matches_exact(x, ucp, unicode)));
        hit != self.negated
    }
}

impl<'a> Matcher<'a> {
    /// The character at byte `i` and its length.
    fn char_at(&self, i: usize) -> Option<(u32, usize)> {
        let b = *self.s.get(i)?;
        if !self.re.flags.unicode || b < 0x80 {
            return Some((u32::from(b), 1));
        }
        let n = if b >= 0xF0 {
            4
        } else if b >= 0xE0 {
            3
        } else {
            2
        };
        let bytes = self.s.get(i..i + n)?;
        let c = core::str::from_utf8(bytes).ok()?.chars().next()?;
        Some((u32::from(c), n))
    }
    /// The character ending at byte `i`.
    fn char_before(&self, i: usize) -> Option<(u32, usize)> {
        if i == 0 {
            return None;
        }
        if !self.re.flags.unicode {
            return Some((u32::from(self.s[i - 1]), 1));
        }
        let mut j = i - 1;
        while j > 0 && (self.s[j] & 0xC0) == 0x80 {
            j -= 1;
        }
        self.char_at(j)
    }

    fn newline_at(&self, i: usize) -> Option<usize> {
        let nl = self.re.flags.newline;
        let (c, n) = self.char_at(i)?;
        if matches!(nl, Newline::CrLf | Newline::AnyCrLf | Newline::Any)
            && c == 13
            && self.s.get(i + 1) == Some(&10)
        {
            return Some(2);
        }
        if nl == Newline::CrLf {
            return None;
        }
        is_newline_char(c, nl).then_some(n)
    }

    fn newline_before(&self, i: usize) -> bool {
        let nl = self.re.flags.newline;
        if i >= 2
            && self.s[i - 2] == 13
            && self.s[i - 1] == 10
            && matches!(nl, Newline::CrLf | Newline::AnyCrLf | Newline::Any)
        {
            return true;
        }
        if nl == Newline::CrLf {
            return false;
        }
        self.char_before(i)
            .is_some_and(|(c, _)| is_newline_char(c, nl))
    }

    // For `\b`, characters below 256 are classified by the Latin-1 tables even in UTF-8 mode.
    fn at_word(&self, i: usize) -> bool {
        let f = self.re.flags;
        self.char_at(i)
            .is_some_and(|(c, _)| is_word(c, f.ucp, f.unicode && c > 255))
    }
    fn before_word(&self, i: usize) -> bool {
        let f = self.re.flags;
        self.char_before(i)
            .is_some_and(|(c, _)| is_word(c, f.ucp, f.unicode && c > 255))
    }

    /// Runs the program from `pc` at `pos`; on success returns the end position, with
    /// `caps` and `loops` updated.
    fn run(
        &mut self,
        pc0: usize,
        pos0: usize,
        caps: &mut [usize],
        loops: &mut [usize],
        start: usize,
    ) -> Option<usize> {
        const UNSET: usize = usize::MAX;
        // Backtrack points: (pc, pos, undo log length).
        let mut stack: Vec<(usize, usize, usize)> = Vec::new();
        // Undo log: (is_loop_slot, index, old value).
        let mut undo: Vec<(bool, usize, usize)> = Vec::new();
        let (mut pc, mut pos) = (pc0, pos0);
        let flags = self.re.flags;
        loop {
            if self.budget == 0 {
                return None;
            }
            self.budget -= 1;
            let ok = match &self.re.prog[pc] {
                Inst::Match => {
                    if pc0 == 0
                        && pos == start
                        && (self.opts.notempty
                            || (self.opts.notempty_atstart && start == self.offset))
                    {
                        false
                    } else {
                        return Some(pos);
                    }
                }
                Inst::Char(c, caseless) => match self.char_at(pos) {
                    Some((x, n)) if x == *c || (*caseless && caseless_eq(*c, x, flags.unicode)) => {
                        pos += n;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Any(dotall) => match self.char_at(pos) {
                    Some((_, n)) if *dotall || self.newline_at(pos).is_none() => {
                        pos += n;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Class(cl, caseless) => match self.char_at(pos) {
                    Some((x, n)) if cl.matches(x, *caseless, flags.unicode, flags.ucp) => {
                        pos += n;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Shorthand(k, neg) => match self.char_at(pos) {
                    Some((x, n)) if shorthand(*k, x, flags.ucp, flags.unicode) != *neg => {
                        pos += n;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Start(multiline) => {
                    let ok = if *multiline {
                        (pos == 0 && !self.opts.notbol)
                            || (pos > 0 && pos < self.s.len() && self.newline_before(pos))
                    } else {
                        pos == 0 && !self.opts.notbol
                    };
                    pc += 1;
                    ok
                }
                Inst::End(multiline) => {
                    let at_end = pos == self.s.len() && !self.opts.noteol;
                    let ok = if *multiline {
                        at_end || self.newline_at(pos).is_some()
                    } else {
                        at_end
                            || (!flags.dollar_endonly
                                && !self.opts.noteol
                                && self
                                    .newline_at(pos)
                                    .is_some_and(|n| pos + n == self.s.len()))
                    };
                    pc += 1;
                    ok
                }
                Inst::SubjectStart => {
                    pc += 1;
                    pos == 0
                }
                Inst::SubjectEnd => {
                    pc += 1;
                    pos == self.s.len()
                }
                Inst::SubjectEndNl => {
                    pc += 1;
                    pos == self.s.len()
                        || self
                            .newline_at(pos)
                            .is_some_and(|n| pos + n == self.s.len())
                }
                Inst::WordBoundary(want) => {
                    pc += 1;
                    (self.before_word(pos) != self.at_word(pos)) == *want
                }
                Inst::Backref(k, caseless) => {
                    let (a, b) = (caps[2 * k], caps[2 * k + 1]);
                    if a == UNSET || b == UNSET {
                        // PCRE: a reference to an unset group fails.
                        false
                    } else {
                        let len = b - a;
                        let ok = if *caseless {
                            let mut i = a;
                            let mut j = pos;
                            let mut good = true;
                            while i < b {
                                match (self.char_at(i), self.char_at(j)) {
                                    (Some((x, n)), Some((y, m)))
                                        if caseless_eq(x, y, flags.unicode) =>
                                    {
                                        i += n;
                                        j += m;
                                    }
                                    _ => {
                                        good = false;
                                        break;
                                    }
                                }
                            }
                            if good {
                                pos = j;
                            }
                            good
                        } else if self.s.get(pos..pos + len) == Some(&self.s[a..b]) {
                            pos += len;
                            true
                        } else {
                            false
                        };
                        pc += 1;
                        ok
                    }
                }
                Inst::Save(i) => {
                    undo.push((false, *i, caps[*i]));
                    caps[*i] = pos;
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    stack.push((*b, pos, undo.len()));
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Mark(slot) => {
                    undo.push((true, *slot, loops[*slot]));
                    loops[*slot] = pos;
                    pc += 1;
                    true
                }
                Inst::LoopIfProgress(slot, target) => {
                    if pos != loops[*slot] {
                        pc = *target;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Inst::Look {
                    ahead,
                    negate,
                    start: sub,
                    len,
                } => {
                    let (ahead, negate, sub, len) = (*ahead, *negate, *sub, *len);
                    let at = if ahead {
                        Some(pos)
                    } else {
                        let mut p = pos;
                        let mut ok = true;
                        for _ in 0..len.unwrap_or(0) {
                            match self.char_before(p) {
                                Some((_, n)) => p -= n,
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                        ok.then_some(p)
                    };
                    let mut sub_caps = caps.to_vec();
                    let mut sub_loops = loops.to_vec();
                    let saved = self.opts;
                    self.opts.notempty = false;
                    self.opts.notempty_atstart = false;
                    let found = at.and_then(|p| self.run(sub, p, &mut sub_caps, &mut sub_loops, p));
                    self.opts = saved;
                    let found = match (found, ahead) {
                        (Some(end), false) => end == pos,
                        (f, _) => f.is_some(),
                    };
                    if found && !negate {
                        for i in 0..caps.len() {
                            if caps[i] != sub_caps[i] {
                                undo.push((false, i, caps[i]));
                                caps[i] = sub_caps[i];
                            }
                        }
                    }
                    pc += 1;
                    found != negate
                }
                Inst::Atomic(sub) => {
                    let sub = *sub;
                    let mut sub_caps = caps.to_vec();
                    let mut sub_loops = loops.to_vec();
                    let saved = self.opts;
                    self.opts.notempty = false;
                    self.opts.notempty_atstart = false;
                    let found = self.run(sub, pos, &mut sub_caps, &mut sub_loops, pos);
                    self.opts = saved;
                    match found {
                        Some(end) => {
                            for i in 0..caps.len() {
                                if caps[i] != sub_caps[i] {
                                    undo.push((false, i, caps[i]));
                                    caps[i] = sub_caps[i];
                                }
                            }
                            pos = end;
                            // Continue after the atomic group's program (the Jmp past it).
                            pc += 1;
                            true
                        }
                        None => false,
                    }
                }
            };
            if !ok {
                // Backtrack.
                let (npc, npos, ulen) = stack.pop()?;
                while undo.len() > ulen {
                    if let Some((is_loop, i, v)) = undo.pop() {
                        if is_loop {
                            loops[i] = v;
                        } else {
                            caps[i] = v;
                        }
                    }
                }
                pc = npc;
                pos = npos;
            }
        }
    }
}

impl Regex {
    /// The first match starting at or after byte `offset`.
    pub fn find_at(&self, s: &[u8], offset: usize, opts: RunOpts) -> Option<Captures> {
        let mut m = Matcher {
            re: self,
            s,
            opts,
            offset,
            budget: 10_000_000,
        };
        let anchored = opts.anchored || self.flags.anchored;
        let first_nl = if self.flags.firstline {
            let mut i = offset;
            while i < s.len() && m.newline_at(i).is_none() {
                i += 1;
            }
            Some(i)
        } else {
            None
        };
        let mut start = offset;
        loop {
            if start > s.len() || first_nl.is_some_and(|l| start > l) {
                return None;
            }
            let mut caps = vec![usize::MAX; 2 * (self.groups + 1)];
            let mut loops = vec![usize::MAX; self.loops];
            if let Some(end) = m.run(0, start, &mut caps, &mut loops, start) {
                let mut out = Vec::with_capacity(self.groups + 1);
                // `\K` moved the reported start.
                let from = if caps[0] == usize::MAX {
                    start
                } else {
                    caps[0]
                };
                out.push(Some((from, end)));
                for k in 1..=self.groups {
                    let (a, b) = (caps[2 * k], caps[2 * k + 1]);
                    out.push((a != usize::MAX && b != usize::MAX).then_some((a, b)));
                }
                return Some(out);
            }
            if anchored || m.budget == 0 {
                return None;
            }
            // Advance one character (a CR LF pair counts as one when it is the newline).
            match m.char_at(start) {
                Some((_, n)) => start += n,
                None => return None,
            }
        }
    }
}
