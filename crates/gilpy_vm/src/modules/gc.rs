//! `gc`: the cycle collector's interface (the collector itself is runtime/gc.rs).

use crate::object::{PyRef, StaticRef, Value};
use crate::runtime::gc;
use crate::types::payload::*;
use crate::types::{dict, list, str as pystr, tuple};
use crate::{KwArgs, PyResult, Vm};

static CALLBACKS: std::sync::OnceLock<StaticRef> = std::sync::OnceLock::new();
static GARBAGE: std::sync::OnceLock<StaticRef> = std::sync::OnceLock::new();

/// `gc.callbacks`, once the module exists.
pub fn callbacks_list() -> Option<PyRef> {
    CALLBACKS.get().map(|_| StaticRef::get(&CALLBACKS, || unreachable!()))
}

/// `gc.garbage` (made on first use).
pub fn garbage_list() -> PyRef {
    StaticRef::get(&GARBAGE, || list::new_list_ref(Vec::new()))
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = crate::modules::new_module(
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
            ("get_objects", get_objects),
            ("get_referrers", get_referrers),
            ("get_referents", get_referents),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_stats", get_stats),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    let d = crate::modules::module_dict(&m);
    dict::set_str_raw(&d, "garbage", Value::Obj(garbage_list()));
    dict::set_str_raw(&d, "callbacks", Value::Obj(StaticRef::get(&CALLBACKS, || list::new_list_ref(Vec::new()))));
    for (n, v) in [
        ("DEBUG_STATS", gc::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", gc::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", gc::DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", gc::DEBUG_SAVEALL),
        ("DEBUG_LEAK", gc::DEBUG_LEAK),
    ] {
        dict::set_str_raw(&d, n, Value::Int(v));
    }
    m
}

fn no_args(vm: &Vm, name: &str, a: &[Value], k: KwArgs) -> PyResult<()> {
    if !a.is_empty() || !k.is_empty() {
        return Err(vm.type_error(format!("gc.{}() takes no arguments ({} given)", name, a.len() + k.len())));
    }
    Ok(())
}

fn one_arg<'a>(vm: &Vm, name: &str, a: &'a [Value], k: KwArgs) -> PyResult<&'a Value> {
    if a.len() != 1 || !k.is_empty() {
        return Err(vm.type_error(format!("gc.{}() takes exactly one argument ({} given)", name, a.len() + k.len())));
    }
    Ok(&a[0])
}

fn collect(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if a.len() + k.len() > 1 {
        return Err(vm.type_error(format!("collect() takes at most 1 argument ({} given)", a.len() + k.len())));
    }
    let g = match (a.first(), k.get("generation")) {
        (Some(v), _) | (None, Some(v)) => vm.index_value(v)?,
        (None, None) => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(vm.value_error("invalid generation".into()));
    }
    Ok(Value::Int(gc::collect_with_callback(vm, g as usize).unwrap_or(0)))
}

fn enable(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "enable", a, k)?;
    gc::set_enabled(true);
    Ok(Value::None)
}
fn disable(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "disable", a, k)?;
    gc::set_enabled(false);
    Ok(Value::None)
}
fn isenabled(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "isenabled", a, k)?;
    Ok(Value::Bool(gc::is_enabled()))
}

fn triple(t: [i64; 3]) -> Value {
    tuple::new_tuple(t.iter().map(|&x| Value::Int(x)).collect())
}

fn get_count(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_count", a, k)?;
    Ok(triple(gc::get_count()))
}
fn get_threshold(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_threshold", a, k)?;
    Ok(triple(gc::get_threshold()))
}
fn set_threshold(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments".into()));
    }
    if a.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)".into()));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({} given)", a.len())));
    }
    let t0 = vm.index_value(&a[0])?;
    let t1 = a.get(1).map(|v| vm.index_value(v)).transpose()?;
    let t2 = a.get(2).map(|v| vm.index_value(v)).transpose()?;
    gc::set_threshold(t0, t1, t2);
    Ok(Value::None)
}
fn get_debug(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_debug", a, k)?;
    Ok(Value::Int(gc::get_debug()))
}
fn set_debug(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let f = vm.index_value(one_arg(vm, "set_debug", a, k)?)?;
    gc::set_debug(f);
    Ok(Value::None)
}

fn get_objects(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let g = match (a.first(), k.get("generation")) {
        (Some(Value::None), _) | (None, Some(Value::None)) | (None, None) => None,
        (Some(v), _) | (None, Some(v)) => {
            let g = match v {
                Value::Int(_) | Value::Bool(_) => vm.index_value(v)?,
                Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => vm.index_value(v)?,
                _ => return Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v)))),
            };
            if g >= 3 {
                return Err(vm.value_error("generation parameter must be less than the number of available generations (3)".into()));
            }
            if g < -1 {
                return Err(vm.value_error("generation parameter cannot be negative".into()));
            }
            if g == -1 {
                None
            } else {
                Some(g as usize)
            }
        }
    };
    Ok(list::new_list(gc::objects(g).into_iter().map(Value::Obj).collect()))
}

/// The objects `o` refers to, as CPython's tp_traverse reports them (unboxed ints and
/// floats included; a dict whose keys are all str reports only its values; an instance's
/// attributes as its own).
fn referents_of(o: &Value) -> Vec<Value> {
    let Value::Obj(o) = o else { return Vec::new() };
    if !gc::is_tracked(o.obj()) && !crate::object::traverse::is_container(o.obj()) {
        return Vec::new();
    }
    let dict_values = |d: &PyRef| -> Vec<Value> {
        let items = dict::items(d);
        let str_keys = items.iter().all(|(k, _)| pystr::as_str(k).is_some());
        let mut out = Vec::new();
        for (k, v) in items {
            out.push(v);
            if !str_keys {
                out.push(k);
            }
        }
        out
    };
    match o.payload() {
        Payload::List(_) => return list::snapshot(o).into_iter().rev().collect(),
        Payload::Tuple(items) => return items.iter().rev().cloned().collect(),
        Payload::Dict(_) if !crate::object::traverse::heap_typed(o.obj()) => return dict_values(o),
        Payload::Set(_) if !crate::object::traverse::heap_typed(o.obj()) => return crate::types::set::items(o),
        Payload::Function(f) => {
            // CPython's func_traverse: code, globals, module, defaults, kwdefaults, doc, name,
            // dict, closure, annotations, qualname, builtins (None counts as an object there)
            // SAFETY (the reads below): GIL invariant; cloned out.
            let mut out = vec![Value::Obj(f.code.clone()), Value::Obj(f.globals.clone()), unsafe { (*f.module.get()).clone() }];
            for d in [unsafe { (*f.defaults.get()).clone() }, unsafe { (*f.kwdefaults.get()).clone() }].into_iter().flatten() {
                out.push(Value::Obj(d));
            }
            out.push(unsafe { (*f.doc.get()).clone() });
            out.push(Value::Obj(unsafe { (*f.name.get()).clone() }));
            if let Some(d) = o.dict() {
                out.push(Value::Obj(d));
            }
            if let Some(c) = &f.closure {
                out.push(Value::Obj(c.clone()));
            }
            out.push(Value::Obj(unsafe { (*f.qualname.get()).clone() }));
            if let Some(b) = dict::get_str(&f.globals, &crate::runtime::rt().intern("__builtins__")) {
                out.push(match &b {
                    Value::Obj(m) if matches!(m.payload(), Payload::Module(_)) => Value::Obj(crate::modules::module_dict(m)),
                    _ => b,
                });
            }
            return out;
        }
        Payload::Type(td) if crate::object::traverse::heap_typed(o.obj()) || td.has(TF_HEAP) => {
            // CPython's type_traverse: dict, cache, mro, bases, base, module
            // SAFETY (the reads below): GIL invariant; cloned out.
            let mut out = vec![Value::Obj(td.dict.clone())];
            if let Some(m) = unsafe { (*td.mro_tuple.get()).clone() } {
                out.push(Value::Obj(m));
            }
            if let Some(b) = unsafe { (*td.bases_tuple.get()).clone() } {
                out.push(Value::Obj(b));
            }
            out.push(Value::Obj(td.bases_vec().first().cloned().unwrap_or_else(|| crate::runtime::rt().t.object.clone())));
            return out;
        }
        Payload::Object => {
            if let Some(d) = o.dict() {
                if d.obj().has_flag(crate::object::INSTANCE_DICT) && !d.obj().has_flag(crate::object::DICT_EXPOSED) {
                    let mut out = dict_values(&d);
                    out.push(Value::Obj(o.ty().clone()));
                    return out;
                }
            }
        }
        _ => {}
    }
    let mut ptrs: Vec<*const crate::object::PyObject> = Vec::new();
    crate::object::traverse::traverse(o.obj(), &mut |r| ptrs.push(r as *const _));
    // SAFETY: `o` is alive and owns a reference to each; the new references are counted.
    ptrs.into_iter().map(|p| Value::Obj(unsafe { PyRef::from_borrowed(p) })).collect()
}

fn get_referents(_vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for o in a {
        out.extend(referents_of(o));
    }
    Ok(list::new_list(out))
}

fn get_referrers(_vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let targets: Vec<*const crate::object::PyObject> = a.iter().filter_map(|v| v.as_obj().map(|o| o.as_ptr())).collect();
    let mut out = Vec::new();
    for o in gc::objects(None) {
        let mut hit = false;
        crate::object::traverse::traverse(o.obj(), &mut |r| {
            if targets.contains(&(r as *const _)) {
                hit = true;
            }
        });
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(list::new_list(out))
}

fn is_tracked(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(matches!(one_arg(vm, "is_tracked", a, k)?, Value::Obj(o) if gc::is_tracked(o.obj()))))
}
fn is_finalized(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(matches!(one_arg(vm, "is_finalized", a, k)?, Value::Obj(o) if gc::is_finalized(o.obj()))))
}

fn get_stats(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_stats", a, k)?;
    let out = gc::get_stats()
        .iter()
        .map(|s| {
            let d = dict::new_dict();
            dict::set_str_raw(&d, "collections", Value::Int(s.collections));
            dict::set_str_raw(&d, "collected", Value::Int(s.collected));
            dict::set_str_raw(&d, "uncollectable", Value::Int(s.uncollectable));
            Value::Obj(d)
        })
        .collect();
    Ok(list::new_list(out))
}

fn freeze(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "freeze", a, k)?;
    gc::freeze();
    Ok(Value::None)
}
fn unfreeze(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "unfreeze", a, k)?;
    gc::unfreeze();
    Ok(Value::None)
}
fn get_freeze_count(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_freeze_count", a, k)?;
    Ok(Value::Int(gc::freeze_count() as i64))
}
