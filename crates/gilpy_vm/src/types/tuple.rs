//! `tuple`: an immutable boxed slice of values, hashed with CPython 3.8+'s xxHash-based
//! combine so that sets of tuples iterate in CPython's order.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::range::slice_indices;
use crate::Vm;
use gilpy_compiler::BinOp;

pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(new_tuple_ref(items))
}

pub fn new_tuple_ref(items: Vec<Value>) -> PyRef {
    if items.is_empty() {
        return rt().empty_tuple.clone();
    }
    PyRef::new(&rt().t.tuple, Payload::Tuple(items.into_boxed_slice()))
}

#[inline(always)]
pub fn items(o: &PyRef) -> &[Value] {
    match o.payload() {
        Payload::Tuple(t) => t,
        _ => &[],
    }
}

pub fn hash_items(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for x in items {
        let lane = vm.hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

pub fn getitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<Value> {
    let t = items(o);
    match k {
        Value::Int(i) => {
            let n = t.len() as i64;
            let j = if *i < 0 { i + n } else { *i };
            if j < 0 || j >= n {
                return Err(vm.index_error("tuple index out of range".into()));
            }
            Ok(t[j as usize].clone())
        }
        Value::Obj(s) if matches!(s.payload(), Payload::Slice(..)) => {
            let (start, stop, step) = slice_indices(vm, s, t.len())?;
            if step == 1 && start == 0 && stop as usize == t.len() {
                return Ok(Value::Obj(o.clone()));
            }
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(t[i as usize].clone());
                i += step;
            }
            Ok(new_tuple(out))
        }
        _ => {
            if matches!(k, Value::Bool(_)) || vm.lookup_special(k, "__index__").is_some() && !matches!(k, Value::Float(_)) {
                let i = vm.index_value(k)?;
                return getitem(vm, o, &Value::Int(i));
            }
            Err(vm.type_error(format!("tuple indices must be integers or slices, not {}", vm.type_name(k))))
        }
    }
}

pub fn binop(vm: &Vm, a: &PyRef, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match b {
            Value::Obj(bo) if matches!(bo.payload(), Payload::Tuple(_)) => {
                let mut v = items(a).to_vec();
                v.extend(items(bo).iter().cloned());
                Ok(Some(new_tuple(v)))
            }
            _ => Ok(None),
        },
        BinOp::Mul => match b {
            _ if matches!(b, Value::Int(_) | Value::Bool(_)) || (matches!(b, Value::Obj(_)) && vm.lookup_special(b, "__index__").is_some()) => {
                let n = vm.size_value(b, "cannot fit 'int' into an index-sized integer")?;
                let t = items(a);
                if n > 0 && t.len() as u128 * n as u128 > 1 << 32 {
                    return Err(vm.new_error(&rt().e.memory_error, String::new()));
                }
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(t.iter().cloned());
                }
                Ok(Some(new_tuple(out)))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Tuple(_)) => Ok(o),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object".into())),
    }
}

fn m_index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let t = items(o);
    let n = t.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<usize> {
        match v {
            None => Ok(d as usize),
            Some(v) => {
                let i = vm.index_value(v)?;
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            }
        }
    };
    let (start, stop) = (norm(args.get(2), 0)?, norm(args.get(3), n)?);
    for i in start..stop.max(start) {
        if vm.eq(&t[i], &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple".into()))
}

fn m_count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let mut c = 0;
    for it in items(o).iter() {
        if vm.eq(it, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", args.len() - 1)));
    }
    let v = match args.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Tuple(_)) && cls.is(&rt().t.tuple) && o.ty().is(&rt().t.tuple) => return Ok(args[1].clone()),
        // PySequence_Tuple sizes the tuple from the length hint, as list_extend does
        Some(v) => crate::types::list::collect_sized(vm, v)?,
        None => Vec::new(),
    };
    if cls.is(&rt().t.tuple) {
        return Ok(new_tuple(v));
    }
    let o = PyRef::new(&cls, Payload::Tuple(v.into_boxed_slice()));
    o.set_dict(Some(crate::types::dict::new_dict()));
    Ok(Value::Obj(o))
}

pub fn register() {
    let t = &rt().t.tuple;
    crate::types::set_new(t, tuple_new);
    crate::types::add_methods(t, &[("index", m_index), ("count", m_count)]);
}
