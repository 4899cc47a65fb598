//! `_thread._local` (`threading.local`): an object whose attributes are per thread.
//!
//! Each (thread, local object) pair has its own dict, kept in one registry keyed by the
//! thread state's uid (never reused, unlike OS idents) and the local's own id. Every
//! attribute access swaps the object's dict slot to the calling thread's dict, then does the
//! ordinary lookup, so subclasses, properties and methods behave as on any object. A dict is
//! freed when its thread ends (`thread_exit`) or when the local object dies, whichever comes
//! first, as CPython frees them. A thread that first touches the object runs `__init__` with
//! the arguments the object was created with.

use crate::modules::_thread::{GilCell, LocalMap};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, typeobj};
use crate::Vm;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU64, Ordering};

static REGISTRY: std::sync::OnceLock<GilCell<LocalMap>> = std::sync::OnceLock::new();
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn registry() -> &'static GilCell<LocalMap> {
    REGISTRY.get_or_init(|| GilCell(UnsafeCell::new(LocalMap::new())))
}

fn reg_get(key: (u64, u64)) -> Option<PyRef> {
    // SAFETY: GIL invariant; the clone ends the borrow before other code runs.
    unsafe { (*registry().0.get()).get(&key).cloned() }
}

fn reg_insert(key: (u64, u64), d: PyRef) {
    // SAFETY: GIL invariant; the replaced value (none expected) is dropped after the borrow.
    let old = unsafe { (*registry().0.get()).insert(key, d) };
    drop(old);
}

/// Remove every entry `pred` selects; the dicts are freed after the map is consistent, since
/// freeing them can run `__del__`, which may touch locals again.
fn reg_remove(pred: impl Fn(&(u64, u64)) -> bool) {
    // SAFETY: GIL invariant; the borrow ends before the removed dicts are dropped.
    let removed: Vec<PyRef> = unsafe {
        let m = &mut *registry().0.get();
        let keys: Vec<(u64, u64)> = m.keys().filter(|k| pred(k)).cloned().collect();
        keys.iter().filter_map(|k| m.remove(k)).collect()
    };
    drop(removed);
}

/// The live local objects by id (raw pointers: a local takes itself out when it dies), so a
/// thread that ends can take its dict out of the locals that still point at it.
static OBJECTS: std::sync::OnceLock<GilCell<std::collections::HashMap<u64, usize>>> = std::sync::OnceLock::new();

fn objects() -> &'static GilCell<std::collections::HashMap<u64, usize>> {
    OBJECTS.get_or_init(|| GilCell(UnsafeCell::new(std::collections::HashMap::new())))
}

/// A thread state ends: free its dicts of every local (in this thread, before a join()
/// returns, as CPython frees them).
pub fn thread_exit(uid: u64) {
    if REGISTRY.get().is_none() {
        return;
    }
    // SAFETY: GIL invariant; the borrow ends before anything is dropped.
    let ids: Vec<(u64, PyRef)> = unsafe { (*registry().0.get()).iter().filter(|(k, _)| k.0 == uid).map(|(k, d)| (k.1, d.clone())).collect() };
    let mut taken = Vec::new();
    for (id, d) in &ids {
        // SAFETY: GIL invariant; plain read of the map.
        let p = unsafe { (*objects().0.get()).get(id).copied() };
        if let Some(p) = p {
            // SAFETY: a local in the map is alive (its drop removes it).
            let o = unsafe { &*(p as *const crate::object::PyObject) };
            if o.dict_ref().map(|cur| cur.is(d)).unwrap_or(false) {
                taken.push(o.take_dict());
            }
        }
    }
    drop(ids);
    reg_remove(|k| k.0 == uid);
    drop(taken);
}

struct LocalData {
    id: u64,
    args: Value,
    kwargs: Value,
}

impl NativeData for LocalData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_gc(&self) -> bool {
        true
    }
    /// The per-thread dicts belong to the local object (the registry holds them for it), so
    /// a local in a cycle with what its dicts hold can be collected.
    fn traverse(&self, visit: &mut dyn FnMut(&crate::object::PyObject)) {
        if REGISTRY.get().is_none() {
            return;
        }
        // SAFETY: GIL invariant; the collector runs no code while it traverses.
        for (k, d) in unsafe { (*registry().0.get()).iter() } {
            if k.1 == self.id {
                visit(d.obj());
            }
        }
        if let Value::Obj(a) = &self.args {
            visit(a.obj());
        }
        if let Value::Obj(k) = &self.kwargs {
            visit(k.obj());
        }
    }
    fn clear(&self) {
        let id = self.id;
        reg_remove(|k| k.1 == id);
    }
}

impl Drop for LocalData {
    fn drop(&mut self) {
        let id = self.id;
        if OBJECTS.get().is_some() {
            // SAFETY: GIL invariant; no other borrow of the map is live.
            unsafe { (*objects().0.get()).remove(&id) };
        }
        reg_remove(|k| k.1 == id);
    }
}

pub fn make_type() -> PyRef {
    let r = rt();
    let t = typeobj::make_builtin_subclassable("_local", &r.t.object, Layout::Other);
    // SAFETY: start of the type's life, nothing reads the module name yet.
    unsafe { *typeobj::type_data(&t).module.get() = "_thread".into() };
    crate::types::set_new(&t, local_new);
    crate::types::add_methods(&t, &[("__getattribute__", local_getattribute), ("__setattr__", local_setattr), ("__delattr__", local_delattr)]);
    let td = typeobj::type_data(&t);
    td.flags.set(td.flags.get() | TF_HAS_GETATTRIBUTE | TF_HAS_SETATTR | TF_HAS_DELATTR | TF_NATIVE_HOOKS);
    t
}

fn local_new(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => t.clone(),
        _ => return Err(vm.type_error("_local.__new__(X): X is not a type object".into())),
    };
    let args = &a[1..];
    if !args.is_empty() || !k.is_empty() {
        let init = typeobj::lookup(&cls, &crate::name!("__init__"));
        let object_init = typeobj::lookup(&rt().t.object, &crate::name!("__init__"));
        if let (Some(i), Some(oi)) = (init, object_init) {
            if i.is(&oi) {
                return Err(vm.type_error("Initialization arguments are not supported".into()));
            }
        }
    }
    let kwargs = dict::new_dict();
    for (n, v) in k.iter() {
        dict::set_str_raw(&kwargs, n, v.clone());
    }
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let data = LocalData { id, args: crate::types::tuple::new_tuple(args.to_vec()), kwargs: Value::Obj(kwargs) };
    let o = PyRef::new(&cls, Payload::Native(Box::new(data)));
    // SAFETY: GIL invariant; no other borrow of the map is live.
    unsafe { (*objects().0.get()).insert(id, o.as_ptr() as usize) };
    let d = dict::new_dict();
    reg_insert((vm.uid, id), d.clone());
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

/// Point the object's dict slot at this thread's dict, creating it (and running `__init__`)
/// on the thread's first touch.
fn select(vm: &Vm, o: &Value) -> PyResult<()> {
    let obj = match o {
        Value::Obj(x) => x,
        _ => return Ok(()),
    };
    let data = match native::<LocalData>(obj) {
        Some(d) => d,
        None => return Ok(()),
    };
    let key = (vm.uid, data.id);
    if let Some(d) = reg_get(key) {
        let same = obj.dict().map(|cur| cur.is(&d)).unwrap_or(false);
        if !same {
            obj.set_dict(Some(d));
        }
        return Ok(());
    }
    let d = dict::new_dict();
    reg_insert(key, d.clone());
    obj.set_dict(Some(d));
    let init = typeobj::lookup(obj.ty(), &crate::name!("__init__"));
    let object_init = typeobj::lookup(&rt().t.object, &crate::name!("__init__"));
    if let (Some(i), Some(oi)) = (init, object_init) {
        if !i.is(&oi) {
            let args = match &data.args {
                Value::Obj(t) => crate::types::tuple::items(t).to_vec(),
                _ => vec![],
            };
            let kw = match &data.kwargs {
                Value::Obj(kd) => dict::items(kd),
                _ => vec![],
            };
            let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
            let values: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
            let mut full = vec![o.clone()];
            full.extend(args);
            vm.call(&i, &full, KwArgs { names: &names, values: &values })?;
        }
    }
    Ok(())
}

fn name_arg(vm: &Vm, a: &[Value]) -> PyResult<PyRef> {
    match a.get(1) {
        Some(Value::Obj(n)) if matches!(n.payload(), Payload::Str(_)) => Ok(n.clone()),
        Some(v) => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
        None => Err(vm.type_error("expected 1 argument, got 0".into())),
    }
}

fn local_getattribute(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let name = name_arg(vm, a)?;
    select(vm, &a[0])?;
    match vm.generic_getattr(&a[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(&a[0], &name)),
    }
}

fn dict_readonly(vm: &Vm, a: &[Value], name: &PyRef) -> PyResult<()> {
    if crate::types::str::as_str(&Value::Obj(name.clone())) == Some("__dict__") {
        return Err(vm.attribute_error(format!("'{}' object attribute '__dict__' is read-only", vm.type_name(&a[0]))));
    }
    Ok(())
}

fn local_setattr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let name = name_arg(vm, a)?;
    dict_readonly(vm, a, &name)?;
    select(vm, &a[0])?;
    vm.generic_setattr(&a[0], &name, Some(a.get(2).cloned().unwrap_or(Value::None)))?;
    Ok(Value::None)
}

fn local_delattr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let name = name_arg(vm, a)?;
    dict_readonly(vm, a, &name)?;
    select(vm, &a[0])?;
    vm.generic_setattr(&a[0], &name, None)?;
    Ok(Value::None)
}
