//! `frame` objects: what sys._getframe(), trace and profile hooks and signal handlers see.
//!
//! Frames themselves are plain structs owned by the dispatch loop (eval/frame.rs); a frame
//! object is made only when Python asks for one, and points at its frame while the frame is
//! alive. When the frame ends (`detach`, from `recycle` or the frame's drop), the object
//! takes a snapshot of what stays readable afterwards (line, locals, code, globals), as
//! CPython's frame object takes over its interpreter frame's data.

use crate::eval::frame::Frame;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, str as pystr, typeobj};
use crate::Vm;
use std::cell::{Cell, UnsafeCell};

pub struct FrameObj {
    /// the live frame; null once it has ended
    frame: Cell<*mut Frame>,
    code: PyRef,
    globals: PyRef,
    builtins: PyRef,
    /// after the end: the last line and instruction, and the locals
    lineno: Cell<u32>,
    lasti: Cell<usize>,
    locals: UnsafeCell<Option<PyRef>>,
    back: UnsafeCell<Option<PyRef>>,
    /// f_trace: the frame's local trace function
    pub trace: UnsafeCell<Value>,
    trace_lines: Cell<bool>,
}

impl NativeData for FrameObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_gc(&self) -> bool {
        true
    }
    fn traverse(&self, visit: &mut dyn FnMut(&crate::object::PyObject)) {
        visit(self.code.obj());
        visit(self.globals.obj());
        visit(self.builtins.obj());
        // SAFETY (the reads below): GIL invariant; the collector runs no code meanwhile.
        if let Some(d) = unsafe { &*self.locals.get() } {
            visit(d.obj());
        }
        if let Some(b) = unsafe { &*self.back.get() } {
            visit(b.obj());
        }
        if let Value::Obj(t) = unsafe { &*self.trace.get() } {
            visit(t.obj());
        }
    }
    fn clear(&self) {
        // SAFETY (the writes below): GIL invariant; each old value is dropped after the write.
        let l = unsafe { (*self.locals.get()).take() };
        let b = unsafe { (*self.back.get()).take() };
        let t = unsafe { std::mem::replace(&mut *self.trace.get(), Value::None) };
        drop((l, b, t));
    }
    fn attr(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        let live = self.frame.get();
        Ok(Some(match name {
            "f_code" => Value::Obj(self.code.clone()),
            "f_globals" => Value::Obj(self.globals.clone()),
            "f_builtins" => Value::Obj(self.builtins.clone()),
            "f_lineno" => Value::Int(if live.is_null() {
                self.lineno.get()
            } else {
                // SAFETY: a non-null pointer is the live frame (cleared by detach before it goes).
                unsafe { (*live).line() }
            } as i64),
            "f_lasti" => Value::Int(
                2 * if live.is_null() {
                    self.lasti.get()
                } else {
                    // SAFETY: as above.
                    unsafe { (*live).lasti }
                } as i64,
            ),
            "f_locals" => {
                if live.is_null() {
                    // SAFETY: GIL invariant; cloned out.
                    match unsafe { (*self.locals.get()).clone() } {
                        Some(d) => {
                            d.obj().set_flag(crate::object::DICT_EXPOSED, true);
                            Value::Obj(d)
                        }
                        None => Value::Obj(dict::new_dict()),
                    }
                } else {
                    // SAFETY: as above; the loop holds no Rust borrow of a frame across a call
                    // into Python code, which is where we are.
                    locals_of(vm, unsafe { &mut *live })?
                }
            }
            "f_back" => {
                if live.is_null() {
                    // SAFETY: GIL invariant; cloned out.
                    unsafe { (*self.back.get()).clone() }.map(Value::Obj).unwrap_or(Value::None)
                } else {
                    // SAFETY: as above.
                    let back = crate::eval::frame::visible(unsafe { (*live).back });
                    if back.is_null() {
                        Value::None
                    } else {
                        Value::Obj(frame_object(back))
                    }
                }
            }
            // SAFETY: GIL invariant; cloned out.
            "f_trace" => unsafe { (*self.trace.get()).clone() },
            "f_trace_lines" => Value::Bool(self.trace_lines.get()),
            "f_trace_opcodes" => Value::Bool(false),
            _ => return Ok(None),
        }))
    }
}

fn frame_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = crate::modules::native_type("builtins", "frame", None, &[("__repr__", frame_repr), ("clear", frame_clear), ("__setattr__", frame_setattr)]);
        let td = typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR | TF_HAS_SETATTR | TF_NATIVE_HOOKS);
        t
    })
}

/// The frame object of a live frame, made on first request.
pub fn frame_object(fp: *mut Frame) -> PyRef {
    // SAFETY: the caller passes a live frame of this thread; the GIL is held.
    let f = unsafe { &mut *fp };
    if let Some(o) = &f.obj {
        return o.clone();
    }
    let o = PyRef::new(
        &frame_type(),
        Payload::Native(Box::new(FrameObj {
            frame: Cell::new(fp),
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            lineno: Cell::new(0),
            lasti: Cell::new(0),
            locals: UnsafeCell::new(None),
            back: UnsafeCell::new(None),
            trace: UnsafeCell::new(Value::None),
            trace_lines: Cell::new(true),
        })),
    );
    f.obj = Some(o.clone());
    o
}

impl FrameObj {
    pub fn code_is(&self, code: &PyRef) -> bool {
        self.code.is(code)
    }
    /// f_trace_lines: whether the local trace function gets "line" events
    pub fn trace_lines(&self) -> bool {
        self.trace_lines.get()
    }
}

pub fn data(o: &PyRef) -> Option<&FrameObj> {
    native::<FrameObj>(o)
}

/// The frame is ending: its object keeps the final line and locals, and forgets the frame.
pub fn detach(f: &mut Frame) {
    let o = match f.obj.take() {
        Some(o) => o,
        None => return,
    };
    if let Some(fo) = data(&o) {
        fo.lineno.set(f.line());
        fo.lasti.set(f.lasti);
        fo.frame.set(std::ptr::null_mut());
        if o.refcount() == 1 {
            // nothing else holds the frame object: it goes with the frame
            return;
        }
        let locals = crate::with_current_vm(|vm| locals_of(vm, f).ok()).flatten();
        if let Some(Value::Obj(d)) = locals {
            // CPython's frame object keeps the locals in itself: the dict counts as an
            // object (gc.collect) only once Python code has seen it as f_locals
            if f.locals_dict.is_none() {
                d.obj().set_flag(crate::object::INSTANCE_DICT, true);
            }
            // SAFETY: GIL invariant; the old value is dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fo.locals.get(), Some(d)) };
            drop(old);
        }
        // the caller stays reachable through f_back, as in CPython
        let back = crate::eval::frame::visible(f.back);
        if !back.is_null() {
            let b = frame_object(back);
            // SAFETY: GIL invariant; the old value is dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fo.back.get(), Some(b)) };
            drop(old);
        }
        fo.frame.set(std::ptr::null_mut());
    }
}

/// A frame's locals as a dict: the namespace of module and class code, else the fast
/// locals and cells copied into the frame's cached dict (CPython's f_locals snapshot).
pub fn locals_of(vm: &Vm, f: &mut Frame) -> PyResult<Value> {
    if let Some(d) = &f.locals_dict {
        return Ok(Value::Obj(d.clone()));
    }
    let d = match &f.locals_cache {
        Some(d) => d.clone(),
        None => {
            let d = dict::new_dict();
            f.locals_cache = Some(d.clone());
            d
        }
    };
    let cd = crate::eval::frame::code_data(&f.code);
    let nl = cd.code.varnames.len();
    for (i, n) in cd.code.varnames.iter().enumerate() {
        match f.fast.get(i) {
            Some(v) if !v.is_undef() => dict::set_item(vm, &d, pystr::new_str(n), v.clone())?,
            _ => {
                let _ = dict::pop_item(vm, &d, &pystr::new_str(n));
            }
        }
    }
    for (i, n) in cd.code.cellvars.iter().chain(cd.code.freevars.iter()).enumerate() {
        if let Some(Value::Obj(c)) = f.fast.get(nl + i) {
            if let Payload::Cell(slot) = c.payload() {
                // SAFETY: GIL invariant; cloned out.
                let v = unsafe { (*slot.get()).clone() };
                if !v.is_undef() {
                    dict::set_item(vm, &d, pystr::new_str(n), v)?;
                }
            }
        }
    }
    Ok(Value::Obj(d))
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a FrameObj> {
    match a.first() {
        Some(Value::Obj(o)) => data(o).ok_or_else(|| vm.type_error("expected a frame object".into())),
        _ => Err(vm.type_error("expected a frame object".into())),
    }
}

fn frame_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fo = this(vm, a)?;
    let cd = crate::eval::frame::code_data(&fo.code);
    let line = match fo.attr(vm, "f_lineno")? {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    let addr = match &a[0] {
        Value::Obj(o) => o.as_ptr() as usize,
        _ => 0,
    };
    Ok(pystr::new_str(&format!("<frame at {:#x}, file {}, line {}, code {}>", addr, pystr::repr_str(&cd.code.filename), line, cd.code.name)))
}

fn frame_clear(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fo = this(vm, a)?;
    if !fo.frame.get().is_null() {
        return Err(vm.runtime_error("cannot clear an executing frame".into()));
    }
    // SAFETY: GIL invariant; the old values are dropped after the writes.
    let (old_locals, old_trace) = unsafe { (std::mem::replace(&mut *fo.locals.get(), None), std::mem::replace(&mut *fo.trace.get(), Value::None)) };
    drop((old_locals, old_trace));
    Ok(Value::None)
}

/// Only f_trace and f_trace_lines can be set; the rest are read-only, as in CPython.
fn frame_setattr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fo = this(vm, a)?;
    let name = a.get(1).and_then(pystr::as_str).unwrap_or("").to_string();
    let v = a.get(2).cloned().unwrap_or(Value::None);
    match name.as_str() {
        "f_trace" => {
            let live = fo.frame.get();
            if !live.is_null() {
                // SAFETY: the live frame of this thread; only this flag is written.
                unsafe { (*live).traced = !v.is_none() };
            }
            // SAFETY: GIL invariant; the old value is dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fo.trace.get(), v) };
            drop(old);
            Ok(Value::None)
        }
        "f_trace_lines" => {
            fo.trace_lines.set(vm.truthy(&v)?);
            Ok(Value::None)
        }
        _ => {
            if fo.attr(vm, &name)?.is_some() {
                Err(vm.attribute_error(format!("attribute '{}' of 'frame' objects is not writable", name)))
            } else {
                Err(vm.attribute_error(format!("'frame' object has no attribute '{}'", name)))
            }
        }
    }
}

/// sys._getframe([depth]): the caller's frame, or one `depth` calls further out.
pub fn getframe(vm: &Vm, depth: i64) -> PyResult<Value> {
    let mut fp = crate::eval::frame::visible(vm.cur_frame.get());
    let mut d = depth;
    while d > 0 && !fp.is_null() {
        // SAFETY: frames on this thread's chain are live while it runs.
        fp = crate::eval::frame::visible(unsafe { (*fp).back });
        d -= 1;
    }
    if fp.is_null() {
        return Err(vm.value_error("call stack is not deep enough".into()));
    }
    let _ = rt();
    Ok(Value::Obj(frame_object(fp)))
}

/// `gi_frame` / `cr_frame` / `ag_frame`: the frame object of a generator's frame while it
/// exists (suspended in the generator, or running on this thread's stack), else None.
pub fn generator_frame(vm: &Vm, g: &GenData) -> Value {
    // SAFETY: GIL invariant; the boxed frame's address is stable while the generator owns it.
    if let Some(b) = unsafe { (*g.frame.get()).as_mut() } {
        return Value::Obj(frame_object(&mut **b as *mut Frame));
    }
    if g.running.get() {
        let mut fp = vm.cur_frame.get();
        while !fp.is_null() {
            // SAFETY: cur_frame and the back links point at live frames of this thread.
            let f = unsafe { &*fp };
            if f.code.is(&g.code) {
                return Value::Obj(frame_object(fp));
            }
            fp = f.back;
        }
    }
    Value::None
}
