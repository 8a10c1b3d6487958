//! Loaded code: modules (current and old version), export entries, fun entries, and the
//! table that maps code addresses back to modules for stack traces.
//!
//! Export and fun entries are allocated once and never freed or moved (`&'static`), so
//! instructions, export funs and closures hold plain references to them. Loading a new
//! version of a module redirects its export entries; code of the old version keeps running
//! until purged.

pub mod instr;
pub mod literal;
pub mod load;

use crate::atom::Atom;
use crate::bif::{self, BifDef};
use crate::heap::Heap;
use crate::term::{Kind, Term};
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt::Write;
use core::sync::atomic::{AtomicPtr, AtomicUsize, Ordering as AtomicOrdering};
use instr::Instr;
use spin::RwLock;

/// A lambda of a loaded module (from its `FunT` chunk). Fun entries are never freed, so a
/// closure's pointer to its entry stays valid; loading and purging only change `code`.
pub struct FunEntry {
    pub module: Atom,
    pub function: Atom,
    /// Arity of the implementing function (callable arity + number of free variables).
    pub arity: u32,
    pub num_free: u32,
    pub index: u32,
    pub old_uniq: u32,
    /// Entry of the implementing function in the version that created the entry; null once
    /// that version is purged.
    code: AtomicPtr<Instr>,
}

impl FunEntry {
    pub fn code(&self) -> *const Instr {
        self.code.load(AtomicOrdering::Acquire)
    }
    pub fn callable_arity(&self) -> u32 {
        self.arity - self.num_free
    }
}

/// An export entry `{Module, Function, Arity}`.
pub struct Export {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    /// Entry of the current version's function, or null when not loaded.
    code: AtomicPtr<Instr>,
    /// The native implementation, when the function is a BIF (or implemented natively).
    pub bif: Option<&'static BifDef>,
}

impl Export {
    #[inline(always)]
    pub fn code(&self) -> *const Instr {
        self.code.load(AtomicOrdering::Acquire)
    }
    pub fn set_code(&self, p: *const Instr) {
        self.code.store(p as *mut Instr, AtomicOrdering::Release);
    }
    pub fn is_defined(&self) -> bool {
        self.bif.is_some() || !self.code().is_null()
    }
}

impl core::fmt::Debug for Export {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{}:{}/{}",
            self.module.name(),
            self.function.name(),
            self.arity
        )
    }
}

impl core::fmt::Debug for FunEntry {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "fun {}:{}/{} (index {})",
            self.module.name(),
            self.function.name(),
            self.arity,
            self.index
        )
    }
}

static EXPORTS: RwLock<BTreeMap<(Atom, Atom, u32), &'static Export>> = RwLock::new(BTreeMap::new());

/// The export entry for `M:F/A`, created (undefined) if needed.
pub fn export(module: Atom, function: Atom, arity: u32) -> &'static Export {
    if let Some(e) = EXPORTS.read().get(&(module, function, arity)) {
        return e;
    }
    let mut t = EXPORTS.write();
    if let Some(e) = t.get(&(module, function, arity)) {
        return e;
    }
    let e: &'static Export = Box::leak(Box::new(Export {
        module,
        function,
        arity,
        code: AtomicPtr::new(core::ptr::null_mut()),
        bif: bif::lookup(module, function, arity),
    }));
    t.insert((module, function, arity), e);
    e
}

/// The export entry for `M:F/A` if one exists.
pub fn find_export(module: Atom, function: Atom, arity: u32) -> Option<&'static Export> {
    EXPORTS.read().get(&(module, function, arity)).copied()
}

/// Metadata of one function of a module, for stack traces.
#[derive(Clone, Debug)]
pub struct FuncMeta {
    pub name: Atom,
    pub arity: u32,
    /// Slot of its `func_info`.
    pub start: u32,
}

/// One loaded version of a module.
pub struct Module {
    pub name: Atom,
    pub code: Box<[Instr]>,
    /// The literal area: never collected, freed with the module.
    pub literals: Heap,
    pub functions: Vec<FuncMeta>,
    /// `(slot, location)` pairs sorted by slot: the location of the `line` instruction that
    /// precedes the slot.
    pub lines: Vec<(u32, u32)>,
    /// Locations: (file index, line).
    pub locations: Vec<(u32, u32)>,
    pub files: Vec<String>,
    /// Exported functions: name, arity, entry slot.
    pub exports: Vec<(Atom, u32, u32)>,
    pub funs: Vec<&'static FunEntry>,
    pub attributes: Term,
    pub compile_info: Term,
    pub md5: [u8; 16],
    /// Entry slot of the `-on_load` function.
    pub on_load: Option<u32>,
    /// Counts this version in [`live_versions`] and [`code_bytes`] while it exists.
    pub(crate) _live: LiveVersion,
}

/// Module versions in memory (loaded, old, or purged and waiting for their literal area
/// to be released), and the bytes of their code and literal areas.
static LIVE_VERSIONS: AtomicUsize = AtomicUsize::new(0);
static LIVE_CODE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// A module version's share of [`live_versions`] and [`code_bytes`], given back on drop.
pub(crate) struct LiveVersion {
    bytes: usize,
}

impl LiveVersion {
    pub(crate) fn new(code: &[Instr], literals: &Heap) -> LiveVersion {
        let bytes = core::mem::size_of_val(code) + literals.reserved_words() * 8;
        LIVE_VERSIONS.fetch_add(1, AtomicOrdering::Relaxed);
        LIVE_CODE_BYTES.fetch_add(bytes, AtomicOrdering::Relaxed);
        LiveVersion { bytes }
    }
}

impl Drop for LiveVersion {
    fn drop(&mut self) {
        LIVE_VERSIONS.fetch_sub(1, AtomicOrdering::Relaxed);
        LIVE_CODE_BYTES.fetch_sub(self.bytes, AtomicOrdering::Relaxed);
    }
}

/// Module versions in memory, including purged ones whose release is not finished.
pub fn live_versions() -> usize {
    LIVE_VERSIONS.load(AtomicOrdering::Relaxed)
}

/// Bytes of code and literal areas of the module versions in memory (`erlang:memory(code)`).
pub fn code_bytes() -> usize {
    LIVE_CODE_BYTES.load(AtomicOrdering::Relaxed)
}

// SAFETY: a module's code and literal area are immutable after loading; the raw pointers in
// them (constants, ProcBin buffers) stay valid for the module's lifetime.
unsafe impl Send for Module {}
// SAFETY: see above.
unsafe impl Sync for Module {}

impl Module {
    pub fn code_range(&self) -> (usize, usize) {
        let s = self.code.as_ptr() as usize;
        (s, s + self.code.len() * core::mem::size_of::<Instr>())
    }
    pub fn slot_of(&self, p: *const Instr) -> Option<u32> {
        let (s, e) = self.code_range();
        let a = p as usize;
        if a >= s && a < e {
            Some(((a - s) / core::mem::size_of::<Instr>()) as u32)
        } else {
            None
        }
    }
    pub fn addr(&self, slot: u32) -> *const Instr {
        &self.code[slot as usize] as *const Instr
    }
    /// The function containing `slot`.
    pub fn function_at(&self, slot: u32) -> Option<&FuncMeta> {
        let i = self.functions.partition_point(|f| f.start <= slot);
        if i == 0 {
            None
        } else {
            self.functions.get(i - 1)
        }
    }
    /// Location (file, line) of `slot`, if the module has line information there.
    pub fn location_at(&self, slot: u32) -> Option<(&str, u32)> {
        let i = self.lines.partition_point(|&(s, _)| s <= slot);
        if i == 0 {
            return None;
        }
        let (_, loc) = self.lines[i - 1];
        if loc == 0 {
            return None;
        }
        let &(file, line) = self.locations.get(loc as usize)?;
        Some((
            self.files
                .get(file as usize)
                .map(String::as_str)
                .unwrap_or(""),
            line,
        ))
    }
}

/// Where the current version of a module came from (`code:is_loaded/1`, `code:which/1`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleFile {
    /// A file name (the characters of the path given or found).
    Path(String),
    /// `code:load_binary/3` with an atom for the file name.
    Atom(Atom),
}

#[derive(Default)]
struct ModuleSlot {
    current: Option<Arc<Module>>,
    old: Option<Arc<Module>>,
    /// A version whose `-on_load` function has not finished: its code runs (the on_load
    /// function and what it calls locally) but remote calls still reach `current`.
    pending: Option<Arc<Module>>,
    file: Option<ModuleFile>,
    /// Loaded from a directory whose modules must not be replaced (otp-lite's, as OTP's
    /// kernel and stdlib directories are sticky).
    sticky: bool,
}

#[derive(Default)]
struct CodeServer {
    modules: BTreeMap<Atom, ModuleSlot>,
    /// Code ranges of every loaded version: (start, end, module).
    ranges: Vec<(usize, usize, Arc<Module>)>,
}

static CODE: RwLock<CodeServer> = RwLock::new(CodeServer {
    modules: BTreeMap::new(),
    ranges: Vec::new(),
});

/// Why a module could not be loaded.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// The file could not be parsed.
    Format(loader::LoadError),
    /// The code could not be translated: module, opcode name, instruction offset, reason.
    Code {
        module: String,
        opcode: &'static str,
        offset: u32,
        what: &'static str,
    },
    /// An old version is still loaded (OTP's `not_purged`).
    NotPurged,
    /// The module name in the file is not the expected one.
    BadName,
}

impl core::fmt::Display for LoadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            LoadError::Format(e) => write!(f, "{}", e),
            LoadError::Code {
                module,
                opcode,
                offset,
                what,
            } => {
                write!(
                    f,
                    "module {}: {} at instruction offset {}: {}",
                    module, opcode, offset, what
                )
            }
            LoadError::NotPurged => write!(f, "not_purged"),
            LoadError::BadName => write!(f, "module name does not match the file"),
        }
    }
}

/// Loads a module from `.beam` bytes and makes it the current version.
pub fn load_module(bytes: &[u8]) -> Result<Arc<Module>, LoadError> {
    let parsed = loader::parse(bytes).map_err(LoadError::Format)?;
    let mut module = load::translate(&parsed, bytes)?;
    module.md5 = crate::hash::md5::beam_md5(bytes);
    let module = Arc::new(module);
    install(module.clone())?;
    Ok(module)
}

/// Makes `m` the current version of its module: the previous current becomes old.
pub fn install(m: Arc<Module>) -> Result<(), LoadError> {
    let mut cs = CODE.write();
    let slot = cs.modules.entry(m.name).or_default();
    if slot.current.is_some() && slot.old.is_some() {
        return Err(LoadError::NotPurged);
    }
    if let Some(cur) = slot.current.take() {
        slot.old = Some(cur);
    }
    slot.current = Some(m.clone());
    slot.file = None;
    slot.sticky = false;
    add_range(&mut cs, &m);
    drop(cs);
    redirect_exports(&m);
    Ok(())
}

fn add_range(cs: &mut CodeServer, m: &Arc<Module>) {
    let (s, e) = m.code_range();
    let pos = cs.ranges.partition_point(|r| r.0 < s);
    cs.ranges.insert(pos, (s, e, m.clone()));
}

/// Points the export entries at `m`; the previous version's exports that `m` does not
/// define become undefined.
fn redirect_exports(m: &Module) {
    for &(f, a, slot) in &m.exports {
        export(m.name, f, a).set_code(m.addr(slot));
    }
    unexport_missing(m.name);
}

/// What [`load_versioned`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loaded {
    /// The module is now the current version.
    Current,
    /// The module has an `-on_load` function: it waits for [`finish_on_load`] (OTP's
    /// `{error, on_load}` from `erlang:load_module/2`).
    OnLoadPending,
}

/// Loads `bytes` as module `name` (OTP's `erlang:load_module/2` with the code server's
/// bookkeeping): a wrong name is `BadName`, an existing old version `NotPurged`. A module
/// with `-on_load` is kept aside until [`finish_on_load`].
pub fn load_versioned(
    name: Atom,
    bytes: &[u8],
    file: Option<ModuleFile>,
    sticky: bool,
) -> Result<Loaded, LoadError> {
    let parsed = loader::parse(bytes).map_err(LoadError::Format)?;
    if parsed.atoms.first().map(String::as_str) != Some(name.name()) {
        return Err(LoadError::BadName);
    }
    let m = Arc::new(load::translate(&parsed, bytes)?);
    let mut cs = CODE.write();
    let slot = cs.modules.entry(name).or_default();
    if slot.old.is_some() && slot.current.is_some() || slot.pending.is_some() {
        return Err(LoadError::NotPurged);
    }
    if m.on_load.is_some() {
        slot.pending = Some(m.clone());
        slot.file = file;
        slot.sticky = sticky;
        add_range(&mut cs, &m);
        return Ok(Loaded::OnLoadPending);
    }
    if let Some(cur) = slot.current.take() {
        slot.old = Some(cur);
    }
    slot.current = Some(m.clone());
    slot.file = file;
    slot.sticky = sticky;
    add_range(&mut cs, &m);
    drop(cs);
    redirect_exports(&m);
    Ok(Loaded::Current)
}

/// The version of `name` whose `-on_load` function has not finished, and that function's
/// entry (an export entry of its own, never registered, for the call).
pub fn on_load_entry(name: Atom) -> Option<&'static Export> {
    let m = CODE.read().modules.get(&name)?.pending.clone()?;
    let slot = m.on_load?;
    let f = m.function_at(slot)?;
    let e: &'static Export = Box::leak(Box::new(Export {
        module: name,
        function: f.name,
        arity: 0,
        code: AtomicPtr::new(m.addr(slot) as *mut Instr),
        bif: None,
    }));
    Some(e)
}

/// Ends the `-on_load` wait of `name`: with `keep` the version becomes current (the
/// previous current becomes old), otherwise it is dropped. False if nothing waited.
pub fn finish_on_load(name: Atom, keep: bool) -> bool {
    let mut cs = CODE.write();
    let Some(slot) = cs.modules.get_mut(&name) else {
        return false;
    };
    let Some(m) = slot.pending.take() else {
        return false;
    };
    if keep {
        if let Some(cur) = slot.current.take() {
            slot.old = Some(cur);
        }
        slot.current = Some(m.clone());
        drop(cs);
        redirect_exports(&m);
    } else {
        let release = retire(&mut cs, m);
        drop(cs);
        crate::sched::release_literal_area(release);
    }
    true
}

/// Whether `name` has a version waiting for its `-on_load` function.
pub fn on_load_pending(name: Atom) -> bool {
    CODE.read()
        .modules
        .get(&name)
        .is_some_and(|s| s.pending.is_some())
}

/// Whether `name` has an old version.
pub fn has_old(name: Atom) -> bool {
    CODE.read()
        .modules
        .get(&name)
        .is_some_and(|s| s.old.is_some())
}

/// `erlang:delete_module/1`: the current version becomes old. `None` when the module was
/// never known, `Some(false)` when an old version must be purged first.
pub fn delete_module(name: Atom) -> Option<bool> {
    let mut cs = CODE.write();
    let slot = cs.modules.get_mut(&name)?;
    if slot.old.is_some() {
        return Some(false);
    }
    let cur = slot.current.take();
    slot.old = cur.clone();
    slot.file = None;
    slot.sticky = false;
    drop(cs);
    if let Some(cur) = cur {
        for &(f, a, _) in &cur.exports {
            export(name, f, a).set_code(core::ptr::null());
        }
    }
    Some(true)
}

/// Where the current version of `name` came from, and whether it is sticky.
pub fn module_file(name: Atom) -> Option<(Option<ModuleFile>, bool)> {
    let cs = CODE.read();
    let s = cs.modules.get(&name)?;
    s.current.as_ref()?;
    Some((s.file.clone(), s.sticky))
}

/// Every module with a current version and where it came from.
pub fn loaded_with_files() -> Vec<(Atom, Option<ModuleFile>)> {
    CODE.read()
        .modules
        .iter()
        .filter(|(_, s)| s.current.is_some())
        .map(|(&n, s)| (n, s.file.clone()))
        .collect()
}

/// Clears export entries of `name` that the current version does not define (after a
/// reload the old version's functions must no longer be reachable by remote calls).
pub fn unexport_missing(name: Atom) {
    let cur = current(name);
    let t = EXPORTS.read();
    for (&(m, f, a), e) in t.range((name, Atom::from_index(0), 0)..) {
        if m != name {
            break;
        }
        let keep = cur
            .as_ref()
            .is_some_and(|c| c.exports.iter().any(|&(ef, ea, _)| ef == f && ea == a));
        if !keep {
            e.set_code(core::ptr::null());
        }
    }
}

/// The current version of a module.
pub fn current(name: Atom) -> Option<Arc<Module>> {
    CODE.read()
        .modules
        .get(&name)
        .and_then(|s| s.current.clone())
}

/// The old version of a module.
pub fn old(name: Atom) -> Option<Arc<Module>> {
    CODE.read().modules.get(&name).and_then(|s| s.old.clone())
}

pub fn is_loaded(name: Atom) -> bool {
    current(name).is_some()
}

/// Names of all modules with a current version.
pub fn loaded_modules() -> Vec<Atom> {
    CODE.read()
        .modules
        .iter()
        .filter(|(_, s)| s.current.is_some())
        .map(|(&n, _)| n)
        .collect()
}

/// Literal area releases under way (see [`LiteralRelease`]).
static RELEASES_ACTIVE: AtomicUsize = AtomicUsize::new(0);

/// Whether a literal area is being released: until every process has copied its literals
/// out, copies of terms (messages, exit reasons, timers' messages) copy module literals
/// instead of sharing them, so no new reference into the area can appear behind a process
/// that already copied its own.
#[inline]
pub fn literal_release_active() -> bool {
    RELEASES_ACTIVE.load(AtomicOrdering::Acquire) != 0
}

/// A purged version on its way out (OTP's literal area collector). Every process gets a
/// signal holding a reference to it and, at its next stop, copies onto its own heap the
/// terms it holds in the version's literal area; when the last reference goes (all
/// processes done, or dead) the version is dropped and its code and literals are freed.
pub struct LiteralRelease {
    module: Option<Arc<Module>>,
    area: crate::heap::literals::Area,
}

impl LiteralRelease {
    fn new(m: Arc<Module>) -> LiteralRelease {
        RELEASES_ACTIVE.fetch_add(1, AtomicOrdering::AcqRel);
        let area = crate::heap::literals::Area::of_heap(&m.literals);
        LiteralRelease {
            module: Some(m),
            area,
        }
    }

    /// The memory of the literal area.
    pub fn area(&self) -> &crate::heap::literals::Area {
        &self.area
    }
}

impl Drop for LiteralRelease {
    fn drop(&mut self) {
        // The version goes first (freed now unless a stack trace or code lookup still holds
        // it for a moment), then copies may share literals again.
        drop(self.module.take());
        RELEASES_ACTIVE.fetch_sub(1, AtomicOrdering::AcqRel);
    }
}

/// Makes a purged version unreachable (its funs become bad funs, its code leaves the
/// address table) and starts releasing it.
fn retire(cs: &mut CodeServer, m: Arc<Module>) -> LiteralRelease {
    for f in &m.funs {
        f.code.store(core::ptr::null_mut(), AtomicOrdering::Release);
    }
    let (s, _) = m.code_range();
    cs.ranges.retain(|r| r.0 != s);
    LiteralRelease::new(m)
}

/// Removes the old version of `name` (the caller makes sure no process still runs it):
/// its funs become bad funs, remote calls never reached it. Its memory is freed once every
/// process has copied out the literals it holds (`sched::release_literal_area`).
pub fn purge(name: Atom) -> bool {
    let mut cs = CODE.write();
    let Some(slot) = cs.modules.get_mut(&name) else {
        return false;
    };
    let Some(old) = slot.old.take() else {
        return false;
    };
    let release = retire(&mut cs, old);
    drop(cs);
    crate::sched::release_literal_area(release);
    true
}

/// Makes the current version of `name` old (`code:delete/1`): remote calls become undefined.
pub fn delete(name: Atom) -> bool {
    let mut cs = CODE.write();
    let Some(slot) = cs.modules.get_mut(&name) else {
        return false;
    };
    if slot.old.is_some() {
        return false;
    }
    let Some(cur) = slot.current.take() else {
        return false;
    };
    slot.old = Some(cur.clone());
    drop(cs);
    for &(f, a, _) in &cur.exports {
        export(name, f, a).set_code(core::ptr::null());
    }
    true
}

/// The module version whose code contains `p`.
pub fn module_of(p: *const Instr) -> Option<Arc<Module>> {
    let a = p as usize;
    let cs = CODE.read();
    let i = cs.ranges.partition_point(|r| r.0 <= a);
    if i == 0 {
        return None;
    }
    let r = &cs.ranges[i - 1];
    if a < r.1 {
        Some(r.2.clone())
    } else {
        None
    }
}

/// Creates the fun entry of a lambda (never freed).
pub(crate) fn new_fun_entry(
    module: Atom,
    function: Atom,
    arity: u32,
    num_free: u32,
    index: u32,
    old_uniq: u32,
) -> &'static FunEntry {
    Box::leak(Box::new(FunEntry {
        module,
        function,
        arity,
        num_free,
        index,
        old_uniq,
        code: AtomicPtr::new(core::ptr::null_mut()),
    }))
}

pub(crate) fn set_fun_code(f: &FunEntry, p: *const Instr) {
    f.code.store(p as *mut Instr, AtomicOrdering::Release);
}

/// The fun entry of a closure term.
pub fn closure_entry(t: Term) -> &'static FunEntry {
    // SAFETY: word 1 of a closure is a pointer to a fun entry, which is never freed.
    unsafe { &*(t.boxed_word(1) as *const FunEntry) }
}

/// The export entry of an export fun term.
pub fn export_entry(t: Term) -> &'static Export {
    // SAFETY: word 1 of an export fun is a pointer to an export entry, which is never freed.
    unsafe { &*(t.boxed_word(1) as *const Export) }
}

/// Environment (free variables) of a closure.
pub fn closure_env<'a>(t: Term) -> &'a [Term] {
    let n = t.header().arity() - 1;
    // SAFETY: a closure has the entry word then `n` environment words.
    unsafe { core::slice::from_raw_parts(t.ptr().add(2) as *const Term, n) }
}

/// Builds a closure over `env`.
pub fn make_closure(heap: &mut Heap, entry: &'static FunEntry, env: &[Term]) -> Term {
    let p = heap.boxed(Kind::Fun, 1 + env.len());
    // SAFETY: 1 + len payload words, all written.
    unsafe {
        *p.add(1) = entry as *const FunEntry as u64;
        for (i, v) in env.iter().enumerate() {
            *p.add(2 + i) = v.raw();
        }
    }
    Term::make_boxed(p)
}

/// Builds an export fun `fun M:F/A`.
pub fn make_export_fun(heap: &mut Heap, e: &'static Export) -> Term {
    let p = heap.boxed(Kind::Export, 1);
    // SAFETY: one payload word.
    unsafe { *p.add(1) = e as *const Export as u64 };
    Term::make_boxed(p)
}

/// `erlang:fun_to_list/1` text: `#Fun<M.Index.Uniq>` or `fun M:F/A`.
pub fn write_fun(out: &mut String, t: Term) {
    match t.header().kind() {
        Kind::Export => {
            let e = export_entry(t);
            out.push_str("fun ");
            crate::term::print::write_atom(out, e.module.name());
            out.push(':');
            crate::term::print::write_atom(out, e.function.name());
            let _ = write!(out, "/{}", e.arity);
        }
        _ => {
            let f = closure_entry(t);
            out.push_str("#Fun<");
            crate::term::print::write_atom(out, f.module.name());
            let _ = write!(out, ".{}.{}>", f.index, f.old_uniq);
        }
    }
}

/// Term order between two funs (closures and export funs).
pub fn compare_funs(a: Term, b: Term, work: &mut Vec<(Term, Term)>) -> Ordering {
    let (ka, kb) = (a.header().kind(), b.header().kind());
    if ka != kb {
        return if ka == Kind::Fun {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    if ka == Kind::Export {
        let (x, y) = (export_entry(a), export_entry(b));
        return x
            .module
            .name()
            .cmp(y.module.name())
            .then(x.function.name().cmp(y.function.name()))
            .then(x.arity.cmp(&y.arity));
    }
    let (x, y) = (closure_entry(a), closure_entry(b));
    let o = x
        .module
        .name()
        .cmp(y.module.name())
        .then(x.index.cmp(&y.index))
        .then(x.old_uniq.cmp(&y.old_uniq));
    if o != Ordering::Equal {
        return o;
    }
    let (ea, eb) = (closure_env(a), closure_env(b));
    if ea.len() != eb.len() {
        return ea.len().cmp(&eb.len());
    }
    for i in (0..ea.len()).rev() {
        work.push((ea[i], eb[i]));
    }
    Ordering::Equal
}

/// Finds the `.beam` bytes of a module by name (the host searches its code path, the kernel
/// its ramdisk).
pub type ModuleProvider = fn(&str) -> Option<Vec<u8>>;

static PROVIDER: RwLock<Option<ModuleProvider>> = RwLock::new(None);

/// Sets where modules are loaded from on demand.
pub fn set_module_provider(f: ModuleProvider) {
    *PROVIDER.write() = Some(f);
}

/// A module found in the code path.
pub struct Located {
    /// The file's path, as `code:which/1` gives it.
    pub path: String,
    pub bytes: Vec<u8>,
    /// Whether the directory is sticky (see [`ModuleSlot`]).
    pub sticky: bool,
}

/// Finds a module in the code path with its file name (`code:load_file/1`).
pub type ModuleLocator = fn(&str) -> Option<Located>;

static LOCATOR: RwLock<Option<ModuleLocator>> = RwLock::new(None);

/// Sets how modules are found with their file names (preferred over the provider).
pub fn set_module_locator(f: ModuleLocator) {
    *LOCATOR.write() = Some(f);
}

/// Looks a module up in the code path.
pub fn locate(name: &str) -> Option<Located> {
    if let Some(l) = *LOCATOR.read() {
        return l(name);
    }
    let provider = (*PROVIDER.read())?;
    provider(name).map(|bytes| Located {
        path: String::new(),
        bytes,
        sticky: false,
    })
}

/// Loads `name` through the module provider; whether it is loaded afterwards.
pub fn load_on_demand(name: Atom) -> bool {
    if is_loaded(name) {
        return true;
    }
    // A version waiting for its -on_load function is not callable yet (OTP: undef).
    if on_load_pending(name) {
        return false;
    }
    if let Some(locator) = *LOCATOR.read() {
        let Some(found) = locator(name.name()) else {
            return false;
        };
        let file = Some(ModuleFile::Path(found.path));
        return match load_versioned(name, &found.bytes, file, found.sticky) {
            Ok(Loaded::Current) => true,
            // Loaded on demand, the -on_load function does not run (no process to run it
            // in here); the module becomes callable as before.
            Ok(Loaded::OnLoadPending) => finish_on_load(name, true),
            Err(_) => false,
        };
    }
    let Some(provider) = *PROVIDER.read() else {
        return false;
    };
    let Some(bytes) = provider(name.name()) else {
        return false;
    };
    match load_module(&bytes) {
        Ok(m) => m.name == name || is_loaded(name),
        Err(_) => false,
    }
}

/// The internal instructions of a module, one per line with its slot (for debugging).
pub fn dump(m: &Module) -> String {
    let mut s = String::new();
    for (i, ins) in m.code.iter().enumerate() {
        if let Some(f) = m.functions.iter().find(|f| f.start as usize == i) {
            let _ = writeln!(s, "-- {}/{}", f.name.name(), f.arity);
        }
        let _ = writeln!(s, "{:5} {:?}", i, ins);
    }
    s
}
