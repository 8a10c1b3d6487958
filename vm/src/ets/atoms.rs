//! Atoms ETS, match specifications, persistent terms, atomics and counters use, interned
//! once.

use crate::atom::Atom;
use crate::term::Term;
use spin::Once;

macro_rules! ets_atoms {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Interned atoms, as terms.
        pub struct EtsAtoms { $(pub $field: Term,)* }
        fn init() -> EtsAtoms {
            // Interning fails only with a full atom table; such an atom then reads as `[]`,
            // which no caller mistakes for a real option or result.
            EtsAtoms { $($field: Atom::intern($text).map(Term::atom).unwrap_or(Term::NIL),)* }
        }
    };
}

ets_atoms! {
    underscore = "_",
    dollar_underscore = "$_",
    dollar_dollar = "$$",
    end_of_table = "$end_of_table",
    exit_upper = "EXIT",
    ets_transfer = "ETS-TRANSFER",
    const_ = "const",
    and = "and",
    or = "or",
    andalso = "andalso",
    andthen = "andthen",
    orelse = "orelse",
    self_ = "self",
    is_record = "is_record",
    message = "message",
    return_trace = "return_trace",
    exception_trace = "exception_trace",
    process_dump = "process_dump",
    enable_trace = "enable_trace",
    disable_trace = "disable_trace",
    trace = "trace",
    display = "display",
    caller = "caller",
    caller_line = "caller_line",
    current_stacktrace = "current_stacktrace",
    silent = "silent",
    set_seq_token = "set_seq_token",
    get_seq_token = "get_seq_token",
    is_seq_trace = "is_seq_trace",
    get_tcw = "get_tcw",
    set_tcw = "set_tcw",
    table = "table",
    warning = "warning",
    set = "set",
    ordered_set = "ordered_set",
    bag = "bag",
    duplicate_bag = "duplicate_bag",
    public = "public",
    protected = "protected",
    private = "private",
    named_table = "named_table",
    keypos = "keypos",
    heir = "heir",
    none = "none",
    write_concurrency = "write_concurrency",
    read_concurrency = "read_concurrency",
    decentralized_counters = "decentralized_counters",
    compressed = "compressed",
    auto = "auto",
    id = "id",
    name = "name",
    type_ = "type",
    owner = "owner",
    size = "size",
    memory = "memory",
    node = "node",
    protection = "protection",
    fixed = "fixed",
    safe_fixed = "safe_fixed",
    safe_fixed_monotonic_time = "safe_fixed_monotonic_time",
    stats = "stats",
    binary = "binary",
    access = "access",
    already_exists = "already_exists",
    table_type = "table_type",
    position = "position",
    badkey = "badkey",
    badopt = "badopt",
    signed = "signed",
    max = "max",
    min = "min",
    count = "count",
    write = "write",
}

/// The interned atoms.
pub fn atoms() -> &'static EtsAtoms {
    static ATOMS: Once<EtsAtoms> = Once::new();
    ATOMS.call_once(init)
}
