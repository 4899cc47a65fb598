//! `_heapq`: the heap operations that CPython writes in C, so that they show no Python frame
//! in a traceback and cost no bytecode per step. `heapq.py` imports them and keeps `merge`,
//! `nsmallest` and `nlargest` (Python in CPython too).
//!
//! The sifts follow CPython's _heapqmodule.c step for step: the same comparisons (always
//! `<`), in the same order, so items that compare equal come out in the same order and a
//! comparison with side effects sees the same calls. A comparison runs Python code that may
//! change the list: its length is checked after each one ("list changed size during
//! iteration"), and items are re-read from the list, never held across a comparison.

use crate::object::{PyRef, Value};
use crate::types::list;
use crate::types::payload::*;
use crate::{PyErr, Vm};
use gilpy_compiler::CmpOp;

/// `a < b` as a bool, with the common cases decided without a call.
fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            let r = vm.compare(a, b, CmpOp::Lt)?;
            match r {
                Value::Bool(t) => Ok(t),
                other => vm.truthy(&other),
            }
        }
    }
}

fn changed(vm: &Vm) -> PyErr {
    vm.runtime_error("list changed size during iteration".into())
}

/// The item at `pos` moves toward the root while it sorts before its parent (`max`:
/// after it). CPython's siftdown.
fn sift_down(vm: &Vm, heap: &PyRef, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = list::len(heap);
    if pos >= size {
        return Err(vm.index_error("index out of range".into()));
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (item, parent) = match (list::get(heap, pos), list::get(heap, parent_pos)) {
            (Some(a), Some(b)) => (a, b),
            _ => return Err(changed(vm)),
        };
        let moves = if max { less(vm, &parent, &item)? } else { less(vm, &item, &parent)? };
        drop(item);
        drop(parent);
        if list::len(heap) != size {
            return Err(changed(vm));
        }
        if !moves {
            break;
        }
        list::swap(heap, parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// The smaller child (`max`: the larger) moves up until `pos` reaches a leaf, then the item
/// that was there settles toward the root. CPython's siftup.
fn sift_up(vm: &Vm, heap: &PyRef, mut pos: usize, max: bool) -> PyResult<()> {
    let end = list::len(heap);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = match (list::get(heap, child), list::get(heap, child + 1)) {
                (Some(a), Some(b)) => (a, b),
                _ => return Err(changed(vm)),
            };
            let left_first = if max { less(vm, &b, &a)? } else { less(vm, &a, &b)? };
            drop(a);
            drop(b);
            if !left_first {
                child += 1;
            }
            if list::len(heap) != end {
                return Err(changed(vm));
            }
        }
        list::swap(heap, child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos, max)
}

fn no_keywords(vm: &Vm, name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("_heapq.{}() takes no keyword arguments", name)))
    }
}

/// The heap argument of a one-argument function.
fn one_heap(vm: &Vm, name: &str, a: &[Value], kw: &KwArgs) -> PyResult<PyRef> {
    no_keywords(vm, name, kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!("_heapq.{}() takes exactly one argument ({} given)", name, a.len())));
    }
    as_list(vm, name, &a[0], "argument")
}

/// The heap and item of a two-argument function.
fn heap_and_item(vm: &Vm, name: &str, a: &[Value], kw: &KwArgs) -> PyResult<(PyRef, Value)> {
    no_keywords(vm, name, kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("{} expected 2 arguments, got {}", name, a.len())));
    }
    Ok((as_list(vm, name, &a[0], "argument 1")?, a[1].clone()))
}

fn as_list(vm: &Vm, name: &str, v: &Value, which: &str) -> PyResult<PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::List(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("{}() {} must be list, not {}", name, which, vm.type_name(v)))),
    }
}

fn h_heappush(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, "heappush", a, &kw)?;
    list::append(&heap, item);
    let last = list::len(&heap) - 1;
    sift_down(vm, &heap, 0, last, false)?;
    Ok(Value::None)
}

/// heappop and _heappop_max: the last item takes the root's place and sifts up.
fn pop(vm: &Vm, heap: &PyRef, max: bool) -> PyResult<Value> {
    let n = list::len(heap);
    if n == 0 {
        return Err(vm.index_error("index out of range".into()));
    }
    let last = match list::pop_last(heap) {
        Some(v) => v,
        None => return Err(vm.index_error("index out of range".into())),
    };
    if n == 1 {
        return Ok(last);
    }
    let top = list::replace(heap, 0, last);
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn h_heappop(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let heap = one_heap(vm, "heappop", a, &kw)?;
    pop(vm, &heap, false)
}

fn h_heappop_max(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let heap = one_heap(vm, "_heappop_max", a, &kw)?;
    pop(vm, &heap, true)
}

/// heapreplace and _heapreplace_max: the root is handed back and `item` sifts up from there.
fn replace_top(vm: &Vm, heap: &PyRef, item: Value, max: bool) -> PyResult<Value> {
    if list::len(heap) == 0 {
        return Err(vm.index_error("index out of range".into()));
    }
    let top = list::replace(heap, 0, item);
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn h_heapreplace(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, "heapreplace", a, &kw)?;
    replace_top(vm, &heap, item, false)
}

fn h_heapreplace_max(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, "_heapreplace_max", a, &kw)?;
    replace_top(vm, &heap, item, true)
}

fn h_heappushpop(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, "heappushpop", a, &kw)?;
    let top = match list::get(&heap, 0) {
        Some(t) => t,
        None => return Ok(item),
    };
    let smaller = less(vm, &top, &item)?;
    drop(top);
    if !smaller {
        return Ok(item);
    }
    // the comparison may have emptied the list
    if list::len(&heap) == 0 {
        return Err(vm.index_error("index out of range".into()));
    }
    let out = list::replace(&heap, 0, item);
    sift_up(vm, &heap, 0, false)?;
    Ok(out)
}

fn heapify(vm: &Vm, heap: &PyRef, max: bool) -> PyResult<()> {
    let n = list::len(heap);
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i, max)?;
    }
    Ok(())
}

fn h_heapify(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let heap = one_heap(vm, "heapify", a, &kw)?;
    heapify(vm, &heap, false)?;
    Ok(Value::None)
}

fn h_heapify_max(vm: &Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let heap = one_heap(vm, "_heapify_max", a, &kw)?;
    heapify(vm, &heap, true)?;
    Ok(Value::None)
}

pub fn make(_vm: &Vm) -> PyRef {
    crate::modules::new_module(
        "_heapq",
        &[
            ("heappush", h_heappush),
            ("heappop", h_heappop),
            ("heapreplace", h_heapreplace),
            ("heappushpop", h_heappushpop),
            ("heapify", h_heapify),
            ("_heappop_max", h_heappop_max),
            ("_heapreplace_max", h_heapreplace_max),
            ("_heapify_max", h_heapify_max),
        ],
    )
}
