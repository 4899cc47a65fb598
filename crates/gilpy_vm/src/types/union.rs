//! `types.UnionType`: what `int | None` makes (PEP 604). isinstance and issubclass accept it,
//! and it prints as `int | None`.

use super::payload::*;
use super::typeobj::{self, type_data};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{dict, str as pystr, tuple};
use crate::Vm;

fn union_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = typeobj::make_simple_type("UnionType", &rt().t.object);
        let td = type_data(&t);
        td.flags.set(td.flags.get() | TF_HAS_DICT);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *td.module.get() = "types".into() };
        crate::types::add_methods(&t, &[("__repr__", union_repr), ("__eq__", union_eq), ("__or__", union_or), ("__ror__", union_ror)]);
        t
    })
}

/// The members of a union, or None when `v` is not one.
pub fn members(v: &Value) -> Option<Vec<Value>> {
    let o = v.as_obj()?;
    if !o.ty().is(&union_type()) {
        return None;
    }
    let args = dict::get_str(&o.dict()?, &crate::name!("__args__"))?;
    Some(tuple::items(args.as_obj()?).to_vec())
}

/// Can `v` take part in `X | Y`? Classes, None, and unions.
fn unionable(v: &Value) -> bool {
    v.is_none() || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Type(_))) || members(v).is_some() || crate::types::genericalias::is_alias(v)
}

/// Either side of `|` is something a union is made of (then `|` makes one).
pub fn is_union_operand(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Type(_))) || members(v).is_some() || crate::types::genericalias::is_alias(v)
}

/// `a | b` for classes: a union of the distinct members, in order.
pub fn make_union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    let mut out: Vec<Value> = Vec::new();
    for v in [a, b] {
        for m in members(v).unwrap_or_else(|| vec![v.clone()]) {
            // None stands for NoneType, as typing does
            let m = if m.is_none() { Value::Obj(rt().t.none.clone()) } else { m };
            if !out.iter().any(|x| x.is(&m) || (crate::types::genericalias::is_alias(x) && vm.eq(x, &m).unwrap_or(false))) {
                out.push(m);
            }
        }
    }
    if out.len() == 1 {
        // `int | int` is just int
        return Ok(Some(out.pop().unwrap()));
    }
    let _ = vm;
    let o = PyRef::new(&union_type(), Payload::Object);
    let d = dict::new_dict();
    dict::set_str_raw(&d, "__args__", tuple::new_tuple(out));
    o.set_dict(Some(d));
    Ok(Some(Value::Obj(o)))
}

fn union_repr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ms = members(&args[0]).unwrap_or_default();
    let mut parts = Vec::new();
    for m in &ms {
        parts.push(match m {
            Value::Obj(t) if t.is(&rt().t.none) => "None".to_string(),
            Value::Obj(t) if matches!(t.payload(), Payload::Type(_)) => {
                let td = type_data(t);
                if td.module() == "builtins" {
                    td.qualname().to_string()
                } else {
                    format!("{}.{}", td.module(), td.qualname())
                }
            }
            other => vm.repr_string(other)?,
        });
    }
    Ok(pystr::new_str(&parts.join(" | ")))
}

fn union_eq(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match (members(&args[0]), args.get(1).and_then(members)) {
        (Some(a), Some(b)) => Ok(Value::Bool(a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.is(y))))),
        _ => {
            let _ = vm;
            Ok(Value::Obj(rt().not_implemented.clone()))
        }
    }
}

fn union_or(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(make_union(vm, &args[0], args.get(1).unwrap_or(&Value::None))?.unwrap_or_else(|| Value::Obj(rt().not_implemented.clone())))
}

fn union_ror(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(make_union(vm, args.get(1).unwrap_or(&Value::None), &args[0])?.unwrap_or_else(|| Value::Obj(rt().not_implemented.clone())))
}
