//! Where `__slots__` values live.
//!
//! An instance of a class whose line has `__slots__` and no `__dict__` (TF_SLOTTED) keeps its
//! slot values in its hidden instance dict under the slot names: nothing can see that dict,
//! and the attribute cache reads it by index. An instance that has a real `__dict__` as well
//! (a subclass without `__slots__`, or `'__dict__'` among the slots) cannot keep them there,
//! since `vars()` and `__dict__` would show them; CPython stores them in the object itself.
//! gilpy keeps them in a side table instead, one hidden dict per object keyed by its address,
//! flagged with HAS_SLOT_TABLE so that freeing the object, the cycle collector's traversal
//! and its clearing find them (object/mod.rs, object/traverse.rs).

use crate::object::{PyObject, PyRef, Value, HAS_SLOT_TABLE};
use crate::types::dict;
use std::cell::UnsafeCell;
use std::collections::HashMap;

struct Table(UnsafeCell<Option<HashMap<usize, PyRef>>>);
// SAFETY: the GIL invariant (object/mod.rs): only the thread holding the GIL reads or
// changes the table, as it does the objects in it.
unsafe impl Sync for Table {}

static TABLE: Table = Table(UnsafeCell::new(None));

fn table() -> &'static mut HashMap<usize, PyRef> {
    // SAFETY: GIL invariant; callers keep no borrow of the map across code that could run
    // Python (values are cloned out, removed dicts are dropped after the borrow ends).
    unsafe { (*TABLE.0.get()).get_or_insert_with(HashMap::new) }
}

/// Whether `o`'s slot values are in the side table rather than its instance dict.
pub fn uses_table(o: &PyRef) -> bool {
    !crate::types::typeobj::type_data(o.ty()).has(crate::types::payload::TF_SLOTTED)
}

pub fn get(o: &PyRef, name: &PyRef) -> Option<Value> {
    if !o.obj().has_flag(HAS_SLOT_TABLE) {
        return None;
    }
    let d = table().get(&(o.as_ptr() as usize))?.clone();
    dict::get_str(&d, name)
}

pub fn set(vm: &crate::Vm, o: &PyRef, name: &PyRef, v: Value) -> crate::PyResult<()> {
    let key = o.as_ptr() as usize;
    let d = match table().get(&key) {
        Some(d) => d.clone(),
        None => {
            let d = dict::new_dict();
            table().insert(key, d.clone());
            o.obj().set_flag(HAS_SLOT_TABLE, true);
            d
        }
    };
    dict::set_item(vm, &d, Value::Obj(name.clone()), v)
}

/// Remove a slot's value; false when it had none.
pub fn delete(o: &PyRef, name: &PyRef) -> bool {
    if !o.obj().has_flag(HAS_SLOT_TABLE) {
        return false;
    }
    match table().get(&(o.as_ptr() as usize)) {
        Some(d) => {
            let d = d.clone();
            dict::del_str(&d, name)
        }
        None => false,
    }
}

/// The hidden dict of `o`'s slot values, borrowed for the cycle collector's traversal (which
/// runs no code, so the table does not change meanwhile).
pub fn table_dict(o: &PyObject) -> Option<&'static PyRef> {
    if !o.has_flag(HAS_SLOT_TABLE) {
        return None;
    }
    table().get(&(o as *const PyObject as usize))
}

/// Take `o`'s slot values out of the table (the object is being freed or cleared as
/// garbage); the caller drops them once nothing borrows the table.
pub fn take(o: &PyObject) -> Option<PyRef> {
    if !o.has_flag(HAS_SLOT_TABLE) {
        return None;
    }
    o.set_flag(HAS_SLOT_TABLE, false);
    table().remove(&(o as *const PyObject as usize))
}
