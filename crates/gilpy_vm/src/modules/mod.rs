//! Native modules, one file per module, named exactly as Python names it. Each exposes
//! `make(vm)` returning the module object; `runtime/import.rs` finds them by name.

pub mod _collections;
pub mod _dis;
pub mod _gilpy_testing;
pub mod _heapq;
pub mod _imp;
pub mod _multiprocessing;
pub mod _pickle_accel;
pub mod _struct;
pub mod _thread;
pub mod _traceback;
pub mod _weakref;
pub mod atexit;
pub mod builtins;
pub mod gc;
pub mod gil;
pub mod hashlib;
pub mod math;
pub mod posix;
pub mod signal;
pub mod sys;
pub mod thread_local;
pub mod time;
pub mod zlib;

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, str as pystr};
use crate::{PyErr, Vm};
use std::borrow::Cow;

/// A new module object with the given functions.
pub fn new_module(name: &str, fns: &[(&'static str, NativeFn)]) -> PyRef {
    let d = dict::new_dict();
    dict::set_str_raw(&d, "__name__", pystr::new_str(name));
    dict::set_str_raw(&d, "__doc__", Value::None);
    dict::set_str_raw(&d, "__package__", pystr::new_str(""));
    dict::set_str_raw(&d, "__loader__", Value::None);
    dict::set_str_raw(&d, "__spec__", Value::None);
    // one leaked copy of the name per module, made once at its creation
    let module: &'static str = if name == "builtins" { "builtins" } else { Box::leak(name.to_string().into_boxed_str()) };
    for (n, f) in fns {
        dict::set_str_raw(&d, n, Value::Obj(crate::types::module_fn(n, *f, module)));
    }
    PyRef::new(&rt().t.module, Payload::Module(ModuleData { dict: d }))
}

pub fn module_dict(m: &PyRef) -> PyRef {
    match m.payload() {
        Payload::Module(md) => md.dict.clone(),
        _ => panic!("not a module"),
    }
}

/// The C library's message for an errno value, as os.strerror gives it.
pub fn strerror(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    // Rust appends " (os error N)"
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

pub fn isatty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }
}

/// Issue the SyntaxWarnings of the compilation just done, through `warnings` (CPython's
/// compiler issues them as it goes; ours queues them).
pub fn compile_warnings(vm: &Vm, filename: &str) -> PyResult<()> {
    let list = gilpy_compiler::take_warnings();
    if list.is_empty() {
        return Ok(());
    }
    let w = crate::runtime::import::import_module(vm, "warnings")?;
    let f = vm.getattr_str(&Value::Obj(w), "warn_explicit")?;
    let category = Value::Obj(rt().e.syntax_warning.clone());
    for (line, msg) in list {
        vm.call(&f, &[pystr::new_str(&msg), category.clone(), pystr::new_str(filename), Value::Int(line as i64)], KwArgs::EMPTY)?;
    }
    Ok(())
}

/// A SyntaxError exception from the compiler's report.
pub fn syntax_error_from(vm: &Vm, e: &gilpy_compiler::SyntaxErrorInfo) -> PyErr {
    // the tokenizer's warnings come out even when the compilation fails
    if let Err(w) = compile_warnings(vm, &e.filename) {
        return w;
    }
    // limits of the parser and the compiler, as CPython reports them
    match e.kind {
        "RecursionError" => return vm.new_error(&rt().e.recursion_error, e.msg.clone()),
        "MemoryError" => return vm.new_error_args(&rt().e.memory_error, vec![]),
        _ => {}
    }
    let ty = match e.kind {
        "IndentationError" => &rt().e.indentation_error,
        "TabError" => &rt().e.tab_error,
        _ => &rt().e.syntax_error,
    };
    let details = crate::types::tuple::new_tuple(vec![
        pystr::new_str(&e.filename),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        match e.stage {
            // from the file when there is one, as CPython reads it back; else from the
            // tokenizer's buffers, where the line has its newline only while being read
            gilpy_compiler::Stage::Parser => {
                match std::fs::read_to_string(&e.filename).ok().and_then(|f| f.lines().nth(e.lineno.saturating_sub(1) as usize).map(str::to_string)) {
                    Some(l) => pystr::new_str(&format!("{}\n", l)),
                    None if e.newline => pystr::new_str(&format!("{}\n", e.text)),
                    None => pystr::new_str(&e.text),
                }
            }
            gilpy_compiler::Stage::Tokenizer => pystr::new_str(&e.text),
            gilpy_compiler::Stage::Field => pystr::new_str(&format!("{}\n", e.text)),
            // CPython's compiler reads the line back from the file named, if there is one
            gilpy_compiler::Stage::Compiler => match std::fs::read_to_string(&e.filename) {
                Ok(f) => match f.lines().nth(e.lineno.saturating_sub(1) as usize) {
                    Some(l) => pystr::new_str(&format!("{}\n", l)),
                    None => Value::None,
                },
                Err(_) => Value::None,
            },
        },
        Value::Int(e.end_lineno as i64),
        Value::Int(e.end_offset as i64),
    ]);
    vm.new_error_args(ty, vec![pystr::new_str(&e.msg), details])
}

/// The parameters of a native function as Argument Clinic declares them: `names` in order,
/// the first `posonly` positional-only, the first `minpos` required, at most `maxpos` given
/// by position (the rest keyword-only).
pub struct Params<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub minpos: usize,
    pub maxpos: usize,
}

/// Bind `args` and `kw` to `p`'s parameters, one slot per name (None: not given), with the
/// messages and the order of checks of CPython's _PyArg_UnpackKeywords, so a wrong call
/// fails exactly as it does there.
pub fn parse_args(vm: &Vm, p: &Params, args: &[Value], kw: KwArgs) -> PyResult<Vec<Option<Value>>> {
    let f = p.fname;
    let nargs = args.len();
    let maxargs = p.names.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + kw.len() > maxargs {
        let kwd = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!("{}() takes at most {} {}argument{} ({} given)", f, maxargs, kwd, plural(maxargs), nargs + kw.len())));
    }
    if nargs > p.maxpos {
        if p.maxpos == 0 {
            return Err(vm.type_error(format!("{}() takes no positional arguments", f)));
        }
        let how = if p.minpos < p.maxpos { "at most" } else { "exactly" };
        return Err(vm.type_error(format!("{}() takes {} {} positional argument{} ({} given)", f, how, p.maxpos, plural(p.maxpos), nargs)));
    }
    let minposonly = p.minpos.min(p.posonly);
    if nargs < minposonly {
        let how = if minposonly < p.maxpos { "at least" } else { "exactly" };
        return Err(vm.type_error(format!("{}() takes {} {} positional argument{} ({} given)", f, how, minposonly, plural(minposonly), nargs)));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    let mut left = kw.len();
    for i in nargs.max(p.posonly)..maxargs {
        let found = if left > 0 { kw.get(p.names[i]) } else { None };
        match found {
            Some(v) => {
                out[i] = Some(v.clone());
                left -= 1;
            }
            None if i < p.minpos => {
                return Err(vm.type_error(format!("{}() missing required argument '{}' (pos {})", f, p.names[i], i + 1)));
            }
            None => {}
        }
    }
    if left > 0 {
        for i in p.posonly..nargs {
            if kw.get(p.names[i]).is_some() {
                return Err(vm.type_error(format!("argument for {}() given by name ('{}') and position ({})", f, p.names[i], i + 1)));
            }
        }
        for (k, _) in kw.iter() {
            if !p.names[p.posonly..].contains(&k) {
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", k, f)));
            }
        }
    }
    Ok(out)
}

/// The bytes of a bytes-like object (bytes, bytearray or a subclass). Immutable bytes are
/// borrowed; a bytearray is copied, because code running with the GIL released must not
/// see it resized under it.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Bytes(b) => Some(Cow::Borrowed(&b[..])),
            Payload::ByteArray(_) => crate::types::bytes::bytes_of(v).map(Cow::Owned),
            _ => None,
        },
        _ => None,
    }
}

/// An integer argument for a C `int` parameter (__index__ accepted, floats refused).
pub fn c_int_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let i = index_arg(vm, v, "int")?;
    i32::try_from(i).map_err(|_| vm.overflow_error("Python int too large to convert to C int".into()))
}

/// An integer argument for a C `Py_ssize_t` parameter.
pub fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    index_arg(vm, v, "ssize_t")
}

fn index_arg(vm: &Vm, v: &Value, c_type: &str) -> PyResult<i64> {
    // vm.index_value reports a big int as an IndexError; a C converter says OverflowError
    if let Value::Obj(o) = v {
        if matches!(o.payload(), Payload::BigInt(_)) {
            return Err(vm.overflow_error(format!("Python int too large to convert to C {}", c_type)));
        }
    }
    vm.index_value(v)
}

/// A native module's type object, made once on first use and immortal after.
pub struct StaticType(PyRef);
// SAFETY: an immortal type object; only the GIL holder touches it (object/mod.rs), the
// OnceLock only hands the reference over.
unsafe impl Sync for StaticType {}
// SAFETY: as above.
unsafe impl Send for StaticType {}

impl StaticType {
    pub fn get(cell: &'static std::sync::OnceLock<StaticType>, init: impl FnOnce() -> PyRef) -> PyRef {
        cell.get_or_init(|| StaticType(init())).0.clone()
    }
}

/// A builtin type for a native module's objects: `module.name`, not subclassable, with the
/// given methods.
pub fn native_type(module: &str, name: &str, base: Option<&PyRef>, methods: &[(&'static str, NativeFn)]) -> PyRef {
    let t = crate::types::typeobj::make_simple_type(name, base.unwrap_or(&rt().t.object));
    // SAFETY: start of the type's life, nothing reads the module name yet.
    unsafe { *crate::types::typeobj::type_data(&t).module.get() = module.into() };
    crate::types::add_methods(&t, methods);
    crate::types::set_new(&t, cannot_create);
    t
}

/// The constructor of a type whose instances only its module makes (a type without
/// tp_new in CPython); a type with a real constructor replaces it with set_new.
fn cannot_create(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => crate::types::typeobj::type_name(t),
        _ => "?".into(),
    };
    Err(vm.type_error(format!("cannot create '{}' instances", name)))
}

/// Run `f` on what `m` guards, from code that holds the GIL. A free lock is taken at once;
/// a held one belongs to a thread working with the GIL released, so wait for it with the GIL
/// released too (CPython's ENTER_HASHLIB / ENTER_ZLIB): blocking on it while holding the GIL
/// would stall every thread behind that one.
pub fn with_lock<T: Send, R: Send>(vm: &Vm, why: crate::runtime::giltrace::Why, m: &std::sync::Mutex<T>, f: impl FnOnce(&mut T) -> R + Send) -> R {
    match m.try_lock() {
        Ok(mut g) => f(&mut g),
        Err(std::sync::TryLockError::Poisoned(p)) => f(&mut p.into_inner()),
        Err(std::sync::TryLockError::WouldBlock) => locked_without_gil(vm, why, m, f),
    }
}

/// Run `f` with the GIL released, holding `m` (native work on a native object's state).
pub fn locked_without_gil<T: Send, R: Send>(vm: &Vm, why: crate::runtime::giltrace::Why, m: &std::sync::Mutex<T>, f: impl FnOnce(&mut T) -> R + Send) -> R {
    vm.allow_threads(why, move || f(&mut m.lock().unwrap_or_else(|p| p.into_inner())))
}
