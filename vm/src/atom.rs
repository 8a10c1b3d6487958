//! The atom table: one global, append-only table of names (atoms are never collected, as in
//! OTP). Lookups by name take a read lock; names are leaked `&'static str`, so a name can be
//! used after the lock is released.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use spin::RwLock;

/// An atom: an index into the atom table.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Atom(u32);

/// OTP's limit on atom length, in characters.
pub const MAX_ATOM_CHARS: usize = 255;
/// OTP's default atom table limit.
pub const MAX_ATOMS: usize = 1_048_576;

impl Atom {
    #[inline(always)]
    pub const fn from_index(i: u32) -> Atom {
        Atom(i)
    }
    #[inline(always)]
    pub const fn index(self) -> u32 {
        self.0
    }
    /// The atom's text.
    pub fn name(self) -> &'static str {
        if let Some(n) = PREDEFINED.get(self.0 as usize) {
            return n;
        }
        let t = TABLE.read();
        t.names.get(self.0 as usize).copied().unwrap_or("")
    }
    /// Interns `name`, creating the atom if needed. `None` when the name is longer than 255
    /// characters or the table is full (OTP raises `system_limit` then).
    pub fn intern(name: &str) -> Option<Atom> {
        if name.chars().count() > MAX_ATOM_CHARS {
            return None;
        }
        if let Some(a) = Atom::existing(name) {
            return Some(a);
        }
        let mut t = TABLE.write();
        t.ensure_init();
        if let Some(&i) = t.by_name.get(name) {
            return Some(Atom(i));
        }
        if t.names.len() >= MAX_ATOMS {
            return None;
        }
        let i = t.names.len() as u32;
        let s: &'static str = Box::leak(Box::<str>::from(name));
        t.names.push(s);
        t.by_name.insert(s, i);
        Some(Atom(i))
    }
    /// The atom named `name` if it exists (`list_to_existing_atom`).
    pub fn existing(name: &str) -> Option<Atom> {
        {
            let t = TABLE.read();
            if t.initialised {
                return t.by_name.get(name).map(|&i| Atom(i));
            }
        }
        TABLE.write().ensure_init();
        TABLE.read().by_name.get(name).map(|&i| Atom(i))
    }
    /// Interns a name given as Latin-1 bytes (each byte one character).
    pub fn intern_latin1(bytes: &[u8]) -> Option<Atom> {
        let s: alloc::string::String = bytes.iter().map(|&b| b as char).collect();
        Atom::intern(&s)
    }
    pub fn count() -> usize {
        let mut t = TABLE.write();
        t.ensure_init();
        t.names.len()
    }
}

impl core::fmt::Debug for Atom {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "'{}'", self.name())
    }
}

struct AtomTable {
    initialised: bool,
    names: Vec<&'static str>,
    by_name: BTreeMap<&'static str, u32>,
}

impl AtomTable {
    fn ensure_init(&mut self) {
        if self.initialised {
            return;
        }
        self.initialised = true;
        for (i, name) in PREDEFINED.iter().enumerate() {
            self.names.push(name);
            self.by_name.insert(name, i as u32);
        }
    }
}

static TABLE: RwLock<AtomTable> = RwLock::new(AtomTable {
    initialised: false,
    names: Vec::new(),
    by_name: BTreeMap::new(),
});

/// Makes sure the predefined atoms are in the table (the first call of anything does it).
pub fn init() {
    TABLE.write().ensure_init();
}

macro_rules! predefined_atoms {
    ($($name:ident = $text:expr),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum Predef { $($name),* }
        $(pub const $name: Atom = Atom(Predef::$name as u32);)*
        static PREDEFINED: &[&str] = &[$($text),*];
    };
}

predefined_atoms! {
    FALSE = "false",
    TRUE = "true",
    OK = "ok",
    ERROR = "error",
    EXIT = "exit",
    THROW = "throw",
    UNDEFINED = "undefined",
    NIL_ATOM = "nil",
    EMPTY = "",
    BADARG = "badarg",
    BADARITH = "badarith",
    BADMATCH = "badmatch",
    CASE_CLAUSE = "case_clause",
    FUNCTION_CLAUSE = "function_clause",
    IF_CLAUSE = "if_clause",
    TRY_CLAUSE = "try_clause",
    UNDEF = "undef",
    BADFUN = "badfun",
    BADARITY = "badarity",
    BADKEY = "badkey",
    BADMAP = "badmap",
    BADRECORD = "badrecord",
    SYSTEM_LIMIT = "system_limit",
    NOCATCH = "nocatch",
    NORMAL = "normal",
    KILL = "kill",
    KILLED = "killed",
    NOPROC = "noproc",
    FILE = "file",
    LINE = "line",
    ERROR_INFO = "error_info",
    MODULE = "module",
    ERL_ERTS_ERRORS = "erl_erts_errors",
    ERL_STDLIB_ERRORS = "erl_stdlib_errors",
    CAUSE = "cause",
    START = "start",
    MODULE_INFO = "module_info",
    ERLANG = "erlang",
    LISTS = "lists",
    MAPS = "maps",
    BINARY = "binary",
    MATH = "math",
    UNICODE = "unicode",
    EXIT_UPPER = "EXIT",
    DOWN = "DOWN",
    INFINITY = "infinity",
    ALL = "all",
    FUN = "fun",
    FUNCTION = "function",
    ARITY = "arity",
    ENV = "env",
    NAME = "name",
    TYPE = "type",
    LOCAL = "local",
    EXTERNAL = "external",
    INDEX = "index",
    NEW_INDEX = "new_index",
    UNIQ = "uniq",
    NEW_UNIQ = "new_uniq",
    PID = "pid",
    NONODE = "nonode@nohost",
    INTEGER = "integer",
    FLOAT = "float",
    ATOM = "atom",
    UTF8 = "utf8",
    UTF16 = "utf16",
    UTF32 = "utf32",
    LATIN1 = "latin1",
    BIG = "big",
    LITTLE = "little",
    NATIVE = "native",
    SIGNED = "signed",
    UNSIGNED = "unsigned",
    EXPORTS = "exports",
    ATTRIBUTES = "attributes",
    COMPILE = "compile",
    MD5 = "md5",
    FUNCTIONS = "functions",
    NIF_ERROR = "nif_error",
    GET_MODULE_INFO = "get_module_info",
    APPLY = "apply",
    SAFE = "safe",
    UNSAFE = "unsafe",
    NO_FAIL = "no_fail",
    RESUME = "resume",
    DECIMALS = "decimals",
    SCIENTIFIC = "scientific",
    SHORT = "short",
    COMPACT = "compact",
    ON_LOAD = "on_load",
    ARGS = "args",
    SIZE = "size",
    STRING = "string",
    UNIT = "unit",
    BITSTRING = "bitstring",
    EXTERN = "extern",
    BAD_ENCODING = "bad_encoding",
    INCOMPLETE = "incomplete",
    POSITIVE = "positive",
    NEGATIVE = "negative",
    INVALID = "invalid",
    GLOBAL = "global",
    SCOPE = "scope",
    TIME_UNIT = "time_unit",
    SECOND = "second",
    MILLISECOND = "millisecond",
    MICROSECOND = "microsecond",
    NANOSECOND = "nanosecond",
    PERF_COUNTER = "perf_counter",
    MONOTONIC = "monotonic",
    ITERATOR = "iterator",
    NONE = "none",
    GENERAL = "general",
    SPAWN = "spawn",
    MAX = "max",
    MIN = "min",
    FLUSH = "flush",
    INFO = "info",
    PROCESS = "process",
    PORT = "port",
    TIMEOUT = "timeout",
    LINK = "link",
    MONITOR = "monitor",
    TRAP_EXIT = "trap_exit",
    PRIORITY = "priority",
    LOW = "low",
    HIGH = "high",
    CALLER = "caller",
    CURRENT_FUNCTION = "current_function",
    DICTIONARY = "dictionary",
    GROUP_LEADER = "group_leader",
    REGISTERED_NAME = "registered_name",
    MESSAGES = "messages",
    MESSAGE_QUEUE_LEN = "message_queue_len",
    HEAP_SIZE = "heap_size",
    REDUCTIONS = "reductions",
    STATUS = "status",
    RUNNING = "running",
    RUNNABLE = "runnable",
    WAITING = "waiting",
    EXITING = "exiting",
    DEPTH = "depth",
    MINOR_VERSION = "minor_version",
    COMPRESSED = "compressed",
    DETERMINISTIC = "deterministic",
    USED = "used",
    ENCODING = "encoding",
    KEEP = "keep",
    STACKTRACE = "stacktrace",
    BACKTRACE_DEPTH = "backtrace_depth",
    OTP_RELEASE = "otp_release",
    WORDSIZE = "wordsize",
    VERSION = "version",
    DEBUG = "debug",
    STRICT = "strict",
    BADFILE = "badfile",
    NOT_PURGED = "not_purged",
    NOFILE = "nofile",
    CODE = "code",
    EQ = "=:=",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_are_unique() {
        let mut names: Vec<&str> = PREDEFINED.to_vec();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len(), "duplicate predefined atom");
    }

    #[test]
    fn predefined_and_new() {
        assert_eq!(OK.name(), "ok");
        assert_eq!(Atom::intern("ok"), Some(OK));
        assert_eq!(Atom::intern("true"), Some(TRUE));
        let a = Atom::intern("some_new_atom_xyz").unwrap();
        assert_eq!(a.name(), "some_new_atom_xyz");
        assert_eq!(Atom::existing("some_new_atom_xyz"), Some(a));
        assert_eq!(Atom::existing("never_made_atom_qq"), None);
        let long: alloc::string::String = "x".repeat(256);
        assert_eq!(Atom::intern(&long), None);
        let ok255: alloc::string::String = "é".repeat(255);
        assert!(Atom::intern(&ok255).is_some());
    }
}
