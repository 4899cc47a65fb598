//! Inline caches for attribute access (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
//! STORE_ATTR_INSTANCE_VALUE and LOAD_METHOD_WITH_VALUES, in our own shape).
//!
//! Each code object has one `AttrCache` per name. An entry describes objects of one type,
//! named by its address and its version tag (types/typeobj.rs): any change to the dicts along
//! that type's MRO, to its bases or to its attribute hooks gives the type a new tag, and tags
//! are never reused, so a matching (address, tag) pair proves that what the entry says about
//! the type still holds. The slow paths fill entries after they have answered; a hit gives
//! the same result the slow path would.
//!
//! - `ATTR_LOAD`/`ATTR_STORE`: the type (a class) defines nothing under the name, anywhere along its
//!   MRO, or only the `__slots__` entry of that name (whose value the instance keeps in its
//!   hidden dict), so the attribute is the instance dict's entry or nothing: for loads
//!   unless the class has a `__getattribute__` of its own, for stores unless it has a
//!   `__setattr__`. `index` is where the last instance kept it: instances
//!   of one class usually insert their attributes in the same order, so one key comparison
//!   (by identity: names are interned) usually finds it.
//! - `ATTR_METHOD`: the name is a plain function (or a builtin method) found on the type,
//!   which LOAD_METHOD can push unbound beside the object, provided the instance dict does
//!   not shadow it.

use crate::object::{PyRef, Value};
use crate::types::payload::*;
use crate::types::typeobj::{lookup, type_data};
use crate::types::{dict, function};
use crate::{PyResult, Vm};

/// the instance dict answers loads of the name (no `__getattribute__`)
pub const ATTR_LOAD: u8 = 1;
/// the instance dict takes stores of the name (no `__setattr__`)
pub const ATTR_STORE: u8 = 2;
pub const ATTR_METHOD: u8 = 4;

/// Does the entry describe `o`'s type, with `kind` among what it allows?
#[inline(always)]
fn matches(c: &AttrCache, o: &PyRef, kind: u8) -> bool {
    let ty = o.ty();
    c.kind.get() & kind != 0 && ty.as_ptr() as usize == c.ty.get() && type_data(ty).version_tag.get() == c.tag.get()
}

/// LOAD_ATTR's fast path: the instance-dict value, or None to take the slow path.
#[inline(always)]
pub fn load(c: &AttrCache, obj: &Value, name: &PyRef) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    if !matches(c, o, ATTR_LOAD) {
        return None;
    }
    let d = o.dict_borrowed()?;
    if let Some(v) = dict::value_if_key_at(d, c.index.get() as usize, name) {
        return Some(v);
    }
    let ix = dict::lookup_str_index(d, name)?;
    c.index.set(ix as u32);
    dict::value_if_key_at(d, ix, name)
}

/// The type answers nothing for `name` and the instance dict alone decides: the tag, and
/// which of ATTR_LOAD and ATTR_STORE hold (a `__getattribute__` or `__setattr__` of the
/// class's own rules out one). Assigns the type a tag if it has none.
fn instance_attr_type(o: &PyRef, name: &PyRef) -> Option<(u64, u8)> {
    if !matches!(o.payload(), Payload::Object) {
        return None;
    }
    let ty = o.ty();
    let td = type_data(ty);
    if !td.has(TF_HEAP) || td.has(TF_NATIVE_HOOKS) || name.refcount() < crate::object::IMMORTAL {
        return None;
    }
    let kind = if td.has(TF_HAS_GETATTRIBUTE) { 0 } else { ATTR_LOAD } | if td.has(TF_HAS_SETATTR) { 0 } else { ATTR_STORE };
    if kind == 0 {
        return None;
    }
    // the lookup also gives the type a tag; a `__slots__` entry of this name keeps its value
    // in the instance's hidden dict under the name, so it reads and writes the same way
    match lookup(ty, name) {
        None => {}
        Some(Value::Obj(d)) if td.has(TF_SLOTTED) && matches!(d.payload(), Payload::MemberDescr { name: n, .. } if n.is(name)) => {}
        Some(_) => return None,
    }
    match td.version_tag.get() {
        0 => None,
        t => Some((t, kind)),
    }
}

/// After LOAD_ATTR's slow path answered: remember where an instance-dict value was.
pub fn fill_load(c: &AttrCache, obj: &Value, name: &PyRef) {
    let Value::Obj(o) = obj else { return };
    let Some((tag, kind)) = instance_attr_type(o, name) else { return };
    let Some(d) = o.dict_borrowed() else { return };
    let Some(ix) = dict::lookup_str_index(d, name) else { return };
    set(c, o.ty(), tag, kind);
    c.index.set(ix as u32);
}

fn set(c: &AttrCache, ty: &PyRef, tag: u64, kind: u8) {
    c.ty.set(ty.as_ptr() as usize);
    c.tag.set(tag);
    c.kind.set(kind);
}

/// STORE_ATTR: the fast path when the entry matches (the value is stored and Ok(None)
/// comes back), else the slow path, after which the entry is filled. The object and the
/// value come off the stack as owned values.
#[inline(always)]
pub fn store(vm: &Vm, c: &AttrCache, obj: Value, name: &PyRef, v: Value) -> PyResult<()> {
    if let Value::Obj(o) = &obj {
        if matches(c, o, ATTR_STORE) {
            if let Some(d) = o.dict_borrowed() {
                let ix = dict::store_str_hinted(vm, d, name, v, c.index.get() as usize)?;
                c.index.set(ix as u32);
                return Ok(());
            }
        }
    }
    store_slow(vm, c, obj, name, v)
}

#[inline(never)]
fn store_slow(vm: &Vm, c: &AttrCache, obj: Value, name: &PyRef, v: Value) -> PyResult<()> {
    vm.setattr(&obj, name, v)?;
    if let Value::Obj(o) = &obj {
        if let Some((tag, kind)) = instance_attr_type(o, name) {
            if let Some(ix) = o.dict_borrowed().and_then(|d| dict::lookup_str_index(d, name)) {
                set(c, o.ty(), tag, kind);
                c.index.set(ix as u32);
            }
        }
    }
    Ok(())
}

/// LOAD_METHOD: (callable, self) or (bound attribute, Undef), as function::load_method.
#[inline(always)]
pub fn load_method(vm: &Vm, c: &AttrCache, obj: Value, name: &PyRef) -> PyResult<(Value, Value)> {
    if let Value::Obj(o) = &obj {
        if matches(c, o, ATTR_METHOD) && !o.dict_borrowed().is_some_and(|d| dict::contains_str(d, name)) {
            // SAFETY: the tag matched, so the type's dicts are unchanged since the entry was
            // filled and the function the entry names is still held by one of them.
            let m = unsafe { PyRef::from_borrowed(c.descr.get()) };
            return Ok((Value::Obj(m), obj));
        }
    }
    load_method_slow(vm, c, obj, name)
}

#[inline(never)]
fn load_method_slow(vm: &Vm, c: &AttrCache, obj: Value, name: &PyRef) -> PyResult<(Value, Value)> {
    let (a, b) = function::load_method(vm, obj, name)?;
    if let (Value::Obj(m), Value::Obj(o)) = (&a, &b) {
        // a method pushed unbound: the type supplied it, and function::load_method checked
        // that nothing intervenes (no __getattribute__, not a type or module, not shadowed)
        let ty = o.ty();
        let td = type_data(ty);
        let found = !td.has(TF_NATIVE_HOOKS | TF_HAS_GETATTRIBUTE) && lookup(ty, name).is_some_and(|d| matches!(&d, Value::Obj(x) if x.is(m)));
        if found && td.version_tag.get() != 0 {
            set(c, ty, td.version_tag.get(), ATTR_METHOD);
            c.descr.set(m.as_ptr());
        }
    }
    Ok((a, b))
}
