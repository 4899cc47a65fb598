//! `_imp`: what importlib asks the import system about modules it cannot see from Python:
//! whether a name is a native (built-in) module, whether it is one of the library modules
//! built into the binary (CPython calls those frozen), and a frozen module's code.

use crate::object::Value;
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::str as pystr;
use crate::Vm;

fn name_arg(vm: &Vm, fname: &str, a: &[Value]) -> PyResult<String> {
    match a.first() {
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!("{}() argument must be str, not {}", fname, vm.type_name(v)))),
        },
        None => Err(vm.type_error(format!("{}() takes exactly one argument (0 given)", fname))),
    }
}

/// is_builtin(name): -1 for the modules that cannot be re-initialised (sys, builtins), 1 for
/// another native module, 0 otherwise (CPython's answers).
fn i_is_builtin(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = name_arg(vm, "is_builtin", a)?;
    Ok(Value::Int(match n.as_str() {
        "sys" | "builtins" => -1,
        _ if crate::runtime::import::is_native(&n) => 1,
        _ => 0,
    }))
}

/// is_frozen(name): whether `name` is a library module compiled into the binary.
fn i_is_frozen(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = name_arg(vm, "is_frozen", a)?;
    Ok(Value::Bool(crate::runtime::import::frozen_source(&n).is_some()))
}

/// is_frozen_package(name)
fn i_is_frozen_package(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = name_arg(vm, "is_frozen_package", a)?;
    match crate::runtime::import::frozen_source(&n) {
        Some((_, is_pkg)) => Ok(Value::Bool(is_pkg)),
        None => Err(no_frozen(vm, &n)),
    }
}

fn no_frozen(vm: &Vm, n: &str) -> crate::PyErr {
    let e = vm.new_error(&rt().e.import_error, format!("No such frozen object named '{}'", n));
    if let Some(d) = e.exc.dict() {
        let _ = crate::types::dict::set_item(vm, &d, pystr::new_str("name"), pystr::new_str(n));
    }
    e
}

/// get_frozen_object(name): the code object of a frozen module, its file name `<frozen NAME>`.
fn i_get_frozen_object(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = name_arg(vm, "get_frozen_object", a)?;
    let Some((src, _)) = crate::runtime::import::frozen_source(&n) else { return Err(no_frozen(vm, &n)) };
    let file = format!("<frozen {}>", n);
    let code = gilpy_compiler::compile_module(src, &file, false).map_err(|e| crate::modules::syntax_error_from(vm, &e))?;
    rt().add_source(&file, src);
    Ok(Value::Obj(crate::eval::make_code(code)))
}

/// _frozen_source(name): a frozen module's source text (gilpy only: inspect.getsource reads
/// library code through it, as it reads CPython's library from its files).
fn i_frozen_source(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = name_arg(vm, "_frozen_source", a)?;
    match crate::runtime::import::frozen_source(&n) {
        Some((src, _)) => Ok(pystr::new_str(src)),
        None => Err(no_frozen(vm, &n)),
    }
}

pub fn make(_vm: &Vm) -> crate::object::PyRef {
    super::new_module(
        "_imp",
        &[
            ("is_builtin", i_is_builtin),
            ("is_frozen", i_is_frozen),
            ("is_frozen_package", i_is_frozen_package),
            ("get_frozen_object", i_get_frozen_object),
            ("_frozen_source", i_frozen_source),
        ],
    )
}
