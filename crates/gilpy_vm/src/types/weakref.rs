//! `weakref.ref` (ReferenceType): a reference that does not keep its object alive.
//!
//! The weak references to an object are kept in a side table keyed by the object's address,
//! in CPython's order: the shared plain reference first, then those with callbacks, newest
//! first (so callbacks run newest first). An object with weak references has HAS_WEAKREFS
//! set in its header; when it dies (object/mod.rs `dealloc`, or the cycle collector), every
//! reference to it goes dead and the callbacks of the live ones run. A weak reference holds
//! no count on its object, and the table holds none on the references: a reference that
//! dies takes itself out of the table.

use crate::object::{PyObject, PyRef, Value, HAS_WEAKREFS};
use crate::types::payload::*;
use crate::types::{str as pystr, typeobj};
use crate::{KwArgs, PyResult, Vm};
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;

pub struct WeakRefData {
    /// the object, or null once it is gone
    referent: Cell<*const PyObject>,
    callback: UnsafeCell<Value>,
    /// this reference's own object (set right after it is made)
    me: Cell<*const PyObject>,
    /// hash of the object, computed on first use (-1: not yet)
    hash: Cell<i64>,
}

impl NativeData for WeakRefData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            // SAFETY: GIL invariant; cloned out.
            "__callback__" => Some(unsafe { (*self.callback.get()).clone() }),
            _ => None,
        })
    }
    fn is_gc(&self) -> bool {
        true
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        // SAFETY: GIL invariant; the collector runs no code while it traverses.
        if let Value::Obj(c) = unsafe { &*self.callback.get() } {
            visit(c.obj());
        }
    }
    fn clear(&self) {
        // SAFETY: GIL invariant; moved out, dropped after the write.
        let old = unsafe { std::mem::replace(&mut *self.callback.get(), Value::None) };
        drop(old);
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        let r = self.referent.get();
        if !r.is_null() {
            let me = self.me.get();
            let t = table();
            if let Some(v) = t.get_mut(&(r as usize)) {
                v.retain(|p| *p != me);
                if v.is_empty() {
                    t.remove(&(r as usize));
                    // SAFETY: the referent is alive (a dead one's references were cleared).
                    unsafe { (*r).set_flag(HAS_WEAKREFS, false) };
                }
            }
        }
    }
}

struct Table(UnsafeCell<Option<HashMap<usize, Vec<*const PyObject>>>>);
// SAFETY: the GIL invariant (object/mod.rs): only the GIL holder uses the table.
unsafe impl Sync for Table {}
static TABLE: Table = Table(UnsafeCell::new(None));

#[allow(clippy::mut_from_ref)]
fn table() -> &'static mut HashMap<usize, Vec<*const PyObject>> {
    // SAFETY: GIL invariant; callers never hold the borrow across Python code.
    unsafe { (*TABLE.0.get()).get_or_insert_with(HashMap::new) }
}

fn data(o: &PyObject) -> Option<&WeakRefData> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<WeakRefData>(),
        _ => None,
    }
}

/// A counted reference to a live object known by address.
fn counted(p: *const PyObject) -> PyRef {
    // SAFETY: callers pass live objects; the clone adds the count the result owns.
    unsafe { PyRef::from_borrowed(p) }
}

/// `o` died: its weak references go dead, and the callbacks of those that are themselves
/// alive run (when `run` is set; the cycle collector runs them itself).
pub fn clear_refs_to(o: &PyObject, run: bool) {
    let cbs = take_refs(o, |_| true);
    if !run || cbs.is_empty() {
        return;
    }
    crate::with_current_vm(|vm| {
        let saved = vm.exc_info.borrow().clone();
        for (wr, cb) in cbs {
            if let Err(e) = vm.call(&cb, &[Value::Obj(wr.clone())], KwArgs::EMPTY) {
                crate::eval::traceback::print_unraisable(vm, None, Some(cb.clone()), &e);
            }
        }
        let old = vm.exc_info.replace(saved);
        drop(old);
    });
}

/// For the cycle collector: a weak reference that is itself garbage goes dead at once, its
/// callback never to run, even if what it points to lives on (CPython's handle_weakrefs), so a
/// finalizer in the garbage cannot reach through it.
pub fn kill_if_weakref(o: &PyObject) {
    let Some(d) = data(o) else { return };
    let r = d.referent.replace(std::ptr::null());
    if r.is_null() {
        return;
    }
    let me = d.me.get();
    let t = table();
    if let Some(v) = t.get_mut(&(r as usize)) {
        v.retain(|p| *p != me);
        if v.is_empty() {
            t.remove(&(r as usize));
            // SAFETY: the referent is alive (a dead one's references were cleared).
            unsafe { (*r).set_flag(HAS_WEAKREFS, false) };
        }
    }
}

/// For the cycle collector: kill the references to `o` (garbage) and return the callbacks
/// to run, leaving out references that are garbage themselves.
pub fn clear_refs_collecting(o: &PyObject) -> Vec<(PyRef, Value)> {
    take_refs(o, |w| w.gc_gen.get() != 4)
}

fn take_refs(o: &PyObject, wants_callback: impl Fn(&PyObject) -> bool) -> Vec<(PyRef, Value)> {
    let list = table().remove(&(o as *const PyObject as usize)).unwrap_or_default();
    let mut out = Vec::new();
    for w in list {
        // SAFETY: references in the table are not yet freed (their drop removes them).
        let wo = unsafe { &*w };
        let Some(d) = data(wo) else { continue };
        d.referent.set(std::ptr::null());
        // one whose count already reached zero is on its way out: no callback for it
        if wo.refcnt() > 0 && wants_callback(wo) {
            // SAFETY: GIL invariant; moved out (CPython clears the callback too).
            let cb = unsafe { std::mem::replace(&mut *d.callback.get(), Value::None) };
            if !cb.is_none() {
                out.push((counted(w), cb));
            }
        }
    }
    out
}

pub fn ref_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = crate::modules::native_type(
            "weakref",
            "ReferenceType",
            None,
            &[("__call__", call), ("__init__", init), ("__hash__", hash), ("__repr__", repr), ("__eq__", eq), ("__ne__", ne)],
        );
        crate::types::set_new(&t, ref_new);
        crate::types::add_classmethods(&t, &[("__class_getitem__", crate::types::genericalias::class_getitem)]);
        let td = typeobj::type_data(&t);
        // SAFETY: start of the type's life; nothing reads the names yet.
        unsafe { *td.qualname.get() = "ReferenceType".into() };
        td.flags.set(td.flags.get() | TF_OWN_REPR | TF_NATIVE_DUNDERS | TF_BASETYPE);
        t
    })
}

/// `hash(r)` for a weak reference whose class does not define its own `__hash__`.
pub fn hash_of(vm: &Vm, o: &PyRef) -> Option<PyResult<i64>> {
    data(o.obj())?;
    Some(hash(vm, &[Value::Obj(o.clone())], KwArgs::EMPTY).map(|v| match v {
        Value::Int(i) => i,
        _ => 0,
    }))
}

/// Whether CPython's type for `o` has room for weak references (tp_weaklistoffset).
fn weakrefable(o: &PyRef) -> bool {
    let heap = typeobj::type_data(o.ty()).has(TF_HEAP);
    if heap && !slots_allow_weakref(o.ty()) {
        return false;
    }
    match o.payload() {
        // variable-size layouts leave no room, even in subclasses
        Payload::Bytes(_) | Payload::Tuple(_) | Payload::BigInt(_) => false,
        Payload::Str(_) => heap,
        Payload::Native(n) => n.as_any().downcast_ref::<WeakRefData>().is_none() || heap,
        Payload::Function(_)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::Method { .. }
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Module(_)
        | Payload::Builtin(_) => true,
        _ => heap,
    }
}

/// A class whose every class-made base has `__slots__` without '__weakref__' gives its
/// instances no room for weak references.
fn slots_allow_weakref(ty: &PyRef) -> bool {
    let mut chain = vec![ty.clone()];
    chain.extend(typeobj::type_data(ty).mro_vec().iter().cloned());
    for t in chain.iter().filter(|t| typeobj::type_data(t).has(TF_HEAP)) {
        let td = typeobj::type_data(t);
        let slots = crate::types::dict::get_str(&td.dict, &crate::runtime::rt().intern("__slots__"));
        let Some(slots) = slots else { return true };
        let names: Vec<Value> = match &slots {
            Value::Obj(s) if crate::types::str::as_str(&slots).is_some() => vec![Value::Obj(s.clone())],
            Value::Obj(s) if matches!(s.payload(), Payload::Tuple(_)) => crate::types::tuple::items(s).to_vec(),
            Value::Obj(s) if matches!(s.payload(), Payload::List(_)) => crate::types::list::snapshot(s),
            _ => return true,
        };
        if names.iter().any(|n| crate::types::str::as_str(n) == Some("__weakref__")) {
            return true;
        }
    }
    false
}

/// A weak reference to `ob` (type `ty`, a subclass of ReferenceType or it).
pub fn new_ref(vm: &Vm, ty: &PyRef, ob: &Value, callback: Value) -> PyResult<PyRef> {
    let o = match ob {
        Value::Obj(o) if weakrefable(o) => o,
        _ => return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(ob)))),
    };
    let plain = ty.is(&ref_type());
    let key = o.as_ptr() as usize;
    if plain && callback.is_none() {
        if let Some(first) = table().get(&key).and_then(|v| v.first().copied()) {
            // SAFETY: table entries are live references.
            let f = unsafe { &*first };
            if f.ty().is(ty) && data(f).map(|d| unsafe { (*d.callback.get()).is_none() }).unwrap_or(false) {
                return Ok(counted(first));
            }
        }
    }
    let w = PyRef::new(
        ty,
        Payload::Native(Box::new(WeakRefData {
            referent: Cell::new(o.as_ptr()),
            callback: UnsafeCell::new(callback.clone()),
            me: Cell::new(std::ptr::null()),
            hash: Cell::new(-1),
        })),
    );
    if let Some(d) = data(w.obj()) {
        d.me.set(w.as_ptr());
    }
    let td = typeobj::type_data(ty);
    if td.has(TF_HAS_DICT) || td.has(TF_SLOTTED) {
        w.set_dict(Some(crate::types::dict::new_dict()));
    }
    let list = table().entry(key).or_default();
    if plain && callback.is_none() {
        list.insert(0, w.as_ptr());
    } else {
        // after the shared plain reference, before older ones with callbacks
        let at = match list.first() {
            // SAFETY: table entries are live references.
            Some(f) if unsafe { &**f }.ty().is(&ref_type()) && data(unsafe { &**f }).map(|d| unsafe { (*d.callback.get()).is_none() }).unwrap_or(false) => 1,
            _ => 0,
        };
        list.insert(at, w.as_ptr());
    }
    o.obj().set_flag(HAS_WEAKREFS, true);
    Ok(w)
}

fn ref_new(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let ty = match a.first() {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => t.clone(),
        _ => return Err(vm.type_error("ReferenceType.__new__(X): X is not a type object".into())),
    };
    if !k.is_empty() && ty.is(&ref_type()) {
        return Err(vm.type_error("ref() takes no keyword arguments".into()));
    }
    let n = a.len() - 1;
    if !(1..=2).contains(&n) {
        return Err(
            vm.type_error(format!("__new__ expected at most 2 arguments, got {}", n).replace("at most 2 arguments, got 0", "at least 1 argument, got 0"))
        );
    }
    Ok(Value::Obj(new_ref(vm, &ty, &a[1], a.get(2).cloned().unwrap_or(Value::None))?))
}

fn init(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a WeakRefData> {
    match a.first() {
        Some(Value::Obj(o)) => data(o.obj()).ok_or_else(|| vm.type_error("descriptor requires a 'weakref.ReferenceType' object".into())),
        _ => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object".into())),
    }
}

/// The object a weak reference points to, if it is alive.
pub fn target(w: &PyRef) -> Option<PyRef> {
    let d = data(w.obj())?;
    let p = d.referent.get();
    if p.is_null() {
        None
    } else {
        Some(counted(p))
    }
}

fn call(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let d = this(vm, a)?;
    if a.len() > 1 || !k.is_empty() {
        if !k.is_empty() {
            return Err(vm.type_error("weakref() takes no keyword arguments".into()));
        }
        return Err(vm.type_error(format!("weakref expected 0 arguments, got {}", a.len() - 1)));
    }
    let p = d.referent.get();
    Ok(if p.is_null() { Value::None } else { Value::Obj(counted(p)) })
}

fn hash(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = this(vm, a)?;
    if d.hash.get() != -1 {
        return Ok(Value::Int(d.hash.get()));
    }
    let p = d.referent.get();
    if p.is_null() {
        return Err(vm.type_error("weak object has gone away".into()));
    }
    let h = vm.hash(&Value::Obj(counted(p)))?;
    d.hash.set(h);
    Ok(Value::Int(h))
}

fn repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = this(vm, a)?;
    let me = a[0].id();
    let p = d.referent.get();
    if p.is_null() {
        return Ok(pystr::new_str(&format!("<weakref at {:#x}; dead>", me)));
    }
    let o = Value::Obj(counted(p));
    let name = match vm.getattr_str(&o, "__name__") {
        Ok(n) if crate::types::str::as_str(&n).is_some() => format!(" ({})", crate::types::str::as_str(&n).unwrap()),
        _ => String::new(),
    };
    Ok(pystr::new_str(&format!("<weakref at {:#x}; to '{}' at {:#x}{}>", me, typeobj::type_name(vm.type_of(&o)), o.id(), name)))
}

fn compare(vm: &Vm, a: &[Value], ne: bool) -> PyResult<Value> {
    this(vm, a)?;
    let other = match a.get(1) {
        Some(Value::Obj(o)) if data(o.obj()).is_some() => o.clone(),
        _ => return Ok(Value::Obj(crate::runtime::rt().not_implemented.clone())),
    };
    let (Value::Obj(me), Some(od)) = (&a[0], data(other.obj())) else { unreachable!() };
    let md = data(me.obj()).unwrap();
    let (x, y) = (md.referent.get(), od.referent.get());
    if x.is_null() || y.is_null() {
        let same = me.is(&other);
        return Ok(Value::Bool(same != ne));
    }
    let op = if ne { gilpy_compiler::CmpOp::Ne } else { gilpy_compiler::CmpOp::Eq };
    vm.compare(&Value::Obj(counted(x)), &Value::Obj(counted(y)), op)
}

fn eq(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, false)
}
fn ne(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    compare(vm, a, true)
}

/// How many weak references `o` has.
pub fn count(o: &Value) -> usize {
    match o {
        Value::Obj(o) => table().get(&(o.as_ptr() as usize)).map(|v| v.len()).unwrap_or(0),
        _ => 0,
    }
}

/// The weak references to `o`, in table order.
pub fn refs(o: &Value) -> Vec<PyRef> {
    match o {
        Value::Obj(o) => table().get(&(o.as_ptr() as usize)).map(|v| v.iter().map(|p| counted(*p)).collect()).unwrap_or_default(),
        _ => Vec::new(),
    }
}
