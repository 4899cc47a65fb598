//! What the cycle collector (runtime/gc.rs) knows about each payload: whether objects of it
//! are tracked, which references an object owns (`traverse`), and how to drop them to break
//! a cycle (`clear`).
//!
//! The one rule: `traverse` visits only references the object really owns and counts, each
//! as many times as it is counted. Visiting one it does not own would let the collector
//! free a live object; missing one only keeps garbage alive. So payloads that are not
//! traversed here are simply untracked, and whatever they hold stays alive.

use super::{PyObject, PyRef, Value, IMMORTAL};
use crate::types::payload::*;

pub enum GcKind {
    /// not a container
    None,
    /// a container, tracked from birth
    Track,
    /// a container tracked later, when it holds something that may be tracked (dicts)
    CountOnly,
}

pub(crate) fn heap_typed(o: &PyObject) -> bool {
    o.ty().obj().refcnt() < IMMORTAL
}

/// Whether objects like `o` are containers to the collector (CPython's GC types).
pub fn is_container(o: &PyObject) -> bool {
    match &o.payload {
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::Tuple(_)
        | Payload::Function(_)
        | Payload::Method { .. }
        | Payload::Cell(_)
        | Payload::Module(_)
        | Payload::Exception(_)
        | Payload::Generator(_)
        | Payload::Property(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Super { .. }
        | Payload::Iter(_)
        | Payload::DictView { .. } => true,
        Payload::Type(_) => o.refcnt() < IMMORTAL,
        Payload::Builtin(b) => b.self_.is_some() && o.refcnt() < IMMORTAL,
        Payload::Native(n) => n.is_gc(),
        _ => heap_typed(o),
    }
}

/// How a new object starts with the collector.
#[inline]
pub fn kind(o: &PyObject) -> GcKind {
    match &o.payload {
        Payload::Str(_) | Payload::Float(_) | Payload::BigInt(_) | Payload::Bytes(_) | Payload::Code(_) if !heap_typed(o) => GcKind::None,
        Payload::Dict(_) if !heap_typed(o) => GcKind::CountOnly,
        // every tuple starts tracked, as in CPython (a collection untracks those that
        // hold nothing tracked); the empty one is a shared constant
        Payload::Tuple(items) if items.is_empty() && !heap_typed(o) => GcKind::None,
        _ => {
            if is_container(o) {
                GcKind::Track
            } else {
                GcKind::None
            }
        }
    }
}

#[inline]
fn val(v: &Value, visit: &mut dyn FnMut(&PyObject)) {
    if let Value::Obj(o) = v {
        visit(o.obj());
    }
}

#[inline]
fn obj(o: &PyRef, visit: &mut dyn FnMut(&PyObject)) {
    visit(o.obj());
}

/// Visit every reference `o` owns, in the order CPython's tp_traverse visits them (list and
/// tuple items last to first, an instance's attributes before its type): the collector's
/// scan order, and so the order finalizers run in, follows it. Runs no Python code.
pub fn traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(d) = o.dict_ref() {
        visit(d.obj());
    }
    if let Some(s) = crate::types::slots::table_dict(o) {
        visit(s.obj());
    }
    traverse_payload(o, visit);
    if heap_typed(o) {
        visit(o.ty().obj());
    }
}

/// `traverse` as the collector's scan for reachable objects uses it: the attributes in an
/// instance dict that Python code never saw are visited as the instance's own, since in
/// CPython 3.11 they are stored in the instance itself, and the order in which the scan
/// reaches objects decides the order finalizers run in later.
pub fn traverse_scan(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(d) = o.dict_ref() {
        let inline = d.obj().has_flag(super::INSTANCE_DICT) && !d.obj().has_flag(super::DICT_EXPOSED);
        if inline {
            traverse_payload(d.obj(), visit);
        }
        visit(d.obj());
    }
    if let Some(s) = crate::types::slots::table_dict(o) {
        visit(s.obj());
    }
    traverse_payload(o, visit);
    if heap_typed(o) {
        visit(o.ty().obj());
    }
}

fn traverse_payload(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY (for the UnsafeCell reads below): GIL invariant; traversal runs no code, so
    // nothing changes the payload while it is borrowed.
    match &o.payload {
        Payload::List(v) => unsafe { &*v.get() }.iter().rev().for_each(|x| val(x, visit)),
        Payload::Tuple(v) => v.iter().rev().for_each(|x| val(x, visit)),
        Payload::Dict(d) => crate::types::dict::traverse(d, visit),
        Payload::Set(s) => crate::types::set::traverse(s, visit),
        Payload::Cell(c) => val(unsafe { &*c.get() }, visit),
        Payload::Function(f) => {
            obj(&f.code, visit);
            obj(&f.globals, visit);
            obj(unsafe { &*f.name.get() }, visit);
            obj(unsafe { &*f.qualname.get() }, visit);
            if let Some(d) = unsafe { &*f.defaults.get() } {
                obj(d, visit);
            }
            if let Some(d) = unsafe { &*f.kwdefaults.get() } {
                obj(d, visit);
            }
            if let Some(c) = &f.closure {
                obj(c, visit);
            }
            val(unsafe { &*f.doc.get() }, visit);
            val(unsafe { &*f.module.get() }, visit);
        }
        Payload::Method { func, self_ } => {
            val(func, visit);
            val(self_, visit);
        }
        Payload::Builtin(b) => {
            if let Some(s) = &b.self_ {
                val(s, visit);
            }
        }
        Payload::Type(td) => {
            obj(&td.dict, visit);
            for b in unsafe { &*td.bases.get() } {
                obj(b, visit);
            }
            for b in unsafe { &*td.mro.get() } {
                obj(b, visit);
            }
            if let Some(m) = unsafe { &*td.mro_tuple.get() } {
                obj(m, visit);
            }
            if let Some(b) = unsafe { &*td.bases_tuple.get() } {
                obj(b, visit);
            }
        }
        Payload::Module(m) => obj(&m.dict, visit),
        Payload::Exception(e) => {
            obj(unsafe { &*e.args.get() }, visit);
            for (code, _, _) in unsafe { &*e.traceback.get() } {
                obj(code, visit);
            }
            for f in unsafe { &*e.tb_frames.get() } {
                f.traverse(visit);
            }
            val(unsafe { &*e.cause.get() }, visit);
            val(unsafe { &*e.context.get() }, visit);
            if let Some((g, b)) = unsafe { &*e.name_scope.get() } {
                obj(g, visit);
                obj(b, visit);
            }
            for f in unsafe { &*e.catch_frames.get() } {
                obj(f, visit);
            }
            if let Some((head, _)) = unsafe { &*e.tb_cache.get() } {
                obj(head, visit);
            }
        }
        Payload::Generator(g) => {
            if let Some(f) = unsafe { &*g.frame.get() } {
                f.traverse(visit);
            }
            if let Ok(x) = g.exc_state.try_borrow() {
                val(&x, visit);
            }
            obj(&g.name, visit);
            obj(&g.qualname, visit);
            obj(&g.code, visit);
        }
        Payload::Property(p) => {
            val(&p.fget, visit);
            val(&p.fset, visit);
            val(&p.fdel, visit);
            val(&p.doc, visit);
        }
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => val(f, visit),
        Payload::Super { ty, obj: o } => {
            obj(ty, visit);
            val(o, visit);
        }
        Payload::Slice(a, b, c) => {
            val(a, visit);
            val(b, visit);
            val(c, visit);
        }
        Payload::Iter(k) => traverse_iter(unsafe { &*k.get() }, visit),
        Payload::DictView { dict, .. } => obj(dict, visit),
        Payload::Native(n) => n.traverse(visit),
        _ => {}
    }
}

fn traverse_iter(k: &IterKind, visit: &mut dyn FnMut(&PyObject)) {
    match k {
        IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => obj(seq, visit),
        IterKind::Str { s, .. } => obj(s, visit),
        IterKind::Dict { dict, last, .. } => {
            obj(dict, visit);
            if let Some(l) = last {
                obj(l, visit);
            }
        }
        IterKind::Set { set, .. } => obj(set, visit),
        IterKind::Bytes { b, .. } => obj(b, visit),
        IterKind::GetItem { obj: o, .. } => val(o, visit),
        IterKind::Enumerate { last, it, count } => {
            if let Some(l) = last {
                obj(l, visit);
            }
            val(it, visit);
            val(count, visit);
        }
        IterKind::Zip { its, last, .. } => {
            its.iter().for_each(|x| val(x, visit));
            if let Some(l) = last {
                obj(l, visit);
            }
        }
        IterKind::Map { f, its } => {
            val(f, visit);
            its.iter().for_each(|x| val(x, visit));
        }
        IterKind::Filter { f, it } => {
            val(f, visit);
            val(it, visit);
        }
        IterKind::Callable { f, sentinel } => {
            val(f, visit);
            val(sentinel, visit);
        }
        IterKind::Range { .. } | IterKind::BigRange { .. } | IterKind::Exhausted => {}
    }
}

/// Drop the references of a piece of garbage that can be dropped (CPython's tp_clear), so
/// that the cycles through it fall apart. The collector holds a reference to every piece of
/// the garbage meanwhile, so nothing is freed in the middle of this.
pub fn clear(o: &PyObject) {
    let dict = o.take_dict();
    drop(dict);
    drop(crate::types::slots::take(o));
    // SAFETY (for the UnsafeCell writes below): GIL invariant; each old value is moved out
    // and dropped after the write, when the object is consistent again.
    match &o.payload {
        Payload::List(v) => drop(std::mem::take(unsafe { &mut *v.get() })),
        Payload::Dict(d) => crate::types::dict::clear_data(d),
        Payload::Set(s) => crate::types::set::clear_data(s),
        Payload::Cell(c) => drop(std::mem::replace(unsafe { &mut *c.get() }, Value::Undef)),
        Payload::Function(f) => {
            drop(unsafe { (*f.defaults.get()).take() });
            drop(unsafe { (*f.kwdefaults.get()).take() });
            drop(std::mem::replace(unsafe { &mut *f.doc.get() }, Value::None));
            drop(std::mem::replace(unsafe { &mut *f.module.get() }, Value::None));
        }
        Payload::Type(td) => {
            drop(unsafe { (*td.mro_tuple.get()).take() });
            drop(unsafe { (*td.bases_tuple.get()).take() });
            if let Payload::Dict(d) = td.dict.payload() {
                crate::types::dict::clear_data(d);
            }
        }
        Payload::Module(m) => {
            if let Payload::Dict(d) = m.dict.payload() {
                crate::types::dict::clear_data(d);
            }
        }
        Payload::Exception(e) => {
            drop(std::mem::take(unsafe { &mut *e.tb_frames.get() }));
            drop(std::mem::replace(unsafe { &mut *e.cause.get() }, Value::None));
            drop(std::mem::replace(unsafe { &mut *e.context.get() }, Value::None));
            drop(unsafe { (*e.name_scope.get()).take() });
            drop(std::mem::take(unsafe { &mut *e.catch_frames.get() }));
            drop(unsafe { (*e.tb_cache.get()).take() });
        }
        Payload::Generator(g) => {
            drop(unsafe { (*g.frame.get()).take() });
            if let Ok(mut x) = g.exc_state.try_borrow_mut() {
                let old = std::mem::replace(&mut *x, Value::None);
                drop(x);
                drop(old);
            }
        }
        Payload::Iter(k) => drop(std::mem::replace(unsafe { &mut *k.get() }, IterKind::Exhausted)),
        Payload::Native(n) => n.clear(),
        _ => {}
    }
}
