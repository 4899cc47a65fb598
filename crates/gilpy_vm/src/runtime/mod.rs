//! Interpreter-wide state: the builtin types and exceptions, interned strings, the builtins
//! and sys modules, `sys.modules`. Built once at start-up and never freed; every object here
//! is immortal, so threads can share them (under the GIL, see object/mod.rs).

pub mod gc;
pub mod gil;
pub mod giltrace;
pub mod import;
pub mod panics;
pub mod repl;
pub mod stats;
pub mod timeline;
pub mod trace_out;

use crate::object::{PyRef, Value};
use crate::types::payload::*;
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;

macro_rules! type_fields {
    ($($f:ident),* $(,)?) => {
        pub struct Types { $(pub $f: PyRef,)* }
    };
}

type_fields!(
    object,
    type_,
    none,
    notimpl,
    ellipsis,
    bool_,
    int,
    float,
    complex,
    str,
    bytes,
    bytearray,
    tuple,
    list,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin,
    method_descr,
    method,
    code,
    cell,
    module,
    generator,
    coroutine,
    coroutine_wrapper,
    async_generator,
    async_gen_asend,
    async_gen_athrow,
    async_gen_value,
    property,
    classmethod,
    staticmethod,
    super_,
    iterator,
    dict_keys,
    dict_values,
    dict_items,
    file,
    enumerate,
    zip,
    map,
    filter,
    reversed,
);

macro_rules! exc_fields {
    ($($f:ident),* $(,)?) => {
        pub struct ExcTypes { $(pub $f: PyRef,)* }
    };
}

exc_fields!(
    base_exception,
    exception,
    system_exit,
    keyboard_interrupt,
    generator_exit,
    stop_iteration,
    arithmetic_error,
    zero_division_error,
    overflow_error,
    floating_point_error,
    lookup_error,
    key_error,
    index_error,
    type_error,
    value_error,
    unicode_error,
    unicode_decode_error,
    unicode_encode_error,
    name_error,
    unbound_local_error,
    attribute_error,
    runtime_error,
    recursion_error,
    not_implemented_error,
    assertion_error,
    import_error,
    module_not_found_error,
    os_error,
    file_not_found_error,
    file_exists_error,
    permission_error,
    is_a_directory_error,
    not_a_directory_error,
    eof_error,
    memory_error,
    syntax_error,
    indentation_error,
    system_error,
    buffer_error,
    warning,
    deprecation_warning,
    runtime_warning,
    user_warning,
    stop_async_iteration,
    base_exception_group,
    exception_group,
    timeout_error,
    broken_pipe_error,
    connection_error,
    child_process_error,
    interrupted_error,
    blocking_io_error,
    process_lookup_error,
    reference_error,
    tab_error,
    unicode_translate_error,
    syntax_warning,
    future_warning,
    pending_deprecation_warning,
    import_warning,
    unicode_warning,
    bytes_warning,
    resource_warning,
    encoding_warning,
    connection_refused_error,
    connection_reset_error,
    connection_aborted_error,
);

pub struct Runtime {
    pub t: Types,
    pub e: ExcTypes,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub empty_tuple: PyRef,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub modules: PyRef,
    interned: UnsafeCell<HashMap<Box<str>, PyRef, std::hash::BuildHasherDefault<Fnv>>>,
    /// `intern_static`'s direct-mapped cache: (address, length) of a static str and its
    /// interned object
    static_names: UnsafeCell<Box<[(usize, usize, Option<PyRef>)]>>,
    pub recursion_limit: Cell<usize>,
    /// sources of files and `-c` strings, for traceback lines
    pub sources: UnsafeCell<HashMap<String, String>>,
    pub argv: UnsafeCell<Vec<String>>,
    pub path: UnsafeCell<Vec<String>>,
    pub script_dir: UnsafeCell<Option<String>>,
}

// SAFETY: every object the runtime holds is immortal and only touched by the GIL holder (the
// GIL invariant in object/mod.rs); the Cell/UnsafeCell fields are likewise GIL-protected.
unsafe impl Sync for Runtime {}
// SAFETY: as above.
unsafe impl Send for Runtime {}

/// FNV-1a for the intern table: names are short, and the table is private to the
/// interpreter, so a fast non-keyed hash is enough (Python-visible str hashes are SipHash).
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf29ce484222325 } else { self.0 };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

static mut RT: *const Runtime = std::ptr::null();

/// The runtime. Valid after `init`, which runs before any Python code.
#[inline(always)]
pub fn rt() -> &'static Runtime {
    // SAFETY: RT is written once by `init` before any other thread exists and never again,
    // and the Runtime it points to is leaked (lives for the whole process).
    unsafe { &*RT }
}

impl Runtime {
    /// The interned str object for `s` (attribute and global names).
    pub fn intern(&self, s: &str) -> PyRef {
        // SAFETY: GIL invariant; no Python code runs while the map is borrowed.
        let map = unsafe { &mut *self.interned.get() };
        if let Some(r) = map.get(s) {
            return r.clone();
        }
        let r = PyRef::new_immortal(Some(&self.t.str), Payload::Str(StrData::new(s.into())));
        map.insert(s.into(), r.clone());
        r
    }
    /// `intern` for a name the program text holds (a special method's name, say): a static
    /// str keeps its address, so the address and length find the object without hashing.
    #[inline]
    pub fn intern_static(&self, s: &'static str) -> PyRef {
        let (p, n) = (s.as_ptr() as usize, s.len());
        // SAFETY: GIL invariant; no Python code runs while the cache is borrowed.
        let cache = unsafe { &mut *self.static_names.get() };
        let e = &mut cache[((p >> 3) ^ n) & (STATIC_NAMES - 1)];
        if e.0 == p && e.1 == n {
            if let Some(r) = &e.2 {
                return r.clone();
            }
        }
        let r = self.intern(s);
        *e = (p, n, Some(r.clone()));
        r
    }
    pub fn source_of(&self, filename: &str) -> Option<String> {
        // SAFETY: GIL invariant.
        let m = unsafe { &*self.sources.get() };
        m.get(filename).cloned()
    }
    pub fn add_source(&self, filename: &str, src: &str) {
        // SAFETY: GIL invariant.
        let m = unsafe { &mut *self.sources.get() };
        m.insert(filename.to_string(), src.to_string());
    }
}

/// The command line's flags, as `sys.flags` shows them (plus `-u`), set by main before `init`.
#[derive(Clone, Debug)]
pub struct CliFlags {
    pub debug: i64,
    pub inspect: i64,
    pub interactive: i64,
    pub optimize: i64,
    pub dont_write_bytecode: i64,
    pub no_user_site: i64,
    pub no_site: i64,
    pub ignore_environment: i64,
    pub verbose: i64,
    pub bytes_warning: i64,
    pub quiet: i64,
    pub hash_randomization: i64,
    pub isolated: i64,
    pub dev_mode: bool,
    pub utf8_mode: i64,
    pub warn_default_encoding: i64,
    pub safe_path: bool,
    pub int_max_str_digits: i64,
    pub unbuffered: bool,
}

impl Default for CliFlags {
    fn default() -> CliFlags {
        CliFlags {
            debug: 0,
            inspect: 0,
            interactive: 0,
            optimize: 0,
            dont_write_bytecode: 0,
            no_user_site: 0,
            no_site: 0,
            ignore_environment: 0,
            verbose: 0,
            bytes_warning: 0,
            quiet: 0,
            hash_randomization: 1,
            isolated: 0,
            dev_mode: false,
            utf8_mode: 0,
            warn_default_encoding: 0,
            safe_path: false,
            int_max_str_digits: -1,
            unbuffered: false,
        }
    }
}

pub static FLAGS: std::sync::OnceLock<CliFlags> = std::sync::OnceLock::new();
/// `-W` options and PYTHONWARNINGS, for `sys.warnoptions`.
pub static WARNOPTIONS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

pub fn flags() -> CliFlags {
    FLAGS.get().cloned().unwrap_or_default()
}

/// The `-X` options, in command-line order (`sys._xoptions`): a value, or None for a bare flag.
pub static XOPTIONS: std::sync::OnceLock<Vec<(String, Option<String>)>> = std::sync::OnceLock::new();

/// Build the runtime. Must run once, on the main thread, before any Python code.
pub fn init(argv: Vec<String>, path: Vec<String>) {
    LEAKCHECK.get_or_init(|| {
        let v = std::env::var("GILPY_LEAKCHECK").ok();
        if v.is_some() {
            // still one thread here: nothing reads the environment concurrently
            std::env::remove_var("GILPY_LEAKCHECK");
        }
        v
    });
    // SAFETY: init runs once, before other threads exist.
    if unsafe { !RT.is_null() } {
        return;
    }
    gilpy_compiler::set_depth_budget(compile_depth_budget);
    let t = crate::types::typeobj::make_builtin_types();
    let e = crate::types::exceptions::make_exception_types(&t);
    let not_implemented = PyRef::new_immortal(None, Payload::NotImplemented);
    let ellipsis = PyRef::new_immortal(None, Payload::Ellipsis);
    let empty_tuple = PyRef::new_immortal(Some(&t.tuple), Payload::Tuple(Box::new([])));
    let builtins_dict = PyRef::new_immortal(Some(&t.dict), Payload::Dict(crate::types::dict::DictData::new()));
    let builtins = PyRef::new_immortal(Some(&t.module), Payload::Module(ModuleData { dict: builtins_dict.clone() }));
    let modules = PyRef::new_immortal(Some(&t.dict), Payload::Dict(crate::types::dict::DictData::new()));
    let rt = Box::new(Runtime {
        t,
        e,
        not_implemented,
        ellipsis,
        empty_tuple,
        builtins,
        builtins_dict,
        modules,
        interned: UnsafeCell::new(HashMap::default()),
        static_names: UnsafeCell::new((0..STATIC_NAMES).map(|_| (0, 0, None)).collect()),
        recursion_limit: Cell::new(1000),
        sources: UnsafeCell::new(HashMap::new()),
        argv: UnsafeCell::new(argv),
        path: UnsafeCell::new(path),
        script_dir: UnsafeCell::new(None),
    });
    // SAFETY: single-threaded start-up; the box is leaked so the pointer stays valid.
    unsafe { RT = Box::into_raw(rt) };
    let rt = rt_ref();
    // SAFETY: the singletons were created before their types could be named; fix them now.
    rt.not_implemented.set_ty(&crate::types::typeobj::make_simple_type("NotImplementedType", &rt.t.object));
    rt.ellipsis.set_ty(&crate::types::typeobj::make_simple_type("ellipsis", &rt.t.object));
    crate::types::register_all_methods();
    crate::modules::builtins::init_builtins();
    crate::modules::sys::init_sys();
}

fn rt_ref() -> &'static Runtime {
    rt()
}

/// The interned str object for a literal name, looked up once per call site: hot paths
/// (special-method lookups) skip the intern table's hashing.
const STATIC_NAMES: usize = 256;

#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        struct Interned($crate::object::PyRef);
        // SAFETY: an immortal interned string, only touched by the GIL holder.
        unsafe impl Sync for Interned {}
        // SAFETY: as above.
        unsafe impl Send for Interned {}
        static N: std::sync::OnceLock<Interned> = std::sync::OnceLock::new();
        N.get_or_init(|| Interned($crate::runtime::rt().intern($s))).0.clone()
    }};
}

/// Convenience: a new str object.
pub fn new_str(s: &str) -> Value {
    crate::types::str::new_str(s)
}

/// Convenience: None as a Value.
pub const NONE: Value = Value::None;

/// What the command line asked to run.
pub enum MainSource {
    File(String),
    Command(String),
    Stdin,
    /// `-m NAME`
    Module(String),
    /// `-x FILE`: the first line is skipped (line numbers stay as in the file)
    FileSkippingFirstLine(String),
}

fn system_exit_code(vm: &crate::Vm, exc: &PyRef) -> i32 {
    let code = exc.dict().and_then(|d| crate::types::dict::get_str(&d, &rt().intern("code"))).unwrap_or(Value::None);
    match &code {
        Value::None => 0,
        Value::Int(i) => *i as i32,
        Value::Bool(b) => *b as i32,
        _ => {
            let s = vm.str_string(&code).unwrap_or_default();
            crate::modules::sys::write_stderr(vm, &format!("{}\n", s));
            1
        }
    }
}

/// Report an exception that ended the program; returns the exit status.
pub fn report_exit(vm: &crate::Vm, e: &crate::PyErr) -> i32 {
    if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.system_exit) {
        return system_exit_code(vm, &e.exc);
    }
    if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.keyboard_interrupt) {
        crate::modules::signal::UNHANDLED_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    // a program may replace sys.excepthook
    let hook = crate::modules::sys::get_std("excepthook");
    let is_builtin = matches!(&hook, Value::Obj(h) if matches!(h.payload(), Payload::Builtin(b) if b.name == "excepthook"));
    if !hook.is_none() && !is_builtin {
        let ty = Value::Obj(e.exc.ty().clone());
        let tb = crate::types::exceptions::exc_attr(vm, &e.exc, "__traceback__").ok().flatten().unwrap_or(Value::None);
        if let Err(e2) = vm.call(&hook, &[ty, Value::Obj(e.exc.clone()), tb], KwArgs::EMPTY) {
            crate::modules::sys::write_stderr(vm, "Error in sys.excepthook:\n");
            crate::eval::traceback::print_exception(vm, &e2);
            crate::modules::sys::write_stderr(vm, "\nOriginal exception was:\n");
            crate::eval::traceback::print_exception(vm, e);
        }
        return 1;
    }
    crate::eval::traceback::print_exception(vm, e);
    1
}

/// Clear the __main__ namespace the way CPython's shutdown does (underscore names first),
/// so objects alive at exit are finalized.
fn clear_main(d: &PyRef) {
    let items = crate::types::dict::items(d);
    for pass in 0..2 {
        for (k, _) in &items {
            let name = match crate::types::str::as_str(k) {
                Some(s) => s.to_string(),
                None => continue,
            };
            let underscore = name.starts_with('_') && !name.starts_with("__");
            if (pass == 0) != underscore || name == "__builtins__" {
                continue;
            }
            let key = rt().intern(&name);
            let h = crate::types::str::hash_str(crate::types::str::data(&key));
            let _ = crate::types::dict::set_with_hash(None, d, Value::Obj(key), h, Value::None);
        }
    }
}

/// Finalize what the program left alive, as CPython's shutdown does: a last collection while
/// everything is still in place, then every module is dropped from sys.modules and one more
/// collection finds what only the modules' namespaces held (its finalizers run in the
/// collector's order); a `__main__` namespace that something else still holds is cleared
/// name by name.
fn finalize_modules(vm: &crate::Vm, main: &PyRef) {
    if gc::is_enabled() {
        gc::collect_with_callback(vm, 2);
    }
    // where a program's values hide past their modules (CPython's "special" deletions): the
    // prompt's last value and the last exception a console showed
    for name in ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback"] {
        crate::modules::sys::set_std(name, Value::None);
    }
    if crate::types::dict::get_str(&crate::modules::module_dict(&rt().builtins), &crate::name!("_")).is_some() {
        crate::types::dict::set_str_raw(&crate::modules::module_dict(&rt().builtins), "_", Value::None);
    }
    let modules = &rt().modules;
    for (k, _) in crate::types::dict::items(modules) {
        if let Some(name) = crate::types::str::as_str(&k) {
            let key = rt().intern(name);
            let h = crate::types::str::hash_str(crate::types::str::data(&key));
            let _ = crate::types::dict::set_with_hash(None, modules, Value::Obj(key), h, Value::None);
        }
    }
    if gc::collect_at_exit(vm, main) {
        clear_main(main);
    }
    // then what the interpreter itself holds for Python code (CPython's interpreter clear),
    // and a last collection
    crate::modules::posix::clear_fork_hooks();
    crate::modules::signal::release_handlers();
    gc::collect_at_exit(vm, main);
}

/// GILPY_LEAKCHECK, read once and taken out of the environment so that processes the
/// program starts do not report too: 1 prints how many objects are alive after shutdown,
/// 2 also what the collector still tracks, by type.
static LEAKCHECK: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Run the main program; returns the process exit status.
/// Print an exception as an uncaught one is printed (through sys.excepthook).
pub fn print_exception(vm: &crate::Vm, e: &crate::PyErr) {
    let _ = report_exit(vm, e);
}

/// The exit status a SystemExit asks for; None for any other exception.
pub fn system_exit_status(vm: &crate::Vm, e: &crate::PyErr) -> Option<i32> {
    vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.system_exit).then(|| system_exit_code(vm, &e.exc))
}

pub fn run_main(vm: &crate::Vm, source: MainSource) -> i32 {
    run_main_inspect(vm, source, false)
}

/// Run the program, then (with `inspect`, or when stdin is a terminal and the program is
/// stdin) the interactive prompt in its namespace.
pub fn run_main_inspect(vm: &crate::Vm, source: MainSource, inspect: bool) -> i32 {
    let mut package = Value::None;
    let prompt_only = matches!(source, MainSource::Stdin) && (inspect || crate::modules::isatty(0));
    let (src, filename, file_attr) = match source {
        _ if prompt_only => (String::new(), "<stdin>".to_string(), None),
        MainSource::FileSkippingFirstLine(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let abs = std::fs::canonicalize(&path).map(|p| p.to_string_lossy().into_owned()).unwrap_or(path.clone());
                let rest = match text.find('\n') {
                    Some(i) => format!("\n{}", &text[i + 1..]),
                    None => String::new(),
                };
                (rest, abs.clone(), Some(abs))
            }
            Err(e) => {
                let exe = std::env::args().next().unwrap_or_else(|| "gilpy".into());
                let code = e.raw_os_error().unwrap_or(2);
                eprintln!("{}: can't open file {}: [Errno {}] {}", exe, crate::types::str::repr_str(&path), code, crate::modules::strerror(code));
                return 2;
            }
        },
        MainSource::Module(name) => match import::locate_main_module(vm, &name) {
            Ok(m) => {
                // sys.argv[0] becomes the module's file, as runpy sets it
                let argv = crate::modules::sys::get_std("argv");
                let _ = vm.setitem(&argv, &Value::Int(0), new_str(&m.filename));
                package = new_str(&m.package);
                let file = m.has_file.then(|| m.filename.clone());
                (m.src, m.filename, file)
            }
            Err(msg) => {
                let exe = std::env::args().next().unwrap_or_else(|| "gilpy".into());
                eprintln!("{}: {}", exe, msg);
                return 1;
            }
        },
        MainSource::File(path) => {
            let abs = std::fs::canonicalize(&path).map(|p| p.to_string_lossy().into_owned()).unwrap_or(path.clone());
            match std::fs::read(&path) {
                Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), abs.clone(), Some(abs)),
                Err(e) => {
                    let exe = std::env::args().next().unwrap_or_else(|| "gilpy".into());
                    let code = e.raw_os_error().unwrap_or(2);
                    eprintln!("{}: can't open file {}: [Errno {}] {}", exe, crate::types::str::repr_str(&abs), code, crate::modules::strerror(code));
                    return 2;
                }
            }
        }
        MainSource::Command(c) => (c, "<string>".to_string(), None),
        MainSource::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            (s, "<stdin>".to_string(), None)
        }
    };
    // CPython 3.11's linecache cannot read "<string>" (-c) or "<stdin>": their tracebacks
    // show no source lines
    if file_attr.is_some() {
        rt().add_source(&filename, &src);
    }
    let d = crate::types::dict::new_dict();
    crate::types::dict::set_str_raw(&d, "__name__", new_str("__main__"));
    crate::types::dict::set_str_raw(&d, "__doc__", Value::None);
    crate::types::dict::set_str_raw(&d, "__package__", package);
    crate::types::dict::set_str_raw(&d, "__loader__", Value::None);
    crate::types::dict::set_str_raw(&d, "__spec__", Value::None);
    crate::types::dict::set_str_raw(&d, "__builtins__", Value::Obj(rt().builtins.clone()));
    if let Some(f) = &file_attr {
        crate::types::dict::set_str_raw(&d, "__file__", new_str(f));
        crate::types::dict::set_str_raw(&d, "__cached__", Value::None);
    }
    let m = PyRef::new(&rt().t.module, Payload::Module(ModuleData { dict: d.clone() }));
    crate::types::dict::set_str_raw(&rt().modules, "__main__", Value::Obj(m));
    // CPython imports warnings at start-up when there are -W options, so they take effect
    // (and bad ones are reported) even if the program never warns
    if WARNOPTIONS.get().map(|w| !w.is_empty()).unwrap_or(false) {
        let _ = import::import_module(vm, "warnings");
    }
    let mut status = if prompt_only {
        0
    } else {
        match gilpy_compiler::compile_module(&src, &filename, false) {
            Err(e) => {
                let err = crate::modules::syntax_error_from(vm, &e);
                report_exit(vm, &err)
            }
            Ok(code) => {
                let code = crate::eval::make_code(code);
                let warned = crate::modules::compile_warnings(vm, &filename);
                match warned.and_then(|_| crate::eval::run_module_code(vm, code, &d)) {
                    Ok(_) => 0,
                    // with -i even SystemExit is shown, and the prompt follows
                    Err(e) if inspect && system_exit_status(vm, &e).is_some() => {
                        crate::eval::traceback::print_exception(vm, &e);
                        0
                    }
                    Err(e) => report_exit(vm, &e),
                }
            }
        }
    };
    if inspect || prompt_only {
        crate::modules::sys::flush_std();
        // the banner greets a prompt that is the whole program, not one after a script
        let banner = prompt_only && flags().quiet == 0;
        status = repl::interact(vm, &d, banner).unwrap_or(0);
    }
    wait_for_threads(vm);
    // then the atexit functions, as CPython's finalization orders them
    crate::modules::atexit::run_exitfuncs(vm);
    finalize_modules(vm, &d);
    drop(d);
    crate::modules::sys::flush_std();
    if let Some(level) = LEAKCHECK.get().cloned().flatten() {
        // the leak test (crates/gilpy/tests/leaks.rs) reads what is still alive after shutdown
        eprintln!("gilpy-leakcheck: {} objects alive", stats::live_objects());
        if level == "2" {
            let mut by_type: HashMap<String, usize> = HashMap::new();
            for o in gc::objects(None) {
                let name = match o.payload() {
                    Payload::Function(f) => {
                        format!("function {}", crate::types::str::as_str(&Value::Obj(unsafe { (*f.qualname.get()).clone() })).unwrap_or("?"))
                    }
                    Payload::Type(td) => format!("class {}", td.name()),
                    _ => crate::types::typeobj::type_name(o.ty()).to_string(),
                };
                *by_type.entry(name).or_default() += 1;
            }
            let mut v: Vec<_> = by_type.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1));
            for (n, c) in v.iter().take(25) {
                eprintln!("  {} {}", c, n);
            }
        }
    }
    status
}

/// Wait for the non-daemon threads, as CPython's finalization does through
/// `threading._shutdown` (only if the program imported threading).
fn wait_for_threads(vm: &crate::Vm) {
    let m = crate::types::dict::get_str(&rt().modules, &rt().intern("threading"));
    if let Some(m) = m {
        if let Err(e) = vm.getattr_str(&m, "_shutdown").and_then(|f| vm.call(&f, &[], KwArgs::EMPTY)) {
            crate::eval::traceback::print_unraisable(vm, None, Some(m), &e);
        }
    }
}

/// End the process from the interpreter's main thread, still holding the GIL, so daemon
/// threads never run again. An uncaught KeyboardInterrupt ends it by SIGINT, as CPython
/// does (a shell then sees status 130).
pub fn exit_process(status: i32) -> ! {
    crate::modules::sys::flush_std();
    trace_out::at_exit();
    if crate::modules::signal::UNHANDLED_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
        // SAFETY: resetting SIGINT to its default and sending it to ourselves.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::kill(libc::getpid(), libc::SIGINT);
        }
    }
    std::process::exit(status)
}

/// Run `src` as a module of its own (`__name__` is `name`), in this interpreter, and return
/// what escaped it; then collect every generation, so one run's cycles do not outlive it.
/// The fuzz targets (fuzz/) run one program after another this way, in one process.
pub fn exec_isolated(vm: &crate::Vm, src: &str, name: &str) -> Result<(), crate::PyErr> {
    let code = match gilpy_compiler::compile_module(src, name, false) {
        Ok(c) => c,
        Err(e) => return Err(crate::modules::syntax_error_from(vm, &e)),
    };
    crate::modules::compile_warnings(vm, name)?;
    let d = crate::types::dict::new_dict();
    crate::types::dict::set_str_raw(&d, "__name__", new_str(name));
    crate::types::dict::set_str_raw(&d, "__builtins__", Value::Obj(rt().builtins.clone()));
    let r = crate::eval::run_module_code(vm, crate::eval::make_code(code), &d).map(|_| ());
    crate::types::dict::clear(&d);
    drop(d);
    let _ = gc::collect_with_callback(vm, 2);
    r
}

/// How deep the compiler may nest (gilpy_compiler::set_depth_budget): three levels for each
/// Python frame the recursion limit still allows the calling thread, as CPython 3.11 counts.
fn compile_depth_budget() -> u32 {
    let left = |vm: &crate::Vm| rt().recursion_limit.get().saturating_sub(vm.depth.get());
    crate::with_current_vm(|vm| left(vm).saturating_mul(3).min(u32::MAX as usize) as u32).unwrap_or(3000)
}
