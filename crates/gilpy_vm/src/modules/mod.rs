//! Native modules, one file per module, named exactly as Python names it. Each exposes
//! `make(vm)` returning the module object; `runtime/import.rs` finds them by name.

pub mod _thread;
pub mod builtins;
pub mod math;
pub mod signal;
pub mod sys;
pub mod thread_local;
pub mod time;

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, str as pystr};
use crate::{PyErr, Vm};

/// A new module object with the given functions.
pub fn new_module(name: &str, fns: &[(&'static str, NativeFn)]) -> PyRef {
    let d = dict::new_dict();
    dict::set_str_raw(&d, "__name__", pystr::new_str(name));
    dict::set_str_raw(&d, "__doc__", Value::None);
    dict::set_str_raw(&d, "__package__", pystr::new_str(""));
    dict::set_str_raw(&d, "__loader__", Value::None);
    dict::set_str_raw(&d, "__spec__", Value::None);
    for (n, f) in fns {
        dict::set_str_raw(&d, n, Value::Obj(crate::types::builtin_fn(n, *f)));
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

/// A SyntaxError exception from the compiler's report.
pub fn syntax_error_from(vm: &Vm, e: &gilpy_compiler::SyntaxErrorInfo) -> PyErr {
    let ty = if e.kind == "IndentationError" { &rt().e.indentation_error } else { &rt().e.syntax_error };
    let details = crate::types::tuple::new_tuple(vec![
        pystr::new_str(&e.filename),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        pystr::new_str(&format!("{}\n", e.text)),
        Value::Int(e.lineno as i64),
        Value::Int(e.end_offset as i64),
    ]);
    vm.new_error_args(ty, vec![pystr::new_str(&e.msg), details])
}
