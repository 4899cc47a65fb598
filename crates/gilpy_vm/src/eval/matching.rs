//! The runtime half of the match statement: the checks behind MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS (PEP 634's semantics).

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, str as pystr, tuple, typeobj};
use crate::{KwArgs, PyResult, Vm};

/// An ABC from collections.abc, when a program has imported it (registered classes and
/// subclasses of the ABC count as sequences/mappings, as CPython's type flags make them).
fn abc_instance(vm: &Vm, v: &Value, name: &str) -> PyResult<bool> {
    let m = match dict::get_item(vm, &rt().modules, &pystr::new_str("collections.abc"))? {
        Some(m) => m,
        None => return Ok(false),
    };
    let abc = vm.getattr_str(&m, name)?;
    let r = crate::modules::builtins::b_isinstance(vm, &[v.clone(), abc], KwArgs::EMPTY)?;
    vm.truthy(&r)
}

pub fn is_sequence(vm: &Vm, v: &Value) -> PyResult<bool> {
    let t = &rt().t;
    let ty = vm.type_of(v);
    for s in [&t.list, &t.tuple, &t.range] {
        if typeobj::is_subtype(ty, s) {
            return Ok(true);
        }
    }
    for s in [&t.str, &t.bytes, &t.bytearray, &t.dict] {
        if typeobj::is_subtype(ty, s) {
            return Ok(false);
        }
    }
    if typeobj::type_data(ty).name() == "deque" {
        return Ok(true);
    }
    abc_instance(vm, v, "Sequence")
}

pub fn is_mapping(vm: &Vm, v: &Value) -> PyResult<bool> {
    if typeobj::is_subtype(vm.type_of(v), &rt().t.dict) {
        return Ok(true);
    }
    abc_instance(vm, v, "Mapping")
}

/// The values of `keys` in `subject` (through its `get`), or None when one is missing.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = vm.collect(keys)?;
    if keys.is_empty() {
        return Ok(tuple::new_tuple(Vec::new()));
    }
    let get = vm.getattr_str(subject, "get")?;
    let dummy = Value::Obj(dict::new_dict());
    let seen = dict::new_dict();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        if dict::get_item(vm, &seen, &k)?.is_some() {
            let r = vm.repr_string(&k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({})", r)));
        }
        dict::set_item(vm, &seen, k.clone(), Value::None)?;
        let v = vm.call(&get, &[k, dummy.clone()], KwArgs::EMPTY)?;
        if v.is(&dummy) {
            return Ok(Value::None);
        }
        out.push(v);
    }
    Ok(tuple::new_tuple(out))
}

pub fn copy_dict_without_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = dict::new_dict();
    dict::update_from(vm, &rest, subject)?;
    for k in vm.collect(keys)? {
        dict::delitem(vm, &rest, &k)?;
    }
    Ok(Value::Obj(rest))
}

/// Types whose instances match a single positional sub-pattern as themselves (`case int(x)`).
fn matches_self(t: &PyRef) -> bool {
    let r = &rt().t;
    [&r.bool_, &r.bytearray, &r.bytes, &r.dict, &r.float, &r.frozenset, &r.int, &r.list, &r.set, &r.str, &r.tuple].iter().any(|b| typeobj::is_subtype(t, b))
}

pub fn match_class(vm: &Vm, subject: &Value, cls: &Value, names: &Value, nargs: usize) -> PyResult<Value> {
    let cls_t = match cls {
        Value::Obj(c) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("called match pattern must be a type".into())),
    };
    let r = crate::modules::builtins::b_isinstance(vm, &[subject.clone(), cls.clone()], KwArgs::EMPTY)?;
    if !vm.truthy(&r)? {
        return Ok(Value::None);
    }
    let cls_name = typeobj::type_data(&cls_t).name().to_string();
    let kw_names = vm.collect(names)?;
    let mut attrs = Vec::with_capacity(nargs + kw_names.len());
    let mut seen: Vec<String> = Vec::new();
    let get = |vm: &Vm, name: &Value, seen: &mut Vec<String>| -> PyResult<Option<Value>> {
        let s = pystr::as_str(name).unwrap_or("").to_string();
        if seen.contains(&s) {
            return Err(vm.type_error(format!("{}() got multiple sub-patterns for attribute '{}'", cls_name, s)));
        }
        seen.push(s.clone());
        match vm.getattr_str(subject, &s) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    };
    if nargs > 0 {
        let match_args = match vm.getattr_str(cls, "__match_args__") {
            Ok(m) => Some(m),
            Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => None,
            Err(e) => return Err(e),
        };
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        match match_args {
            Some(ma) => {
                let items = match &ma {
                    Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => tuple::items(o).to_vec(),
                    _ => return Err(vm.type_error(format!("{}.__match_args__ must be a tuple (got {})", cls_name, vm.type_name(&ma)))),
                };
                if nargs > items.len() {
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        cls_name,
                        items.len(),
                        plural(items.len()),
                        nargs
                    )));
                }
                for name in &items[..nargs] {
                    if pystr::as_str(name).is_none() {
                        return Err(vm.type_error(format!("__match_args__ elements must be strings (got {})", vm.type_name(name))));
                    }
                    match get(vm, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
            None if matches_self(&cls_t) => {
                if nargs > 1 {
                    return Err(vm.type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", cls_name, nargs)));
                }
                attrs.push(subject.clone());
            }
            None => {
                return Err(vm.type_error(format!("{}() accepts 0 positional sub-patterns ({} given)", cls_name, nargs)));
            }
        }
    }
    for name in &kw_names {
        match get(vm, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(tuple::new_tuple(attrs))
}
