//! Iterators: `iter()` and `next()` for every builtin iterable, and the iterator objects of
//! the builtins enumerate, zip, map, filter and reversed.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{dict, list, set, str as pystr, tuple, typeobj};
use crate::Vm;
use std::cell::UnsafeCell;
use std::collections::HashMap;

struct IterTypes(UnsafeCell<HashMap<&'static str, PyRef>>);
// SAFETY: only touched by the GIL holder (object/mod.rs's invariant).
unsafe impl Sync for IterTypes {}
// SAFETY: as above.
unsafe impl Send for IterTypes {}
static ITER_TYPES: std::sync::OnceLock<IterTypes> = std::sync::OnceLock::new();

/// The type object named like CPython's for each iterator kind.
pub fn iter_type(name: &'static str) -> PyRef {
    let m = ITER_TYPES.get_or_init(|| IterTypes(UnsafeCell::new(HashMap::new())));
    // SAFETY: GIL invariant; no Python code runs while the map is borrowed.
    let map = unsafe { &mut *m.0.get() };
    if let Some(t) = map.get(name) {
        return t.clone();
    }
    let t = typeobj::make_simple_type(name, &rt().t.object);
    crate::types::add_methods(&t, &[("__next__", iter_next_method), ("__iter__", iter_self), ("__length_hint__", length_hint)]);
    map.insert(name, t.clone());
    t
}

pub fn new_iter(name: &'static str, kind: IterKind) -> Value {
    let ty = iter_type(name);
    Value::Obj(PyRef::new(&ty, Payload::Iter(Box::new(UnsafeCell::new(kind)))))
}

pub fn get_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        let ty = o.ty();
        if typeobj::type_data(ty).has(TF_DISPATCH) {
            if let Some(f) = typeobj::lookup(ty, &crate::name!("__iter__")) {
                if f.is_none() {
                    return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))));
                }
                if !matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(_))) || matches!(o.payload(), Payload::Native(_)) {
                    let it = vm.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                    if !is_iterator(vm, &it) {
                        return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", vm.type_name(&it))));
                    }
                    return Ok(it);
                }
            }
        }
        let kind = match o.payload() {
            Payload::List(_) => Some(("list_iterator", IterKind::Seq { seq: o.clone(), idx: 0 })),
            Payload::Tuple(_) => Some(("tuple_iterator", IterKind::Seq { seq: o.clone(), idx: 0 })),
            Payload::Str(_) => Some(("str_ascii_iterator", IterKind::Str { s: o.clone(), byte: 0 })),
            Payload::Dict(_) => {
                Some(("dict_keyiterator", IterKind::Dict { dict: o.clone(), pos: 0, kind: 0, len: dict::len(o), remaining: dict::len(o), last: None }))
            }
            Payload::DictView { dict: d, kind } => {
                let name = match kind {
                    0 => "dict_keyiterator",
                    1 => "dict_valueiterator",
                    _ => "dict_itemiterator",
                };
                Some((name, IterKind::Dict { dict: d.clone(), pos: 0, kind: *kind, len: dict::len(d), remaining: dict::len(d), last: None }))
            }
            Payload::Set(s) => Some(("set_iterator", IterKind::Set { set: o.clone(), pos: 0, len: s.len(), remaining: s.len() })),
            Payload::Range { start, stop, step } => Some(("range_iterator", IterKind::Range { cur: *start, stop: *stop, step: *step })),
            Payload::BigRange(r) => Some(("longrange_iterator", IterKind::BigRange { cur: r.0.clone(), stop: r.1.clone(), step: r.2.clone() })),
            Payload::Bytes(_) | Payload::ByteArray(_) => Some(("bytes_iterator", IterKind::Bytes { b: o.clone(), idx: 0 })),
            Payload::Generator(_) if !o.ty().is(&rt().t.generator) => None,
            Payload::Iter(_) | Payload::Generator(_) | Payload::File(_) => return Ok(v.clone()),
            _ => None,
        };
        if let Some((name, k)) = kind {
            return Ok(new_iter(name, k));
        }
        if typeobj::lookup(ty, &crate::name!("__getitem__")).is_some() {
            return Ok(new_iter("iterator", IterKind::GetItem { obj: v.clone(), idx: 0 }));
        }
    }
    Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))))
}

fn is_iterator(_vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.payload(), Payload::Iter(_) | Payload::File(_))
                || (matches!(o.payload(), Payload::Generator(_)) && o.ty().is(&rt().t.generator))
                || typeobj::lookup(o.ty(), &crate::name!("__next__")).is_some()
        }
        _ => false,
    }
}

/// Advance an iterator: Some(item), or None when exhausted.
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    let o = match it {
        Value::Obj(o) => o,
        _ => return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    };
    match o.payload() {
        Payload::Iter(cell) => iter_step(vm, cell),
        Payload::Generator(_) => crate::eval::gen_next(vm, o),
        Payload::File(_) => {
            let line = crate::types::file::readline(vm, o, -1)?;
            if vm.len(&line)? == 0 {
                Ok(None)
            } else {
                Ok(Some(line))
            }
        }
        _ => {
            if let Some(f) = typeobj::lookup(o.ty(), &crate::name!("__next__")) {
                return match vm.call(&f, std::slice::from_ref(it), KwArgs::EMPTY) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
        }
    }
}

fn set_kind(cell: &UnsafeCell<IterKind>, k: IterKind) {
    // SAFETY: GIL invariant; the old state is dropped after the write.
    let old = unsafe { std::mem::replace(&mut *cell.get(), k) };
    drop(old);
}

fn iter_step(vm: &Vm, cell: &UnsafeCell<IterKind>) -> PyResult<Option<Value>> {
    // SAFETY: GIL invariant. Each arm copies what it needs and ends the borrow before it
    // runs Python code (calls to map/filter functions, nested iterators).
    let k = unsafe { &mut *cell.get() };
    match k {
        IterKind::Seq { seq, idx } => {
            let item = match seq.payload() {
                Payload::List(_) => list::get(seq, *idx),
                Payload::Tuple(t) => t.get(*idx).cloned(),
                _ => None,
            };
            match item {
                Some(v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                None => {
                    set_kind(cell, IterKind::Exhausted);
                    Ok(None)
                }
            }
        }
        IterKind::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                *cur = cur.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterKind::BigRange { cur, stop, step } => {
            let more = if num_traits::Signed::is_positive(step) { cur < stop } else { cur > stop };
            if !more {
                return Ok(None);
            }
            let v = cur.clone();
            *cur += &*step;
            Ok(Some(crate::types::int::from_bigint(v)))
        }
        IterKind::Str { s, byte } => {
            let d = pystr::data(s);
            match d.s[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(pystr::new_str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            }
        }
        IterKind::Dict { dict: d, pos, kind, len, remaining, last } => {
            if dict::len(d) != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration".into()));
            }
            match dict::entry_from(d, *pos) {
                // as many entries as the dict had have come already: its keys were replaced
                Some(_) if *remaining == 0 => {
                    set_kind(cell, IterKind::Exhausted);
                    Err(vm.runtime_error("dictionary keys changed during iteration".into()))
                }
                Some((np, key, val)) => {
                    *pos = np;
                    *remaining -= 1;
                    Ok(Some(match kind {
                        0 => key,
                        1 => val,
                        _ => reuse_result(last, vec![key, val]),
                    }))
                }
                // an exhausted iterator lets its dict go and stays exhausted
                None => {
                    set_kind(cell, IterKind::Exhausted);
                    Ok(None)
                }
            }
        }
        IterKind::Set { set: s, pos, len, remaining } => {
            let cur_len = match s.payload() {
                Payload::Set(sd) => sd.len(),
                _ => 0,
            };
            if cur_len != *len {
                *len = usize::MAX;
                return Err(vm.runtime_error("Set changed size during iteration".into()));
            }
            match set::entry_from(s, *pos) {
                Some((np, v)) => {
                    *pos = np;
                    *remaining = remaining.saturating_sub(1);
                    Ok(Some(v))
                }
                None => {
                    set_kind(cell, IterKind::Exhausted);
                    Ok(None)
                }
            }
        }
        IterKind::Bytes { b, idx } => {
            let byte = match b.payload() {
                Payload::Bytes(x) => x.get(*idx).copied(),
                // SAFETY: GIL invariant; plain read.
                Payload::ByteArray(x) => unsafe { (&*x.get()).get(*idx).copied() },
                _ => None,
            };
            match byte {
                Some(c) => {
                    *idx += 1;
                    Ok(Some(Value::Int(c as i64)))
                }
                None => Ok(None),
            }
        }
        IterKind::GetItem { obj, idx } => {
            let (o, i) = (obj.clone(), *idx);
            match vm.getitem(&o, &Value::Int(i)) {
                Ok(v) => {
                    // SAFETY: re-borrow after Python code ran.
                    if let IterKind::GetItem { idx, .. } = unsafe { &mut *cell.get() } {
                        *idx += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) => {
                    let ev = Value::Obj(e.exc.clone());
                    if vm.isinstance_of(&ev, &rt().e.index_error) || vm.isinstance_of(&ev, &rt().e.stop_iteration) {
                        set_kind(cell, IterKind::Exhausted);
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            }
        }
        IterKind::Enumerate { it, count, .. } => {
            let (it, c) = (it.clone(), count.clone());
            match vm.next(&it)? {
                Some(v) => {
                    let nc = vm.binop(&c, &Value::Int(1), gilpy_compiler::BinOp::Add)?;
                    // SAFETY: re-borrow after Python code ran.
                    if let IterKind::Enumerate { count, last, .. } = unsafe { &mut *cell.get() } {
                        *count = nc;
                        return Ok(Some(reuse_result(last, vec![c, v])));
                    }
                    Ok(Some(tuple::new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterKind::Zip { its, strict, .. } => {
            let (its, strict) = (its.clone(), *strict);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let which = if i == 1 { " 1".to_string() } else { format!("s 1-{}", i) };
                                return Err(vm.value_error(format!("zip() argument {} is shorter than argument{}", i + 1, which)));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let which = if j == 1 { " 1".to_string() } else { format!("s 1-{}", j) };
                                    return Err(vm.value_error(format!("zip() argument {} is longer than argument{}", j + 1, which)));
                                }
                            }
                        }
                        set_kind(cell, IterKind::Exhausted);
                        return Ok(None);
                    }
                }
            }
            // SAFETY: re-borrow after Python code ran; nothing else holds the borrow.
            if let IterKind::Zip { last, .. } = unsafe { &mut *cell.get() } {
                return Ok(Some(reuse_result(last, out)));
            }
            Ok(Some(tuple::new_tuple(out)))
        }
        IterKind::Map { f, its } => {
            let (f, its) = (f.clone(), its.clone());
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            // a StopIteration raised by the function ends the map, as CPython's list(map(..)) sees it
            match vm.call(&f, &args, KwArgs::EMPTY) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterKind::Filter { f, it } => {
            let (f, it) = (f.clone(), it.clone());
            while let Some(v) = vm.next(&it)? {
                let keep = if f.is_none() { vm.truthy(&v)? } else { vm.truthy(&vm.call(&f, std::slice::from_ref(&v), KwArgs::EMPTY)?)? };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterKind::Reversed { seq, idx } => {
            if *idx < 0 {
                return Ok(None);
            }
            let i = *idx as usize;
            let item = match seq.payload() {
                Payload::List(_) => list::get(seq, i),
                Payload::Tuple(t) => t.get(i).cloned(),
                _ => {
                    let s = seq.clone();
                    *idx -= 1;
                    return match vm.getitem(&Value::Obj(s), &Value::Int(i as i64)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e)
                            if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.index_error)
                                || vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_iteration) =>
                        {
                            set_kind(cell, IterKind::Exhausted);
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            *idx -= 1;
            match item {
                Some(v) => Ok(Some(v)),
                None => {
                    *idx = -1;
                    Ok(None)
                }
            }
        }
        IterKind::Callable { f, sentinel } => {
            let (f, s) = (f.clone(), sentinel.clone());
            let v = match vm.call(&f, &[], KwArgs::EMPTY) {
                Ok(v) => v,
                Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_iteration) => {
                    set_kind(cell, IterKind::Exhausted);
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq(&v, &s)? {
                set_kind(cell, IterKind::Exhausted);
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterKind::Exhausted => Ok(None),
    }
}

fn iter_next_method(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn length_hint(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Value::Obj(o) = &args[0] {
        if let Payload::Iter(cell) = o.payload() {
            // SAFETY: GIL invariant; plain reads.
            let k = unsafe { &*cell.get() };
            let n = match k {
                IterKind::Seq { seq, idx } => vm.len(&Value::Obj(seq.clone()))?.saturating_sub(*idx) as i64,
                IterKind::Range { cur, stop, step } => crate::types::range::range_len(*cur, *stop, *step),
                // CPython's reversed_len asks the sequence its length each time
                IterKind::Reversed { seq, idx } => {
                    let seq = seq.clone();
                    let position = (*idx + 1).max(0) as i64;
                    let size = vm.len(&Value::Obj(seq))? as i64;
                    if size < position {
                        0
                    } else {
                        position
                    }
                }
                // CPython's dictiter_len and setiter_len: nothing once the size changed
                IterKind::Dict { dict: d, len, remaining, .. } if dict::len(d) == *len => *remaining as i64,
                IterKind::Set { set: s, len, remaining, .. } if matches!(s.payload(), Payload::Set(sd) if sd.len() == *len) => *remaining as i64,
                _ => 0,
            };
            return Ok(Value::Int(n));
        }
    }
    Ok(Value::Int(0))
}

pub fn register() {
    let r = rt();
    crate::types::set_new(&r.t.enumerate, |vm, args, kw| {
        let it = args.get(1).or_else(|| kw.get("iterable")).ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'".into()))?;
        let start = args.get(2).or_else(|| kw.get("start")).cloned().unwrap_or(Value::Int(0));
        if !crate::types::int::is_int(&start) && vm.lookup_special(&start, "__index__").is_none() {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&start))));
        }
        // the count is a plain int (a bool or an __index__ object start converts)
        let start = match &start {
            Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => crate::types::int::from_bigint(crate::types::int::to_bigint(&start).unwrap()),
            _ => Value::Int(vm.index_value(&start)?),
        };
        let it = vm.iter(it)?;
        Ok(Value::Obj(PyRef::new(&rt().t.enumerate, Payload::Iter(Box::new(UnsafeCell::new(IterKind::Enumerate { it, count: start, last: None }))))))
    });
    crate::types::set_new(&r.t.zip, |vm, args, kw| {
        let strict = match kw.get("strict") {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        let mut its = Vec::new();
        for (i, a) in args[1..].iter().enumerate() {
            let _ = i;
            its.push(vm.iter(a)?);
        }
        Ok(Value::Obj(PyRef::new(&rt().t.zip, Payload::Iter(Box::new(UnsafeCell::new(IterKind::Zip { its, strict, last: None }))))))
    });
    crate::types::set_new(&r.t.map, |vm, args, _kw| {
        if args.len() < 3 {
            return Err(vm.type_error("map() must have at least two arguments.".into()));
        }
        let mut its = Vec::new();
        for a in &args[2..] {
            its.push(vm.iter(a)?);
        }
        Ok(Value::Obj(PyRef::new(&rt().t.map, Payload::Iter(Box::new(UnsafeCell::new(IterKind::Map { f: args[1].clone(), its }))))))
    });
    crate::types::set_new(&r.t.filter, |vm, args, _kw| {
        if args.len() != 3 {
            return Err(vm.type_error(format!("filter expected 2 arguments, got {}", args.len() - 1)));
        }
        let it = vm.iter(&args[2])?;
        Ok(Value::Obj(PyRef::new(&rt().t.filter, Payload::Iter(Box::new(UnsafeCell::new(IterKind::Filter { f: args[1].clone(), it }))))))
    });
    crate::types::set_new(&r.t.reversed, |vm, args, _kw| {
        let seq = args.get(1).cloned().unwrap_or(Value::None);
        if let Some(f) = vm.lookup_special(&seq, "__reversed__") {
            if f.is_none() {
                return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
            }
            let native = matches!(&seq, Value::Obj(o) if matches!(o.payload(), Payload::Native(_)));
            if native || !matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(_))) {
                return vm.call(&f, &[], KwArgs::EMPTY);
            }
        }
        if let Value::Obj(o) = &seq {
            match o.payload() {
                Payload::List(_) => {
                    let n = list::len(o) as isize;
                    return Ok(new_iter("list_reverseiterator", IterKind::Reversed { seq: o.clone(), idx: n - 1 }));
                }
                Payload::Tuple(t) => return Ok(new_iter("reversed", IterKind::Reversed { seq: o.clone(), idx: t.len() as isize - 1 })),
                Payload::Range { start, stop, step } => {
                    let n = crate::types::range::range_len(*start, *stop, *step);
                    let last = start + (n - 1) * step;
                    return Ok(new_iter("range_iterator", IterKind::Range { cur: last, stop: start - step, step: -step }));
                }
                Payload::Str(_) | Payload::Bytes(_) => {
                    let n = vm.len(&seq)? as isize;
                    return Ok(new_iter("reversed", IterKind::Reversed { seq: o.clone(), idx: n - 1 }));
                }
                Payload::DictView { dict: d, kind } => {
                    let mut items: Vec<Value> = match kind {
                        0 => dict::keys(d),
                        1 => dict::values(d),
                        _ => dict::items(d).into_iter().map(|(k, v)| tuple::new_tuple(vec![k, v])).collect(),
                    };
                    items.reverse();
                    let name = match kind {
                        0 => "dict_reversekeyiterator",
                        1 => "dict_reversevalueiterator",
                        _ => "dict_reverseitemiterator",
                    };
                    return Ok(new_iter(name, IterKind::Seq { seq: list::new_list_ref(items), idx: 0 }));
                }
                Payload::Dict(_) => {
                    let mut keys = dict::keys(o);
                    keys.reverse();
                    let l = list::new_list_ref(keys);
                    return Ok(new_iter("dict_reversekeyiterator", IterKind::Seq { seq: l, idx: 0 }));
                }
                _ => {
                    if typeobj::lookup(o.ty(), &crate::name!("__getitem__")).is_some() {
                        let n = vm.len(&seq)? as isize;
                        return Ok(new_iter("reversed", IterKind::Reversed { seq: o.clone(), idx: n - 1 }));
                    }
                }
            }
        }
        Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))))
    });
    for t in [&r.t.enumerate, &r.t.zip, &r.t.map, &r.t.filter, &r.t.reversed] {
        crate::types::add_methods(t, &[("__next__", iter_next_method), ("__iter__", iter_self)]);
    }
}

/// CPython's enumerate, zip and dict item iterators keep their last result tuple and refill it in place when nobody
/// else holds it, so after `for i, x in enumerate(xs)` unpacks, that tuple still references `x`
/// until the next step (visible in sys.getrefcount). Replacing the kept tuple when its count is 1
/// frees the old items at the same moment CPython's in-place refill releases them.
fn reuse_result(last: &mut Option<PyRef>, items: Vec<Value>) -> Value {
    let t = tuple::new_tuple_ref(items);
    match last {
        Some(old) if old.refcount() > 1 => {}
        _ => *last = Some(t.clone()),
    }
    Value::Obj(t)
}
