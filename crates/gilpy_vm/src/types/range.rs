//! `range` and `slice`: range objects with O(1) length, indexing and membership, and the
//! slice-index normalization every sequence uses (CPython's PySlice_GetIndicesEx).

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::int;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

fn slice_part(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => {
            if let Some(b) = int::to_bigint(v) {
                use num_traits::Signed;
                return Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }));
            }
            if vm.lookup_special(v, "__index__").is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method".into()));
            }
            Ok(Some(vm.index_value(v)?))
        }
    }
}

/// (start, stop, step) of a slice applied to a sequence of `len` items.
pub fn slice_indices(vm: &Vm, s: &PyRef, len: usize) -> PyResult<(i64, i64, i64)> {
    let (a, b, c) = match s.payload() {
        Payload::Slice(a, b, c) => (a, b, c),
        _ => return Err(vm.type_error("expected a slice".into())),
    };
    let step = slice_part(vm, c)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero".into()));
    }
    let n = len as i64;
    let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let fix = |x: Option<i64>, dflt: i64| -> i64 {
        match x {
            None => dflt,
            Some(mut i) => {
                if i < 0 {
                    i += n;
                    if i < lo {
                        i = lo;
                    }
                } else if i > hi {
                    i = hi;
                }
                i
            }
        }
    };
    let start = fix(slice_part(vm, a)?, if step > 0 { 0 } else { n - 1 });
    let stop = fix(slice_part(vm, b)?, if step > 0 { n } else { -1 });
    Ok((start, stop, step))
}

pub fn getitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<Value> {
    let (start, stop, step) = match o.payload() {
        Payload::Range { start, stop, step } => (*start, *stop, *step),
        Payload::BigRange(r) => {
            let n = big_len(r);
            let i = int::to_bigint(k).ok_or_else(|| vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(k))))?;
            let j = if i.is_negative() { &i + &n } else { i };
            if j.is_negative() || j >= n {
                return Err(vm.index_error("range object index out of range".into()));
            }
            return Ok(int::from_bigint(&r.0 + j * &r.2));
        }
        _ => unreachable!(),
    };
    let n = range_len(start, stop, step);
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            let (a, b, c) = slice_indices(vm, s, n as usize)?;
            return Ok(new_range(start + a * step, start + b * step, step * c));
        }
    }
    let i = vm.index_value(k).map_err(|_| vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(k))))?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("range object index out of range".into()));
    }
    Ok(Value::Int(start + j * step))
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(PyRef::new(&rt().t.range, Payload::Range { start, stop, step }))
}

pub fn contains(vm: &Vm, start: i64, stop: i64, step: i64, k: &Value) -> PyResult<bool> {
    let x = match k {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let n = range_len(start, stop, step);
            for i in 0..n {
                if vm.eq(&Value::Int(start + i * step), k)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    };
    let inside = if step > 0 { x >= start && x < stop } else { x <= start && x > stop };
    Ok(inside && (x - start) % step == 0)
}

pub fn big_contains(r: &(BigInt, BigInt, BigInt), k: &Value) -> bool {
    match int::to_bigint(k) {
        Some(x) => {
            let (start, stop, step) = r;
            let inside = if step.is_positive() { &x >= start && &x < stop } else { &x <= start && &x > stop };
            inside && ((&x - start) % step).is_zero()
        }
        None => false,
    }
}

/// hash(range): hash((len, start, step)) with CPython's special cases for short ranges.
pub fn range_hash(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let (len, start, step) = match o.payload() {
        Payload::Range { start, stop, step } => (BigInt::from(range_len(*start, *stop, *step)), BigInt::from(*start), BigInt::from(*step)),
        Payload::BigRange(r) => (big_len(r), r.0.clone(), r.2.clone()),
        _ => return Ok(0),
    };
    let t = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len == BigInt::from(1) {
        vec![Value::Int(1), int::from_bigint(start), Value::None]
    } else {
        vec![int::from_bigint(len), int::from_bigint(start), int::from_bigint(step)]
    };
    crate::types::tuple::hash_items(vm, &t)
}

pub fn range_eq(a: &PyRef, b: &PyRef) -> bool {
    match (a.payload(), b.payload()) {
        (Payload::Range { start: s1, stop: e1, step: t1 }, Payload::Range { start: s2, stop: e2, step: t2 }) => {
            let n1 = range_len(*s1, *e1, *t1);
            let n2 = range_len(*s2, *e2, *t2);
            if n1 != n2 {
                return false;
            }
            if n1 == 0 {
                return true;
            }
            if s1 != s2 {
                return false;
            }
            n1 == 1 || t1 == t2
        }
        _ => false,
    }
}

fn range_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer".into())),
        _ => {
            if int::to_bigint(v).is_some() {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t".into()));
            }
            vm.index_value(v)
        }
    }
}

fn big_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match int::to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
            }
            Ok(BigInt::from(vm.index_value(v)?))
        }
    }
}

/// Number of items in a big range.
pub fn big_len(r: &(BigInt, BigInt, BigInt)) -> BigInt {
    let (start, stop, step) = r;
    let zero = BigInt::zero();
    if step > &zero && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step < &zero && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        zero
    }
}

fn range_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments".into()));
    }
    let a = &args[1..];
    if a.iter().any(|v| matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)))) && (1..=3).contains(&a.len()) {
        let (start, stop, step) = match a.len() {
            1 => (BigInt::zero(), big_arg(vm, &a[0])?, BigInt::from(1)),
            2 => (big_arg(vm, &a[0])?, big_arg(vm, &a[1])?, BigInt::from(1)),
            _ => (big_arg(vm, &a[0])?, big_arg(vm, &a[1])?, big_arg(vm, &a[2])?),
        };
        if step.is_zero() {
            return Err(vm.value_error("range() arg 3 must not be zero".into()));
        }
        return Ok(Value::Obj(PyRef::new(&rt().t.range, Payload::BigRange(Box::new((start, stop, step))))));
    }
    let (start, stop, step) = match a.len() {
        1 => (0, range_arg(vm, &a[0])?, 1),
        2 => (range_arg(vm, &a[0])?, range_arg(vm, &a[1])?, 1),
        3 => (range_arg(vm, &a[0])?, range_arg(vm, &a[1])?, range_arg(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0".into())),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero".into()));
    }
    Ok(new_range(start, stop, step))
}

fn range_parts(v: &Value) -> (i64, i64, i64) {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Range { start, stop, step } => (*start, *stop, *step),
            _ => (0, 0, 1),
        },
        _ => (0, 0, 1),
    }
}

fn m_index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, e, t) = range_parts(&args[0]);
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if contains(vm, s, e, t, &x)? {
        if let Value::Int(i) = x {
            return Ok(Value::Int((i - s) / t));
        }
    }
    Err(vm.value_error(format!("{} is not in range", vm.repr_string(&x)?)))
}

fn m_count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, e, t) = range_parts(&args[0]);
    let x = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Int(contains(vm, s, e, t, &x)? as i64))
}

fn slice_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let (x, y, z) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {}", n))),
    };
    Ok(Value::Obj(PyRef::new(&rt().t.slice, Payload::Slice(x, y, z))))
}

fn slice_indices_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = match &args[0] {
        Value::Obj(o) => o.clone(),
        _ => return Err(vm.type_error("expected slice".into())),
    };
    let n = vm.index_value(args.get(1).unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative".into()));
    }
    let (a, b, c) = slice_indices(vm, &s, n as usize)?;
    Ok(crate::types::tuple::new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

pub fn register() {
    let r = rt();
    crate::types::set_new(&r.t.range, range_new);
    crate::types::add_methods(&r.t.range, &[("index", m_index), ("count", m_count)]);
    crate::types::set_new(&r.t.slice, slice_new);
    crate::types::add_methods(&r.t.slice, &[("indices", slice_indices_m)]);
}
