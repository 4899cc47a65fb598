//! `types.GenericAlias`: what `list[int]` and `dict[str, int]` make (PEP 585). It records the
//! origin and the arguments, prints as `list[int]`, and calling it calls the origin.

use super::payload::*;
use super::typeobj::{self, type_data};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{dict, str as pystr, tuple};
use crate::Vm;

fn alias_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = typeobj::make_simple_type("GenericAlias", &rt().t.object);
        let td = type_data(&t);
        td.flags.set(td.flags.get() | TF_HAS_DICT);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *td.module.get() = "types".into() };
        crate::types::add_methods(
            &t,
            &[("__repr__", alias_repr), ("__call__", alias_call), ("__eq__", alias_eq), ("__or__", alias_or), ("__ror__", alias_ror)],
        );
        t
    })
}

pub fn is_alias(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ty().is(&alias_type()))
}

fn alias_or(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::types::union::make_union(vm, &args[0], args.get(1).unwrap_or(&Value::None))?.unwrap_or_else(|| Value::Obj(rt().not_implemented.clone())))
}

fn alias_ror(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(crate::types::union::make_union(vm, args.get(1).unwrap_or(&Value::None), &args[0])?.unwrap_or_else(|| Value::Obj(rt().not_implemented.clone())))
}

fn parts(v: &Value) -> Option<(Value, Value)> {
    let d = v.as_obj()?.dict()?;
    Some((dict::get_str(&d, &crate::name!("__origin__"))?, dict::get_str(&d, &crate::name!("__args__"))?))
}

/// How an alias argument prints: classes by qualified name, `...` for Ellipsis.
fn arg_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        match o.payload() {
            Payload::Type(td) => {
                return Ok(if td.module() == "builtins" { td.qualname().to_string() } else { format!("{}.{}", td.module(), td.qualname()) });
            }
            Payload::Ellipsis => return Ok("...".into()),
            _ => {}
        }
    }
    vm.repr_string(v)
}

fn alias_repr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (origin, a) = parts(&args[0]).ok_or_else(|| vm.type_error("bad GenericAlias".into()))?;
    let items = match &a {
        Value::Obj(t) => tuple::items(t).to_vec(),
        _ => vec![],
    };
    let mut inner = Vec::new();
    for x in &items {
        inner.push(arg_repr(vm, x)?);
    }
    let body = if inner.is_empty() { "()".to_string() } else { inner.join(", ") };
    Ok(pystr::new_str(&format!("{}[{}]", arg_repr(vm, &origin)?, body)))
}

fn alias_call(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (origin, _) = parts(&args[0]).ok_or_else(|| vm.type_error("bad GenericAlias".into()))?;
    vm.call_kw(&origin, &args[1..], kw)
}

fn alias_eq(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // only another types.GenericAlias compares (typing's aliases are their own kind)
    let other_is_alias = matches!(args.get(1), Some(Value::Obj(o)) if o.ty().is(&alias_type()));
    if !other_is_alias {
        return Ok(Value::Obj(rt().not_implemented.clone()));
    }
    match (parts(&args[0]), args.get(1).and_then(parts)) {
        (Some((o1, a1)), Some((o2, a2))) => Ok(Value::Bool(vm.eq(&o1, &o2)? && vm.eq(&a1, &a2)?)),
        _ => Ok(Value::Obj(rt().not_implemented.clone())),
    }
}

/// `cls[args]` for the builtin generic classes.
pub fn class_getitem(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let origin = args[0].clone();
    let a = match args.get(1) {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Tuple(_)) => Value::Obj(t.clone()),
        Some(v) => tuple::new_tuple(vec![v.clone()]),
        None => tuple::new_tuple(vec![]),
    };
    let o = PyRef::new(&alias_type(), Payload::Object);
    let d = dict::new_dict();
    dict::set_str_raw(&d, "__origin__", origin);
    dict::set_str_raw(&d, "__args__", a);
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

/// `GenericAlias(origin, args)`, as `types.GenericAlias` is called.
fn alias_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments".into()));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    class_getitem(vm, &args[1..], kw)
}

pub fn register() {
    crate::types::set_new(&alias_type(), alias_new);
    let r = rt();
    for t in [&r.t.list, &r.t.dict, &r.t.tuple, &r.t.set, &r.t.frozenset, &r.t.type_] {
        crate::types::add_classmethods(t, &[("__class_getitem__", class_getitem)]);
    }
}
