//! sys.settrace and sys.setprofile: the "call", "line", "return" and "exception" events.
//!
//! Costs nothing while no thread has a hook. While one has, `gil::HOOKED_THREADS` keeps the
//! eval breaker set, so every function entry (RESUME) comes here for its "call" event. Line
//! events need a look at every instruction, which the loop does not pay for: a frame whose
//! trace function asked for local tracing runs a copy of its code in which each instruction
//! that starts a line (or is a jump target) is `TraceLine`; the loop reports the line and
//! then runs the original instruction. A hook runs with events off (`Vm::in_hook`), and a
//! hook that raises is removed, as CPython removes it, before the exception goes on.

use crate::eval::frame::{code_data, Frame};
use crate::object::Value;
use crate::types::frame::{data as frame_data, frame_object};
use crate::types::payload::*;
use crate::{PyErr, Vm};
use gilpy_compiler::Instr;
use std::sync::atomic::Ordering;

/// Install (or, with None, remove) this thread's trace or profile function.
pub fn set_hook(vm: &Vm, profile: bool, f: Value) {
    let was = vm.hooked.get();
    let old = if profile { vm.profile.replace(f) } else { vm.trace.replace(f) };
    drop(old);
    let now = !vm.trace.borrow().is_none() || !vm.profile.borrow().is_none();
    vm.hooked.set(now);
    if was != now {
        if now {
            crate::runtime::gil::HOOKED_THREADS.fetch_add(1, Ordering::Relaxed);
        } else {
            crate::runtime::gil::HOOKED_THREADS.fetch_sub(1, Ordering::Relaxed);
        }
        crate::runtime::gil::recompute_breaker();
    }
}

fn event_name(e: &str) -> Value {
    Value::Obj(crate::runtime::rt().intern(e))
}

/// Call a hook with events off; a hook that raises is removed.
fn call_hook(vm: &Vm, profile: bool, hook: &Value, frame: &Value, event: &str, arg: Value) -> PyResult<Value> {
    vm.in_hook.set(true);
    let r = vm.call(hook, &[frame.clone(), event_name(event), arg], KwArgs::EMPTY);
    vm.in_hook.set(false);
    if r.is_err() {
        set_hook(vm, profile, Value::None);
        if !profile {
            if let Value::Obj(fo) = frame {
                if let Some(d) = frame_data(fo) {
                    // SAFETY: GIL invariant; the old value is dropped after the write.
                    let old = unsafe { std::mem::replace(&mut *d.trace.get(), Value::None) };
                    drop(old);
                }
            }
        }
    }
    r
}

fn local_trace(f: &Frame) -> Value {
    match f.obj.as_ref().and_then(|o| frame_data(o)) {
        // SAFETY: GIL invariant; cloned out.
        Some(fo) => unsafe { (*fo.trace.get()).clone() },
        None => Value::None,
    }
}

fn set_local_trace(f: &mut Frame, t: Value) {
    f.traced = !t.is_none();
    if let Some(fo) = f.obj.as_ref().and_then(|o| frame_data(o)) {
        // SAFETY: GIL invariant; the old value is dropped after the write.
        let old = unsafe { std::mem::replace(&mut *fo.trace.get(), t) };
        drop(old);
    }
}

/// After a "line", "return" or "exception" event, as CPython 3.11 does it: a result other
/// than None replaces the frame's local trace function; None keeps the one it has.
fn keep_or_replace(f: &mut Frame, r: Value) {
    if !r.is_none() {
        set_local_trace(f, r);
    }
}

/// A frame starts (or a generator resumes): the profile's and the trace's "call" events; the
/// trace function's result becomes the frame's local trace function.
pub fn call_event(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    if vm.in_hook.get() || code_data(&f.code).hidden.get() {
        return Ok(());
    }
    let profile = vm.profile.borrow().clone();
    let trace = vm.trace.borrow().clone();
    if profile.is_none() && trace.is_none() {
        return Ok(());
    }
    let frame = Value::Obj(frame_object(f as *mut Frame));
    if !profile.is_none() {
        call_hook(vm, true, &profile, &frame, "call", Value::None)?;
    }
    if !trace.is_none() {
        let local = call_hook(vm, false, &trace, &frame, "call", Value::None)?;
        f.trace_line = 0;
        f.trace_pc = 0;
        set_local_trace(f, local);
    }
    Ok(())
}

/// A frame returns (or yields) `v`: the local trace's and the profile's "return" events.
pub fn return_event(vm: &Vm, f: &mut Frame, v: &Value) -> PyResult<()> {
    if vm.in_hook.get() || code_data(&f.code).hidden.get() {
        return Ok(());
    }
    if f.traced {
        let local = local_trace(f);
        if !local.is_none() {
            let frame = Value::Obj(frame_object(f as *mut Frame));
            call_hook(vm, false, &local, &frame, "return", v.clone())?;
        }
    }
    let profile = vm.profile.borrow().clone();
    if !profile.is_none() {
        let frame = Value::Obj(frame_object(f as *mut Frame));
        call_hook(vm, true, &profile, &frame, "return", v.clone())?;
    }
    Ok(())
}

/// A builtin function is called from frame `f`, returns or raises: the profile function's
/// "c_call", "c_return" or "c_exception" event, with the builtin as its argument.
pub fn c_event(vm: &Vm, f: &mut Frame, event: &str, func: &Value) -> PyResult<()> {
    if vm.in_hook.get() {
        return Ok(());
    }
    let profile = vm.profile.borrow().clone();
    if profile.is_none() {
        return Ok(());
    }
    let frame = Value::Obj(frame_object(f as *mut Frame));
    call_hook(vm, true, &profile, &frame, event, func.clone())?;
    Ok(())
}

/// An exception was raised in a traced frame: its "exception" event with (type, value, tb).
pub fn exception_event(vm: &Vm, f: &mut Frame, e: &PyErr) -> PyResult<()> {
    if vm.in_hook.get() || !f.traced {
        return Ok(());
    }
    let local = local_trace(f);
    if local.is_none() {
        return Ok(());
    }
    let frame = Value::Obj(frame_object(f as *mut Frame));
    let tb = crate::types::exceptions::exc_attr(vm, &e.exc, "__traceback__").ok().flatten().unwrap_or(Value::None);
    let arg = crate::types::tuple::new_tuple(vec![Value::Obj(e.exc.ty().clone()), Value::Obj(e.exc.clone()), tb]);
    let r = call_hook(vm, false, &local, &frame, "exception", arg)?;
    keep_or_replace(f, r);
    Ok(())
}

/// The loop reached a `TraceLine`: report the line if it is a new one, or the same line
/// entered again by a backward jump (a loop's next iteration).
pub fn line_event(vm: &Vm, f: &mut Frame, pc: usize) -> PyResult<()> {
    if !f.traced || vm.in_hook.get() {
        return Ok(());
    }
    let line = f.line();
    let again = pc <= f.trace_pc && f.trace_line != 0;
    if line == f.trace_line && !again {
        f.trace_pc = pc;
        return Ok(());
    }
    f.trace_line = line;
    f.trace_pc = pc;
    if let Some(fo) = f.obj.as_ref().and_then(|o| frame_data(o)) {
        if !fo.trace_lines() {
            return Ok(());
        }
    }
    let local = local_trace(f);
    if local.is_none() {
        return Ok(());
    }
    let frame = Value::Obj(frame_object(f as *mut Frame));
    let r = call_hook(vm, false, &local, &frame, "line", Value::None)?;
    keep_or_replace(f, r);
    Ok(())
}

/// The traced copy of a code object's instructions (made once per code object).
pub fn traced_code(cd: &CodeData) -> &[Instr] {
    cd.traced.get_or_init(|| {
        let code = &cd.code.code;
        let lines = &cd.code.lines;
        let mut marked = vec![false; code.len()];
        for i in 1..code.len() {
            // a loop's jump back carries the loop's line; its target reports it instead
            if lines.get(i) != lines.get(i - 1) && !matches!(code[i], Instr::JumpBackward(_)) {
                marked[i] = true;
            }
        }
        for ins in code.iter() {
            if let Some(t) = jump_target(ins) {
                if let Some(m) = marked.get_mut(t) {
                    *m = true;
                }
            }
        }
        code.iter().zip(marked).map(|(ins, m)| if m && !matches!(ins, Instr::Resume) { Instr::TraceLine } else { *ins }).collect()
    })
}

fn jump_target(ins: &Instr) -> Option<usize> {
    ins.jump_target().map(|t| t as usize)
}

/// sys.settrace / sys.setprofile / sys.gettrace / sys.getprofile.
pub fn sys_sethook(vm: &Vm, a: &[Value], profile: bool) -> PyResult<Value> {
    let name = if profile { "setprofile" } else { "settrace" };
    if a.len() != 1 {
        return Err(vm.type_error(format!("{}() takes exactly one argument ({} given)", name, a.len())));
    }
    let f = a[0].clone();
    set_hook(vm, profile, f);
    Ok(Value::None)
}

pub fn sys_gethook(vm: &Vm, profile: bool) -> Value {
    if profile {
        vm.profile.borrow().clone()
    } else {
        vm.trace.borrow().clone()
    }
}
