//! `atexit`: functions to call when the interpreter ends normally, last registered first,
//! after the non-daemon threads have been waited for (CPython's finalization order). An
//! exception in one is reported as unraisable and the others still run.

use crate::modules::_thread::GilCell;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, tuple};
use crate::Vm;
use std::cell::UnsafeCell;

/// (function, args tuple, kwargs dict) in registration order
static CALLBACKS: std::sync::OnceLock<GilCell<Vec<(Value, Value, Value)>>> = std::sync::OnceLock::new();

fn callbacks() -> &'static GilCell<Vec<(Value, Value, Value)>> {
    CALLBACKS.get_or_init(|| GilCell(UnsafeCell::new(Vec::new())))
}

fn a_register(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let f = a.first().ok_or_else(|| vm.type_error("register() takes at least 1 argument (0 given)".into()))?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("the first argument must be callable".into()));
    }
    let kwargs = dict::new_dict();
    for (n, v) in k.iter() {
        dict::set_str_raw(&kwargs, n, v.clone());
    }
    let entry = (f.clone(), tuple::new_tuple(a[1..].to_vec()), Value::Obj(kwargs));
    // SAFETY: GIL invariant; no Python code runs while the list is borrowed.
    unsafe { (*callbacks().0.get()).push(entry) };
    Ok(f.clone())
}

fn a_unregister(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let f = a.first().ok_or_else(|| vm.type_error("unregister() takes exactly one argument (0 given)".into()))?;
    // compared with ==, which may run Python code: decide on a snapshot, then remove
    // SAFETY: GIL invariant; cloned out.
    let snapshot: Vec<Value> = unsafe { (*callbacks().0.get()).iter().map(|(g, _, _)| g.clone()).collect() };
    let mut keep = Vec::with_capacity(snapshot.len());
    for g in &snapshot {
        keep.push(!(g.is(f) || vm.eq(g, f)?));
    }
    // SAFETY: GIL invariant; the removed entries are dropped after the list is consistent.
    let removed: Vec<(Value, Value, Value)> = unsafe {
        let list = &mut *callbacks().0.get();
        let mut out = Vec::new();
        let mut i = 0;
        list.retain(|e| {
            let k = keep.get(i).copied().unwrap_or(true);
            i += 1;
            if !k {
                out.push(e.clone());
            }
            k
        });
        out
    };
    drop(removed);
    Ok(Value::None)
}

fn a_run_exitfuncs(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn a_clear(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    // SAFETY: GIL invariant; the entries are dropped after the list is emptied.
    let old = unsafe { std::mem::take(&mut *callbacks().0.get()) };
    drop(old);
    Ok(Value::None)
}

fn a_ncallbacks(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    // SAFETY: GIL invariant; a plain read.
    Ok(Value::Int(unsafe { (*callbacks().0.get()).len() } as i64))
}

/// Run and forget the registered functions, last first (at interpreter exit).
pub fn run_exitfuncs(vm: &Vm) {
    if CALLBACKS.get().is_none() {
        return;
    }
    // every callback runs before any of them (with its arguments) is released, as CPython
    // clears its list only at the end
    let mut done = Vec::new();
    loop {
        // SAFETY: GIL invariant; the entry is moved out before it is called.
        let next = unsafe { (*callbacks().0.get()).pop() };
        let (f, args, kwargs) = match next {
            Some(e) => e,
            None => break,
        };
        let argv = match &args {
            Value::Obj(t) => tuple::items(t).to_vec(),
            _ => vec![],
        };
        let kw = match &kwargs {
            Value::Obj(d) => dict::items(d),
            _ => vec![],
        };
        let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
        let values: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
        if let Err(e) = vm.call(&f, &argv, KwArgs { names: &names, values: &values }) {
            crate::eval::traceback::print_unraisable(vm, Some("Exception ignored in atexit callback"), Some(f.clone()), &e);
        }
        done.push((f, args, kwargs));
    }
    // released in registration order, as CPython's list clear releases them
    for entry in done.into_iter().rev() {
        drop(entry);
    }
}

pub fn make(_vm: &Vm) -> PyRef {
    let _ = rt();
    crate::modules::new_module(
        "atexit",
        &[("register", a_register), ("unregister", a_unregister), ("_run_exitfuncs", a_run_exitfuncs), ("_clear", a_clear), ("_ncallbacks", a_ncallbacks)],
    )
}
