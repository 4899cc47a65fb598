//! `_collections`: `deque`, the double-ended queue behind `collections.deque`.
//!
//! Each method is one native call, so under the GIL each is atomic, as in CPython: threads
//! may append and pop on one deque without a lock. The items live in a `VecDeque`; no Rust
//! borrow of it is held while Python code runs (comparisons call `__eq__`), and a mutation
//! counter lets iterators and searches notice that the deque changed under them.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{str as pystr, typeobj};
use crate::Vm;
use gilpy_compiler::CmpOp;
use std::cell::{Cell, UnsafeCell};
use std::collections::VecDeque;

pub struct DequeData {
    items: UnsafeCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// bumped by every mutation
    state: Cell<u64>,
}

impl NativeData for DequeData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "maxlen" => Some(self.maxlen.get().map(|m| Value::Int(m as i64)).unwrap_or(Value::None)),
            _ => None,
        })
    }
}

impl DequeData {
    fn len(&self) -> usize {
        // SAFETY: GIL invariant; a plain read.
        unsafe { (*self.items.get()).len() }
    }
    fn get(&self, i: usize) -> Option<Value> {
        // SAFETY: GIL invariant; the clone ends the borrow.
        unsafe { (*self.items.get()).get(i).cloned() }
    }
    fn snapshot(&self) -> Vec<Value> {
        // SAFETY: GIL invariant; the clones end the borrow.
        unsafe { (*self.items.get()).iter().cloned().collect() }
    }
    /// Change the items; what `f` returns (removed values) is dropped after the deque is
    /// consistent again, since a drop can run `__del__`.
    fn mutate<R>(&self, f: impl FnOnce(&mut VecDeque<Value>) -> R) -> R {
        self.state.set(self.state.get() + 1);
        // SAFETY: GIL invariant; `f` runs no Python code (it only moves values).
        unsafe { f(&mut *self.items.get()) }
    }
    fn push_back(&self, v: Value) {
        let dropped = self.mutate(|d| {
            d.push_back(v);
            match self.maxlen.get() {
                Some(m) if d.len() > m => d.pop_front(),
                _ => None,
            }
        });
        drop(dropped);
    }
    fn push_front(&self, v: Value) {
        let dropped = self.mutate(|d| {
            d.push_front(v);
            match self.maxlen.get() {
                Some(m) if d.len() > m => d.pop_back(),
                _ => None,
            }
        });
        drop(dropped);
    }
}

struct Types {
    deque: PyRef,
    iter: PyRef,
    rev_iter: PyRef,
}
static TYPES: std::sync::OnceLock<crate::object::StaticRefs<Types>> = std::sync::OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let r = rt();
            let deque = typeobj::make_builtin_subclassable("deque", &r.t.object, Layout::Other);
            // SAFETY: start of the type's life, nothing reads the module name yet.
            unsafe { *typeobj::type_data(&deque).module.get() = "collections".into() };
            crate::types::set_new(&deque, deque_new);
            crate::types::add_methods(
                &deque,
                &[
                    ("__init__", deque_init),
                    ("append", d_append),
                    ("appendleft", d_appendleft),
                    ("pop", d_pop),
                    ("popleft", d_popleft),
                    ("extend", d_extend),
                    ("extendleft", d_extendleft),
                    ("clear", d_clear),
                    ("copy", d_copy),
                    ("__copy__", d_copy),
                    ("count", d_count),
                    ("index", d_index),
                    ("insert", d_insert),
                    ("remove", d_remove),
                    ("reverse", d_reverse),
                    ("rotate", d_rotate),
                    ("__len__", d_len),
                    ("__getitem__", d_getitem),
                    ("__setitem__", d_setitem),
                    ("__delitem__", d_delitem),
                    ("__contains__", d_contains),
                    ("__iter__", d_iter),
                    ("__reversed__", d_reversed),
                    ("__repr__", d_repr),
                    ("__eq__", d_eq),
                    ("__ne__", d_ne),
                    ("__lt__", d_lt),
                    ("__le__", d_le),
                    ("__gt__", d_gt),
                    ("__ge__", d_ge),
                    ("__add__", d_add),
                    ("__iadd__", d_iadd),
                    ("__mul__", d_mul),
                    ("__rmul__", d_mul),
                    ("__imul__", d_imul),
                    ("__reduce__", d_reduce),
                ],
            );
            crate::types::dict::set_str_raw(&typeobj::type_data(&deque).dict, "__hash__", Value::None);
            crate::types::add_classmethods(&deque, &[("__class_getitem__", crate::types::genericalias::class_getitem)]);
            let td = typeobj::type_data(&deque);
            td.flags.set(td.flags.get() | TF_OWN_REPR | TF_NATIVE_DUNDERS);
            let iter = crate::modules::native_type(
                "_collections",
                "_deque_iterator",
                None,
                &[("__next__", it_next), ("__iter__", it_iter), ("__length_hint__", it_hint)],
            );
            let rev_iter = crate::modules::native_type(
                "_collections",
                "_deque_reverse_iterator",
                None,
                &[("__next__", it_next), ("__iter__", it_iter), ("__length_hint__", it_hint)],
            );
            for t in [&iter, &rev_iter] {
                let td = typeobj::type_data(t);
                td.flags.set(td.flags.get() | TF_NATIVE_DUNDERS);
            }
            crate::object::StaticRefs(Types { deque, iter, rev_iter })
        })
        .0
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = crate::modules::new_module("_collections", &[]);
    let d = crate::modules::module_dict(&m);
    crate::types::dict::set_str_raw(&d, "deque", Value::Obj(types().deque.clone()));
    crate::types::dict::set_str_raw(&d, "_deque_iterator", Value::Obj(types().iter.clone()));
    crate::types::dict::set_str_raw(&d, "_deque_reverse_iterator", Value::Obj(types().rev_iter.clone()));
    m
}

fn data<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a DequeData> {
    if let Value::Obj(o) = v {
        if let Some(d) = native::<DequeData>(o) {
            return Ok(d);
        }
    }
    Err(vm.type_error(format!("descriptor '{}' for 'collections.deque' objects doesn't apply to a '{}' object", method, vm.type_name(v))))
}

fn nargs(vm: &Vm, a: &[Value], name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = a.len() - 1;
    if n < min || n > max {
        return Err(if min == max {
            if min == 0 {
                vm.type_error(format!("deque.{}() takes no arguments ({} given)", name, n))
            } else if min == 1 {
                vm.type_error(format!("deque.{}() takes exactly one argument ({} given)", name, n))
            } else {
                vm.type_error(format!("{} expected {} arguments, got {}", name, min, n))
            }
        } else if n < min {
            vm.type_error(format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n))
        } else {
            vm.type_error(format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n))
        });
    }
    Ok(())
}

fn new_deque_of(ty: &PyRef, items: VecDeque<Value>, maxlen: Option<usize>) -> PyRef {
    let o = PyRef::new(ty, Payload::Native(Box::new(DequeData { items: UnsafeCell::new(items), maxlen: Cell::new(maxlen), state: Cell::new(0) })));
    if typeobj::type_data(ty).has(TF_HEAP) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    o
}

fn deque_new(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let t = match a.first() {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => t,
        _ => return Err(vm.type_error("deque.__new__(X): X is not a type object".into())),
    };
    let o = Value::Obj(new_deque_of(t, VecDeque::new(), None));
    // a class's __init__ runs after __new__; the builtin type's instance is filled here
    if !typeobj::type_data(t).has(TF_HEAP) {
        let mut full = vec![o.clone()];
        full.extend_from_slice(&a[1..]);
        deque_init(vm, &full, k)?;
    }
    Ok(o)
}

fn deque_init(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__init__")?;
    if a.len() > 3 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({} given)", a.len() - 1)));
    }
    let mut iterable = a.get(1).cloned();
    let mut maxlen = a.get(2).cloned();
    for (n, v) in k.iter() {
        match n {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "maxlen" if maxlen.is_none() => maxlen = Some(v.clone()),
            _ => return Err(vm.type_error(format!("deque() got an unexpected keyword argument '{}'", n))),
        }
    }
    let m = match maxlen {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = match &v {
                Value::Int(_) | Value::Bool(_) => crate::types::int::to_i64(&v).unwrap_or(0),
                Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t".into()));
                }
                _ => return Err(vm.type_error("an integer is required".into())),
            };
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative".into()));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(m);
    if d.len() > 0 {
        let old = d.mutate(std::mem::take);
        drop(old);
    }
    if let Some(it) = iterable {
        extend(vm, &a[0], d, &it, false)?;
    }
    Ok(Value::None)
}

fn extend(vm: &Vm, this: &Value, d: &DequeData, it: &Value, left: bool) -> PyResult<()> {
    // extending a deque by itself works on a copy, as CPython's does
    let items = if it.is(this) { d.snapshot() } else { vm.collect(it)? };
    for v in items {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

fn d_append(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "append")?;
    nargs(vm, a, "append", 1, 1)?;
    d.push_back(a[1].clone());
    Ok(Value::None)
}

fn d_appendleft(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "appendleft")?;
    nargs(vm, a, "appendleft", 1, 1)?;
    d.push_front(a[1].clone());
    Ok(Value::None)
}

fn d_pop(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "pop")?;
    nargs(vm, a, "pop", 0, 0)?;
    d.mutate(|q| q.pop_back()).ok_or_else(|| vm.new_error(&rt().e.index_error, "pop from an empty deque".into()))
}

fn d_popleft(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "popleft")?;
    nargs(vm, a, "popleft", 0, 0)?;
    d.mutate(|q| q.pop_front()).ok_or_else(|| vm.new_error(&rt().e.index_error, "pop from an empty deque".into()))
}

fn d_extend(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "extend")?;
    nargs(vm, a, "extend", 1, 1)?;
    extend(vm, &a[0], d, &a[1], false)?;
    Ok(Value::None)
}

fn d_extendleft(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "extendleft")?;
    nargs(vm, a, "extendleft", 1, 1)?;
    extend(vm, &a[0], d, &a[1], true)?;
    Ok(Value::None)
}

fn d_clear(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "clear")?;
    nargs(vm, a, "clear", 0, 0)?;
    let old = d.mutate(std::mem::take);
    drop(old);
    Ok(Value::None)
}

fn d_copy(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "copy")?;
    let ty = vm.type_of(&a[0]).clone();
    if typeobj::type_data(&ty).has(TF_HEAP) {
        // a subclass is copied through its constructor, as CPython does
        let items = crate::types::list::new_list(d.snapshot());
        let ml = d.maxlen.get().map(|m| Value::Int(m as i64)).unwrap_or(Value::None);
        return vm.call(&Value::Obj(ty), &[items, ml], KwArgs::EMPTY);
    }
    Ok(Value::Obj(new_deque_of(&ty, d.snapshot().into(), d.maxlen.get())))
}

/// Compare `x` with each item from `start`, noticing a deque changed by `__eq__`.
fn find(vm: &Vm, d: &DequeData, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = start;
    while i < stop.min(d.len()) {
        let item = match d.get(i) {
            Some(v) => v,
            None => break,
        };
        let eq = item.is(x) || vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration".into()));
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn d_count(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "count")?;
    nargs(vm, a, "count", 1, 1)?;
    let state = d.state.get();
    let mut n = 0;
    for i in 0..d.len() {
        let item = match d.get(i) {
            Some(v) => v,
            None => break,
        };
        if item.is(&a[1]) || vm.eq(&item, &a[1])? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration".into()));
        }
    }
    Ok(Value::Int(n))
}

/// A start/stop argument of index(), clamped as CPython's slice indices are.
fn clamp_index(vm: &Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = vm.index_value(v)?;
    Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
}

fn d_index(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "index")?;
    nargs(vm, a, "index", 1, 3)?;
    let len = d.len();
    let start = match a.get(2) {
        Some(v) => clamp_index(vm, v, len)?,
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => clamp_index(vm, v, len)?,
        None => len,
    };
    match find(vm, d, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_string(&a[1])?))),
    }
}

fn d_insert(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "insert")?;
    nargs(vm, a, "insert", 2, 2)?;
    let i = vm.index_value(&a[1])?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(vm.new_error(&rt().e.index_error, "deque already at its maximum size".into()));
    }
    let pos = if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) };
    let v = a[2].clone();
    d.mutate(|q| q.insert(pos, v));
    Ok(Value::None)
}

fn d_remove(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "remove")?;
    nargs(vm, a, "remove", 1, 1)?;
    match find(vm, d, &a[1], 0, usize::MAX)? {
        Some(i) => {
            let removed = d.mutate(|q| q.remove(i));
            drop(removed);
            Ok(Value::None)
        }
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_string(&a[1])?))),
    }
}

fn d_reverse(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "reverse")?;
    nargs(vm, a, "reverse", 0, 0)?;
    d.mutate(|q| q.make_contiguous().reverse());
    Ok(Value::None)
}

fn d_rotate(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "rotate")?;
    nargs(vm, a, "rotate", 0, 1)?;
    let n = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let len = d.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.mutate(|q| q.rotate_right(k));
    }
    Ok(Value::None)
}

fn d_len(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

/// An item index: ints only (deques do not slice), negative from the end.
fn item_index(vm: &Vm, d: &DequeData, k: &Value) -> PyResult<usize> {
    let is_int = matches!(k, Value::Int(_) | Value::Bool(_)) || matches!(k, Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)));
    let i = if is_int || vm.getattr_str(k, "__index__").is_ok() {
        vm.index_value(k)?
    } else {
        return Err(vm.type_error(format!("sequence index must be integer, not '{}'", vm.type_name(k))));
    };
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_error(&rt().e.index_error, "deque index out of range".into()));
    }
    Ok(j as usize)
}

fn d_getitem(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__getitem__")?;
    nargs(vm, a, "__getitem__", 1, 1)?;
    let i = item_index(vm, d, &a[1])?;
    Ok(d.get(i).unwrap_or(Value::None))
}

fn d_setitem(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__setitem__")?;
    nargs(vm, a, "__setitem__", 2, 2)?;
    let i = item_index(vm, d, &a[1])?;
    let v = a[2].clone();
    // an item replaced in place is not a change of size or order: iterators go on
    // SAFETY: GIL invariant; the old value is moved out and dropped after the write.
    let old = unsafe { std::mem::replace(&mut (&mut *d.items.get())[i], v) };
    drop(old);
    Ok(Value::None)
}

fn d_delitem(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__delitem__")?;
    nargs(vm, a, "__delitem__", 1, 1)?;
    let i = item_index(vm, d, &a[1])?;
    let removed = d.mutate(|q| q.remove(i));
    drop(removed);
    Ok(Value::None)
}

fn d_contains(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__contains__")?;
    nargs(vm, a, "__contains__", 1, 1)?;
    Ok(Value::Bool(find(vm, d, &a[1], 0, usize::MAX)?.is_some()))
}

fn d_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__repr__")?;
    let name = typeobj::type_data(vm.type_of(&a[0])).name().to_string();
    let o = match &a[0] {
        Value::Obj(o) => o,
        _ => unreachable!("data() checked the receiver"),
    };
    let _g = match crate::format::repr_enter(o) {
        Some(g) => g,
        None => return Ok(pystr::new_str("[...]")),
    };
    let mut parts = Vec::new();
    for v in d.snapshot() {
        parts.push(vm.repr_string(&v)?);
    }
    let body = format!("[{}]", parts.join(", "));
    Ok(pystr::new_str(&match d.maxlen.get() {
        Some(m) => format!("{}({}, maxlen={})", name, body, m),
        None => format!("{}({})", name, body),
    }))
}

fn compare(vm: &Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let d = data(vm, &a[0], op.dunder())?;
    let other = match a.get(1) {
        Some(Value::Obj(o)) => match native::<DequeData>(o) {
            Some(od) => od,
            None => return Ok(Value::Obj(rt().not_implemented.clone())),
        },
        _ => return Ok(Value::Obj(rt().not_implemented.clone())),
    };
    vm.seq_compare(&d.snapshot(), &other.snapshot(), op)
}

fn d_eq(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Eq)
}
fn d_ne(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Ne)
}
fn d_lt(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Lt)
}
fn d_le(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Le)
}
fn d_gt(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Gt)
}
fn d_ge(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Ge)
}

fn d_add(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__add__")?;
    let other = match a.get(1) {
        Some(Value::Obj(o)) => native::<DequeData>(o),
        _ => None,
    };
    let other = match other {
        Some(od) => od,
        None => {
            let b = a.get(1).cloned().unwrap_or(Value::None);
            return Err(vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(&b))));
        }
    };
    let r = new_deque_of(vm.type_of(&a[0]), d.snapshot().into(), d.maxlen.get());
    let rd = native::<DequeData>(&r).expect("a new deque");
    for v in other.snapshot() {
        rd.push_back(v);
    }
    Ok(Value::Obj(r))
}

fn d_iadd(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__iadd__")?;
    extend(vm, &a[0], d, &a[1], false)?;
    Ok(a[0].clone())
}

fn repeat_count(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) => vm.index_value(v),
        Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => vm.index_value(v),
        _ => Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(v)))),
    }
}

fn d_mul(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__mul__")?;
    let n = repeat_count(vm, &a[1])?;
    let r = new_deque_of(vm.type_of(&a[0]), VecDeque::new(), d.maxlen.get());
    let rd = native::<DequeData>(&r).expect("a new deque");
    let items = d.snapshot();
    for _ in 0..n.max(0) {
        for v in &items {
            rd.push_back(v.clone());
        }
    }
    Ok(Value::Obj(r))
}

fn d_imul(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__imul__")?;
    let n = repeat_count(vm, &a[1])?;
    let items = d.snapshot();
    let old = d.mutate(std::mem::take);
    drop(old);
    for _ in 0..n.max(0) {
        for v in &items {
            d.push_back(v.clone());
        }
    }
    Ok(a[0].clone())
}

fn d_reduce(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = data(vm, &a[0], "__reduce__")?;
    let ty = Value::Obj(vm.type_of(&a[0]).clone());
    let ml = d.maxlen.get().map(|m| Value::Int(m as i64)).unwrap_or(Value::None);
    let args = crate::types::tuple::new_tuple(vec![crate::types::list::new_list(vec![]), ml]);
    let it = d_iter(vm, &a[..1], KwArgs::EMPTY)?;
    let dict = match &a[0] {
        Value::Obj(o) => o.dict().map(Value::Obj).unwrap_or(Value::None),
        _ => Value::None,
    };
    Ok(crate::types::tuple::new_tuple(vec![ty, args, dict, it]))
}

// ---- iterators ----------------------------------------------------------------------------

struct IterData {
    deque: PyRef,
    /// items taken so far
    taken: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for IterData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn make_iter(vm: &Vm, a: &[Value], reverse: bool, method: &str) -> PyResult<Value> {
    let d = data(vm, &a[0], method)?;
    let deque = match &a[0] {
        Value::Obj(o) => o.clone(),
        _ => unreachable!("data() checked the receiver"),
    };
    let ty = if reverse { &types().rev_iter } else { &types().iter };
    Ok(Value::Obj(PyRef::new(ty, Payload::Native(Box::new(IterData { deque, taken: Cell::new(0), state: d.state.get(), reverse })))))
}

fn d_iter(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    make_iter(vm, a, false, "__iter__")
}

fn d_reversed(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    make_iter(vm, a, true, "__reversed__")
}

fn iter_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a IterData> {
    match v {
        Value::Obj(o) => native::<IterData>(o).ok_or_else(|| vm.type_error("expected a deque iterator".into())),
        _ => Err(vm.type_error("expected a deque iterator".into())),
    }
}

fn it_next(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let it = iter_data(vm, &a[0])?;
    let d = native::<DequeData>(&it.deque).expect("iterators hold deques");
    if d.state.get() != it.state {
        return Err(vm.runtime_error("deque mutated during iteration".into()));
    }
    let n = it.taken.get();
    let len = d.len();
    if n >= len {
        return Err(vm.new_error_args(&rt().e.stop_iteration, vec![]));
    }
    it.taken.set(n + 1);
    let i = if it.reverse { len - 1 - n } else { n };
    Ok(d.get(i).unwrap_or(Value::None))
}

fn it_iter(_vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn it_hint(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let it = iter_data(vm, &a[0])?;
    let d = native::<DequeData>(&it.deque).expect("iterators hold deques");
    Ok(Value::Int(d.len().saturating_sub(it.taken.get()) as i64))
}
