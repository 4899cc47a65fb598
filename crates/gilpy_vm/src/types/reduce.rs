//! The pickling protocol on the builtin types: `object.__reduce_ex__`, `__reduce__` and
//! `__getstate__`, the `__getnewargs__` of the immutable builtins, `set.__reduce__` and the
//! exceptions' `__reduce__`/`__setstate__`. Kept together because `pickle` and `copy` see
//! them as one protocol; the decisions that only call Python (the protocol 0/1 reconstructor,
//! `__newobj__` arguments) live in `lib/copyreg.py`, as they do in CPython.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, lookup_str, type_data};
use crate::types::{bytes, dict, float, int, list, str as pystr, tuple};
use crate::Vm;

fn copyreg_call(vm: &Vm, fname: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::runtime::import::import_module(vm, "copyreg")?;
    let f = vm.getattr_str(&Value::Obj(m), fname)?;
    vm.call(&f, args, KwArgs::EMPTY)
}

fn proto_arg(vm: &Vm, a: &[Value], name: &str) -> PyResult<i64> {
    match a.get(1) {
        Some(p) => crate::modules::c_int_arg(vm, p).map(|x| x as i64),
        None => Err(vm.type_error(format!("{}() takes exactly one argument (0 given)", name))),
    }
}

/// What object.__reduce__ would give for `proto`: copyreg's reconstructor below protocol 2,
/// `copyreg.__newobj__` and the state from 2 on.
fn common_reduce(vm: &Vm, obj: &Value, proto: i64) -> PyResult<Value> {
    if proto >= 2 {
        copyreg_call(vm, "_reduce_newobj", std::slice::from_ref(obj))
    } else {
        copyreg_call(vm, "_reduce_ex", &[obj.clone(), Value::Int(proto)])
    }
}

fn object_reduce_ex(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let proto = proto_arg(vm, a, "__reduce_ex__")?;
    let obj = &a[0];
    // a class that overrides __reduce__ is reduced by it, whatever the protocol
    let own = lookup_str(&rt().t.object, "__reduce__");
    if let Some(r) = lookup_str(vm.type_of(obj), "__reduce__") {
        let overridden = match &own {
            Some(o) => !r.is(o),
            None => true,
        };
        if overridden {
            return vm.call_method(obj, "__reduce__", &[]);
        }
    }
    common_reduce(vm, obj, proto)
}

fn object_reduce(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "object.__reduce__", a)?;
    common_reduce(vm, &a[0], 0)
}

/// object.__getstate__: the instance dict (None when empty), paired with a dict of the
/// `__slots__` values when there are any. gilpy takes a second, optional argument that
/// CPython keeps internal: `required`, set when the object is about to be rebuilt from its
/// state alone, which objects with native state cannot be.
fn object_getstate(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let obj = &a[0];
    let required = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let o = match obj {
        Value::Obj(o) => o.clone(),
        _ => {
            if required {
                return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(obj))));
            }
            return Ok(Value::None);
        }
    };
    if required && !matches!(o.payload(), Payload::Object | Payload::List(_) | Payload::Dict(_)) {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(obj))));
    }
    let names = copyreg_call(vm, "_slotnames", &[Value::Obj(o.ty().clone())])?;
    let names = vm.collect(&names)?;
    // gilpy keeps __slots__ values in the instance dict: the state's dict is the rest of it
    let slotted = type_data(o.ty()).has(TF_SLOTTED);
    let mut state = match o.dict() {
        Some(_) if slotted => Value::None,
        Some(d) if dict::len(&d) > 0 => {
            let is_slot = |k: &Value| names.iter().any(|n| pystr::as_str(n).is_some() && pystr::as_str(n) == pystr::as_str(k));
            if dict::keys(&d).iter().any(is_slot) {
                let rest = dict::new_dict();
                for (k, v) in dict::items(&d) {
                    if !is_slot(&k) {
                        dict::set_item(vm, &rest, k, v)?;
                    }
                }
                if dict::len(&rest) > 0 {
                    Value::Obj(rest)
                } else {
                    Value::None
                }
            } else {
                Value::Obj(d)
            }
        }
        _ => Value::None,
    };
    if !names.is_empty() {
        let slots = dict::new_dict();
        for n in names {
            let name = match &n {
                Value::Obj(s) if matches!(s.payload(), Payload::Str(_)) => s.clone(),
                _ => continue,
            };
            match vm.getattr(obj, &name) {
                Ok(v) => dict::set_item(vm, &slots, n.clone(), v)?,
                Err(e) if typeobj::is_subtype(e.exc.ty(), &rt().e.attribute_error) => {}
                Err(e) => return Err(e),
            }
        }
        if dict::len(&slots) > 0 {
            state = tuple::new_tuple(vec![state, Value::Obj(slots)]);
        }
    }
    Ok(state)
}

fn int_getnewargs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let b = int::to_bigint(&a[0]).ok_or_else(|| vm.type_error("descriptor '__getnewargs__' requires an 'int' object".into()))?;
    Ok(tuple::new_tuple(vec![int::from_bigint(b)]))
}

fn float_getnewargs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let f = float::to_f64(&a[0]).ok_or_else(|| vm.type_error("descriptor '__getnewargs__' requires a 'float' object".into()))?;
    Ok(tuple::new_tuple(vec![Value::Float(f)]))
}

fn complex_getnewargs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match &a[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Complex(r, i) => Ok(tuple::new_tuple(vec![Value::Float(*r), Value::Float(*i)])),
            _ => Err(vm.type_error("descriptor '__getnewargs__' requires a 'complex' object".into())),
        },
        _ => Err(vm.type_error("descriptor '__getnewargs__' requires a 'complex' object".into())),
    }
}

fn str_getnewargs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = pystr::as_str(&a[0]).ok_or_else(|| vm.type_error("descriptor '__getnewargs__' requires a 'str' object".into()))?;
    Ok(tuple::new_tuple(vec![pystr::new_str(s)]))
}

fn bytes_getnewargs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let b = crate::modules::bytes_like(&a[0]).ok_or_else(|| vm.type_error("descriptor '__getnewargs__' requires a 'bytes' object".into()))?;
    Ok(tuple::new_tuple(vec![bytes::new_bytes(b.into_owned())]))
}

fn tuple_getnewargs(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match &a[0] {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => Ok(tuple::new_tuple(vec![tuple::new_tuple(tuple::items(o).to_vec())])),
        _ => Err(vm.type_error("descriptor '__getnewargs__' requires a 'tuple' object".into())),
    }
}

fn instance_dict_or_none(o: &Value) -> Value {
    match o {
        Value::Obj(o) => match o.dict() {
            Some(d) if dict::len(&d) > 0 => Value::Obj(d),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// set and frozenset: rebuilt from a list of their items.
fn set_reduce(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = vm.collect(&a[0])?;
    let ty = Value::Obj(vm.type_of(&a[0]).clone());
    Ok(tuple::new_tuple(vec![ty, tuple::new_tuple(vec![list::new_list(items)]), instance_dict_or_none(&a[0])]))
}

/// range and slice: rebuilt from their three fields.
fn range_reduce(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let ty = Value::Obj(vm.type_of(&a[0]).clone());
    let f = |n: &str| vm.getattr_str(&a[0], n);
    Ok(tuple::new_tuple(vec![ty, tuple::new_tuple(vec![f("start")?, f("stop")?, f("step")?])]))
}

/// The attributes an exception keeps in its dict for the builtin fields (errno, name, ...):
/// its constructor sets them again, so they are not part of the pickled state.
pub fn builtin_exc_fields(ty: &PyRef) -> &'static [&'static str] {
    let e = &rt().e;
    let sub = |t: &PyRef| typeobj::is_subtype(ty, t);
    if sub(&e.stop_iteration) {
        &["value"]
    } else if sub(&e.base_exception_group) {
        &["message", "exceptions"]
    } else if sub(&e.system_exit) {
        &["code"]
    } else if sub(&e.os_error) {
        &["errno", "strerror", "filename", "filename2"]
    } else if sub(&e.import_error) {
        &["name", "path"]
    } else if sub(&e.attribute_error) {
        &["name", "obj"]
    } else if sub(&e.name_error) {
        &["name"]
    } else if sub(&e.unicode_decode_error) || sub(&e.unicode_encode_error) {
        &["encoding", "object", "start", "end", "reason"]
    } else if sub(&e.syntax_error) {
        &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]
    } else {
        &[]
    }
}

fn exc_reduce(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let o = match &a[0] {
        Value::Obj(o) => o.clone(),
        _ => return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object".into())),
    };
    let ty = o.ty().clone();
    let mut args = vm.getattr_str(&a[0], "args")?;
    if typeobj::is_subtype(&ty, &rt().e.os_error) {
        let filename = vm.getattr_str(&a[0], "filename")?;
        if !filename.is_none() {
            let mut v = vec![vm.getattr_str(&a[0], "errno")?, vm.getattr_str(&a[0], "strerror")?, filename];
            let f2 = vm.getattr_str(&a[0], "filename2")?;
            if !f2.is_none() {
                v.push(Value::None);
                v.push(f2);
            }
            args = tuple::new_tuple(v);
        }
    }
    let skip = builtin_exc_fields(&ty);
    let state = match o.dict() {
        Some(d) => {
            let out = dict::new_dict();
            for (k, v) in dict::items(&d) {
                let builtin = pystr::as_str(&k).map(|s| skip.contains(&s)).unwrap_or(false);
                if !builtin {
                    dict::set_item(vm, &out, k, v)?;
                }
            }
            if typeobj::is_subtype(&ty, &rt().e.import_error) {
                for n in ["name", "path"] {
                    let v = vm.getattr_str(&a[0], n)?;
                    if !v.is_none() {
                        dict::set_item(vm, &out, pystr::new_str(n), v)?;
                    }
                }
            }
            if dict::len(&out) > 0 {
                Some(out)
            } else {
                None
            }
        }
        None => None,
    };
    let mut v = vec![Value::Obj(ty), args];
    if let Some(s) = state {
        v.push(Value::Obj(s));
    }
    Ok(tuple::new_tuple(v))
}

fn exc_setstate(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let state = a.get(1).cloned().unwrap_or(Value::None);
    if state.is_none() {
        return Ok(Value::None);
    }
    let d = match &state {
        Value::Obj(d) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
        _ => return Err(vm.type_error("state is not a dictionary".into())),
    };
    for (k, v) in dict::items(&d) {
        let name = match &k {
            Value::Obj(s) if matches!(s.payload(), Payload::Str(_)) => s.clone(),
            _ => return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(&k)))),
        };
        vm.setattr(&a[0], &name, v)?;
    }
    Ok(Value::None)
}

/// `type.__flags__`: the CPython bits that programs (and copyreg) test: heap type, base type,
/// and the fast-subclass bits of the builtin families.
pub fn type_flags(t: &PyRef) -> i64 {
    let td = type_data(t);
    let r = rt();
    let mut f: i64 = 0;
    if td.has(TF_HEAP) {
        f |= 1 << 9;
    }
    if td.has(TF_BASETYPE) {
        f |= 1 << 10;
    }
    let fam: [(&PyRef, i64); 8] = [
        (&r.t.int, 1 << 24),
        (&r.t.list, 1 << 25),
        (&r.t.tuple, 1 << 26),
        (&r.t.bytes, 1 << 27),
        (&r.t.str, 1 << 28),
        (&r.t.dict, 1 << 29),
        (&r.e.base_exception, 1 << 30),
        (&r.t.type_, 1 << 31),
    ];
    for (base, bit) in fam {
        if typeobj::is_subtype(t, base) {
            f |= bit;
        }
    }
    f
}

pub fn register() {
    let r = rt();
    crate::types::add_methods(&r.t.object, &[("__reduce_ex__", object_reduce_ex), ("__reduce__", object_reduce), ("__getstate__", object_getstate)]);
    crate::types::add_methods(&r.t.int, &[("__getnewargs__", int_getnewargs)]);
    crate::types::add_methods(&r.t.float, &[("__getnewargs__", float_getnewargs)]);
    crate::types::add_methods(&r.t.complex, &[("__getnewargs__", complex_getnewargs)]);
    crate::types::add_methods(&r.t.str, &[("__getnewargs__", str_getnewargs)]);
    crate::types::add_methods(&r.t.bytes, &[("__getnewargs__", bytes_getnewargs)]);
    crate::types::add_methods(&r.t.tuple, &[("__getnewargs__", tuple_getnewargs)]);
    crate::types::add_methods(&r.t.set, &[("__reduce__", set_reduce)]);
    crate::types::add_methods(&r.t.range, &[("__reduce__", range_reduce)]);
    crate::types::add_methods(&r.t.slice, &[("__reduce__", range_reduce)]);
    crate::types::add_methods(&r.t.frozenset, &[("__reduce__", set_reduce)]);
    crate::types::add_methods(&r.e.base_exception, &[("__reduce__", exc_reduce), ("__setstate__", exc_setstate)]);
}
