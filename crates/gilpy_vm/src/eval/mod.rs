//! The dispatch loop.
//!
//! One loop runs a stack of frames: a Python-to-Python call pushes the callee's frame and the
//! loop continues in it, so deep Python recursion never deepens the native stack (only the
//! recursion limit stops it). Native code that calls back into Python (a `__del__`, a sort
//! key, `__eq__`) starts a nested loop; `Vm::native_depth` bounds those.
//!
//! Reference discipline: the value stack owns its entries; an instruction pops what it
//! consumes and drops it when CPython would (after the operation), so counts and `__del__`
//! timing match CPython 3.11. Arguments are passed to callees as slices of the caller's stack
//! and the stack is cut back before the callee runs.
//!
//! The eval breaker (GIL drop requests, signals, in [threads]) is checked exactly where
//! CPython 3.11 checks it: `Resume` (function entry and generator resume), `JumpBackward`
//! (loop back edges) and calls.

pub mod attrcache;
pub mod frame;
pub mod matching;
pub mod newobj;
pub mod suggestions;
pub mod trace;
pub mod traceback;

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, function, list, str as pystr, tuple, typeobj};
use crate::{PyErr, Vm};
use frame::{code_data, Block, Frame};
use gilpy_compiler::bytecode::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};

/// Code whose call makes a generator-like object instead of running.
const GEN_FLAGS: u32 = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
use gilpy_compiler::{BinOp, CmpOp, Instr};

pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Turn a compiled code object into a VM code object (constants become values).
pub fn make_code(code: std::sync::Arc<gilpy_compiler::CodeObject>) -> PyRef {
    let consts: Vec<Value> = code.consts.iter().map(const_value).collect();
    let names: Vec<PyRef> = code.names.iter().map(|n| rt().intern(n)).collect();
    let varnames: Vec<PyRef> = code.varnames.iter().map(|n| rt().intern(n)).collect();
    let gcache = (0..names.len()).map(|_| GlobalCache::default()).collect();
    let acache = (0..names.len()).map(|_| AttrCache::default()).collect();
    let plain = code.flags & (gilpy_compiler::bytecode::CO_VARARGS | gilpy_compiler::bytecode::CO_VARKEYWORDS | GEN_FLAGS) == 0
        && code.kwonlyargcount == 0
        && code.cellvars.is_empty();
    let plain_args = if plain { Some(code.argcount) } else { None };
    PyRef::new(
        &rt().t.code,
        Payload::Code(Box::new(CodeData {
            code,
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            gcache,
            acache,
            plain_args,
            traced: std::cell::OnceCell::new(),
            hidden: std::cell::Cell::new(false),
        })),
    )
}

fn const_value(c: &gilpy_compiler::Const) -> Value {
    use gilpy_compiler::Const as C;
    match c {
        C::None => Value::None,
        C::Bool(b) => Value::Bool(*b),
        C::Int(i) => Value::Int(*i),
        C::BigInt(b) => crate::types::int::from_bigint((**b).clone()),
        C::Float(f) => Value::Float(*f),
        C::Complex(r, i) => crate::types::float::new_complex(*r, *i),
        C::Str(s) => Value::Obj(rt().intern(s)),
        C::Bytes(b) => crate::types::bytes::new_bytes(b.to_vec()),
        C::Tuple(items) => tuple::new_tuple(items.iter().map(const_value).collect()),
        C::FrozenSet(items) => {
            let fs = crate::types::set::new_set(true);
            // constants hash without running Python code; code objects are made by a thread
            // that has its interpreter state
            // CPython's compiler builds the frozenset in source order, then its constant
            // merging rebuilds it from that set's iteration order: the table layout (and so
            // the iteration order) is the second one's
            let rebuilt = crate::types::set::new_set(true);
            crate::with_current_vm(|vm| {
                for c in items.iter() {
                    let _ = crate::types::set::add(vm, &fs, const_value(c));
                }
                for v in crate::types::set::items(&fs) {
                    let _ = crate::types::set::add(vm, &rebuilt, v);
                }
            });
            Value::Obj(rebuilt)
        }
        C::Ellipsis => Value::Obj(rt().ellipsis.clone()),
        C::Code(c) => Value::Obj(make_code(c.clone())),
    }
}

/// Run module-level code in `globals`.
pub fn run_module_code(vm: &Vm, code: PyRef, globals: &PyRef) -> PyResult<Value> {
    let mut f = Box::new(Frame::new_module(code, globals.clone()));
    match execute(vm, &mut f)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// Run code with separate globals and locals (exec, eval).
pub fn run_code_in(vm: &Vm, code: PyRef, globals: &PyRef, locals: &PyRef) -> PyResult<Value> {
    let mut f = Box::new(Frame::new_module(code, globals.clone()));
    f.locals_dict = Some(locals.clone());
    match execute(vm, &mut f)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// Call a Python function from native code (a nested dispatch loop).
pub fn call_function(vm: &Vm, func: &PyRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = frame::make_frame(vm, func, args, kw)?;
    let cd = code_data(&f.code);
    if cd.code.flags & GEN_FLAGS != 0 {
        return Ok(function::new_generator(func, f));
    }
    // the frame counts toward the recursion limit in execute(); the native stack is the
    // only other bound
    if crate::stack_exhausted() {
        return Err(vm.recursion_error());
    }
    let mut f = f;
    let r = execute(vm, &mut f);
    match &r {
        Err(e) => keep_frame(e, f),
        Ok(_) => frame::recycle(vm, f),
    }
    match r? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

/// Run a class body with `ns` as its namespace; returns the `__class__` cell or None.
pub fn run_class_body(vm: &Vm, func: &Value, ns: &PyRef) -> PyResult<Value> {
    let fo = match func {
        Value::Obj(o) if matches!(o.payload(), Payload::Function(_)) => o.clone(),
        _ => return Err(vm.type_error("__build_class__: func must be a function".into())),
    };
    let mut f = frame::make_frame(vm, &fo, &[], KwArgs::EMPTY)?;
    f.locals_dict = Some(ns.clone());
    match execute(vm, &mut f)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

impl Vm {
    pub fn run_class_body(&self, func: &Value, ns: &PyRef) -> PyResult<Value> {
        run_class_body(self, func, ns)
    }
    /// The `__name__` of the module whose code is running.
    pub fn current_module_name(&self) -> Value {
        let f = self.cur_frame.get();
        if f.is_null() {
            return pystr::new_str("__main__");
        }
        // SAFETY: cur_frame points at the frame being executed by this thread's loop.
        let f = unsafe { &*f };
        dict::get_str(&f.globals, &crate::name!("__name__")).unwrap_or(Value::None)
    }
    pub fn current_frame(&self) -> Option<&Frame> {
        let f = self.cur_frame.get();
        if f.is_null() {
            None
        } else {
            // SAFETY: cur_frame points at the live frame being executed by this thread.
            Some(unsafe { &*f })
        }
    }
}

/// Resume a generator: Some(yielded) or None when it returned (StopIteration).
pub fn gen_next(vm: &Vm, g: &PyRef) -> PyResult<Option<Value>> {
    match gen_send(vm, g, Value::None)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
    }
}

pub fn gen_send(vm: &Vm, g: &PyRef, v: Value) -> PyResult<Exit> {
    gen_resume(vm, g, Ok(v))
}

/// How messages name a generator-like object.
fn gen_kind(g: &PyRef) -> &'static str {
    if g.ty().is(&rt().t.coroutine) {
        "coroutine"
    } else if g.ty().is(&rt().t.async_generator) {
        "async generator"
    } else {
        "generator"
    }
}

/// Resume a generator with a value to send or an exception to raise at the yield.
pub fn gen_resume(vm: &Vm, g: &PyRef, input: Result<Value, PyErr>) -> PyResult<Exit> {
    let gd = match g.payload() {
        Payload::Generator(gd) => gd,
        _ => return Err(vm.type_error("not a generator".into())),
    };
    if gd.running.get() {
        return Err(vm.new_error(&rt().e.value_error, "generator already executing".into()));
    }
    if crate::stack_exhausted() {
        return Err(vm.recursion_error());
    }
    // SAFETY: GIL invariant; the frame is taken out of the generator while it runs.
    let frame = unsafe { (*gd.frame.get()).take() };
    let mut frame = match frame {
        Some(f) => f,
        None => {
            return match input {
                Err(e) => Err(e),
                Ok(_) if g.ty().is(&rt().t.coroutine) => Err(vm.runtime_error("cannot reuse already awaited coroutine".into())),
                Ok(_) => Ok(Exit::Return(Value::None)),
            };
        }
    };
    let first = !gd.started.get();
    match input {
        Ok(v) => {
            if first && !v.is_none() {
                // SAFETY: put the frame back before raising.
                unsafe { *gd.frame.get() = Some(frame) };
                let kind = gen_kind(g);
                return Err(vm.type_error(format!("can't send non-None value to a just-started {}", kind)));
            }
            if !first {
                frame.stack.push(v);
            }
        }
        Err(e) => {
            // suspended inside `yield from`: the exception goes to the sub-iterator first
            let pc = frame.pc;
            let code = &code_data(&frame.code).code.code;
            let send_target = match (pc.checked_sub(2).and_then(|i| code.get(i)), code.get(pc.wrapping_sub(1))) {
                (Some(Instr::Send(t)), Some(Instr::YieldValue)) => Some(*t),
                _ => None,
            };
            match (send_target, frame.stack.last().cloned()) {
                (Some(t), Some(sub)) => match throw_into(vm, &sub, e) {
                    Ok(Exit::Yield(v)) => {
                        // SAFETY: GIL invariant; the generator is not running, its slot is empty.
                        unsafe { *gd.frame.get() = Some(frame) };
                        return Ok(Exit::Yield(v));
                    }
                    Ok(Exit::Return(r)) => {
                        frame.stack.pop();
                        frame.stack.push(r);
                        frame.pc = t as usize;
                    }
                    Err(err) => frame.pending_exc = Some(err),
                },
                _ => frame.pending_exc = Some(e),
            }
        }
    }
    gd.started.set(true);
    gd.running.set(true);
    // the generator's own handled exception is visible only while it runs; without one it
    // sees its caller's, as CPython's exception-state stack gives
    let caller_exc = vm.exc_info.borrow().clone();
    let own = gd.exc_state.replace(Value::None);
    if !own.is_none() {
        *vm.exc_info.borrow_mut() = own;
    }
    let r = execute(vm, &mut frame);
    gd.running.set(false);
    let cur = vm.exc_info.replace(caller_exc.clone());
    if matches!(r, Ok(Exit::Yield(_))) && !cur.is(&caller_exc) && !cur.is_none() {
        *gd.exc_state.borrow_mut() = cur;
    }
    match r {
        Ok(Exit::Yield(v)) => {
            // SAFETY: GIL invariant; the generator is not running, its slot is empty.
            unsafe { *gd.frame.get() = Some(frame) };
            Ok(Exit::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            drop(frame);
            Ok(Exit::Return(v))
        }
        Err(e) => {
            keep_frame(&e, frame);
            // PEP 479: StopIteration raised inside a generator becomes RuntimeError (and
            // StopAsyncIteration inside an async generator)
            let kind = gen_kind(g);
            let ev = Value::Obj(e.exc.clone());
            let stop = if vm.isinstance_of(&ev, &rt().e.stop_iteration) {
                Some("StopIteration")
            } else if kind == "async generator" && vm.isinstance_of(&ev, &rt().e.stop_async_iteration) {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(what) = stop {
                let re = vm.runtime_error(format!("{} raised {}", kind, what));
                if let Some(ed) = crate::types::exceptions::exc_data(&re.exc) {
                    ed.set_cause(Value::Obj(e.exc.clone()));
                    ed.set_context(Value::Obj(e.exc.clone()));
                    ed.suppress_context.set(true);
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Pass an exception thrown into a generator on to the iterator it delegates to with
/// `yield from` (PEP 380): Yield when the sub-iterator yields, Return with its value when it
/// finishes, Err with what should be raised in the delegating generator.
fn throw_into(vm: &Vm, sub: &Value, e: PyErr) -> PyResult<Exit> {
    let is_exit = vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.generator_exit);
    if is_exit {
        // close the sub-iterator, then raise GeneratorExit in the delegator
        match sub {
            Value::Obj(o) if matches!(o.payload(), Payload::Generator(_)) => function::gen_close(vm, o)?,
            _ => {
                if let Some(close) = vm.lookup_special(sub, "close") {
                    vm.call(&close, &[], KwArgs::EMPTY)?;
                }
            }
        }
        return Err(e);
    }
    if let Value::Obj(o) = sub {
        if let Payload::Generator(_) = o.payload() {
            return gen_resume(vm, o, Err(e));
        }
    }
    match vm.lookup_special(sub, "throw") {
        Some(t) => match vm.call(&t, &[Value::Obj(e.exc.clone())], KwArgs::EMPTY) {
            Ok(v) => Ok(Exit::Yield(v)),
            Err(err) if vm.isinstance_of(&Value::Obj(err.exc.clone()), &rt().e.stop_iteration) => {
                let v = vm.getattr_str(&Value::Obj(err.exc.clone()), "value").unwrap_or(Value::None);
                Ok(Exit::Return(v))
            }
            Err(err) => Err(err),
        },
        None => Err(e),
    }
}

/// Run `__del__` of an object whose count reached zero (called from deallocation).
pub fn finalize(obj: &PyRef) {
    if let Payload::Generator(gd) = obj.payload() {
        crate::with_current_vm(|vm| {
            let saved = vm.exc_info.replace(Value::None);
            // SAFETY: GIL invariant; plain read of whether the frame is still there.
            let never_ran = !gd.started.get() && unsafe { (*gd.frame.get()).is_some() };
            if never_ran && obj.ty().is(&rt().t.coroutine) {
                let r = crate::runtime::import::import_module(vm, "warnings")
                    .and_then(|w| vm.getattr_str(&Value::Obj(w), "_warn_unawaited_coroutine"))
                    .and_then(|f| vm.call(&f, &[Value::Obj(obj.clone())], KwArgs::EMPTY));
                if let Err(e) = r {
                    traceback::print_unraisable(vm, None, Some(Value::Obj(obj.clone())), &e);
                }
            }
            if let Err(e) = function::gen_close(vm, obj) {
                traceback::print_unraisable(vm, None, Some(Value::Obj(obj.clone())), &e);
            }
            let old = vm.exc_info.replace(saved);
            drop(old);
        });
        return;
    }
    // `self` is lent to __del__ without a count of its own, as CPython's slot_tp_finalize
    // lends it (sys.getrefcount inside __del__ reads the same)
    // SAFETY: `obj` outlives the call; the ManuallyDrop never gives back a count it did not take.
    let v = std::mem::ManuallyDrop::new(Value::Obj(unsafe { PyRef::from_raw(std::ptr::NonNull::new_unchecked(obj.as_ptr() as *mut _)) }));
    crate::with_current_vm(|vm| {
        if let Some(del) = typeobj::lookup(obj.ty(), &crate::name!("__del__")) {
            // __del__ sees the exception being handled, as any call does; whatever it does
            // with it, the handler around the deallocation gets it back afterwards
            let saved = vm.exc_info.borrow().clone();
            // a plain function gets `self` lent; anything else is bound as an attribute
            // lookup binds it (a callable that is no descriptor is called as it is)
            let r = match &del {
                Value::Obj(f) if matches!(f.payload(), Payload::Function(_)) => vm.call(&del, std::slice::from_ref(&*v), KwArgs::EMPTY),
                _ => vm.bind_descr(del.clone(), &v, obj.ty()).and_then(|b| vm.call(&b, &[], KwArgs::EMPTY)),
            };
            if let Err(e) = r {
                let del = typeobj::lookup(obj.ty(), &crate::name!("__del__"));
                traceback::print_unraisable(vm, None, del, &e);
            }
            let old = vm.exc_info.replace(saved);
            drop(old);
        }
    });
}

fn unbound_local(vm: &Vm, f: &Frame, i: usize) -> PyErr {
    let name = &code_data(&f.code).code.varnames[i];
    vm.new_error(&rt().e.unbound_local_error, format!("cannot access local variable '{}' where it is not associated with a value", name))
}

fn free_var_error(vm: &Vm, f: &Frame, i: usize) -> PyErr {
    let co = &code_data(&f.code).code;
    let ncells = co.cellvars.len();
    if i < ncells {
        vm.new_error(&rt().e.unbound_local_error, format!("cannot access local variable '{}' where it is not associated with a value", co.cellvars[i]))
    } else {
        let name = &co.freevars[i - ncells];
        named_name_error(vm, format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name), &rt().intern(name))
    }
}

fn name_error(vm: &Vm, name: &PyRef) -> PyErr {
    let n = pystr::data(name).s.to_string();
    named_name_error(vm, format!("name '{}' is not defined", n), name)
}

/// A NameError carrying `name` and the scope it was looked up in, for "Did you mean".
fn named_name_error(vm: &Vm, msg: String, name: &PyRef) -> PyErr {
    let e = vm.name_error(msg);
    if let Some(d) = e.exc.dict() {
        let _ = dict::set_item(vm, &d, pystr::new_str("name"), Value::Obj(name.clone()));
    }
    if let (Some(f), Some(ed)) = (vm.current_frame(), crate::types::exceptions::exc_data(&e.exc)) {
        // SAFETY: GIL invariant; a fresh exception, nothing else refers to this field.
        unsafe { *ed.name_scope.get() = Some((f.globals.clone(), f.builtins.clone())) };
    }
    e
}

#[inline(always)]
fn cell_get(c: &Value) -> Value {
    match c {
        Value::Obj(o) => match o.payload() {
            // SAFETY: GIL invariant; cloned out.
            Payload::Cell(v) => unsafe { (*v.get()).clone() },
            _ => Value::Undef,
        },
        _ => Value::Undef,
    }
}

#[inline(always)]
fn cell_set(c: &Value, v: Value) {
    if let Value::Obj(o) = c {
        if let Payload::Cell(slot) = o.payload() {
            // SAFETY: GIL invariant; the old value is dropped after the write.
            let old = unsafe { std::mem::replace(&mut *slot.get(), v) };
            drop(old);
        }
    }
}

/// Look a name up in globals, then builtins.
#[inline]
fn load_global(vm: &Vm, f: &Frame, name: &PyRef) -> PyResult<Value> {
    if let Some(v) = dict::get_str(&f.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict::get_str(&f.builtins, name) {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

/// What a call instruction found to call.
pub(crate) enum CallTarget {
    Inline(Box<Frame>),
    Done(Value),
}

/// Perform a call whose callable and arguments sit on the frame's stack:
/// `[callable, self_or_null, args...]` with `nargs` arguments of which the last
/// `kwnames.len()` are keywords.
fn do_call(vm: &Vm, f: &mut Frame, nargs: usize, kwnames: Option<PyRef>) -> PyResult<CallTarget> {
    let len = f.stack.len();
    let base = len - nargs - 2;
    let has_self = !f.stack[base + 1].is_undef();
    let args_start = if has_self { base + 1 } else { base + 2 };
    let nkw = kwnames.as_ref().map(|k| tuple::items(k).len()).unwrap_or(0);
    if let Value::Obj(o) = &f.stack[base] {
        match o.payload() {
            // a bound method with an empty self slot unpacks into (function, self)
            Payload::Method { func, self_ } if !has_self => {
                let (func, self_) = (func.clone(), self_.clone());
                f.stack[base + 1] = self_;
                f.stack[base] = func;
                return do_call(vm, f, nargs, kwnames);
            }
            Payload::Function(fd) if nkw == 0 && code_data(&fd.code).plain_args == Some((len - args_start) as u32) => {
                // the function moves from its slot into the frame, as the arguments do
                let func = match std::mem::replace(&mut f.stack[base], Value::Undef) {
                    Value::Obj(o) => o,
                    _ => unreachable!(),
                };
                let nf = frame::make_frame_moving(vm, func, &mut f.stack, args_start);
                debug_assert!(f.stack[base..].iter().all(|v| v.is_undef()));
                // SAFETY: what is left above `base` is the emptied function slot and, without a
                // self, the NULL slot: both Undef, which owns nothing, so forgetting them
                // leaks nothing (truncate would run a drop loop over them).
                unsafe { f.stack.set_len(base) };
                return Ok(CallTarget::Inline(nf));
            }
            _ => {}
        }
    }
    let callable = f.stack[base].clone();
    if nkw == 0 && matches!(&callable, Value::Obj(o) if matches!(o.payload(), Payload::Type(_))) {
        if let Some(t) = newobj::inline_init(vm, f, base, args_start)? {
            return Ok(t);
        }
    }
    let all = &f.stack[args_start..];
    let npos = all.len() - nkw;
    let kw = match &kwnames {
        Some(k) => KwArgs { names: tuple::items(k), values: &all[npos..] },
        None => KwArgs::EMPTY,
    };
    let pos = &all[..npos];
    let result = if let Value::Obj(o) = &callable {
        match o.payload() {
            Payload::Function(_) => {
                let nf = frame::make_frame(vm, o, pos, kw)?;
                if code_data(&nf.code).code.flags & GEN_FLAGS != 0 {
                    function::new_generator(o, nf)
                } else {
                    f.stack.truncate(base);
                    return Ok(CallTarget::Inline(nf));
                }
            }
            Payload::Builtin(b) => {
                // a profile function sees builtin calls as c_call / c_return / c_exception
                let profiled = vm.hooked.get() && !vm.profile.borrow().is_none();
                if profiled {
                    trace::c_event(vm, f, "c_call", &callable)?;
                }
                let r = match &b.self_ {
                    None if b.is_method => crate::protocol::check_descriptor(vm, b, &f.stack[args_start..args_start + npos]).and_then(|_| {
                        let all = &f.stack[args_start..];
                        let kw = match &kwnames {
                            Some(k) => KwArgs { names: tuple::items(k), values: &all[npos..] },
                            None => KwArgs::EMPTY,
                        };
                        (b.f)(vm, &all[..npos], kw)
                    }),
                    Some(s) => {
                        let all = &f.stack[args_start..];
                        let kw = match &kwnames {
                            Some(k) => KwArgs { names: tuple::items(k), values: &all[npos..] },
                            None => KwArgs::EMPTY,
                        };
                        let mut full = Vec::with_capacity(npos + 1);
                        full.push(s.clone());
                        full.extend_from_slice(&all[..npos]);
                        (b.f)(vm, &full, kw)
                    }
                    None => {
                        let all = &f.stack[args_start..];
                        let kw = match &kwnames {
                            Some(k) => KwArgs { names: tuple::items(k), values: &all[npos..] },
                            None => KwArgs::EMPTY,
                        };
                        (b.f)(vm, &all[..npos], kw)
                    }
                };
                // only around a call made while profiling, as CPython's C_TRACE
                if profiled {
                    trace::c_event(vm, f, if r.is_ok() { "c_return" } else { "c_exception" }, &callable)?;
                }
                r?
            }
            _ => vm.call_kw(&callable, pos, kw)?,
        }
    } else {
        vm.call_kw(&callable, pos, kw)?
    };
    f.stack.truncate(base);
    drop(callable);
    Ok(CallTarget::Done(result))
}

/// Unpack an iterable into exactly `n` values (pushed in reverse).
fn unpack(vm: &Vm, f: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
    if let Value::Obj(o) = &seq {
        let items: Option<Vec<Value>> = match o.payload() {
            Payload::Tuple(t) => Some(t.to_vec()),
            Payload::List(_) => Some(list::snapshot(o)),
            _ => None,
        };
        if let Some(items) = items {
            if items.len() != n {
                if items.len() < n {
                    return Err(vm.value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len())));
                }
                return Err(vm.value_error(format!("too many values to unpack (expected {})", n)));
            }
            f.stack.extend(items.into_iter().rev());
            return Ok(());
        }
    }
    let it = vm.iter(&seq).map_err(|_| vm.type_error(format!("cannot unpack non-iterable {} object", vm.type_name(&seq))))?;
    let mut items = Vec::with_capacity(n);
    while let Some(x) = vm.next(&it)? {
        if items.len() == n {
            return Err(vm.value_error(format!("too many values to unpack (expected {})", n)));
        }
        items.push(x);
    }
    if items.len() < n {
        return Err(vm.value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len())));
    }
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

fn unpack_ex(vm: &Vm, f: &mut Frame, seq: Value, before: usize, after: usize) -> PyResult<()> {
    let items = vm.collect(&seq).map_err(|_| vm.type_error(format!("cannot unpack non-iterable {} object", vm.type_name(&seq))))?;
    if items.len() < before + after {
        return Err(vm.value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mid_end = items.len() - after;
    let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(list::new_list(items[before..mid_end].to_vec()));
    out.extend(items[mid_end..].iter().cloned());
    f.stack.extend(out.into_iter().rev());
    Ok(())
}

/// Attach context to a newly raised exception. An exception that already has a context is
/// one passing back out of native code (a callback's error), whose context was set where it
/// was raised; `raise exc` sets it itself (do_raise), as CPython's _PyErr_SetObject does.
fn note_raise(vm: &Vm, exc: &PyRef) {
    if let Some(ed) = crate::types::exceptions::exc_data(exc) {
        if ed.context().is_none() {
            chain_context(vm, exc);
        }
    }
}

/// Implicit chaining (CPython's _PyErr_SetObject): the exception being handled becomes
/// `exc.__context__`. A link in the handled exception's chain that leads back to `exc` is
/// cut first, so no new cycle forms; a cycle that was already there is walked once.
fn chain_context(vm: &Vm, exc: &PyRef) {
    let handled = vm.exc_info.borrow().clone();
    let Value::Obj(h) = handled else { return };
    if h.is(exc) {
        return;
    }
    let Some(ed) = crate::types::exceptions::exc_data(exc) else { return };
    let context_of = |o: &PyRef| match crate::types::exceptions::exc_data(o).map(|d| d.context()) {
        Some(Value::Obj(c)) => Some(c),
        _ => None,
    };
    let mut o = h.clone();
    let mut slow = h.clone();
    let mut toggle = false;
    while let Some(c) = context_of(&o) {
        if c.is(exc) {
            if let Some(od) = crate::types::exceptions::exc_data(&o) {
                od.set_context(Value::None);
            }
            break;
        }
        o = c;
        if o.is(&slow) {
            break;
        }
        if toggle {
            slow = match context_of(&slow) {
                Some(s) => s,
                None => break,
            };
        }
        toggle = !toggle;
    }
    ed.set_context(Value::Obj(h));
}

fn do_raise(vm: &Vm, exc: Value, cause: Option<Value>) -> PyErr {
    let r = rt();
    let inst = match &exc {
        Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => {
            if !typeobj::type_data(o).has(TF_EXCEPTION) {
                return vm.type_error("exceptions must derive from BaseException".into());
            }
            match vm.call(&exc, &[], KwArgs::EMPTY) {
                Ok(v) => v,
                Err(e) => return e,
            }
        }
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => exc.clone(),
        _ => return vm.type_error("exceptions must derive from BaseException".into()),
    };
    let io = match &inst {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => o.clone(),
        _ => {
            return vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr_string(&exc).unwrap_or_default(),
                vm.repr_string(&Value::Obj(vm.type_of(&inst).clone())).unwrap_or_default()
            ))
        }
    };
    // `raise exc` chains to the exception being handled even when exc had a context before
    chain_context(vm, &io);
    if let Some(c) = cause {
        let cv = match &c {
            Value::None => Value::None,
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) && typeobj::type_data(o).has(TF_EXCEPTION) => match vm.call(&c, &[], KwArgs::EMPTY) {
                Ok(v) => v,
                Err(e) => return e,
            },
            Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => c.clone(),
            _ => return vm.type_error("exception causes must derive from BaseException".into()),
        };
        let ed = crate::types::exceptions::exc_data(&io).unwrap();
        ed.set_cause(cv);
        ed.suppress_context.set(true);
    }
    let _ = r;
    PyErr::new(io)
}

/// The dispatch loop: run `base` (and every frame it calls inline) until it returns or
/// yields, or an exception escapes it.
pub fn execute(vm: &Vm, base: &mut Box<Frame>) -> PyResult<Exit> {
    // CPython's one counter: Python frames plus the native calls that count (builtins,
    // calls of classes, comparisons, reprs: Vm::native_depth)
    let limit = rt().recursion_limit.get();
    if vm.depth.get() + vm.native_depth.get() >= limit {
        return Err(vm.recursion_error());
    }
    vm.depth.set(vm.depth.get() + 1);
    let saved_frame = vm.cur_frame.get();
    base.back = saved_frame;
    // a resumed generator's "call" event (a new frame has its own at RESUME)
    let r = if vm.hooked.get() && base.pc > 0 {
        vm.cur_frame.set(&mut **base);
        match trace::call_event(vm, base) {
            Ok(()) => run_loop(vm, base),
            Err(e) => Err(e),
        }
    } else {
        run_loop(vm, base)
    };
    base.back = std::ptr::null_mut();
    vm.cur_frame.set(saved_frame);
    vm.depth.set(vm.depth.get() - 1);
    r
}

fn run_loop(vm: &Vm, base: &mut Box<Frame>) -> PyResult<Exit> {
    let mut callers: Vec<Box<Frame>> = Vec::new();
    let base_ptr: *mut Frame = &mut **base;
    let mut fp: *mut Frame = base_ptr;
    vm.cur_frame.set(fp);
    // a generator resumed with an exception raises it at the yield
    // SAFETY: fp points at base, which the caller keeps alive.
    if let Some(e) = unsafe { (*fp).pending_exc.take() } {
        let r = handle_error(vm, &mut callers, &mut fp, base_ptr, e, true);
        if let Err(e) = r {
            return Err(e);
        }
    }
    let base_depth = vm.depth.get();
    loop {
        // a panic while an instruction runs (gilpy's bug) becomes a SystemError raised by
        // that instruction (runtime/panics.rs); catching costs nothing until one happens
        let result: PyResult<Step> = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> PyResult<Step> {
            // SAFETY: fp always points at the current frame: `base` (kept alive by our caller)
            // or the last element of `callers` (boxed, so moves of the Vec keep it in place).
            let mut f: &mut Frame = unsafe { &mut *fp };
            // SAFETY: the frame owns its code object, which outlives this borrow.
            let mut cd: &CodeData = unsafe { &*(code_data(&f.code) as *const CodeData) };
            let mut code: &[Instr] = if f.traced { trace::traced_code(cd) } else { &cd.code.code };
            // the next instruction's index, kept out of the frame while the frame runs: it is
            // stored in `f.pc` only where something else reads it (a call leaves the frame, a
            // yield suspends it); an exception's handler sets `f.pc` and re-enters here
            let mut npc = f.pc;
            // Python-to-Python calls and returns switch frames inside this loop; it is left only
            // for an exception, a yield, or the base frame's return.
            macro_rules! switch_to {
                ($ptr:expr) => {{
                    fp = $ptr;
                    vm.cur_frame.set(fp);
                    // SAFETY: fp points at a live frame (base or boxed in `callers`).
                    f = unsafe { &mut *fp };
                    npc = f.pc;
                    // SAFETY: the frame's code object outlives this borrow (the frame owns it).
                    cd = unsafe { &*(code_data(&f.code) as *const CodeData) };
                    code = if f.traced { trace::traced_code(cd) } else { &cd.code.code };
                }};
            }
            // a Python callee runs in this loop: count the depth, then make its frame current
            macro_rules! enter_callee {
                ($nf:expr) => {{
                    let mut nf = $nf;
                    nf.back = fp;
                    // the caller resumes after the call
                    f.pc = npc;
                    let depth = vm.depth.get();
                    if depth + vm.native_depth.get() >= rt().recursion_limit.get() {
                        if nf.init {
                            let _ = newobj::init_done(vm, &Value::None);
                        }
                        frame::recycle(vm, nf);
                        return Err(vm.recursion_error());
                    }
                    vm.depth.set(depth + 1);
                    callers.push(nf);
                    switch_to!(&mut **callers.last_mut().unwrap());
                }};
            }
            'next: loop {
                let pc = npc;
                let mut ins = code[pc];
                f.lasti = pc;
                npc = pc + 1;
                // a traced frame's line starts are TraceLine: the event, then the instruction
                // itself (an arm, so untraced code pays no test for it)
                'dispatch: loop {
                    match ins {
                        Instr::TraceLine => {
                            trace::line_event(vm, f, pc)?;
                            ins = cd.code.code[pc];
                            continue 'dispatch;
                        }
                        Instr::Nop => {}
                        Instr::Resume => {
                            if crate::runtime::gil::breaker() {
                                vm.handle_eval_breaker()?;
                                if vm.hooked.get() {
                                    trace::call_event(vm, f)?;
                                    if f.traced {
                                        code = trace::traced_code(cd);
                                    }
                                }
                            }
                        }
                        Instr::LoadFast(i) => {
                            let v = &f.fast[i as usize];
                            if v.is_undef() {
                                return Err(unbound_local(vm, f, i as usize));
                            }
                            let v = v.clone();
                            f.stack.push(v);
                        }
                        Instr::StoreFast(i) => {
                            let v = f.stack.pop().unwrap();
                            let old = std::mem::replace(&mut f.fast[i as usize], v);
                            drop(old);
                        }
                        Instr::LoadConst(i) => {
                            f.stack.push(cd.consts[i as usize].clone());
                        }
                        Instr::PopTop => {
                            let v = f.stack.pop();
                            drop(v);
                        }
                        Instr::InplaceOp(op) | Instr::BinaryOp(op) => {
                            let b = f.stack.pop().unwrap();
                            let a = f.stack.pop().unwrap();
                            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                                if let Some(r) = crate::types::int::fast_binop(*x, *y, op) {
                                    f.stack.push(r);
                                    continue 'next;
                                }
                            }
                            if let (Value::Float(x), Value::Float(y)) = (&a, &b) {
                                match op {
                                    BinOp::Add => {
                                        f.stack.push(Value::Float(x + y));
                                        continue 'next;
                                    }
                                    BinOp::Sub => {
                                        f.stack.push(Value::Float(x - y));
                                        continue 'next;
                                    }
                                    BinOp::Mul => {
                                        f.stack.push(Value::Float(x * y));
                                        continue 'next;
                                    }
                                    // a zero divisor raises, on the general path
                                    BinOp::TrueDiv if *y != 0.0 => {
                                        f.stack.push(Value::Float(x / y));
                                        continue 'next;
                                    }
                                    // a positive finite base and a finite answer: nothing to
                                    // raise and no complex result (float.__pow__'s other cases)
                                    BinOp::Pow if *x > 0.0 && x.is_finite() && y.is_finite() => {
                                        let r = x.powf(*y);
                                        if r.is_finite() {
                                            f.stack.push(Value::Float(r));
                                            continue 'next;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            let r = if matches!(ins, Instr::InplaceOp(_)) { vm.inplace_op(&a, &b, op)? } else { vm.binop(&a, &b, op)? };
                            drop(a);
                            drop(b);
                            f.stack.push(r);
                        }
                        Instr::CompareOp(op) => {
                            let b = f.stack.pop().unwrap();
                            let a = f.stack.pop().unwrap();
                            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                                let r = crate::protocol::cmp_ord(x.cmp(y), op);
                                // a conditional jump right after takes the answer without the
                                // stack or another dispatch (CPython 3.11's COMPARE_OP_INT_JUMP)
                                let (t, jump_if) = match code.get(npc) {
                                    Some(&Instr::PopJumpIfFalse(t)) => (t as usize, false),
                                    Some(&Instr::PopJumpIfTrue(t)) => (t as usize, true),
                                    _ => {
                                        f.stack.push(Value::Bool(r));
                                        continue 'next;
                                    }
                                };
                                let jpc = npc;
                                f.lasti = jpc;
                                npc = jpc + 1;
                                if r == jump_if {
                                    npc = t;
                                    if t <= jpc && crate::runtime::gil::breaker() {
                                        vm.handle_eval_breaker_ticks(jpc as i64 + 1 - t as i64)?;
                                    }
                                }
                                continue 'next;
                            }
                            let r = match (&a, &b) {
                                (Value::Int(x), Value::Int(y)) => Value::Bool(crate::protocol::cmp_ord(x.cmp(y), op)),
                                _ => vm.compare(&a, &b, op)?,
                            };
                            drop(a);
                            drop(b);
                            f.stack.push(r);
                        }
                        Instr::JumpBackward(t) => {
                            npc = t as usize;
                            if crate::runtime::gil::breaker() {
                                vm.handle_eval_breaker_ticks(pc as i64 + 1 - t as i64)?;
                            }
                        }
                        Instr::Jump(t) => npc = t as usize,
                        Instr::PopJumpIfFalse(t) => {
                            let v = f.stack.pop().unwrap();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => vm.truthy(&v)?,
                            };
                            if !b {
                                npc = t as usize;
                                // a comprehension's filter jumps back to its loop: a check point,
                                // or a loop whose filter rejects everything would never switch
                                if (t as usize) <= pc && crate::runtime::gil::breaker() {
                                    vm.handle_eval_breaker_ticks(pc as i64 + 1 - t as i64)?;
                                }
                            }
                        }
                        Instr::PopJumpIfTrue(t) => {
                            let v = f.stack.pop().unwrap();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => vm.truthy(&v)?,
                            };
                            if b {
                                npc = t as usize;
                                if (t as usize) <= pc && crate::runtime::gil::breaker() {
                                    vm.handle_eval_breaker_ticks(pc as i64 + 1 - t as i64)?;
                                }
                            }
                        }
                        Instr::JumpIfFalseOrPop(t) => {
                            let b = vm.truthy(f.stack.last().unwrap())?;
                            if !b {
                                npc = t as usize;
                            } else {
                                f.stack.pop();
                            }
                        }
                        Instr::JumpIfTrueOrPop(t) => {
                            let b = vm.truthy(f.stack.last().unwrap())?;
                            if b {
                                npc = t as usize;
                            } else {
                                f.stack.pop();
                            }
                        }
                        Instr::PopJumpIfNone(t) => {
                            if f.stack.pop().unwrap().is_none() {
                                npc = t as usize;
                            }
                        }
                        Instr::PopJumpIfNotNone(t) => {
                            if !f.stack.pop().unwrap().is_none() {
                                npc = t as usize;
                            }
                        }
                        Instr::ForIter(t) => {
                            let top = f.stack.last().unwrap();
                            if let Value::Obj(o) = top {
                                if let Payload::Iter(cell) = o.payload() {
                                    // SAFETY: GIL invariant; range stepping runs no Python code.
                                    if let IterKind::Range { cur, stop, step } = unsafe { &mut *cell.get() } {
                                        if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                            let v = *cur;
                                            *cur += *step;
                                            f.stack.push(Value::Int(v));
                                        } else {
                                            f.stack.pop();
                                            npc = t as usize;
                                        }
                                        continue 'next;
                                    }
                                }
                            }
                            let it = top.clone();
                            match vm.next(&it)? {
                                Some(v) => f.stack.push(v),
                                None => {
                                    f.stack.pop();
                                    npc = t as usize;
                                }
                            }
                        }
                        Instr::LoadGlobal(i) => {
                            let c = &cd.gcache[i as usize];
                            let (gv, bv) = (dict::version(&f.globals), dict::version(&f.builtins));
                            if c.globals_ver.get() == gv && c.builtins_ver.get() == bv && gv != 0 {
                                let d = if c.in_builtins.get() { &f.builtins } else { &f.globals };
                                f.stack.push(dict::value_at(d, c.index.get() as usize));
                                continue 'next;
                            }
                            let name = &cd.names[i as usize];
                            let (v, d, in_b) = match dict::lookup_str_index(&f.globals, name) {
                                Some(ix) => (ix, &f.globals, false),
                                None => match dict::lookup_str_index(&f.builtins, name) {
                                    Some(ix) => (ix, &f.builtins, true),
                                    None => return Err(name_error(vm, name)),
                                },
                            };
                            c.index.set(v as u32);
                            c.in_builtins.set(in_b);
                            c.globals_ver.set(gv);
                            c.builtins_ver.set(bv);
                            f.stack.push(dict::value_at(d, v));
                        }
                        Instr::PushNull => f.stack.push(Value::Undef),
                        Instr::Call(n) => {
                            // CPython 3.11 checks after a native call returns; a Python callee
                            // checks at its own RESUME
                            match do_call(vm, f, n as usize, None)? {
                                CallTarget::Done(v) => {
                                    f.stack.push(v);
                                    if crate::runtime::gil::breaker() {
                                        vm.handle_eval_breaker()?;
                                    }
                                }
                                CallTarget::Inline(nf) => enter_callee!(nf),
                            }
                        }
                        Instr::CallKw(n) => {
                            let names = match f.stack.pop().unwrap() {
                                Value::Obj(o) => o,
                                _ => unreachable!(),
                            };
                            match do_call(vm, f, n as usize, Some(names))? {
                                CallTarget::Done(v) => {
                                    f.stack.push(v);
                                    if crate::runtime::gil::breaker() {
                                        vm.handle_eval_breaker()?;
                                    }
                                }
                                CallTarget::Inline(nf) => enter_callee!(nf),
                            }
                        }
                        Instr::CallEx(flags) => {
                            let kwargs = if flags & 1 != 0 { Some(f.stack.pop().unwrap()) } else { None };
                            let mut args = f.stack.pop().unwrap();
                            let _null = f.stack.pop().unwrap();
                            let func = f.stack.pop().unwrap();
                            let exact_tuple = matches!(&args, Value::Obj(o) if o.ty().is(&rt().t.tuple));
                            if flags & 2 != 0 && !exact_tuple {
                                let items = match vm.collect(&args) {
                                    Ok(items) => items,
                                    Err(e) => {
                                        // only a TypeError from something that cannot be
                                        // iterated becomes the message about *
                                        let not_iterable = vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) && vm.iter(&args).is_err();
                                        if not_iterable {
                                            return Err(vm.type_error(format!(
                                                "{} argument after * must be an iterable, not {}",
                                                function::callable_name(vm, &func),
                                                vm.type_name(&args)
                                            )));
                                        }
                                        return Err(e);
                                    }
                                };
                                args = tuple::new_tuple(items);
                            }
                            let argv: &[Value] = match &args {
                                Value::Obj(o) => tuple::items(o),
                                _ => &[],
                            };
                            let (names, values): (Vec<Value>, Vec<Value>) = match &kwargs {
                                Some(Value::Obj(d)) => dict::items(d).into_iter().unzip(),
                                _ => (vec![], vec![]),
                            };
                            for n in &names {
                                if pystr::as_str(n).is_none() {
                                    return Err(vm.type_error("keywords must be strings".into()));
                                }
                            }
                            let kw = KwArgs { names: &names, values: &values };
                            if let Value::Obj(fo) = &func {
                                if let Payload::Function(_) = fo.payload() {
                                    // a Python callee runs in this loop, as for CALL
                                    let nf = frame::make_frame(vm, fo, argv, kw)?;
                                    if code_data(&nf.code).code.flags & GEN_FLAGS == 0 {
                                        enter_callee!(nf);
                                        continue 'next;
                                    }
                                    f.stack.push(function::new_generator(fo, nf));
                                    continue 'next;
                                }
                            }
                            let r = vm.call_kw(&func, argv, kw)?;
                            f.stack.push(r);
                        }
                        Instr::ReturnValue => {
                            let v = f.stack.pop().unwrap();
                            if vm.hooked.get() {
                                trace::return_event(vm, f, &v)?;
                            }
                            match callers.pop() {
                                Some(done) => {
                                    // the finished frame was the top of `callers`
                                    let init = done.init;
                                    frame::recycle(vm, done);
                                    vm.depth.set(vm.depth.get() - 1);
                                    let parent: *mut Frame = match callers.last_mut() {
                                        Some(b) => &mut **b,
                                        None => base_ptr,
                                    };
                                    switch_to!(parent);
                                    if init {
                                        // the instance is already on the caller's stack
                                        newobj::init_done(vm, &v)?;
                                    } else {
                                        f.stack.push(v);
                                    }
                                }
                                None => return Ok(Step::Return(v)),
                            }
                        }
                        Instr::LoadName(i) => {
                            let name = &cd.names[i as usize];
                            let v = match &f.locals_dict {
                                Some(d) => match d.payload() {
                                    Payload::Dict(_) if !typeobj::type_data(d.ty()).has(TF_HEAP) => dict::get_str(d, name),
                                    _ => match vm.getitem(&Value::Obj(d.clone()), &Value::Obj(name.clone())) {
                                        Ok(v) => Some(v),
                                        Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.key_error) => None,
                                        Err(e) => return Err(e),
                                    },
                                },
                                None => None,
                            };
                            let v = match v {
                                Some(v) => v,
                                None => load_global(vm, f, name)?,
                            };
                            f.stack.push(v);
                        }
                        Instr::StoreName(i) => {
                            let v = f.stack.pop().unwrap();
                            let name = cd.names[i as usize].clone();
                            match &f.locals_dict {
                                Some(d) => {
                                    if matches!(d.payload(), Payload::Dict(_)) && !typeobj::type_data(d.ty()).has(TF_HEAP) {
                                        dict::set_item(vm, d, Value::Obj(name), v)?;
                                    } else {
                                        vm.setitem(&Value::Obj(d.clone()), &Value::Obj(name), v)?;
                                    }
                                }
                                None => dict::set_item(vm, &f.globals, Value::Obj(name), v)?,
                            }
                        }
                        Instr::DeleteName(i) => {
                            let name = &cd.names[i as usize];
                            let d = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                            if matches!(d.payload(), Payload::Dict(_)) && !typeobj::type_data(d.ty()).has(TF_HEAP) {
                                if !dict::del_str(&d, name) {
                                    return Err(name_error(vm, name));
                                }
                            } else if let Err(e) = vm.delitem(&Value::Obj(d), &Value::Obj(name.clone())) {
                                if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.key_error) {
                                    return Err(name_error(vm, name));
                                }
                                return Err(e);
                            }
                        }
                        Instr::StoreGlobal(i) => {
                            let v = f.stack.pop().unwrap();
                            dict::set_item(vm, &f.globals, Value::Obj(cd.names[i as usize].clone()), v)?;
                        }
                        Instr::DeleteGlobal(i) => {
                            let name = &cd.names[i as usize];
                            if !dict::del_str(&f.globals, name) {
                                return Err(name_error(vm, name));
                            }
                        }
                        Instr::DeleteFast(i) => {
                            if f.fast[i as usize].is_undef() {
                                return Err(unbound_local(vm, f, i as usize));
                            }
                            let old = std::mem::replace(&mut f.fast[i as usize], Value::Undef);
                            drop(old);
                        }
                        Instr::LoadDeref(i) => {
                            let nl = cd.code.varnames.len();
                            let v = cell_get(&f.fast[nl + i as usize]);
                            if v.is_undef() {
                                return Err(free_var_error(vm, f, i as usize));
                            }
                            f.stack.push(v);
                        }
                        Instr::LoadClassDeref(i) => {
                            let nl = cd.code.varnames.len();
                            let ncells = cd.code.cellvars.len();
                            let name = if (i as usize) < ncells { &cd.code.cellvars[i as usize] } else { &cd.code.freevars[i as usize - ncells] };
                            let key = rt().intern(name);
                            let found = f.locals_dict.as_ref().and_then(|d| dict::get_str(d, &key));
                            let v = match found {
                                Some(v) => v,
                                None => {
                                    let v = cell_get(&f.fast[nl + i as usize]);
                                    if v.is_undef() {
                                        return Err(free_var_error(vm, f, i as usize));
                                    }
                                    v
                                }
                            };
                            f.stack.push(v);
                        }
                        Instr::StoreDeref(i) => {
                            let nl = cd.code.varnames.len();
                            let v = f.stack.pop().unwrap();
                            cell_set(&f.fast[nl + i as usize], v);
                        }
                        Instr::DeleteDeref(i) => {
                            let nl = cd.code.varnames.len();
                            if cell_get(&f.fast[nl + i as usize]).is_undef() {
                                return Err(free_var_error(vm, f, i as usize));
                            }
                            cell_set(&f.fast[nl + i as usize], Value::Undef);
                        }
                        Instr::LoadClosure(i) => {
                            let nl = cd.code.varnames.len();
                            let c = f.fast[nl + i as usize].clone();
                            f.stack.push(c);
                        }
                        Instr::LoadAttr(i) => {
                            let (c, name) = (&cd.acache[i as usize], &cd.names[i as usize]);
                            let obj = f.stack.pop().unwrap();
                            let v = match attrcache::load(c, &obj, name) {
                                Some(v) => v,
                                None => {
                                    let v = vm.getattr(&obj, name)?;
                                    attrcache::fill_load(c, &obj, name);
                                    v
                                }
                            };
                            drop(obj);
                            f.stack.push(v);
                        }
                        Instr::LoadMethod(i) => {
                            let obj = f.stack.pop().unwrap();
                            let (a, b) = attrcache::load_method(vm, &cd.acache[i as usize], obj, &cd.names[i as usize])?;
                            f.stack.push(a);
                            f.stack.push(b);
                        }
                        Instr::StoreAttr(i) => {
                            let obj = f.stack.pop().unwrap();
                            let v = f.stack.pop().unwrap();
                            attrcache::store(vm, &cd.acache[i as usize], obj, &cd.names[i as usize], v)?;
                        }
                        Instr::DeleteAttr(i) => {
                            let obj = f.stack.pop().unwrap();
                            vm.delattr(&obj, &cd.names[i as usize])?;
                        }
                        Instr::BinarySubscr => {
                            let k = f.stack.pop().unwrap();
                            let c = f.stack.pop().unwrap();
                            let r = if let (Value::Obj(o), Value::Int(i)) = (&c, &k) {
                                match o.payload() {
                                    Payload::List(_) if o.ty().is(&rt().t.list) => match list::get_index(o, *i) {
                                        Some(v) => v,
                                        None => list::getitem(vm, o, &k)?,
                                    },
                                    Payload::Tuple(t) if *i >= 0 && (*i as usize) < t.len() && o.ty().is(&rt().t.tuple) => t[*i as usize].clone(),
                                    _ => vm.getitem(&c, &k)?,
                                }
                            } else {
                                vm.getitem(&c, &k)?
                            };
                            drop(c);
                            drop(k);
                            f.stack.push(r);
                        }
                        Instr::StoreSubscr => {
                            let k = f.stack.pop().unwrap();
                            let c = f.stack.pop().unwrap();
                            let v = f.stack.pop().unwrap();
                            let v = match (&c, &k) {
                                (Value::Obj(o), Value::Int(i)) if matches!(o.payload(), Payload::List(_)) && o.ty().is(&rt().t.list) => {
                                    match list::set_index(o, *i, v) {
                                        Ok(()) => continue 'next,
                                        Err(v) => v,
                                    }
                                }
                                _ => v,
                            };
                            vm.setitem(&c, &k, v)?;
                        }
                        Instr::DeleteSubscr => {
                            let k = f.stack.pop().unwrap();
                            let c = f.stack.pop().unwrap();
                            vm.delitem(&c, &k)?;
                        }
                        Instr::IsOp(inv) => {
                            let b = f.stack.pop().unwrap();
                            let a = f.stack.pop().unwrap();
                            f.stack.push(Value::Bool(a.is(&b) != (inv == 1)));
                        }
                        Instr::ContainsOp(inv) => {
                            let b = f.stack.pop().unwrap();
                            let a = f.stack.pop().unwrap();
                            let r = vm.contains(&b, &a)?;
                            f.stack.push(Value::Bool(r != (inv == 1)));
                        }
                        Instr::UnaryNot => {
                            let v = f.stack.pop().unwrap();
                            let b = vm.truthy(&v)?;
                            f.stack.push(Value::Bool(!b));
                        }
                        Instr::UnaryNegative => {
                            let v = f.stack.pop().unwrap();
                            let r = vm.unary_neg(&v)?;
                            f.stack.push(r);
                        }
                        Instr::UnaryPositive => {
                            let v = f.stack.pop().unwrap();
                            let r = vm.unary_pos(&v)?;
                            f.stack.push(r);
                        }
                        Instr::UnaryInvert => {
                            let v = f.stack.pop().unwrap();
                            let r = vm.unary_invert(&v)?;
                            f.stack.push(r);
                        }
                        Instr::Swap(n) => {
                            let len = f.stack.len();
                            f.stack.swap(len - 1, len - n as usize);
                        }
                        Instr::Copy(n) => {
                            let v = f.stack[f.stack.len() - n as usize].clone();
                            f.stack.push(v);
                        }
                        Instr::BuildTuple(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            f.stack.push(tuple::new_tuple(items));
                        }
                        Instr::BuildList(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            f.stack.push(list::new_list(items));
                        }
                        Instr::BuildSet(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            let s = crate::types::set::new_set(false);
                            for x in items {
                                crate::types::set::add(vm, &s, x)?;
                            }
                            f.stack.push(Value::Obj(s));
                        }
                        Instr::BuildMap(n) => {
                            let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                            let d = dict::new_dict();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                dict::set_item(vm, &d, k, v)?;
                            }
                            f.stack.push(Value::Obj(d));
                        }
                        Instr::BuildString(n) => {
                            let items = f.stack.split_off(f.stack.len() - n as usize);
                            let mut s = String::new();
                            for x in &items {
                                s.push_str(pystr::as_str(x).unwrap_or(""));
                            }
                            f.stack.push(pystr::from_string(s));
                        }
                        Instr::BuildSlice(n) => {
                            let step = if n == 3 { f.stack.pop().unwrap() } else { Value::None };
                            let stop = f.stack.pop().unwrap();
                            let start = f.stack.pop().unwrap();
                            f.stack.push(Value::Obj(PyRef::new(&rt().t.slice, Payload::Slice(start, stop, step))));
                        }
                        Instr::ListAppend(n) => {
                            let v = f.stack.pop().unwrap();
                            let l = &f.stack[f.stack.len() - n as usize];
                            if let Value::Obj(o) = l {
                                list::append(o, v);
                            }
                        }
                        Instr::SetAdd(n) => {
                            let v = f.stack.pop().unwrap();
                            if let Value::Obj(o) = &f.stack[f.stack.len() - n as usize] {
                                let o = o.clone();
                                crate::types::set::add(vm, &o, v)?;
                            }
                        }
                        Instr::MapAdd(n) => {
                            let v = f.stack.pop().unwrap();
                            let k = f.stack.pop().unwrap();
                            if let Value::Obj(o) = &f.stack[f.stack.len() - n as usize] {
                                let o = o.clone();
                                dict::set_item(vm, &o, k, v)?;
                            }
                        }
                        Instr::ListExtend(n) => {
                            let v = f.stack.pop().unwrap();
                            if let Value::Obj(o) = &f.stack[f.stack.len() - n as usize] {
                                let o = o.clone();
                                list::extend(vm, &o, &v).map_err(|e| {
                                    if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) && vm.iter(&v).is_err() {
                                        vm.type_error(format!("Value after * must be an iterable, not {}", vm.type_name(&v)))
                                    } else {
                                        e
                                    }
                                })?;
                            }
                        }
                        Instr::SetUpdate(n) => {
                            let v = f.stack.pop().unwrap();
                            if let Value::Obj(o) = &f.stack[f.stack.len() - n as usize] {
                                let o = o.clone();
                                crate::types::set::update(vm, &o, &v)?;
                            }
                        }
                        Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                            let v = f.stack.pop().unwrap();
                            if let Value::Obj(o) = &f.stack[f.stack.len() - n as usize] {
                                let o = o.clone();
                                if matches!(ins, Instr::DictMerge(_)) {
                                    let fname =
                                        f.stack.get(f.stack.len().saturating_sub(n as usize + 3)).map(|c| function::callable_name(vm, c)).unwrap_or_default();
                                    let items = dict::items_of(vm, &v)
                                        .map_err(|_| vm.type_error(format!("{} argument after ** must be a mapping, not {}", fname, vm.type_name(&v))))?;
                                    for (k, val) in items {
                                        if dict::contains(vm, &o, &k)? {
                                            return Err(vm.type_error(format!(
                                                "{} got multiple values for keyword argument '{}'",
                                                fname,
                                                pystr::as_str(&k).unwrap_or("?")
                                            )));
                                        }
                                        dict::set_item(vm, &o, k, val)?;
                                    }
                                } else {
                                    dict::update_from(vm, &o, &v).map_err(|e| {
                                        if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) {
                                            vm.type_error(format!("'{}' object is not a mapping", vm.type_name(&v)))
                                        } else {
                                            e
                                        }
                                    })?;
                                }
                            }
                        }
                        Instr::ListToTuple => {
                            let l = f.stack.pop().unwrap();
                            let items = match &l {
                                Value::Obj(o) => list::snapshot(o),
                                _ => vec![],
                            };
                            f.stack.push(tuple::new_tuple(items));
                        }
                        Instr::FormatValue(flags) => {
                            let spec = if flags & 4 != 0 { Some(f.stack.pop().unwrap()) } else { None };
                            let v = f.stack.pop().unwrap();
                            let v = match flags & 3 {
                                1 => Value::Obj(vm.str_(&v)?),
                                2 => Value::Obj(vm.repr(&v)?),
                                3 => pystr::new_str(&crate::format::ascii_of(vm, &v)?),
                                _ => v,
                            };
                            let spec_s = spec.as_ref().and_then(pystr::as_str).unwrap_or("");
                            let r = if spec_s.is_empty() && matches!(&v, Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) && o.ty().is(&rt().t.str)) {
                                v
                            } else {
                                crate::format::format_builtin(vm, &v, spec_s)?
                            };
                            f.stack.push(r);
                        }
                        Instr::UnpackSequence(n) => {
                            let seq = f.stack.pop().unwrap();
                            unpack(vm, f, seq, n as usize)?;
                        }
                        Instr::UnpackEx(n) => {
                            let seq = f.stack.pop().unwrap();
                            unpack_ex(vm, f, seq, (n & 0xff) as usize, (n >> 8) as usize)?;
                        }
                        Instr::GetIter => {
                            let v = f.stack.pop().unwrap();
                            let it = vm.iter(&v)?;
                            drop(v);
                            f.stack.push(it);
                        }
                        Instr::MakeFunction(flags) => {
                            let code = match f.stack.pop().unwrap() {
                                Value::Obj(o) => o,
                                _ => unreachable!(),
                            };
                            let closure = if flags & 8 != 0 { f.stack.pop().and_then(|v| v.as_obj().cloned()) } else { None };
                            let annotations = if flags & 4 != 0 { f.stack.pop() } else { None };
                            let kwdefaults = if flags & 2 != 0 { f.stack.pop().and_then(|v| v.as_obj().cloned()) } else { None };
                            let defaults = if flags & 1 != 0 { f.stack.pop().and_then(|v| v.as_obj().cloned()) } else { None };
                            let func = function::new_function(code, f.globals.clone(), defaults, kwdefaults, closure);
                            if let (Some(ann), Value::Obj(fo)) = (annotations, &func) {
                                let d = dict::new_dict();
                                dict::set_item(vm, &d, pystr::new_str("__annotations__"), ann)?;
                                fo.set_dict(Some(d));
                            }
                            f.stack.push(func);
                        }
                        Instr::YieldValue => {
                            let v = f.stack.pop().unwrap();
                            if vm.hooked.get() {
                                trace::return_event(vm, f, &v)?;
                            }
                            f.pc = npc;
                            return Ok(Step::Yield(v));
                        }
                        Instr::GetYieldFromIter => {
                            let v = f.stack.pop().unwrap();
                            let it = match &v {
                                Value::Obj(o) if o.ty().is(&rt().t.generator) => v.clone(),
                                Value::Obj(o) if o.ty().is(&rt().t.coroutine) => {
                                    if code_data(&f.code).code.flags & (CO_COROUTINE | gilpy_compiler::bytecode::CO_ITERABLE_COROUTINE) == 0 {
                                        return Err(vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator".into()));
                                    }
                                    v.clone()
                                }
                                _ => vm.iter(&v)?,
                            };
                            f.stack.push(it);
                        }
                        Instr::Send(t) => {
                            let sent = f.stack.pop().unwrap();
                            let it = f.stack.last().unwrap().clone();
                            let r = match &it {
                                Value::Obj(o) if matches!(o.payload(), Payload::Generator(_)) => gen_send(vm, o, sent)?,
                                _ => {
                                    // a builtin iterator's StopIteration carries no value; others'
                                    // (awaitables written in Python or natively) may
                                    let plain =
                                        matches!(&it, Value::Obj(o) if !matches!(o.payload(), Payload::Native(_)) && !typeobj::type_data(o.ty()).has(TF_HEAP));
                                    if sent.is_none() && plain {
                                        match vm.next(&it)? {
                                            Some(v) => Exit::Yield(v),
                                            None => Exit::Return(Value::None),
                                        }
                                    } else {
                                        let r = if sent.is_none() { vm.call_method(&it, "__next__", &[]) } else { vm.call_method(&it, "send", &[sent]) };
                                        match r {
                                            Ok(v) => Exit::Yield(v),
                                            Err(e) => {
                                                if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_iteration) {
                                                    Exit::Return(vm.getattr_str(&Value::Obj(e.exc.clone()), "value").unwrap_or(Value::None))
                                                } else {
                                                    return Err(e);
                                                }
                                            }
                                        }
                                    }
                                }
                            };
                            match r {
                                Exit::Yield(v) => f.stack.push(v),
                                Exit::Return(v) => {
                                    f.stack.pop();
                                    f.stack.push(v);
                                    npc = t as usize;
                                }
                            }
                        }
                        Instr::SetupFinally(t) => {
                            f.blocks.push(Block { handler: t, level: f.stack.len() as u32 });
                        }
                        Instr::SetupWith(t) => {
                            f.blocks.push(Block { handler: t, level: f.stack.len() as u32 - 1 });
                        }
                        Instr::PopBlock => {
                            f.blocks.pop();
                        }
                        Instr::PopExcept => {
                            let prev = f.stack.pop().unwrap();
                            let old = vm.exc_info.replace(prev);
                            drop(old);
                        }
                        Instr::Reraise => {
                            let exc = f.stack.pop().unwrap();
                            let prev = f.stack.pop().unwrap();
                            let old = vm.exc_info.replace(prev);
                            drop(old);
                            return match exc {
                                Value::Obj(o) => Err(PyErr::new(o)).map_err(mark_reraise),
                                _ => Err(vm.runtime_error("No active exception to reraise".into())),
                            };
                        }
                        Instr::CleanupReraise => {
                            let err = f.stack.pop().unwrap();
                            let _handled = f.stack.pop();
                            let _exc = f.stack.pop();
                            let prev = f.stack.pop().unwrap();
                            let old = vm.exc_info.replace(prev);
                            drop(old);
                            return match err {
                                Value::Obj(o) => Err(mark_reraise(PyErr::new(o))),
                                _ => Err(vm.runtime_error("No active exception to reraise".into())),
                            };
                        }
                        Instr::CheckExcMatch => {
                            let ty = f.stack.pop().unwrap();
                            let exc = f.stack.last().unwrap().clone();
                            let m = match &exc {
                                Value::Obj(o) => vm.exc_matches(o, &ty)?,
                                _ => false,
                            };
                            f.stack.push(Value::Bool(m));
                        }
                        Instr::RaiseVarargs(n) => {
                            return Err(match n {
                                0 => {
                                    let cur = vm.exc_info.borrow().clone();
                                    match cur {
                                        Value::Obj(o) => mark_reraise(PyErr::new(o)),
                                        _ => vm.runtime_error("No active exception to reraise".into()),
                                    }
                                }
                                1 => {
                                    let e = f.stack.pop().unwrap();
                                    do_raise(vm, e, None)
                                }
                                _ => {
                                    let c = f.stack.pop().unwrap();
                                    let e = f.stack.pop().unwrap();
                                    do_raise(vm, e, Some(c))
                                }
                            });
                        }
                        Instr::BeforeWith => {
                            let mgr = f.stack.pop().unwrap();
                            let enter = vm.lookup_special(&mgr, "__enter__");
                            let exit = vm.lookup_special(&mgr, "__exit__");
                            let (enter, exit) = match (enter, exit) {
                                (Some(e), Some(x)) => (e, x),
                                (None, _) => {
                                    return Err(vm.type_error(format!("'{}' object does not support the context manager protocol", vm.type_name(&mgr))))
                                }
                                (_, None) => {
                                    return Err(vm.type_error(format!(
                                        "'{}' object does not support the context manager protocol (missed __exit__ method)",
                                        vm.type_name(&mgr)
                                    )))
                                }
                            };
                            f.stack.push(exit);
                            // the manager is released before __enter__ runs, as CPython's
                            // BEFORE_WITH does (its bound methods hold it)
                            drop(mgr);
                            let r = vm.call(&enter, &[], KwArgs::EMPTY)?;
                            f.stack.push(r);
                        }
                        Instr::WithExitNormal => {
                            let exit = f.stack.pop().unwrap();
                            vm.call(&exit, &[Value::None, Value::None, Value::None], KwArgs::EMPTY)?;
                        }
                        Instr::WithExceptStart => {
                            let len = f.stack.len();
                            let exc = f.stack[len - 1].clone();
                            let exit = f.stack[len - 3].clone();
                            let ty = Value::Obj(vm.type_of(&exc).clone());
                            let tb = match &exc {
                                Value::Obj(o) => crate::types::exceptions::exc_attr(vm, o, "__traceback__")?.unwrap_or(Value::None),
                                _ => Value::None,
                            };
                            let r = vm.call(&exit, &[ty, exc, tb], KwArgs::EMPTY)?;
                            f.stack.push(r);
                        }
                        Instr::ImportName(i) => {
                            let fromlist = f.stack.pop().unwrap();
                            let level = f.stack.pop().unwrap();
                            let name = cd.names[i as usize].clone();
                            let m = crate::runtime::import::import_name(vm, &name, &f.globals, &fromlist, &level)?;
                            f.stack.push(m);
                        }
                        Instr::ImportFrom(i) => {
                            let m = f.stack.last().unwrap().clone();
                            let v = crate::runtime::import::import_from(vm, &m, &cd.names[i as usize])?;
                            f.stack.push(v);
                        }
                        Instr::ImportStar => {
                            let m = f.stack.pop().unwrap();
                            let target = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                            crate::runtime::import::import_star(vm, &m, &target)?;
                        }
                        Instr::LoadBuildClass => {
                            let v = dict::get_str(&f.builtins, &crate::name!("__build_class__"))
                                .ok_or_else(|| vm.name_error("__build_class__ not found".into()))?;
                            f.stack.push(v);
                        }
                        Instr::LoadAssertionError => f.stack.push(Value::Obj(rt().e.assertion_error.clone())),
                        Instr::PrintExpr => {
                            let v = f.stack.pop().unwrap();
                            crate::modules::sys::call_displayhook(vm, v)?;
                        }
                        Instr::SetupAnnotations => {
                            let d = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                            if dict::get_str(&d, &crate::name!("__annotations__")).is_none() {
                                dict::set_item(vm, &d, pystr::new_str("__annotations__"), Value::Obj(dict::new_dict()))?;
                            }
                        }
                        Instr::GetLen => {
                            let n = vm.len(f.stack.last().unwrap())?;
                            f.stack.push(Value::Int(n as i64));
                        }
                        Instr::MatchSequence => {
                            let r = matching::is_sequence(vm, f.stack.last().unwrap())?;
                            f.stack.push(Value::Bool(r));
                        }
                        Instr::MatchMapping => {
                            let r = matching::is_mapping(vm, f.stack.last().unwrap())?;
                            f.stack.push(Value::Bool(r));
                        }
                        Instr::MatchKeys => {
                            let n = f.stack.len();
                            let r = matching::match_keys(vm, &f.stack[n - 2], &f.stack[n - 1])?;
                            f.stack.push(r);
                        }
                        Instr::CopyDictWithoutKeys => {
                            let keys = f.stack.pop().unwrap();
                            let subject = f.stack.pop().unwrap();
                            let r = matching::copy_dict_without_keys(vm, &subject, &keys)?;
                            f.stack.push(r);
                        }
                        Instr::GetAwaitable(kind) => {
                            let v = f.stack.pop().unwrap();
                            let it = crate::types::coroutine::get_awaitable(vm, &v, kind)?;
                            f.stack.push(it);
                        }
                        Instr::GetAIter => {
                            let v = f.stack.pop().unwrap();
                            let it = crate::types::coroutine::get_aiter(vm, &v)?;
                            f.stack.push(it);
                        }
                        Instr::GetANext => {
                            let aw = crate::types::coroutine::get_anext(vm, f.stack.last().unwrap())?;
                            f.stack.push(aw);
                        }
                        Instr::EndAsyncFor => {
                            let exc = f.stack.pop().unwrap();
                            let prev = f.stack.pop().unwrap();
                            let old = vm.exc_info.replace(prev);
                            drop(old);
                            if !vm.isinstance_of(&exc, &rt().e.stop_async_iteration) {
                                return match exc {
                                    Value::Obj(o) => Err(PyErr::new(o)).map_err(mark_reraise),
                                    _ => Err(vm.runtime_error("No active exception to reraise".into())),
                                };
                            }
                            f.stack.pop();
                        }
                        Instr::BeforeAsyncWith => {
                            let mgr = f.stack.pop().unwrap();
                            let (exit, r) = crate::types::coroutine::before_async_with(vm, &mgr)?;
                            f.stack.push(exit);
                            f.stack.push(r);
                        }
                        Instr::WithExitCall => {
                            let exit = f.stack.pop().unwrap();
                            let r = vm.call(&exit, &[Value::None, Value::None, Value::None], KwArgs::EMPTY)?;
                            f.stack.push(r);
                        }
                        Instr::CheckEgMatch => {
                            let t = f.stack.pop().unwrap();
                            let exc = f.stack.pop().unwrap();
                            let (rest, m) = crate::types::exc_group::check_match(vm, &exc, &t)?;
                            f.stack.push(rest);
                            f.stack.push(m);
                        }
                        Instr::PrepReraiseStar => {
                            let rest = f.stack.pop().unwrap();
                            let raised = f.stack.pop().unwrap();
                            let orig = f.stack.pop().unwrap();
                            let r = crate::types::exc_group::prep_reraise(vm, &orig, &raised, &rest)?;
                            f.stack.push(r);
                        }
                        Instr::SetExcInfo => {
                            let v = f.stack.pop().unwrap();
                            let old = vm.exc_info.replace(v);
                            f.stack.push(old);
                        }
                        Instr::AsyncGenWrap => {
                            let v = f.stack.pop().unwrap();
                            f.stack.push(crate::types::coroutine::wrap_value(v));
                        }
                        Instr::MatchStart(n) => {
                            f.stack.push(list::new_list(vec![Value::None; n as usize]));
                        }
                        Instr::MatchCapture(arg) => {
                            let v = f.stack.pop().unwrap();
                            let at = f.stack.len() - 1 - (arg >> 16) as usize;
                            if let Value::Obj(l) = &f.stack[at] {
                                drop(list::replace(l, (arg & 0xffff) as usize, v));
                            }
                        }
                        Instr::MatchTake(k) => {
                            let v = match f.stack.last().unwrap() {
                                Value::Obj(l) => list::replace(l, k as usize, Value::None),
                                _ => Value::None,
                            };
                            f.stack.push(v);
                        }
                        Instr::MatchClass(n) => {
                            let names = f.stack.pop().unwrap();
                            let cls = f.stack.pop().unwrap();
                            let subject = f.stack.pop().unwrap();
                            let r = matching::match_class(vm, &subject, &cls, &names, n as usize)?;
                            f.stack.push(r);
                        }
                    }
                    break 'dispatch;
                }
            }
        })) {
            Ok(r) => r,
            Err(p) => {
                // a nested execute() the panic left did not restore these
                vm.depth.set(base_depth + callers.len());
                vm.cur_frame.set(fp);
                Err(crate::runtime::panics::system_error(vm, p))
            }
        };
        match result {
            Ok(Step::Return(v)) => {
                match callers.pop() {
                    Some(done) => {
                        // the finished frame is the top of `callers`; its caller is below
                        debug_assert!(!done.init, "an init frame returns through ReturnValue");
                        frame::recycle(vm, done);
                        vm.depth.set(vm.depth.get() - 1);
                        fp = match callers.last_mut() {
                            Some(b) => &mut **b,
                            None => base_ptr,
                        };
                        vm.cur_frame.set(fp);
                        // SAFETY: fp is the caller's frame, alive (base or boxed in callers).
                        unsafe { (*fp).stack.push(v) };
                    }
                    None => return Ok(Exit::Return(v)),
                }
            }
            Ok(Step::Yield(v)) => {
                debug_assert!(callers.is_empty(), "yield from an inline frame");
                return Ok(Exit::Yield(v));
            }
            Err(e) => {
                handle_error(vm, &mut callers, &mut fp, base_ptr, e, true)?;
            }
        }
    }
}

enum Step {
    Return(Value),
    Yield(Value),
}

thread_local! {
    static RERAISE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A frame an exception left stays alive with the exception (its locals die with it).
fn keep_frame(e: &PyErr, mut f: Box<Frame>) {
    // a frame that caught the exception and let it go on (finally, a re-raise) is kept
    // below as the frame itself: its frame object need not keep a copy of the locals too
    if let (Some(ed), Some(fo)) = (crate::types::exceptions::exc_data(&e.exc), f.obj.as_ref()) {
        ed.forget_catch_frame(fo);
    }
    // the exception keeps the frame, but its caller may be gone by the time the exception
    // is: the frame object takes its final state (and f_back) now
    if f.obj.is_some() {
        crate::types::frame::detach(&mut f);
    }
    f.back = std::ptr::null_mut();
    // an ended frame keeps its locals, not its value stack (a finally clause's copy of the
    // exception would otherwise count as a reference, as it does not in CPython)
    let stack = std::mem::take(&mut f.stack);
    drop(stack);
    match crate::types::exceptions::exc_data(&e.exc) {
        Some(ed) => ed.keep_frame(f),
        None => drop(f),
    }
}

fn mark_reraise(e: PyErr) -> PyErr {
    RERAISE.with(|r| r.set(true));
    e
}

/// Unwind to the nearest handler block, popping inline frames; Err when the exception
/// escapes the base frame.
fn handle_error(vm: &Vm, callers: &mut Vec<Box<Frame>>, fp: &mut *mut Frame, base_ptr: *mut Frame, e: PyErr, record: bool) -> PyResult<()> {
    let reraise = RERAISE.with(|r| r.replace(false));
    let mut first = true;
    loop {
        // SAFETY: *fp is the current frame (base or the top of callers).
        let f: &mut Frame = unsafe { &mut **fp };
        if record && (!reraise || !first) {
            if let Some(ed) = crate::types::exceptions::exc_data(&e.exc) {
                if first && !reraise {
                    note_raise(vm, &e.exc);
                }
                if !code_data(&f.code).hidden.get() {
                    ed.push_tb(f.code.clone(), f.line(), f.lasti as u32);
                }
            }
            if vm.hooked.get() && f.traced {
                // a hook's own error is dropped here: the exception in flight goes on
                let _ = trace::exception_event(vm, f, &e);
            }
        }
        first = false;
        if let Some(b) = f.blocks.pop() {
            f.stack.truncate(b.level as usize);
            if let Some(ed) = crate::types::exceptions::exc_data(&e.exc) {
                ed.caught_in(*fp);
            }
            let prev = vm.exc_info.replace(Value::Obj(e.exc.clone()));
            f.stack.push(prev);
            f.stack.push(Value::Obj(e.exc));
            f.pc = b.handler as usize;
            return Ok(());
        }
        if vm.hooked.get() {
            let _ = trace::return_event(vm, f, &Value::None);
        }
        match callers.pop() {
            Some(done) => {
                if done.init {
                    let _ = newobj::init_done(vm, &Value::None);
                }
                keep_frame(&e, done);
                vm.depth.set(vm.depth.get() - 1);
                *fp = match callers.last_mut() {
                    Some(b) => &mut **b,
                    None => base_ptr,
                };
                vm.cur_frame.set(*fp);
            }
            None => return Err(e),
        }
    }
}

pub fn _unused(_: CmpOp) {}
