//! `_gilpy_testing`: hooks that make the runtime fail on purpose, so the tests can check
//! what the user sees when gilpy itself has a bug (as CPython's test suite uses
//! `_testcapi.fatal_error`). Programs have no other use for it.

use crate::object::{PyRef, Value};
use crate::types::payload::*;
use crate::types::str as pystr;
use crate::Vm;

fn text_arg(vm: &Vm, name: &str, a: &[Value]) -> PyResult<String> {
    match a.first().and_then(pystr::as_str) {
        Some(s) if a.len() == 1 => Ok(s.to_string()),
        _ => Err(vm.type_error(format!("{}() takes one str argument", name))),
    }
}

/// panic(msg): a Rust panic inside a native call, with the GIL held.
fn t_panic(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let msg = text_arg(vm, "panic", a)?;
    panic!("{}", msg)
}

/// panic_without_gil(msg): a Rust panic while the GIL is released, as in a blocking call.
fn t_panic_without_gil(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let msg = text_arg(vm, "panic_without_gil", a)?;
    vm.allow_threads(crate::runtime::giltrace::Why::Wait, move || -> () { panic!("{}", msg) });
    Ok(Value::None)
}

/// fatal_error(msg): stop the process as an unrecoverable internal error does.
fn t_fatal_error(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let msg = text_arg(vm, "fatal_error", a)?;
    crate::runtime::panics::fatal("_gilpy_testing.fatal_error", &msg)
}

pub fn make(_vm: &Vm) -> PyRef {
    super::new_module("_gilpy_testing", &[("panic", t_panic), ("panic_without_gil", t_panic_without_gil), ("fatal_error", t_fatal_error)])
}
