//! `_weakref`: weak references (the type is types/weakref.rs; `weakref` in lib/ builds
//! proxies, WeakValueDictionary and the rest on top of this).

use crate::object::{PyRef, Value};
use crate::types::{list, weakref};
use crate::{KwArgs, PyResult, Vm};

pub fn make(_vm: &Vm) -> PyRef {
    let m =
        crate::modules::new_module("_weakref", &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("_remove_dead_weakref", remove_dead)]);
    let d = crate::modules::module_dict(&m);
    crate::types::dict::set_str_raw(&d, "ref", Value::Obj(weakref::ref_type()));
    crate::types::dict::set_str_raw(&d, "ReferenceType", Value::Obj(weakref::ref_type()));
    m
}

fn one<'a>(vm: &Vm, name: &str, a: &'a [Value]) -> PyResult<&'a Value> {
    match a {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!("{}() takes exactly one argument ({} given)", name, a.len()))),
    }
}

fn getweakrefcount(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(weakref::count(one(vm, "getweakrefcount", a)?) as i64))
}

fn getweakrefs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(list::new_list(weakref::refs(one(vm, "getweakrefs", a)?).into_iter().map(Value::Obj).collect()))
}

/// Delete `d[key]` if its value is a dead weak reference (WeakValueDictionary's cleanup).
fn remove_dead(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("_remove_dead_weakref expected 2 arguments, got {}", a.len())));
    }
    let d = &a[0];
    let cur = match vm.getitem(d, &a[1]) {
        Ok(v) => v,
        Err(e) if crate::types::typeobj::is_subtype(e.exc.ty(), &crate::runtime::rt().e.key_error) => return Ok(Value::None),
        Err(e) => return Err(e),
    };
    if let Value::Obj(w) = &cur {
        if w.ty().is(&weakref::ref_type()) || crate::types::typeobj::is_subtype(w.ty(), &weakref::ref_type()) {
            if weakref::target(w).is_none() {
                match vm.delitem(d, &a[1]) {
                    Ok(()) => {}
                    Err(e) if crate::types::typeobj::is_subtype(e.exc.ty(), &crate::runtime::rt().e.key_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(Value::None)
}
