//! The import system: sys.modules, native modules by name, and `.py` modules and packages
//! found along sys.path (or a package's __path__), executed once and cached.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, list, str as pystr, tuple};
use crate::{PyErr, Vm};

thread_local! {
    /// modules whose code is running right now (for the circular-import message)
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub fn register_builtin_module(name: &str, m: PyRef) {
    dict::set_str_raw(&rt().modules, name, Value::Obj(m));
}

fn native_module(vm: &Vm, name: &str) -> Option<PyRef> {
    Some(match name {
        "time" => crate::modules::time::make(vm),
        "math" => crate::modules::math::make(vm),
        "_thread" => crate::modules::_thread::make(vm),
        "_signal" => crate::modules::signal::make(vm),
        "_collections" => crate::modules::_collections::make(vm),
        "posix" => crate::modules::posix::make(vm),
        "atexit" => crate::modules::atexit::make(vm),
        "hashlib" => crate::modules::hashlib::make(vm),
        "zlib" => crate::modules::zlib::make(vm),
        "_struct" => crate::modules::_struct::make(vm),
        "_heapq" => crate::modules::_heapq::make(vm),
        "_pickle_accel" => crate::modules::_pickle_accel::make(vm),
        "_traceback" => crate::modules::_traceback::make(vm),
        "_multiprocessing" => crate::modules::_multiprocessing::make(vm),
        "gc" => crate::modules::gc::make(vm),
        "gil" => crate::modules::gil::make(vm),
        "_weakref" => crate::modules::_weakref::make(vm),
        "_gilpy_testing" => crate::modules::_gilpy_testing::make(vm),
        "_dis" => crate::modules::_dis::make(vm),
        "_imp" => crate::modules::_imp::make(vm),
        _ => return None,
    })
}

/// The names `native_module` knows (its match arms), for `_imp.is_builtin`.
const NATIVE: &[&str] = &[
    "time",
    "math",
    "_thread",
    "_signal",
    "_collections",
    "posix",
    "atexit",
    "hashlib",
    "zlib",
    "_struct",
    "_heapq",
    "_pickle_accel",
    "_traceback",
    "_multiprocessing",
    "gc",
    "gil",
    "_weakref",
    "_gilpy_testing",
    "_dis",
    "_imp",
];

/// Whether `name` is a module written in Rust (or `sys`/`builtins`, made at start-up).
pub fn is_native(name: &str) -> bool {
    NATIVE.contains(&name) || name == "sys" || name == "builtins"
}

/// Every module written in Rust, sorted (`sys.builtin_module_names`).
pub fn native_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = NATIVE.iter().copied().chain(["builtins", "sys"]).collect();
    v.sort_unstable();
    v
}

/// The source of a library module compiled into the binary, and whether it is a package.
pub fn frozen_source(name: &str) -> Option<(&'static str, bool)> {
    embedded(name)
}

fn not_found(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_error(&rt().e.module_not_found_error, format!("No module named '{}'", name));
    if let Some(d) = e.exc.dict() {
        let _ = dict::set_item(vm, &d, pystr::new_str("name"), pystr::new_str(name));
    }
    e
}

fn sys_path() -> Vec<String> {
    let p = crate::modules::sys::get_std("path");
    match &p {
        Value::Obj(o) if matches!(o.payload(), Payload::List(_)) => list::snapshot(o).iter().filter_map(|v| pystr::as_str(v).map(|s| s.to_string())).collect(),
        _ => vec![],
    }
}

/// Make and register a module object from a source file, then run it.
pub fn exec_source_module(vm: &Vm, name: &str, file: &str, is_pkg: bool) -> PyResult<PyRef> {
    let src = std::fs::read_to_string(file).map_err(|e| vm.os_error_from_io(&e, Some(file)))?;
    exec_module_text(vm, name, file, &src, is_pkg, true)
}

// The standard-library modules gilpy writes in Python (crates/gilpy_vm/lib/), compiled into
// the binary so that start-up reads no files and needs no install path. A package among them
// gets an empty `__path__`: its submodules are found here too, by their full names.
include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));

/// The library module `name` built into the binary (from `lib/`, see build.rs): its source and
/// whether it is a package.
fn embedded(name: &str) -> Option<(&'static str, bool)> {
    LIB.binary_search_by(|(n, _, _)| (*n).cmp(name)).ok().map(|i| (LIB[i].1, LIB[i].2))
}

/// Library modules that CPython 3.11 (as installed beside this project, `python3 -c "import
/// sys; print(sorted(sys.modules))"`) has imported before a program's first line, or writes in
/// C, so that a program's import of them allocates nothing there.
fn preloaded_by_cpython(name: &str) -> bool {
    const PRELOADED: &[&str] = &[
        "abc",
        "atexit",
        "bisect",
        "codecs",
        "collections",
        "collections.abc",
        "contextlib",
        "copyreg",
        "enum",
        "errno",
        "fnmatch",
        "functools",
        "genericpath",
        "heapq",
        "io",
        "itertools",
        "keyword",
        "operator",
        "os",
        "posixpath",
        "random",
        "re",
        "reprlib",
        "shutil",
        "stat",
        "struct",
        "tempfile",
        "threading",
        "types",
        "typing",
        "warnings",
        "weakref",
        "_weakrefset",
        "pathlib",
        "linecache",
        "traceback",
        "signal",
        "queue",
        "copy",
        "string",
    ];
    PRELOADED.contains(&name) || name.starts_with("re.") || name.starts_with("collections.")
}

fn exec_module_text(vm: &Vm, name: &str, file: &str, src: &str, is_pkg: bool, has_file: bool) -> PyResult<PyRef> {
    let d = dict::new_dict();
    let set = |k: &str, v: Value| dict::set_str_raw(&d, k, v);
    set("__name__", pystr::new_str(name));
    set("__doc__", Value::None);
    let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
    set("__package__", pystr::new_str(&package));
    set("__loader__", Value::None);
    set("__spec__", Value::None);
    if has_file {
        set("__file__", pystr::new_str(file));
        set("__cached__", Value::None);
    }
    set("__builtins__", Value::Obj(rt().builtins.clone()));
    if is_pkg {
        let path = if has_file {
            let dir = std::path::Path::new(file).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            vec![pystr::new_str(&dir)]
        } else {
            Vec::new()
        };
        set("__path__", list::new_list(path));
    }
    let m = PyRef::new(&rt().t.module, Payload::Module(ModuleData { dict: d.clone() }));
    dict::set_item(vm, &rt().modules, pystr::new_str(name), Value::Obj(m.clone()))?;
    INITIALIZING.with(|l| l.borrow_mut().push(name.to_string()));
    let result = (|| {
        let code = gilpy_compiler::compile_module(src, file, false).map_err(|e| crate::modules::syntax_error_from(vm, &e))?;
        rt().add_source(file, src);
        crate::modules::compile_warnings(vm, file)?;
        crate::eval::run_module_code(vm, crate::eval::make_code(code), &d)
    })();
    INITIALIZING.with(|l| {
        let mut l = l.borrow_mut();
        if let Some(i) = l.iter().rposition(|n| n == name) {
            l.remove(i);
        }
    });
    if let Err(e) = result {
        let _ = dict::pop_item(vm, &rt().modules, &pystr::new_str(name));
        return Err(e);
    }
    // the module may have replaced itself in sys.modules
    match dict::get_item(vm, &rt().modules, &pystr::new_str(name))? {
        Some(Value::Obj(o)) => Ok(o),
        _ => Ok(m),
    }
}

fn find_in(dirs: &[String], last: &str) -> Option<(String, bool)> {
    // CPython's path finder works from absolute folders: '' and '.' are the current
    // directory, and a relative entry is taken from it, so `__file__` is absolute
    let cwd = std::env::current_dir().ok().map(|p| p.to_string_lossy().into_owned());
    for dir in dirs {
        let base = match (&cwd, dir.as_str()) {
            (Some(c), "" | ".") => c.clone(),
            (Some(c), d) if !d.starts_with('/') => format!("{}/{}", c.trim_end_matches('/'), d),
            (None, "") => ".".to_string(),
            _ => dir.clone(),
        };
        let pkg = format!("{}/{}/__init__.py", base, last);
        if std::path::Path::new(&pkg).is_file() {
            return Some((pkg, true));
        }
        let file = format!("{}/{}.py", base, last);
        if std::path::Path::new(&file).is_file() {
            return Some((file, false));
        }
    }
    None
}

/// What `-m NAME` runs: the source, the file name for tracebacks, whether that is a real
/// file (`__file__`), and the `__package__` it runs in.
pub struct MainModule {
    pub src: String,
    pub filename: String,
    pub has_file: bool,
    pub package: String,
}

/// Find the module `-m` names without running it (as runpy does): its parent packages are
/// imported, a package runs its `__main__`. Err(message) is what CPython prints after the
/// program name.
pub fn locate_main_module(vm: &Vm, name: &str) -> Result<MainModule, String> {
    let found = locate_source(vm, name)?;
    let Some((src, filename, has_file, is_pkg)) = found else { return Err(format!("No module named {}", name)) };
    if !is_pkg {
        let package = name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
        return Ok(MainModule { src, filename, has_file, package });
    }
    let _ = src;
    let main = format!("{}.__main__", name);
    if let Err(e) = import_one(vm, name) {
        return Err(spec_error(vm, &main, &e));
    }
    match locate_source(vm, &main)? {
        Some((src, filename, has_file, false)) => Ok(MainModule { src, filename, has_file, package: name.to_string() }),
        _ => Err(format!("No module named {}; '{}' is a package and cannot be directly executed", main, name)),
    }
}

fn spec_error(vm: &Vm, name: &str, e: &PyErr) -> String {
    let ty = vm.type_name(&Value::Obj(e.exc.clone()));
    let msg = vm.str_string(&Value::Obj(e.exc.clone())).unwrap_or_default();
    format!("Error while finding module specification for '{}' ({}: {})", name, ty, msg)
}

/// The source of module `full` (its parent imported first), without running it.
fn locate_source(vm: &Vm, full: &str) -> Result<Option<(String, String, bool, bool)>, String> {
    let (parent, last) = match full.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, full),
    };
    let dirs: Vec<String> = match parent {
        Some(p) => {
            let pm = import_one(vm, p).map_err(|e| spec_error(vm, full, &e))?;
            match dict::get_str(&crate::modules::module_dict(&pm), &crate::name!("__path__")) {
                Some(pv) => vm.collect(&pv).map_err(|e| spec_error(vm, full, &e))?.iter().filter_map(|v| pystr::as_str(v).map(|s| s.to_string())).collect(),
                None => {
                    return Err(format!(
                    "Error while finding module specification for '{}' (ModuleNotFoundError: __path__ attribute not found on '{}' while trying to find '{}')",
                    full, p, full
                ))
                }
            }
        }
        None => {
            if native_module(vm, full).is_some() {
                return Err(format!("No code object available for {}", full));
            }
            sys_path()
        }
    };
    if let Some((file, is_pkg)) = find_in(&dirs, last) {
        let src = std::fs::read(&file).map_err(|e| format!("Error while finding module specification for '{}' (OSError: {})", full, e))?;
        let abs = std::fs::canonicalize(&file).map(|p| p.to_string_lossy().into_owned()).unwrap_or(file);
        return Ok(Some((String::from_utf8_lossy(&src).into_owned(), abs, true, is_pkg)));
    }
    Ok(embedded(full).map(|(src, is_pkg)| (src.to_string(), format!("<frozen {}>", full), false, is_pkg)))
}

/// Import a top-level module by name (for native code that calls into a Python module).
pub fn import_module(vm: &Vm, name: &str) -> PyResult<PyRef> {
    import_one(vm, name)
}

/// Import one fully qualified module whose parent (if any) is already imported.
fn import_one(vm: &Vm, full: &str) -> PyResult<PyRef> {
    if let Some(Value::Obj(m)) = dict::get_item(vm, &rt().modules, &pystr::new_str(full))? {
        return Ok(m);
    }
    let (parent, last) = match full.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, full),
    };
    let dirs = match parent {
        Some(p) => {
            let pm = import_one(vm, p)?;
            let path = dict::get_str(&crate::modules::module_dict(&pm), &crate::name!("__path__"));
            match path {
                Some(pv) => vm.collect(&pv)?.iter().filter_map(|v| pystr::as_str(v).map(|s| s.to_string())).collect(),
                None => {
                    let e = vm.new_error(&rt().e.module_not_found_error, format!("No module named '{}'; '{}' is not a package", full, p));
                    if let Some(d) = e.exc.dict() {
                        dict::set_item(vm, &d, pystr::new_str("name"), pystr::new_str(full))?;
                    }
                    return Err(e);
                }
            }
        }
        None => {
            if let Some(m) = native_module(vm, full) {
                register_builtin_module(full, m.clone());
                return Ok(m);
            }
            sys_path()
        }
    };
    // The built-in library comes after sys.path, as CPython's stdlib directory does, so a
    // module on PYTHONPATH or beside the script shadows it.
    let m = match find_in(&dirs, last) {
        Some((file, is_pkg)) => exec_source_module(vm, full, &file, is_pkg)?,
        None => match embedded(full) {
            Some((src, is_pkg)) if preloaded_by_cpython(full) => {
                // CPython has this module loaded before the program starts: importing it must
                // not advance the cycle collector's clock (an early automatic collection would
                // finalize a program's cyclic garbage sooner than CPython does)
                crate::runtime::gc::pause_counting(true);
                let r = exec_module_text(vm, full, &format!("<frozen {}>", full), src, is_pkg, false);
                crate::runtime::gc::pause_counting(false);
                r?
            }
            Some((src, is_pkg)) => exec_module_text(vm, full, &format!("<frozen {}>", full), src, is_pkg, false)?,
            None => return Err(not_found(vm, full)),
        },
    };
    if let Some(p) = parent {
        if let Some(Value::Obj(pm)) = dict::get_item(vm, &rt().modules, &pystr::new_str(p))? {
            dict::set_item(vm, &crate::modules::module_dict(&pm), pystr::new_str(last), Value::Obj(m.clone()))?;
        }
    }
    Ok(m)
}

fn resolve_name(vm: &Vm, name: &str, globals: &PyRef, level: i64) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match dict::get_str(globals, &crate::name!("__package__")) {
        Some(p) if pystr::as_str(&p).map(|s| !s.is_empty()).unwrap_or(false) => pystr::as_str(&p).unwrap().to_string(),
        _ => {
            let n = dict::get_str(globals, &crate::name!("__name__")).and_then(|v| pystr::as_str(&v).map(|s| s.to_string())).unwrap_or_default();
            if dict::get_str(globals, &crate::name!("__path__")).is_some() {
                n
            } else {
                n.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_error(&rt().e.import_error, "attempted relative import with no known parent package".into()));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err(vm.new_error(&rt().e.import_error, "attempted relative import beyond top-level package".into()));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() { base } else { format!("{}.{}", base, name) })
}

/// IMPORT_NAME: import `name` and return the top package (no fromlist) or the module.
pub fn import_name(vm: &Vm, name: &PyRef, globals: &PyRef, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => *i,
        _ => 0,
    };
    let name = pystr::data(name).s.to_string();
    let full = resolve_name(vm, &name, globals, level)?;
    let mut cur = String::new();
    let mut top = None;
    let mut last = None;
    for part in full.split('.') {
        if !cur.is_empty() {
            cur.push('.');
        }
        cur.push_str(part);
        let m = import_one(vm, &cur)?;
        if top.is_none() {
            top = Some(m.clone());
        }
        last = Some(m);
    }
    let last = last.ok_or_else(|| not_found(vm, &full))?;
    let from: Vec<Value> = match fromlist {
        Value::None => vec![],
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => tuple::items(o).to_vec(),
        other => vm.collect(other)?,
    };
    if from.is_empty() {
        if level > 0 && name.is_empty() {
            return Ok(Value::Obj(last));
        }
        if level > 0 {
            // `from . import x` style handled by fromlist; `import .x` is not valid syntax
            return Ok(Value::Obj(last));
        }
        return Ok(Value::Obj(top.unwrap()));
    }
    // a package's fromlist may name submodules to import
    let md = crate::modules::module_dict(&last);
    if dict::get_str(&md, &crate::name!("__path__")).is_some() {
        for item in from {
            if let Some(s) = pystr::as_str(&item) {
                if s != "*" && dict::get_str(&md, &rt().intern(s)).is_none() {
                    match import_one(vm, &format!("{}.{}", full, s)) {
                        Ok(_) => {}
                        Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.module_not_found_error) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }
    Ok(Value::Obj(last))
}

pub fn import_from(vm: &Vm, m: &Value, name: &PyRef) -> PyResult<Value> {
    if let Ok(Some(v)) = vm.generic_getattr(m, name) {
        return Ok(v);
    }
    // a module's __getattr__ (PEP 562); its AttributeError becomes the ImportError below
    if let Value::Obj(o) = m {
        if let Payload::Module(md) = o.payload() {
            if let Some(f) = dict::get_str(&md.dict, &crate::name!("__getattr__")) {
                match vm.call(&f, &[Value::Obj(name.clone())], KwArgs::EMPTY) {
                    Ok(v) => return Ok(v),
                    Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    let mname = vm.getattr_str(m, "__name__").ok().and_then(|n| pystr::as_str(&n).map(|s| s.to_string())).unwrap_or_else(|| "<unknown module name>".into());
    let n = pystr::data(name).s.to_string();
    if let Some(v) = dict::get_item(vm, &rt().modules, &pystr::new_str(&format!("{}.{}", mname, n)))? {
        return Ok(v);
    }
    let loc = match vm.getattr_str(m, "__file__") {
        Ok(f) if !f.is_none() => vm.str_string(&f)?,
        _ => "unknown location".into(),
    };
    let partial = INITIALIZING.with(|l| l.borrow().iter().any(|x| *x == mname));
    let e = if partial {
        vm.new_error(
            &rt().e.import_error,
            format!("cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})", n, mname, loc),
        )
    } else {
        vm.new_error(&rt().e.import_error, format!("cannot import name '{}' from '{}' ({})", n, mname, loc))
    };
    if let Some(d) = e.exc.dict() {
        let _ = dict::set_item(vm, &d, pystr::new_str("name"), pystr::new_str(&mname));
    }
    Err(e)
}

pub fn import_star(vm: &Vm, m: &Value, target: &PyRef) -> PyResult<()> {
    let md = match m {
        Value::Obj(o) if matches!(o.payload(), Payload::Module(_)) => crate::modules::module_dict(o),
        _ => return Err(vm.type_error("import * requires a module".into())),
    };
    let names: Vec<Value> = match dict::get_str(&md, &crate::name!("__all__")) {
        Some(all) => vm.collect(&all)?,
        None => dict::keys(&md).into_iter().filter(|k| pystr::as_str(k).map(|s| !s.starts_with('_')).unwrap_or(false)).collect(),
    };
    for n in names {
        let key = match pystr::as_str(&n) {
            Some(s) => rt().intern(s),
            None => continue,
        };
        let v = vm.getattr(m, &key)?;
        dict::set_item(vm, target, Value::Obj(key), v)?;
    }
    Ok(())
}
