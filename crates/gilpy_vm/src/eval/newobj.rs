//! Calling a class whose instances are made the default way, without leaving the dispatch
//! loop (what CPython 3.13 calls CALL_ALLOC_AND_ENTER_INIT). `object.__new__` makes the
//! instance, which replaces the class on the caller's stack; `__init__` then runs as an
//! inline frame marked `init`. Its return (eval's ReturnValue) checks that it answered
//! None and leaves the instance where it is. Everything else about the call (the checks
//! of `object.__new__`, the recursion count of a class call, the frames tracebacks show)
//! is what `type.__call__` gives.

use super::frame::{self, code_data, Frame};
use crate::object::Value;
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, lookup};
use crate::{KwArgs, PyResult, Vm};

/// When `f.stack[base]` is such a class, called with the positional arguments from
/// `args_start` to the top: make the instance and answer `__init__`'s frame. None leaves
/// the stack untouched for the general path.
pub fn inline_init(vm: &Vm, f: &mut Frame, base: usize, args_start: usize) -> PyResult<Option<Box<Frame>>> {
    if args_start != base + 2 {
        return Ok(None);
    }
    let Value::Obj(ty) = &f.stack[base] else { return Ok(None) };
    let Payload::Type(td) = ty.payload() else { return Ok(None) };
    let r = rt();
    // a metaclass other than `type` may have its own __call__
    if !td.has(TF_HEAP) || td.layout != Layout::Object || !ty.ty().is(&r.t.type_) {
        return Ok(None);
    }
    let (Some(new), Some(object_new)) = (lookup(ty, &crate::name!("__new__")), lookup(&r.t.object, &crate::name!("__new__"))) else {
        return Ok(None);
    };
    if !new.is(&object_new) {
        return Ok(None);
    }
    let Some(Value::Obj(init)) = lookup(ty, &crate::name!("__init__")) else { return Ok(None) };
    let Payload::Function(fd) = init.payload() else { return Ok(None) };
    let nargs = f.stack.len() - args_start;
    if code_data(&fd.code).plain_args != Some(nargs as u32 + 1) {
        return Ok(None);
    }
    // the class call's own level (type_call_new's enter_native_call), checked the same way
    let guard = vm.enter_native_call()?;
    let ty = ty.clone();
    let obj = typeobj::object_new(vm, &ty, &f.stack[args_start..], KwArgs::EMPTY)?;
    // [class, NULL or self, args...] becomes [instance] for the caller, and
    // (instance, args...) for __init__
    f.stack[base + 1] = obj.clone();
    f.stack[base] = obj;
    let mut nf = frame::make_frame_moving(vm, &init, &mut f.stack, base + 1);
    // the level stays counted until the init frame ends (eval's return and unwind paths)
    std::mem::forget(guard);
    nf.init = true;
    drop(ty);
    Ok(Some(nf))
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
