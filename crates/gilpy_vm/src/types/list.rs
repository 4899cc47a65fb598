//! `list`: a vector of values behind an UnsafeCell. Every method reads or writes the vector
//! in short critical sections that end before any Python code can run (comparisons, __del__
//! of replaced items), re-reading lengths afterwards, as CPython's listobject.c does.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::range::slice_indices;
use crate::Vm;
use gilpy_compiler::BinOp;

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(new_list_ref(items))
}

pub fn new_list_ref(items: Vec<Value>) -> PyRef {
    PyRef::new(&rt().t.list, Payload::List(std::cell::UnsafeCell::new(items)))
}

#[inline(always)]
fn vec_ptr(o: &PyRef) -> *mut Vec<Value> {
    match o.payload() {
        Payload::List(v) => v.get(),
        _ => panic!("list op on a non-list"),
    }
}

#[inline(always)]
pub fn len(o: &PyRef) -> usize {
    // SAFETY: GIL invariant; a plain read.
    unsafe { (*vec_ptr(o)).len() }
}

#[inline(always)]
pub fn get(o: &PyRef, i: usize) -> Option<Value> {
    // SAFETY: GIL invariant; the item is cloned before the borrow ends.
    unsafe { (&*vec_ptr(o)).get(i).cloned() }
}

/// `o[i]` for an int index, negative counting from the end; None when out of range.
#[inline(always)]
pub fn get_index(o: &PyRef, i: i64) -> Option<Value> {
    // SAFETY: GIL invariant; the item is cloned before the borrow ends.
    let items = unsafe { &*vec_ptr(o) };
    let j = if i < 0 { i + items.len() as i64 } else { i };
    if j < 0 {
        return None;
    }
    items.get(j as usize).cloned()
}

/// `o[i] = v` for an int index, negative counting from the end; gives `v` back when out of
/// range. The old item is dropped (which may run code) after the write.
#[inline(always)]
pub fn set_index(o: &PyRef, i: i64, v: Value) -> Result<(), Value> {
    let old = {
        // SAFETY: GIL invariant; the old item is moved out and dropped after the borrow ends.
        let items = unsafe { &mut *vec_ptr(o) };
        let j = if i < 0 { i + items.len() as i64 } else { i };
        if j < 0 || j as usize >= items.len() {
            return Err(v);
        }
        std::mem::replace(&mut items[j as usize], v)
    };
    drop(old);
    Ok(())
}

#[inline(always)]
pub fn append(o: &PyRef, v: Value) {
    // SAFETY: GIL invariant; push runs no Python code.
    unsafe { (*vec_ptr(o)).push(v) }
}

/// Put `v` at index `i` (in range) and hand back what was there.
pub fn replace(o: &PyRef, i: usize, v: Value) -> Value {
    // SAFETY: GIL invariant; the old item is moved out, not dropped, while the list is borrowed.
    unsafe {
        let items = &mut *vec_ptr(o);
        std::mem::replace(&mut items[i], v)
    }
}

/// Take the last item off; None when empty.
pub fn pop_last(o: &PyRef) -> Option<Value> {
    // SAFETY: GIL invariant; the item is moved out, not dropped, while the list is borrowed.
    unsafe { (*vec_ptr(o)).pop() }
}

/// Swap two in-range items; runs no Python code.
pub fn swap(o: &PyRef, i: usize, j: usize) {
    // SAFETY: GIL invariant; nothing is dropped.
    unsafe { (*vec_ptr(o)).swap(i, j) }
}

pub fn snapshot(o: &PyRef) -> Vec<Value> {
    // SAFETY: GIL invariant; cloned out.
    unsafe { (*vec_ptr(o)).clone() }
}

/// Replace the contents; the old items are dropped after the list is consistent.
pub fn set_all(o: &PyRef, items: Vec<Value>) {
    // SAFETY: GIL invariant; the old vector is moved out before it is dropped.
    let old = unsafe { std::mem::replace(&mut *vec_ptr(o), items) };
    // released last to first, as CPython's list_clear does
    for x in old.into_iter().rev() {
        drop(x);
    }
}

fn norm_index(vm: &Vm, o: &PyRef, k: &Value, what: &str) -> PyResult<usize> {
    let i = match k {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            if let Value::Obj(ko) = k {
                if let Payload::BigInt(b) = ko.payload() {
                    // an int subclass holds even small values as a big int
                    return match num_traits::ToPrimitive::to_i64(b) {
                        Some(i) => norm_index(vm, o, &Value::Int(i), what),
                        None => Err(vm.index_error("cannot fit 'int' into an index-sized integer".into())),
                    };
                }
            }
            if vm.lookup_special(k, "__index__").is_none() {
                return Err(vm.type_error(format!("list indices must be integers or slices, not {}", vm.type_name(k))));
            }
            vm.index_value(k)?
        }
    };
    let n = len(o) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(format!("list {} out of range", what)));
    }
    Ok(j as usize)
}

pub fn getitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<Value> {
    if let Value::Int(i) = k {
        return get_index(o, *i).ok_or_else(|| vm.index_error("list index out of range".into()));
    }
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            let (start, stop, step) = slice_indices(vm, s, len(o))?;
            let items = snapshot(o);
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(items[i as usize].clone());
                i += step;
            }
            return Ok(new_list(out));
        }
    }
    let i = norm_index(vm, o, k, "index")?;
    Ok(get(o, i).unwrap())
}

pub fn setitem(vm: &Vm, o: &PyRef, k: &Value, v: Value) -> PyResult<()> {
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            let new_items = vm.collect(&v).map_err(|e| if vm.iter(&v).is_err() { vm.type_error("can only assign an iterable".into()) } else { e })?;
            let (start, stop, step) = slice_indices(vm, s, len(o))?;
            let mut items = snapshot(o);
            if step == 1 {
                let stop = stop.max(start);
                let removed: Vec<Value> = items.splice(start as usize..stop as usize, new_items).collect();
                set_all(o, items);
                // released last to first, as CPython's list_ass_slice does
                for x in removed.into_iter().rev() {
                    drop(x);
                }
                return Ok(());
            }
            let mut idx = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                idx.push(i as usize);
                i += step;
            }
            if idx.len() != new_items.len() {
                return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), idx.len())));
            }
            let mut old = Vec::new();
            for (j, x) in idx.into_iter().zip(new_items) {
                old.push(std::mem::replace(&mut items[j], x));
            }
            set_all(o, items);
            drop(old);
            return Ok(());
        }
    }
    let i = norm_index(vm, o, k, "assignment index")?;
    // SAFETY: GIL invariant; the old item is moved out and dropped after the write.
    let old = unsafe { std::mem::replace(&mut (&mut *vec_ptr(o))[i], v) };
    drop(old);
    Ok(())
}

pub fn delitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<()> {
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            let (start, stop, step) = slice_indices(vm, s, len(o))?;
            let items = snapshot(o);
            let mut keep = Vec::new();
            let mut gone = Vec::new();
            let mut del = vec![false; items.len()];
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                del[i as usize] = true;
                i += step;
            }
            for (j, x) in items.into_iter().enumerate() {
                if del[j] {
                    gone.push(x);
                } else {
                    keep.push(x);
                }
            }
            set_all(o, keep);
            if step == 1 {
                // released last to first, as CPython's list_ass_slice does
                for x in gone.into_iter().rev() {
                    drop(x);
                }
            } else {
                // an extended slice's items go in index order (CPython's list_ass_subscript)
                if step < 0 {
                    gone.reverse();
                }
                drop(gone);
            }
            return Ok(());
        }
    }
    let i = norm_index(vm, o, k, "assignment index")?;
    // SAFETY: GIL invariant; the removed item is dropped after the vector is consistent.
    let old = unsafe { (*vec_ptr(o)).remove(i) };
    drop(old);
    Ok(())
}

/// Whether asking `v` for its length hint can run Python code (see probe_length_hint).
fn needs_hint_probe(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    // SAFETY: GIL invariant; a plain read of the iterator's kind.
    let reversed = matches!(o.payload(), Payload::Iter(c) if matches!(unsafe { &*c.get() }, IterKind::Reversed { .. }));
    reversed || crate::types::typeobj::type_data(o.ty()).has(TF_HEAP)
}

/// The items of `v` as list_extend gathers them: the iterator first, then the length hint
/// of `v` itself (see probe_length_hint), then the items.
pub fn collect_sized(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if !needs_hint_probe(v) {
        return vm.collect(v);
    }
    let it = vm.iter(v)?;
    probe_length_hint(vm, v)?;
    vm.collect(&it)
}

/// What CPython's list_extend asks before iterating (PyObject_LengthHint, to size the
/// list): len() if the object has one (a TypeError from it is ignored), else
/// `__length_hint__`. gilpy does not need the number, but the calls are visible to Python
/// code (a `__len__` that prints, a reversed() over a user sequence), so they are made for
/// user objects and reversed() iterators.
fn probe_length_hint(vm: &Vm, v: &Value) -> PyResult<()> {
    if let Some(f) = vm.lookup_special(v, "__len__") {
        return match vm.call(&f, &[], KwArgs::EMPTY).and_then(|r| vm.index_value(&r)) {
            Ok(n) if n < 0 => Err(vm.value_error("__len__() should return >= 0".into())),
            Ok(_) => Ok(()),
            Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) => Ok(()),
            Err(e) => Err(e),
        };
    }
    if let Some(h) = vm.lookup_special(v, "__length_hint__") {
        let r = match vm.call(&h, &[], KwArgs::EMPTY) {
            Ok(r) => r,
            Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) => return Ok(()),
            Err(e) => return Err(e),
        };
        if matches!(&r, Value::Obj(x) if x.is(&rt().not_implemented)) {
            return Ok(());
        }
        if !crate::types::int::is_int(&r) {
            return Err(vm.type_error(format!("__length_hint__ must be an integer, not {}", vm.type_name(&r))));
        }
        if vm.index_value(&r)? < 0 {
            return Err(vm.value_error("__length_hint__() should return >= 0".into()));
        }
    }
    Ok(())
}

pub fn extend(vm: &Vm, o: &PyRef, iterable: &Value) -> PyResult<()> {
    let items = collect_sized(vm, iterable)?;
    // SAFETY: GIL invariant; extend runs no Python code.
    unsafe { (*vec_ptr(o)).extend(items) };
    Ok(())
}

pub fn inplace_repeat(vm: &Vm, o: &PyRef, n: i64) -> PyResult<()> {
    if n <= 0 {
        // list_clear: the items go last to first
        set_all(o, Vec::new());
        return Ok(());
    }
    let items = snapshot(o);
    crate::types::check_alloc(vm, items.len() as u128 * n as u128 * std::mem::size_of::<Value>() as u128)?;
    let mut out = Vec::new();
    for _ in 0..n.max(0) {
        out.extend(items.iter().cloned());
    }
    set_all(o, out);
    Ok(())
}

pub fn binop(vm: &Vm, a: &PyRef, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match b {
            Value::Obj(bo) if matches!(bo.payload(), Payload::List(_)) => {
                let mut v = snapshot(a);
                v.extend(snapshot(bo));
                Ok(Some(new_list(v)))
            }
            _ => Ok(None),
        },
        BinOp::Mul => match b {
            _ if matches!(b, Value::Int(_) | Value::Bool(_)) || (matches!(b, Value::Obj(_)) && vm.lookup_special(b, "__index__").is_some()) => {
                let n = vm.size_value(b, "cannot fit 'int' into an index-sized integer")?;
                let items = snapshot(a);
                if n > 0 && items.len() as u128 * n as u128 > 1 << 32 {
                    return Err(vm.new_error(&rt().e.memory_error, String::new()));
                }
                let mut out = Vec::with_capacity(items.len() * n.max(0) as usize);
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                Ok(Some(new_list(out)))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::List(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'list' object".into())),
    }
}

fn m_append(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("list.append() takes exactly one argument ({} given)", args.len() - 1)));
    }
    append(&o, args[1].clone());
    Ok(Value::None)
}

fn m_extend(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    extend(vm, &o, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn m_insert(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if args.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let i = vm.index_value(&args[1])?;
    let n = len(&o) as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    // SAFETY: GIL invariant; insert runs no Python code.
    unsafe { (*vec_ptr(&o)).insert(j as usize, args[2].clone()) };
    Ok(Value::None)
}

fn m_pop(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let n = len(&o) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list".into()));
    }
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range".into()));
    }
    // SAFETY: GIL invariant; the removed value is returned, not dropped here.
    Ok(unsafe { (*vec_ptr(&o)).remove(j as usize) })
}

fn find_index(vm: &Vm, o: &PyRef, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(len(o)) {
        let item = get(o, i).unwrap();
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn m_remove(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    match find_index(vm, &o, &x, 0, usize::MAX)? {
        Some(i) => {
            // SAFETY: GIL invariant; the removed item is dropped after the vector is consistent.
            let old = unsafe { (*vec_ptr(&o)).remove(i) };
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list".into())),
    }
}

fn m_index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if args.len() < 2 || args.len() > 4 {
        let n = args.len() - 1;
        let bound = if n == 0 { "at least 1 argument" } else { "at most 3 arguments" };
        return Err(vm.type_error(format!("index expected {}, got {}", bound, n)));
    }
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let n = len(&o) as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<usize> {
        match v {
            None => Ok(d as usize),
            Some(v) => {
                let i = vm.index_value(v)?;
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            }
        }
    };
    let start = norm(args.get(2), 0)?;
    let stop = norm(args.get(3), n)?;
    match find_index(vm, &o, &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", vm.repr_string(&x)?))),
    }
}

fn m_count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let mut c = 0;
    for item in snapshot(&o) {
        if vm.eq(&item, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn m_clear(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "list.clear", args)?;
    let o = this(vm, args)?;
    set_all(&o, Vec::new());
    Ok(Value::None)
}

fn m_copy(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "list.copy", args)?;
    let o = this(vm, args)?;
    Ok(new_list(snapshot(&o)))
}

fn m_reverse(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "list.reverse", args)?;
    let o = this(vm, args)?;
    // SAFETY: GIL invariant; reversing runs no Python code.
    unsafe { (*vec_ptr(&o)).reverse() };
    Ok(Value::None)
}

/// Sort values with an optional key function, stably, raising what comparisons raise: the
/// keys are computed first, in order; `reverse` reverses before and after a forward sort
/// (stable, as CPython's); the comparisons are timsort's (types/listsort.rs).
pub fn sort_values(vm: &Vm, mut items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    let mut keys: Vec<Value> =
        if key.is_none() { items.clone() } else { items.iter().map(|x| vm.call(key, std::slice::from_ref(x), KwArgs::EMPTY)).collect::<PyResult<_>>()? };
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut lt = |a: usize, b: usize| -> PyResult<bool> {
        match (&keys[a], &keys[b]) {
            (Value::Int(p), Value::Int(q)) => Ok(p < q),
            (Value::Float(p), Value::Float(q)) => Ok(p < q),
            (x, y) => vm.compare(x, y, gilpy_compiler::CmpOp::Lt).and_then(|r| vm.truthy(&r)),
        }
    };
    let order = crate::types::listsort::timsort(items.len(), &mut lt)?;
    let mut out: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn m_sort(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments".into()));
    }
    let key = kw.get("key").cloned().unwrap_or(Value::None);
    let reverse = match kw.get("reverse") {
        Some(r) => vm.index_value(r)? != 0,
        None => false,
    };
    for (k, _) in kw.iter() {
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
        }
    }
    // CPython empties the list while sorting so mutation is detected
    let items = snapshot(&o);
    set_all(&o, Vec::new());
    let r = sort_values(vm, items.clone(), &key, reverse);
    let modified = len(&o) != 0;
    match r {
        Ok(sorted) => {
            set_all(&o, sorted);
            if modified {
                return Err(vm.value_error("list modified during sort".into()));
            }
            Ok(Value::None)
        }
        Err(e) => {
            set_all(&o, items);
            Err(e)
        }
    }
}

fn list_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    if !_kw.is_empty() && cls.is(&rt().t.list) {
        return Err(vm.type_error("list() takes no keyword arguments".into()));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let is_exact = cls.is(&rt().t.list);
    let items = match args.get(1) {
        Some(v) if is_exact => collect_sized(vm, v)?,
        _ => Vec::new(),
    };
    if cls.is(&rt().t.list) {
        return Ok(new_list(items));
    }
    // a subclass's __init__ (list.__init__ by default) fills the list
    drop(items);
    let o = PyRef::new(&cls, Payload::List(std::cell::UnsafeCell::new(Vec::new())));
    o.set_dict(Some(crate::types::dict::new_dict()));
    Ok(Value::Obj(o))
}

fn m_iadd(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    extend(vm, &o, args.get(1).unwrap_or(&Value::None))?;
    Ok(args[0].clone())
}

fn m_imul(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let n = vm.size_value(args.get(1).unwrap_or(&Value::None), "cannot fit 'int' into an index-sized integer")?;
    inplace_repeat(vm, &o, n)?;
    Ok(args[0].clone())
}

fn list_init(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if let Some(v) = args.get(1) {
        let items = collect_sized(vm, v)?;
        set_all(&o, items);
    }
    Ok(Value::None)
}

pub fn register() {
    let t = &rt().t.list;
    crate::types::set_new(t, list_new);
    crate::types::add_methods(
        t,
        &[
            ("append", m_append),
            ("extend", m_extend),
            ("insert", m_insert),
            ("pop", m_pop),
            ("remove", m_remove),
            ("index", m_index),
            ("count", m_count),
            ("clear", m_clear),
            ("copy", m_copy),
            ("reverse", m_reverse),
            ("sort", m_sort),
            ("__init__", list_init),
            ("__iadd__", m_iadd),
            ("__imul__", m_imul),
        ],
    );
}
