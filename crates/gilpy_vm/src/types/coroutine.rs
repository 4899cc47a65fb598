//! Coroutines (`async def`), the awaitables behind `await`, `async for` and `async with`, and
//! async generators. A coroutine is a generator frame of another type: `await` compiles to the
//! same send loop as `yield from`. An async generator's own `yield` wraps its value
//! (AsyncGenWrap) so that the asend/athrow awaitables can tell it from a value an inner await
//! passes up to the event loop: a wrapped value finishes the awaitable (StopIteration), any
//! other value goes on up.

use crate::eval::Exit;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{function, typeobj};
use crate::{KwArgs, PyErr, PyResult, Vm};
use gilpy_compiler::bytecode::CO_ITERABLE_COROUTINE;
use std::cell::{Cell, RefCell};

struct CoroWrapper {
    coro: PyRef,
}
impl NativeData for CoroWrapper {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct Wrapped(Value);
impl NativeData for Wrapped {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const DONE: u8 = 2;

/// `anext(it, default)`: awaits `it.__anext__()`, giving `default` at StopAsyncIteration.
struct ANextDefault {
    inner: Value,
    default: Value,
}
impl NativeData for ANextDefault {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `agen.asend(v)` / `agen.__anext__()`
struct ASend {
    agen: PyRef,
    value: RefCell<Value>,
    state: Cell<u8>,
}
impl NativeData for ASend {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `agen.athrow(...)` / `agen.aclose()` (args None)
struct AThrow {
    agen: PyRef,
    args: Option<Vec<Value>>,
    state: Cell<u8>,
}
impl NativeData for AThrow {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn is_type(o: &PyRef, t: &PyRef) -> bool {
    o.ty().is(t) && matches!(o.payload(), Payload::Generator(_))
}

pub fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if is_type(o, &rt().t.coroutine))
}

fn is_iterable_coroutine(o: &PyRef) -> bool {
    match o.payload() {
        Payload::Generator(g) if o.ty().is(&rt().t.generator) => crate::eval::frame::code_data(&g.code).code.flags & CO_ITERABLE_COROUTINE != 0,
        _ => false,
    }
}

/// The object a suspended generator/coroutine is delegating to (`yield from`/`await`), if any.
pub fn awaiting(g: &PyRef) -> Option<Value> {
    let gd = match g.payload() {
        Payload::Generator(gd) => gd,
        _ => return None,
    };
    // SAFETY: GIL invariant; a plain look at the suspended frame.
    let f = unsafe { (*gd.frame.get()).as_ref() }?;
    if gd.running.get() || !gd.started.get() {
        return None;
    }
    let code = &crate::eval::frame::code_data(&f.code).code.code;
    match (f.pc.checked_sub(2).and_then(|i| code.get(i)), code.get(f.pc.wrapping_sub(1))) {
        (Some(gilpy_compiler::Instr::Send(_)), Some(gilpy_compiler::Instr::YieldValue)) => f.stack.last().cloned(),
        _ => None,
    }
}

/// GET_AWAITABLE: the iterator an `await` drives.
pub fn get_awaitable(vm: &Vm, v: &Value, kind: u32) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if is_type(o, &rt().t.coroutine) {
            if awaiting(o).is_some() {
                return Err(vm.runtime_error("coroutine is being awaited already".into()));
            }
            return Ok(v.clone());
        }
        if is_iterable_coroutine(o) {
            return Ok(v.clone());
        }
    }
    let f = match vm.lookup_special(v, "__await__") {
        Some(f) => f,
        None => {
            let t = vm.type_name(v);
            return Err(vm.type_error(match kind {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", t),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", t),
                _ => format!("object {} can't be used in 'await' expression", t),
            }));
        }
    };
    let it = vm.call(&f, &[], KwArgs::EMPTY)?;
    if let Value::Obj(o) = &it {
        if is_type(o, &rt().t.coroutine) || is_iterable_coroutine(o) {
            return Err(vm.type_error("__await__() returned a coroutine".into()));
        }
    }
    if !is_iterator(&it) {
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            (matches!(o.payload(), Payload::Generator(_)) && o.ty().is(&rt().t.generator)) || typeobj::lookup(o.ty(), &crate::name!("__next__")).is_some()
        }
        _ => false,
    }
}

/// GET_AITER
pub fn get_aiter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = match vm.lookup_special(v, "__aiter__") {
        Some(f) => f,
        None => return Err(vm.type_error(format!("'async for' requires an object with __aiter__ method, got {}", vm.type_name(v)))),
    };
    let it = vm.call(&f, &[], KwArgs::EMPTY)?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", vm.type_name(&it))));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable of `aiter.__anext__()`.
pub fn get_anext(vm: &Vm, aiter: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = aiter {
        if is_type(o, &rt().t.async_generator) {
            return Ok(new_asend(o, Value::None));
        }
    }
    let f = match vm.lookup_special(aiter, "__anext__") {
        Some(f) => f,
        None => return Err(vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {}", vm.type_name(aiter)))),
    };
    let aw = vm.call(&f, &[], KwArgs::EMPTY)?;
    get_awaitable(vm, &aw, 0).map_err(|e| {
        if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) {
            vm.type_error(format!("'async for' received an invalid object from __anext__: {}", vm.type_name(&aw)))
        } else {
            e
        }
    })
}

/// BEFORE_ASYNC_WITH: (exit, the awaitable of __aenter__()).
pub fn before_async_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let enter = vm.lookup_special(mgr, "__aenter__");
    let exit = vm.lookup_special(mgr, "__aexit__");
    let t = vm.type_name(mgr);
    match (enter, exit) {
        (Some(e), Some(x)) => {
            let r = vm.call(&e, &[], KwArgs::EMPTY)?;
            Ok((x, r))
        }
        (None, _) => Err(vm.type_error(format!("'{}' object does not support the asynchronous context manager protocol", t))),
        (_, None) => Err(vm.type_error(format!("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)", t))),
    }
}

pub fn wrap_value(v: Value) -> Value {
    Value::Obj(PyRef::new(&rt().t.async_gen_value, Payload::Native(Box::new(Wrapped(v)))))
}

fn unwrap_value(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => native::<Wrapped>(o).map(|w| w.0.clone()),
        _ => None,
    }
}

fn new_asend(agen: &PyRef, v: Value) -> Value {
    Value::Obj(PyRef::new(&rt().t.async_gen_asend, Payload::Native(Box::new(ASend { agen: agen.clone(), value: RefCell::new(v), state: Cell::new(INIT) }))))
}

fn this<'a, T: 'static>(vm: &Vm, args: &'a [Value], what: &str) -> PyResult<&'a T> {
    match args.first() {
        Some(Value::Obj(o)) => native::<T>(o).ok_or_else(|| vm.type_error(format!("descriptor requires a '{}' object", what))),
        _ => Err(vm.type_error(format!("descriptor requires a '{}' object", what))),
    }
}

fn exit_to_result(vm: &Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

// ---- aiter() / anext() ----------------------------------------------------------------------

pub fn b_aiter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("aiter() takes exactly one argument ({} given)", args.len())));
    }
    let v = &args[0];
    let f = vm.lookup_special(v, "__aiter__").ok_or_else(|| vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(v))))?;
    let it = vm.call(&f, &[], KwArgs::EMPTY)?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

pub fn b_anext(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!("anext expected at least 1 argument, got {}", args.len())));
    }
    let it = &args[0];
    let f = vm.lookup_special(it, "__anext__").ok_or_else(|| vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(it))))?;
    let aw = vm.call(&f, &[], KwArgs::EMPTY)?;
    match args.get(1) {
        None => Ok(aw),
        Some(d) => {
            let inner = get_awaitable(vm, &aw, 0)?;
            Ok(Value::Obj(PyRef::new(&rt().t.async_gen_athrow, Payload::Native(Box::new(ANextDefault { inner, default: d.clone() })))))
        }
    }
}

fn anext_default_step(vm: &Vm, a: &ANextDefault, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_async_iteration) => Err(vm.stop_iteration(a.default.clone())),
        other => other,
    }
}

// ---- coroutine ----------------------------------------------------------------------------

fn coro_await(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) if is_type(o, &rt().t.coroutine) => {
            Ok(Value::Obj(PyRef::new(&rt().t.coroutine_wrapper, Payload::Native(Box::new(CoroWrapper { coro: o.clone() })))))
        }
        _ => Err(vm.type_error("descriptor '__await__' requires a 'coroutine' object".into())),
    }
}

fn wrapper_next(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this::<CoroWrapper>(vm, args, "coroutine_wrapper")?;
    exit_to_result(vm, crate::eval::gen_send(vm, &w.coro, Value::None)?)
}

fn wrapper_send(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this::<CoroWrapper>(vm, args, "coroutine_wrapper")?;
    exit_to_result(vm, crate::eval::gen_send(vm, &w.coro, args.get(1).cloned().unwrap_or(Value::None))?)
}

fn wrapper_throw(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let w = this::<CoroWrapper>(vm, args, "coroutine_wrapper")?;
    let mut a = vec![Value::Obj(w.coro.clone())];
    a.extend_from_slice(&args[1..]);
    function::gen_throw_m(vm, &a, kw)
}

fn wrapper_close(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this::<CoroWrapper>(vm, args, "coroutine_wrapper")?;
    function::gen_close(vm, &w.coro)?;
    Ok(Value::None)
}

fn identity(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ---- async generators ---------------------------------------------------------------------

fn agen_this(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if is_type(o, &rt().t.async_generator) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'async_generator' object".into())),
    }
}

fn agen_anext(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_asend(&agen_this(vm, args)?, Value::None))
}

fn agen_asend(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_asend(&agen_this(vm, args)?, args.get(1).cloned().unwrap_or(Value::None)))
}

fn agen_athrow(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = agen_this(vm, args)?;
    if args.len() < 2 {
        return Err(vm.type_error("athrow expected at least 1 argument, got 0".into()));
    }
    let a = Some(args[1..].to_vec());
    Ok(Value::Obj(PyRef::new(&rt().t.async_gen_athrow, Payload::Native(Box::new(AThrow { agen: g, args: a, state: Cell::new(INIT) })))))
}

fn agen_aclose(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = agen_this(vm, args)?;
    Ok(Value::Obj(PyRef::new(&rt().t.async_gen_athrow, Payload::Native(Box::new(AThrow { agen: g, args: None, state: Cell::new(INIT) })))))
}

/// What one step of an asend/athrow awaitable gives its awaiter.
fn asend_step(vm: &Vm, state: &Cell<u8>, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) => match unwrap_value(&v) {
            Some(inner) => {
                state.set(DONE);
                Err(vm.stop_iteration(inner))
            }
            None => Ok(v),
        },
        Ok(Exit::Return(_)) => {
            state.set(DONE);
            Err(vm.new_error_args(&rt().e.stop_async_iteration, vec![]))
        }
        Err(e) => {
            state.set(DONE);
            Err(e)
        }
    }
}

fn asend_send(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this::<ASend>(vm, args, "async_generator_asend")?;
    let mut v = args.get(1).cloned().unwrap_or(Value::None);
    match a.state.get() {
        DONE => return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()".into())),
        INIT => {
            if v.is_none() {
                v = a.value.replace(Value::None);
            }
            a.state.set(ITER);
        }
        _ => {}
    }
    asend_step(vm, &a.state, crate::eval::gen_resume(vm, &a.agen, Ok(v)))
}

fn asend_next(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    asend_send(vm, &args[..1], kw)
}

fn asend_throw(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this::<ASend>(vm, args, "async_generator_asend")?;
    if a.state.get() == DONE {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()".into()));
    }
    let e = function::throw_exc(vm, &args[1..])?;
    asend_step(vm, &a.state, crate::eval::gen_resume(vm, &a.agen, Err(e)))
}

fn asend_close(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this::<ASend>(vm, args, "async_generator_asend")?;
    a.state.set(DONE);
    Ok(Value::None)
}

fn athrow_step(vm: &Vm, t: &AThrow, r: PyResult<Exit>) -> PyResult<Value> {
    if t.args.is_some() {
        return asend_step(vm, &t.state, r);
    }
    // aclose(): the generator must finish; a value it yields is an error
    match r {
        Ok(Exit::Yield(v)) => {
            if unwrap_value(&v).is_some() {
                t.state.set(DONE);
                return Err(vm.runtime_error("async generator ignored GeneratorExit".into()));
            }
            Ok(v)
        }
        Ok(Exit::Return(_)) => {
            t.state.set(DONE);
            Err(vm.stop_iteration(Value::None))
        }
        Err(e) => {
            t.state.set(DONE);
            let ev = Value::Obj(e.exc.clone());
            if vm.isinstance_of(&ev, &rt().e.generator_exit) || vm.isinstance_of(&ev, &rt().e.stop_async_iteration) {
                Err(vm.stop_iteration(Value::None))
            } else {
                Err(e)
            }
        }
    }
}

fn athrow_send(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Some(a) = native::<ANextDefault>(o) {
            let v = args.get(1).cloned().unwrap_or(Value::None);
            let r = if v.is_none() { vm.call_method(&a.inner, "__next__", &[]) } else { vm.call_method(&a.inner, "send", &[v]) };
            return anext_default_step(vm, a, r);
        }
    }
    let t = this::<AThrow>(vm, args, "async_generator_athrow")?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    match t.state.get() {
        DONE => return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()".into())),
        INIT => {
            t.state.set(ITER);
            let gd = match t.agen.payload() {
                Payload::Generator(gd) => gd,
                _ => unreachable!(),
            };
            // SAFETY: GIL invariant; plain read of whether the frame is still there.
            let alive = unsafe { (*gd.frame.get()).is_some() };
            if !alive || (!gd.started.get() && t.args.is_none()) {
                t.state.set(DONE);
                if alive {
                    function::gen_close(vm, &t.agen)?;
                }
                return Err(match &t.args {
                    None => vm.stop_iteration(Value::None),
                    Some(_) => vm.new_error_args(&rt().e.stop_async_iteration, vec![]),
                });
            }
            let e = match &t.args {
                Some(a) => function::throw_exc(vm, a)?,
                None => vm.new_error_args(&rt().e.generator_exit, vec![]),
            };
            return athrow_step(vm, t, crate::eval::gen_resume(vm, &t.agen, Err(e)));
        }
        _ => {}
    }
    athrow_step(vm, t, crate::eval::gen_resume(vm, &t.agen, Ok(v)))
}

fn athrow_next(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    athrow_send(vm, &args[..1], kw)
}

fn athrow_throw(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Some(a) = native::<ANextDefault>(o) {
            let r = vm.call_method(&a.inner, "throw", &args[1..]);
            return anext_default_step(vm, a, r);
        }
    }
    let t = this::<AThrow>(vm, args, "async_generator_athrow")?;
    if t.state.get() == DONE {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()".into()));
    }
    let e = function::throw_exc(vm, &args[1..])?;
    athrow_step(vm, t, crate::eval::gen_resume(vm, &t.agen, Err(e)))
}

fn athrow_close(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Some(a) = native::<ANextDefault>(o) {
            return match vm.lookup_special(&a.inner, "close") {
                Some(c) => vm.call(&c, &[], KwArgs::EMPTY),
                None => Ok(Value::None),
            };
        }
    }
    let t = this::<AThrow>(vm, args, "async_generator_athrow")?;
    t.state.set(DONE);
    Ok(Value::None)
}

/// Generator-like attributes of coroutines (cr_*) and async generators (ag_*).
pub fn attr(vm: &Vm, o: &PyRef, g: &GenData, name: &str) -> PyResult<Option<Value>> {
    let prefix = if o.ty().is(&rt().t.coroutine) { "cr_" } else { "ag_" };
    let n = match name.strip_prefix(prefix) {
        Some(n) => n,
        None => return Ok(None),
    };
    Ok(match n {
        "running" => Some(Value::Bool(g.running.get())),
        "code" => Some(Value::Obj(g.code.clone())),
        "await" => Some(awaiting(o).unwrap_or(Value::None)),
        "frame" => Some(crate::types::frame::generator_frame(vm, g)),
        _ => None,
    })
}

pub fn register() {
    let r = rt();
    crate::types::add_methods(
        &r.t.coroutine,
        &[("send", function::gen_send_m), ("throw", function::gen_throw_m), ("close", function::gen_close_m), ("__await__", coro_await)],
    );
    // iter(), next() and `yield from` find these natively written methods
    for t in [&r.t.coroutine_wrapper, &r.t.async_gen_asend, &r.t.async_gen_athrow] {
        let td = crate::types::typeobj::type_data(t);
        td.flags.set(td.flags.get() | TF_NATIVE_DUNDERS);
    }
    crate::types::add_methods(
        &r.t.coroutine_wrapper,
        &[("__next__", wrapper_next), ("send", wrapper_send), ("throw", wrapper_throw), ("close", wrapper_close), ("__iter__", identity)],
    );
    crate::types::add_methods(
        &r.t.async_generator,
        &[("__aiter__", identity), ("__anext__", agen_anext), ("asend", agen_asend), ("athrow", agen_athrow), ("aclose", agen_aclose)],
    );
    for (t, send, next, throw, close) in [
        (&r.t.async_gen_asend, asend_send as NativeFn, asend_next as NativeFn, asend_throw as NativeFn, asend_close as NativeFn),
        (&r.t.async_gen_athrow, athrow_send, athrow_next, athrow_throw, athrow_close),
    ] {
        crate::types::add_methods(
            t,
            &[("send", send), ("__next__", next), ("throw", throw), ("close", close), ("__iter__", identity), ("__await__", identity)],
        );
    }
}

pub fn _unused(_: PyErr) {}
