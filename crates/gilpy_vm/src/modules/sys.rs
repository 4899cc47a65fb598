//! `sys`: the interpreter's own module: argv, path, modules, the standard streams,
//! getrefcount, the recursion limit, exit, version information.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, list, str as pystr, tuple, typeobj};
use crate::Vm;
use std::cell::Cell;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

enum HashKeys {
    Zero,
    Random(std::collections::hash_map::RandomState),
}
static HASH_KEYS: std::sync::OnceLock<HashKeys> = std::sync::OnceLock::new();

/// SipHash-1-3 keyed as CPython keys it: zero keys for PYTHONHASHSEED=0, random otherwise.
pub fn hash_hasher() -> std::collections::hash_map::DefaultHasher {
    let k = HASH_KEYS.get_or_init(|| match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s.trim() == "0" => HashKeys::Zero,
        _ => HashKeys::Random(std::collections::hash_map::RandomState::new()),
    });
    match k {
        HashKeys::Zero => std::collections::hash_map::DefaultHasher::new(),
        HashKeys::Random(r) => r.build_hasher(),
    }
}

struct SysState {
    module: PyRef,
    stdout: PyRef,
    stderr: PyRef,
}
// SAFETY: immortal-for-the-process objects only touched by the GIL holder.
unsafe impl Sync for SysState {}
// SAFETY: as above.
unsafe impl Send for SysState {}
static SYS: std::sync::OnceLock<SysState> = std::sync::OnceLock::new();

thread_local! {
    static IN_STDERR_WRITE: Cell<bool> = const { Cell::new(false) };
}

pub fn sys_dict() -> PyRef {
    crate::modules::module_dict(&SYS.get().unwrap().module)
}

/// sys.stdout, sys.stderr or sys.stdin as currently bound.
pub fn get_std(name: &str) -> Value {
    dict::get_str(&sys_dict(), &rt().intern(name)).unwrap_or(Value::None)
}

pub fn set_std(name: &str, v: Value) {
    dict::set_str_raw(&sys_dict(), name, v);
}

pub fn stdout_file() -> Option<PyRef> {
    SYS.get().map(|s| s.stdout.clone())
}

/// Flush the original standard streams (at exit and before fork).
pub fn flush_std() {
    if let Some(s) = SYS.get() {
        for f in [&s.stdout, &s.stderr] {
            if let Payload::File(fd) = f.payload() {
                let _ = crate::types::file::flush_data(fd);
            }
        }
    }
}

pub fn write_stderr(vm: &Vm, text: &str) {
    let err = get_std("stderr");
    let done = IN_STDERR_WRITE.with(|c| {
        if c.get() {
            return false;
        }
        c.set(true);
        let r = crate::modules::builtins::print_to(vm, &err, text).is_ok();
        if r {
            let _ = vm.call_method(&err, "flush", &[]);
        }
        c.set(false);
        r
    });
    if !done {
        use std::io::Write;
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

pub fn displayhook(vm: &Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    dict::set_item(vm, &rt().builtins_dict, pystr::new_str("_"), Value::None)?;
    let r = vm.repr_string(&v)?;
    crate::modules::builtins::print_to(vm, &get_std("stdout"), &format!("{}\n", r))?;
    dict::set_item(vm, &rt().builtins_dict, pystr::new_str("_"), v)?;
    Ok(())
}

/// sys.displayhook(value): what the prompt (and compile's "single" code) does with an
/// expression's value: print its repr and keep it in builtins._, unless it is None.
fn s_displayhook(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("sys.displayhook() takes exactly one argument ({} given)", a.len())));
    }
    displayhook(vm, a[0].clone())?;
    Ok(Value::None)
}

static DISPLAYHOOK: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();

/// The PrintExpr instruction: sys.displayhook(value), straight to the native hook unless a
/// program replaced it.
pub fn call_displayhook(vm: &Vm, v: Value) -> PyResult<()> {
    let own = crate::object::StaticRef::get(&DISPLAYHOOK, || crate::types::builtin_fn("displayhook", s_displayhook));
    match dict::get_str(&sys_dict(), &crate::name!("displayhook")) {
        Some(Value::Obj(h)) if h.is(&own) => displayhook(vm, v),
        Some(h) => vm.call(&h, &[v], KwArgs::EMPTY).map(|_| ()),
        None => Err(vm.new_error(&rt().e.runtime_error, "lost sys.displayhook".into())),
    }
}

fn s_getrefcount(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("getrefcount() takes exactly one argument ({} given)", a.len())));
    }
    Ok(Value::Int(match &a[0] {
        Value::Obj(o) => {
            let c = o.refcount();
            if c >= crate::object::IMMORTAL {
                // immortal objects report a large constant, as CPython 3.11's static objects do
                1_000_000_000 + (c - crate::object::IMMORTAL) as i64
            } else {
                c as i64
            }
        }
        _ => 1_000_000_000,
    }))
}

/// sys.excepthook(type, value, traceback): print the exception as an uncaught one.
fn s_excepthook(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", a.len())));
    }
    match &a[1] {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => crate::eval::traceback::print_exception(vm, &crate::PyErr::new(o.clone())),
        other => {
            let text = format!("TypeError: print_exception(): Exception expected for value, {} found\n", vm.type_name(other));
            write_stderr(vm, &text);
        }
    }
    Ok(Value::None)
}

fn s_exit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Err(vm.new_error_args(&rt().e.system_exit, a.iter().take(1).cloned().collect()))
}

fn s_getrecursionlimit(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(rt().recursion_limit.get() as i64))
}

fn s_setrecursionlimit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = match a.first() {
        Some(Value::Float(_)) => return Err(vm.type_error("'float' object cannot be interpreted as an integer".into())),
        // a C int
        Some(v) => match vm.size_value(v, "Python int too large to convert to C int")? {
            n if i32::try_from(n).is_ok() => n,
            _ => return Err(vm.overflow_error("Python int too large to convert to C int".into())),
        },
        None => return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)".into())),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    // CPython counts this builtin's own call as one level
    let depth = vm.depth.get() + 1;
    if (n as usize) <= depth {
        return Err(
            vm.new_error(&rt().e.recursion_error, format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth))
        );
    }
    rt().recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn s_intern(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match a.first().and_then(pystr::as_str) {
        Some(s) => Ok(Value::Obj(rt().intern(s))),
        None => Err(vm.type_error("intern() argument must be str".into())),
    }
}

fn s_getsizeof(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or(Value::None);
    let base = 16 + std::mem::size_of::<crate::object::PyObject>() as i64;
    Ok(Value::Int(match &v {
        Value::Obj(o) => match o.payload() {
            Payload::List(_) => base + 8 * vm.len(&v)? as i64,
            Payload::Tuple(t) => base + 8 * t.len() as i64,
            Payload::Str(s) => base + s.s.len() as i64,
            _ => base,
        },
        _ => 28,
    }))
}

fn s_exc_info(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let e = vm.exc_info.borrow().clone();
    Ok(match &e {
        Value::Obj(o) => {
            tuple::new_tuple(vec![Value::Obj(o.ty().clone()), e.clone(), crate::types::exceptions::exc_attr(vm, o, "__traceback__")?.unwrap_or(Value::None)])
        }
        _ => tuple::new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn s_exception(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(vm.exc_info.borrow().clone())
}

fn s_getdefaultencoding(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(pystr::new_str("utf-8"))
}

fn s_set_int_max_str_digits(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let v = a.first().or_else(|| k.get("maxdigits")).cloned().unwrap_or(Value::None);
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640".into()));
    }
    MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn s_get_int_max_str_digits(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(int_max_str_digits() as i64))
}

fn s_setswitchinterval(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(vm.type_error("sys.setswitchinterval() takes no keyword arguments".into()));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!("sys.setswitchinterval() takes exactly one argument ({} given)", a.len())));
    }
    let d = match &a[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        v => match crate::types::float::to_f64(v) {
            Some(f) if !matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Str(_))) => f,
            _ => return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
    };
    if d <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive".into()));
    }
    crate::runtime::gil::set_interval_secs(d);
    Ok(Value::None)
}

fn s_is_gil_enabled(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !a.is_empty() || !k.is_empty() {
        return Err(vm.type_error(format!("sys._is_gil_enabled() takes no arguments ({} given)", a.len() + k.len())));
    }
    // every mode gilpy has keeps a GIL: the free-threaded one does not exist yet
    Ok(Value::Bool(true))
}

/// Legacy mode only (Python 2's API): the ticks between releases of the GIL.
fn s_setcheckinterval(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if a.len() != 1 || !k.is_empty() {
        return Err(vm.type_error(format!("setcheckinterval() takes exactly one argument ({} given)", a.len() + k.len())));
    }
    let n = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        v => return Err(vm.type_error(format!("an integer is required (got type {})", vm.type_name(v)))),
    };
    crate::runtime::gil::set_check_interval(n);
    Ok(Value::None)
}

fn s_getcheckinterval(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !a.is_empty() || !k.is_empty() {
        return Err(vm.type_error(format!("getcheckinterval() takes no arguments ({} given)", a.len() + k.len())));
    }
    Ok(Value::Int(crate::runtime::gil::check_interval()))
}

fn s_getswitchinterval(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(crate::runtime::gil::interval_secs()))
}

fn s_settrace(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::eval::trace::sys_sethook(vm, a, false)
}

fn s_setprofile(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::eval::trace::sys_sethook(vm, a, true)
}

fn s_gettrace(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(crate::eval::trace::sys_gethook(vm, false))
}

fn s_getprofile(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(crate::eval::trace::sys_gethook(vm, true))
}

fn s_getframe(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let depth = match a.first() {
        Some(v) => crate::types::int::to_i64(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?,
        None => 0,
    };
    crate::types::frame::getframe(vm, depth)
}

fn s_current_frames(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::modules::_thread::current_frames(vm)
}

const UNRAISABLE_FIELDS: [&str; 5] = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];

fn unraisable_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let r = rt();
        let t = typeobj::raw_type("UnraisableHookArgs", Some(&r.t.tuple), Layout::Tuple, Some(unraisable_new), TF_BASETYPE);
        t.set_ty(&r.t.type_);
        typeobj::type_data(&t).dict.set_ty(&r.t.dict);
        crate::types::add_methods(&t, &[("__repr__", unraisable_repr)]);
        let td = typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR);
        let n = Value::Int(UNRAISABLE_FIELDS.len() as i64);
        for (k, v) in [("n_fields", n.clone()), ("n_sequence_fields", n), ("n_unnamed_fields", Value::Int(0))] {
            dict::set_str_raw(&td.dict, k, v);
        }
        let names = UNRAISABLE_FIELDS.iter().map(|f| pystr::new_str(f)).collect();
        dict::set_str_raw(&td.dict, "__match_args__", tuple::new_tuple(names));
        t
    })
}

/// The argument sys.unraisablehook receives (a struct sequence, as in CPython).
pub fn unraisable_args(vm: &Vm, err_msg: Option<&str>, obj: Option<Value>, e: &crate::PyErr) -> Value {
    let tb = crate::types::exceptions::exc_attr(vm, &e.exc, "__traceback__").ok().flatten().unwrap_or(Value::None);
    let items =
        vec![Value::Obj(e.exc.ty().clone()), Value::Obj(e.exc.clone()), tb, err_msg.map(pystr::new_str).unwrap_or(Value::None), obj.unwrap_or(Value::None)];
    let o = PyRef::new(&unraisable_type(), Payload::Tuple(items.clone().into_boxed_slice()));
    let d = dict::new_dict();
    for (n, v) in UNRAISABLE_FIELDS.iter().zip(items) {
        dict::set_str_raw(&d, n, v);
    }
    o.set_dict(Some(d));
    Value::Obj(o)
}

/// `UnraisableHookArgs(sequence)`: a hook may build its own to pass on, as with any struct
/// sequence.
fn unraisable_new(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let seq = match a.get(1) {
        Some(v) if a.len() == 2 => v.clone(),
        _ => return Err(vm.type_error(format!("UnraisableHookArgs() takes exactly 1 argument ({} given)", a.len().saturating_sub(1)))),
    };
    let is_seq = match &seq {
        Value::Obj(o) => typeobj::lookup(o.ty(), &crate::name!("__getitem__")).is_some() && !matches!(o.payload(), Payload::Dict(_)),
        _ => false,
    };
    if !is_seq {
        return Err(vm.type_error("constructor requires a sequence".into()));
    }
    let items = vm.collect(&seq)?;
    if items.len() != UNRAISABLE_FIELDS.len() {
        return Err(vm.type_error(format!("UnraisableHookArgs() takes a {}-sequence ({}-sequence given)", UNRAISABLE_FIELDS.len(), items.len())));
    }
    let ty = match a.first() {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => t.clone(),
        _ => unraisable_type(),
    };
    let o = PyRef::new(&ty, Payload::Tuple(items.clone().into_boxed_slice()));
    let d = dict::new_dict();
    for (n, v) in UNRAISABLE_FIELDS.iter().zip(items) {
        dict::set_str_raw(&d, n, v);
    }
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

fn unraisable_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = match &a[0] {
        Value::Obj(o) => crate::types::tuple::items(o).to_vec(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (n, v) in UNRAISABLE_FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{}={}", n, vm.repr_string(v)?));
    }
    Ok(pystr::new_str(&format!("UnraisableHookArgs({})", parts.join(", "))))
}

/// The default sys.unraisablehook(args).
fn s_unraisablehook(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let args = match a {
        [v] => v.clone(),
        _ => return Err(vm.type_error(format!("sys.unraisablehook() takes exactly one argument ({} given)", a.len()))),
    };
    let field = |n: &str| vm.getattr_str(&args, n);
    let exc = field("exc_value")?;
    let msg = field("err_msg")?;
    let obj = field("object")?;
    if let Value::Obj(e) = &exc {
        if matches!(e.payload(), Payload::Exception(_)) {
            let m = pystr::as_str(&msg).map(|s| s.to_string());
            crate::eval::traceback::default_unraisable(vm, m.as_deref(), Some(obj), &crate::PyErr::new(e.clone()));
        }
    }
    Ok(Value::None)
}

fn s_live_objects(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(crate::runtime::stats::live_objects() as i64))
}

fn s_getframe_name(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(vm.current_module_name())
}

fn version_info_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = match &a[0] {
        Value::Obj(o) => tuple::items(o).to_vec(),
        _ => vec![],
    };
    let names = ["major", "minor", "micro", "releaselevel", "serial"];
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items.iter()) {
        parts.push(format!("{}={}", n, vm.repr_string(v)?));
    }
    Ok(pystr::new_str(&format!("sys.version_info({})", parts.join(", "))))
}

const FLAG_NAMES: [&str; 18] = [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

/// repr of a struct sequence: `sys.NAME(field=value, ...)`, fields in order (its __dict__'s).
fn struct_seq_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Value::Obj(o) = &a[0] else { return Err(vm.type_error("struct sequence expected".into())) };
    let fields = o.dict().map(|d| dict::items(&d)).unwrap_or_default();
    let mut parts = Vec::new();
    for (k, v) in fields.iter().take(tuple::items(o).len()) {
        parts.push(format!("{}={}", pystr::as_str(k).unwrap_or("?"), vm.repr_string(v)?));
    }
    Ok(pystr::new_str(&format!("sys.{}({})", typeobj::type_data(o.ty()).name(), parts.join(", "))))
}

/// A struct sequence of sys (`sys.int_info`, `sys.float_info`, `sys.hash_info`): a tuple of
/// the values whose fields are also attributes, of a type of its own named `name`.
fn struct_seq(name: &str, fields: Vec<(&str, Value)>) -> Value {
    let r = rt();
    let ty = typeobj::make_builtin_subclassable(name, &r.t.tuple, Layout::Tuple);
    crate::types::add_methods(&ty, &[("__repr__", struct_seq_repr)]);
    let td = typeobj::type_data(&ty);
    td.flags.set(td.flags.get() | TF_OWN_REPR);
    // SAFETY: start-up; the module name of the new type.
    unsafe { *typeobj::type_data(&ty).module.get() = "sys".into() };
    let n = Value::Int(fields.len() as i64);
    for (k, v) in [("n_fields", n.clone()), ("n_sequence_fields", n), ("n_unnamed_fields", Value::Int(0))] {
        dict::set_str_raw(&td.dict, k, v);
    }
    let d = dict::new_dict();
    for (k, v) in &fields {
        dict::set_str_raw(&d, k, v.clone());
    }
    let vals: Vec<Value> = fields.into_iter().map(|(_, v)| v).collect();
    let o = PyRef::new(&ty, Payload::Tuple(vals.into_boxed_slice()));
    o.set_dict(Some(d));
    Value::Obj(o)
}

/// `sys.flags`: a tuple whose items are also attributes, as CPython's struct sequence.
fn make_flags() -> Value {
    let f = crate::runtime::flags();
    let vals = [
        Value::Int(f.debug),
        Value::Int(f.inspect),
        Value::Int(f.interactive),
        Value::Int(f.optimize),
        Value::Int(f.dont_write_bytecode),
        Value::Int(f.no_user_site),
        Value::Int(f.no_site),
        Value::Int(f.ignore_environment),
        Value::Int(f.verbose),
        Value::Int(f.bytes_warning),
        Value::Int(f.quiet),
        Value::Int(f.hash_randomization),
        Value::Int(f.isolated),
        Value::Bool(f.dev_mode),
        Value::Int(f.utf8_mode),
        Value::Int(f.warn_default_encoding),
        Value::Bool(f.safe_path),
        Value::Int(f.int_max_str_digits),
    ];
    struct_seq("flags", FLAG_NAMES.iter().copied().zip(vals).collect())
}

fn make_std(fd: i32, name: &str, mode: &str, line: bool) -> PyRef {
    crate::types::file::new_file(fd, pystr::new_str(name), mode, false, mode == "r", mode == "w", line, false)
}

pub fn init_sys() {
    let r = rt();
    let m = crate::modules::new_module(
        "sys",
        &[
            ("getrefcount", s_getrefcount),
            ("excepthook", s_excepthook),
            ("unraisablehook", s_unraisablehook),
            ("exit", s_exit),
            ("getrecursionlimit", s_getrecursionlimit),
            ("setrecursionlimit", s_setrecursionlimit),
            ("intern", s_intern),
            ("getsizeof", s_getsizeof),
            ("exc_info", s_exc_info),
            ("exception", s_exception),
            ("getdefaultencoding", s_getdefaultencoding),
            ("getfilesystemencoding", s_getdefaultencoding),
            ("set_int_max_str_digits", s_set_int_max_str_digits),
            ("get_int_max_str_digits", s_get_int_max_str_digits),
            ("_live_objects", s_live_objects),
            ("setswitchinterval", s_setswitchinterval),
            ("settrace", s_settrace),
            ("setprofile", s_setprofile),
            ("gettrace", s_gettrace),
            ("getprofile", s_getprofile),
            ("_getframe", s_getframe),
            ("_current_frames", s_current_frames),
            ("getswitchinterval", s_getswitchinterval),
            ("_current_module_name", s_getframe_name),
            ("_is_gil_enabled", s_is_gil_enabled),
        ],
    );
    if crate::runtime::gil::is_legacy() {
        let d = crate::modules::module_dict(&m);
        for (n, f) in [("setcheckinterval", s_setcheckinterval as crate::types::payload::NativeFn), ("getcheckinterval", s_getcheckinterval)] {
            dict::set_str_raw(&d, n, Value::Obj(crate::types::builtin_fn(n, f)));
        }
    }
    let d = crate::modules::module_dict(&m);
    let set = |k: &str, v: Value| dict::set_str_raw(&d, k, v);
    // SAFETY: start-up, single-threaded; argv and path are read once here.
    let (argv, path) = unsafe { ((*r.argv.get()).clone(), (*r.path.get()).clone()) };
    set("argv", list::new_list(argv.iter().map(|s| pystr::new_str(s)).collect()));
    set("orig_argv", list::new_list(std::env::args().map(|s| pystr::new_str(&s)).collect()));
    set("path", list::new_list(path.iter().map(|s| pystr::new_str(s)).collect()));
    set("modules", Value::Obj(r.modules.clone()));
    let xo = dict::new_dict();
    for (k, v) in crate::runtime::XOPTIONS.get().map(|v| v.as_slice()).unwrap_or(&[]) {
        dict::set_str_raw(&xo, k, v.as_deref().map(pystr::new_str).unwrap_or(Value::Bool(true)));
    }
    set("_xoptions", Value::Obj(xo));
    if let Some(h) = dict::get_str(&d, &r.intern("excepthook")) {
        set("__excepthook__", h);
    }
    if let Some(h) = dict::get_str(&d, &r.intern("unraisablehook")) {
        set("__unraisablehook__", h);
    }
    let hook = crate::object::StaticRef::get(&DISPLAYHOOK, || crate::types::builtin_fn("displayhook", s_displayhook));
    set("displayhook", Value::Obj(hook.clone()));
    set("__displayhook__", Value::Obj(hook));
    set("version", pystr::new_str(&format!("3.11.7 (gilpy {}) [rustc]", VERSION)));
    set("hexversion", Value::Int(0x030b07f0));
    set("api_version", Value::Int(1013));
    let vi_type = typeobj::make_builtin_subclassable("version_info", &r.t.tuple, Layout::Tuple);
    crate::types::add_methods(&vi_type, &[("__repr__", version_info_repr)]);
    let vtd = typeobj::type_data(&vi_type);
    vtd.flags.set(vtd.flags.get() | TF_OWN_REPR);
    // SAFETY: start-up; the module name of the version_info type.
    unsafe { *typeobj::type_data(&vi_type).module.get() = "sys".into() };
    let vi =
        PyRef::new(&vi_type, Payload::Tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), pystr::new_str("final"), Value::Int(0)].into_boxed_slice()));
    let vid = dict::new_dict();
    for (k, v) in
        [("major", Value::Int(3)), ("minor", Value::Int(11)), ("micro", Value::Int(7)), ("releaselevel", pystr::new_str("final")), ("serial", Value::Int(0))]
    {
        dict::set_str_raw(&vid, k, v);
    }
    vi.set_dict(Some(vid));
    set("version_info", Value::Obj(vi));
    let imp = PyRef::new(&r.t.object, Payload::Object);
    let impd = dict::new_dict();
    dict::set_str_raw(&impd, "name", pystr::new_str("gilpy"));
    dict::set_str_raw(&impd, "cache_tag", Value::None);
    dict::set_str_raw(&impd, "version", tuple::new_tuple(vec![Value::Int(0), Value::Int(1), Value::Int(0), pystr::new_str("alpha"), Value::Int(0)]));
    imp.set_dict(Some(impd));
    set("implementation", Value::Obj(imp));
    let float_info = vec![
        ("max", Value::Float(f64::MAX)),
        ("max_exp", Value::Int(1024)),
        ("max_10_exp", Value::Int(308)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(-1021)),
        ("min_10_exp", Value::Int(-307)),
        ("dig", Value::Int(15)),
        ("mant_dig", Value::Int(53)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ];
    set("float_info", struct_seq("float_info", float_info));
    let int_info = [("bits_per_digit", 30), ("sizeof_digit", 4), ("default_max_str_digits", 4300), ("str_digits_check_threshold", 640)];
    set("int_info", struct_seq("int_info", int_info.iter().map(|(k, v)| (*k, Value::Int(*v))).collect()));
    // the parameters of hash() for numbers (CPython's on 64-bit Linux)
    let hash_info = vec![
        ("width", Value::Int(64)),
        ("modulus", Value::Int((1i64 << 61) - 1)),
        ("inf", Value::Int(314159)),
        ("nan", Value::Int(0)),
        ("imag", Value::Int(1000003)),
        ("algorithm", pystr::new_str("siphash13")),
        ("hash_bits", Value::Int(64)),
        ("seed_bits", Value::Int(128)),
        ("cutoff", Value::Int(0)),
    ];
    set("hash_info", struct_seq("hash_info", hash_info));
    set("platform", pystr::new_str("linux"));
    set("byteorder", pystr::new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set("executable", pystr::new_str(&std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    set("prefix", pystr::new_str("/usr/local"));
    set("float_repr_style", pystr::new_str("short"));
    set("dont_write_bytecode", Value::Bool(crate::runtime::flags().dont_write_bytecode != 0));
    set("flags", make_flags());
    let warnoptions = crate::runtime::WARNOPTIONS.get().cloned().unwrap_or_default();
    set("warnoptions", list::new_list(warnoptions.iter().map(|w| pystr::new_str(w)).collect()));
    set("builtin_module_names", tuple::new_tuple(crate::runtime::import::native_names().iter().map(|s| pystr::new_str(s)).collect()));
    let unbuffered = crate::runtime::flags().unbuffered || std::env::var("PYTHONUNBUFFERED").map(|v| !v.is_empty()).unwrap_or(false);
    let stdout = make_std(1, "<stdout>", "w", crate::modules::isatty(1) || unbuffered);
    let stderr = make_std(2, "<stderr>", "w", true);
    let stdin = make_std(0, "<stdin>", "r", false);
    if unbuffered {
        // -u: every write reaches the fd at once, a partial line included
        for f in [&stdout, &stderr] {
            if let Payload::File(fd) = f.payload() {
                fd.write_through.set(true);
            }
        }
    }
    for (n, f) in [("stdout", &stdout), ("stderr", &stderr), ("stdin", &stdin)] {
        set(n, Value::Obj(f.clone()));
        set(&format!("__{}__", n), Value::Obj(f.clone()));
    }
    let _ = SYS.set(SysState { module: m.clone(), stdout, stderr });
    crate::runtime::import::register_builtin_module("sys", m);
}
