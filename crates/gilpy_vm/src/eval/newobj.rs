//! Calling a class whose instances are made the default way, without leaving the dispatch
//! loop (what CPython 3.13 calls CALL_ALLOC_AND_ENTER_INIT). `object.__new__` makes the
//! instance, which replaces the class on the caller's stack; `__init__` then runs as an
//! inline frame marked `init`. Its return (eval's ReturnValue) checks that it answered
//! None and leaves the instance where it is. Everything else about the call (the checks
//! of `object.__new__`, the recursion count of a class call, the frames tracebacks show)
//! is what `type.__call__` gives.

use super::frame::{self, code_data, Frame};
use super::CallTarget;
use crate::object::{PyObject, PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, lookup, type_data};
use crate::{PyResult, Vm};

/// When `f.stack[base]` is such a class, called with the positional arguments from
/// `args_start` to the top: make the instance and answer `__init__`'s frame. None leaves
/// the stack untouched for the general path.
/// How a class makes its instances (TypeData::init_cache's kinds).
pub const INIT_GENERAL: u8 = 0;
pub const INIT_OBJECT: u8 = 1;
pub const INIT_PYTHON: u8 = 2;

/// What calling the class at `f.stack[base]`, with the positional arguments from
/// `args_start` to the top, comes to on this path: the instance itself (Done), or the
/// instance left on the caller's stack and `__init__`'s frame (Inline). None leaves the
/// stack untouched for the general path.
pub(crate) fn inline_init(vm: &Vm, f: &mut Frame, base: usize, args_start: usize) -> PyResult<Option<CallTarget>> {
    if args_start != base + 2 {
        return Ok(None);
    }
    let Value::Obj(ty) = &f.stack[base] else { return Ok(None) };
    let Payload::Type(td) = ty.payload() else { return Ok(None) };
    // a metaclass other than `type` may have its own __call__
    if !td.has(TF_HEAP) || !ty.ty().is(&rt().t.type_) {
        return Ok(None);
    }
    let (tag, mut kind, mut cached) = td.init_cache.get();
    if tag == 0 || tag != td.version_tag.get() {
        (kind, cached) = classify(ty, td);
    }
    let nargs = f.stack.len() - args_start;
    match kind {
        INIT_OBJECT if nargs == 0 => {
            // the class call's level is counted (and checked) while it runs, as in type_call_new
            let _guard = vm.enter_native_call()?;
            let obj = Value::Obj(typeobj::alloc_instance(ty));
            f.stack.truncate(base);
            Ok(Some(CallTarget::Done(obj)))
        }
        INIT_PYTHON => {
            // SAFETY: the tag is unchanged since `cached` was found (or it was found just now),
            // so the dict along the MRO that holds it still does.
            let init = unsafe { PyRef::from_borrowed(cached) };
            let Payload::Function(fd) = init.payload() else { return Ok(None) };
            if code_data(&fd.code).plain_args != Some(nargs as u32 + 1) {
                return Ok(None);
            }
            let guard = vm.enter_native_call()?;
            let obj = Value::Obj(typeobj::alloc_instance(ty));
            // [class, NULL, args...] becomes [instance] for the caller, and
            // (instance, args...) for __init__
            f.stack[base + 1] = obj.clone();
            f.stack[base] = obj;
            let mut nf = frame::make_frame_moving(vm, init, &mut f.stack, base + 1);
            // the level stays counted until the init frame ends (eval's return and unwind paths)
            std::mem::forget(guard);
            nf.init = true;
            Ok(Some(CallTarget::Inline(nf)))
        }
        _ => Ok(None),
    }
}

/// Which way calling the class makes instances, remembered in the type's `init_cache` under
/// its current tag. Only object.__new__ with nothing it would refuse (abstract methods), and
/// object.__init__ or a Python function as `__init__`, take this path.
fn classify(ty: &PyRef, td: &TypeData) -> (u8, *const PyObject) {
    let r = rt();
    let general = (INIT_GENERAL, std::ptr::null());
    let found = (|| {
        // only classes and `object` along the MRO: no builtin base with a constructor of its own
        if td.layout != Layout::Object || !td.mro_vec().iter().all(|b| b.is(&r.t.object) || type_data(b).has(TF_HEAP)) {
            return general;
        }
        let (Some(new), Some(object_new)) = (lookup(ty, &crate::name!("__new__")), lookup(&r.t.object, &crate::name!("__new__"))) else {
            return general;
        };
        if !new.is(&object_new) || lookup(ty, &crate::name!("__abstractmethods__")).is_some() {
            return general;
        }
        let (Some(init), Some(object_init)) = (lookup(ty, &crate::name!("__init__")), lookup(&r.t.object, &crate::name!("__init__"))) else {
            return general;
        };
        match &init {
            _ if init.is(&object_init) => (INIT_OBJECT, std::ptr::null()),
            Value::Obj(o) if matches!(o.payload(), Payload::Function(_)) => (INIT_PYTHON, o.as_ptr()),
            _ => general,
        }
    })();
    // the lookups gave the type a tag
    td.init_cache.set((td.version_tag.get(), found.0, found.1));
    found
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
