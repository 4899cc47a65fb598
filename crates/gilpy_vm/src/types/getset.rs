//! `getset_descriptor` for `__dict__` and `__weakref__`: the descriptors a class gets in its
//! `__dict__` when it is the first in its line to give instances an attribute dict or room
//! for weak references (as CPython's type_new adds them). Each holds its class, so a class
//! is in a reference cycle with them, as in CPython (only the cycle collector frees a class).

use crate::object::{PyObject, PyRef, Value, DICT_EXPOSED};
use crate::types::payload::*;
use crate::types::{str as pystr, typeobj};
use crate::{KwArgs, PyResult, Vm};

pub struct GetSet {
    /// "__dict__" or "__weakref__"
    pub name: &'static str,
    pub objclass: PyRef,
}

impl NativeData for GetSet {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" => Some(pystr::new_str(self.name)),
            "__qualname__" => Some(pystr::new_str(&format!("{}.{}", typeobj::type_data(&self.objclass).qualname(), self.name))),
            "__objclass__" => Some(Value::Obj(self.objclass.clone())),
            "__doc__" => Some(match self.name {
                "__dict__" => pystr::new_str("dictionary for instance variables (if defined)"),
                _ => pystr::new_str("list of weak references to the object (if defined)"),
            }),
            _ => None,
        })
    }
    fn is_gc(&self) -> bool {
        true
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        visit(self.objclass.obj());
    }
}

fn getset_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = crate::modules::native_type(
            "builtins",
            "getset_descriptor",
            None,
            &[("__get__", get_m), ("__set__", set_m), ("__delete__", delete_m), ("__repr__", repr)],
        );
        let td = typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR | TF_NATIVE_DUNDERS);
        t
    })
}

pub fn new_getset(name: &'static str, objclass: &PyRef) -> Value {
    Value::Obj(PyRef::new(&getset_type(), Payload::Native(Box::new(GetSet { name, objclass: objclass.clone() }))))
}

pub fn as_getset(o: &PyRef) -> Option<&GetSet> {
    native::<GetSet>(o)
}

fn check_obj(vm: &Vm, g: &GetSet, obj: &Value) -> PyResult<()> {
    if !typeobj::is_subtype(vm.type_of(obj), &g.objclass) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name,
            typeobj::type_data(&g.objclass).name(),
            vm.type_name(obj)
        )));
    }
    Ok(())
}

/// The value for an instance (`obj.__dict__`, `obj.__weakref__`).
pub fn get(vm: &Vm, g: &GetSet, obj: &Value) -> PyResult<Value> {
    check_obj(vm, g, obj)?;
    let Value::Obj(o) = obj else { return Ok(Value::None) };
    Ok(match g.name {
        "__dict__" => match o.dict() {
            Some(d) => {
                d.obj().set_flag(DICT_EXPOSED, true);
                Value::Obj(d)
            }
            None => {
                let d = crate::types::dict::new_dict();
                o.set_dict(Some(d.clone()));
                d.obj().set_flag(DICT_EXPOSED, true);
                Value::Obj(d)
            }
        },
        _ => crate::types::weakref::refs(obj).into_iter().next().map(Value::Obj).unwrap_or(Value::None),
    })
}

/// `obj.__dict__ = d` (None deletes).
pub fn set(vm: &Vm, g: &GetSet, obj: &Value, val: Option<Value>) -> PyResult<()> {
    check_obj(vm, g, obj)?;
    if g.name != "__dict__" {
        return Err(vm.attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.name, typeobj::type_data(&g.objclass).name())));
    }
    let Value::Obj(o) = obj else { return Ok(()) };
    match val {
        Some(Value::Obj(d)) if matches!(d.payload(), Payload::Dict(_)) => {
            d.obj().set_flag(DICT_EXPOSED, true);
            o.set_dict(Some(d));
            typeobj::modified(o.ty());
            Ok(())
        }
        Some(v) => Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(&v)))),
        None => {
            o.set_dict(Some(crate::types::dict::new_dict()));
            Ok(())
        }
    }
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a GetSet> {
    match a.first() {
        Some(Value::Obj(o)) => as_getset(o).ok_or_else(|| vm.type_error("descriptor requires a 'getset_descriptor' object".into())),
        _ => Err(vm.type_error("descriptor requires a 'getset_descriptor' object".into())),
    }
}

fn get_m(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(obj) => get(vm, g, obj),
    }
}

fn set_m(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    set(vm, g, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn delete_m(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    set(vm, g, a.get(1).unwrap_or(&Value::None), None)?;
    Ok(Value::None)
}

fn repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    Ok(pystr::new_str(&format!("<attribute '{}' of '{}' objects>", g.name, typeobj::type_data(&g.objclass).name())))
}
