//! Calling a class whose instances are made the default way, without leaving the dispatch
//! loop (what CPython 3.13 calls CALL_ALLOC_AND_ENTER_INIT). `object.__new__` makes the
//! instance, which replaces the class on the caller's stack; `__init__` then runs as an
//! inline frame marked `init`. Its return (eval's ReturnValue) checks that it answered
//! None and leaves the instance where it is. Everything else about the call (the checks
//! of `object.__new__`, the recursion count of a class call, the frames tracebacks show)
//! is what `type.__call__` gives.

use super::frame::{self, code_data, Frame};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, lookup, type_data};
use crate::{PyResult, Vm};

/// When `f.stack[base]` is such a class, called with the positional arguments from
/// `args_start` to the top: make the instance and answer `__init__`'s frame. None leaves
/// the stack untouched for the general path.
pub fn inline_init(vm: &Vm, f: &mut Frame, base: usize, args_start: usize) -> PyResult<Option<Box<Frame>>> {
    if args_start != base + 2 {
        return Ok(None);
    }
    let Value::Obj(ty) = &f.stack[base] else { return Ok(None) };
    let Payload::Type(td) = ty.payload() else { return Ok(None) };
    // a metaclass other than `type` may have its own __call__
    if !td.has(TF_HEAP) || !ty.ty().is(&rt().t.type_) {
        return Ok(None);
    }
    let (tag, cached) = td.init_cache.get();
    let init = if tag != 0 && tag == td.version_tag.get() {
        // SAFETY: the tag is unchanged since the entry was made, so the dicts along the MRO
        // are too, and the one that held `__init__` still holds it.
        unsafe { PyRef::from_borrowed(cached) }
    } else {
        match default_new_init(ty, td) {
            Some(init) => init,
            None => return Ok(None),
        }
    };
    let Payload::Function(fd) = init.payload() else { return Ok(None) };
    let nargs = f.stack.len() - args_start;
    if code_data(&fd.code).plain_args != Some(nargs as u32 + 1) {
        return Ok(None);
    }
    // the class call's own level (type_call_new's enter_native_call), checked the same way
    let guard = vm.enter_native_call()?;
    let obj = Value::Obj(typeobj::alloc_instance(ty));
    // [class, NULL, args...] becomes [instance] for the caller, and (instance, args...)
    // for __init__
    f.stack[base + 1] = obj.clone();
    f.stack[base] = obj;
    let mut nf = frame::make_frame_moving(vm, &init, &mut f.stack, base + 1);
    // the level stays counted until the init frame ends (eval's return and unwind paths)
    std::mem::forget(guard);
    nf.init = true;
    Ok(Some(nf))
}

/// Does calling the class make its instances with object.__new__ and a Python `__init__`,
/// with nothing object.__new__ would refuse (abstract methods)? Remembered in the type's
/// `init_cache` under its current tag.
fn default_new_init(ty: &PyRef, td: &TypeData) -> Option<PyRef> {
    // only classes and `object` along the MRO: no builtin base with a constructor of its own
    let object = &rt().t.object;
    if td.layout != Layout::Object || !td.mro_vec().iter().all(|b| b.is(object) || type_data(b).has(TF_HEAP)) {
        return None;
    }
    let new = lookup(ty, &crate::name!("__new__"))?;
    if !new.is(&lookup(&rt().t.object, &crate::name!("__new__"))?) {
        return None;
    }
    if lookup(ty, &crate::name!("__abstractmethods__")).is_some() {
        return None;
    }
    let Value::Obj(init) = lookup(ty, &crate::name!("__init__"))? else { return None };
    if !matches!(init.payload(), Payload::Function(_)) {
        return None;
    }
    // the lookups gave the type its tag
    td.init_cache.set((td.version_tag.get(), init.as_ptr()));
    Some(init)
}

/// An init frame has returned `v` (or is being unwound, with None): give back the class
/// call's level and check the answer, as type.__call__ does after __init__.
pub fn init_done(vm: &Vm, v: &Value) -> PyResult<()> {
    vm.native_depth.set(vm.native_depth.get() - 1);
    if v.is_none() {
        return Ok(());
    }
    Err(vm.type_error(format!("__init__() should return None, not '{}'", vm.type_name(v))))
}
