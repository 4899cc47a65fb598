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

pub fn make(_vm: &Vm) -> PyRef {
    super::new_module("_traceback", &[("format_exception", t_format_exception), ("format_exception_only", t_format_exception_only)])
}
