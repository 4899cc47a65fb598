//! `_traceback`: the interpreter's own exception formatting (the text an uncaught exception
//! prints, chained causes and contexts included), for the Python `traceback` module and for
//! the remote tracebacks that process pools send back.

use crate::object::{PyRef, Value};
use crate::types::payload::*;
use crate::types::str as pystr;
use crate::Vm;

fn exc_arg(vm: &Vm, a: &[Value]) -> PyResult<PyRef> {
    match a.first() {
        Some(Value::Obj(o)) if crate::types::exceptions::exc_data(o).is_some() => Ok(o.clone()),
        Some(v) => Err(vm.type_error(format!("expected an exception, not '{}'", vm.type_name(v)))),
        None => Err(vm.type_error("expected an exception".into())),
    }
}

/// format_exception(exc) -> the full text, "Traceback (most recent call last):" to the last line
fn t_format_exception(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let e = exc_arg(vm, a)?;
    Ok(pystr::from_string(crate::eval::traceback::format_exception(vm, &e)))
}

/// format_exception_only(exc) -> "ValueError: message\n"
fn t_format_exception_only(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let e = exc_arg(vm, a)?;
    Ok(pystr::from_string(format!("{}\n", crate::eval::traceback::exception_line(vm, &e))))
}

/// Mark a code object and the code nested in it (inner functions, lambdas, comprehensions) as
/// standing in for C code.
fn hide_code(code: &PyRef, depth: usize) {
    if let Payload::Code(cd) = code.payload() {
        cd.hidden.set(true);
        if depth < 32 {
            for c in cd.consts.iter() {
                if let Value::Obj(o) = c {
                    hide_code(o, depth + 1);
                }
            }
        }
    }
}

fn hide(v: &Value, depth: usize) {
    let Value::Obj(o) = v else { return };
    match o.payload() {
        Payload::Function(f) => hide_code(&f.code, 0),
        Payload::StaticMethod(inner) | Payload::ClassMethod(inner) => hide(inner, depth),
        Payload::Property(p) => {
            for f in [&p.fget, &p.fset, &p.fdel] {
                hide(f, depth);
            }
        }
        Payload::Type(td) if depth == 0 => {
            for (_, m) in crate::types::dict::items(&td.dict) {
                hide(&m, depth + 1);
            }
        }
        _ => {}
    }
}

/// `_native_frames(obj)`: the library's Python code for what CPython writes in C (a function,
/// or every method of a class) runs without frames that tracebacks, `f_back`, `sys._getframe`
/// or trace functions see, as C code has none. Returns `obj`, to serve as a decorator.
fn t_native_frames(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.first().cloned().ok_or_else(|| vm.type_error("_native_frames() takes exactly one argument (0 given)".into()))?;
    hide(&v, 0);
    Ok(v)
}

/// `_native_module(globals())`: `_native_frames` for every function and class the module
/// defines (not those it imports), for a library module that is all C in CPython.
fn t_native_module(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = match a.first() {
        Some(Value::Obj(d)) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
        _ => return Err(vm.type_error("_native_module() expects a module's globals".into())),
    };
    let name = crate::types::dict::get_str(&g, &crate::name!("__name__"));
    for (_, v) in crate::types::dict::items(&g) {
        let Value::Obj(o) = &v else { continue };
        let own = match o.payload() {
            Payload::Function(f) => f.globals.is(&g),
            Payload::Type(td) => match (crate::types::dict::get_str(&td.dict, &crate::name!("__module__")), &name) {
                (Some(m), Some(n)) => pystr::as_str(&m).is_some() && pystr::as_str(&m) == pystr::as_str(n),
                _ => false,
            },
            _ => false,
        };
        if own {
            hide(&v, 0);
        }
    }
    Ok(Value::None)
}

pub fn make(_vm: &Vm) -> PyRef {
    super::new_module(
        "_traceback",
        &[
            ("format_exception", t_format_exception),
            ("format_exception_only", t_format_exception_only),
            ("_native_frames", t_native_frames),
            ("_native_module", t_native_module),
        ],
    )
}
