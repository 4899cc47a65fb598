//! `BaseException` and CPython's builtin exception hierarchy, plus the constructors the VM
//! uses to raise them (`vm.type_error(...)` and friends).

use super::payload::*;
use super::typeobj::type_data;
use crate::object::{PyRef, Value};
use crate::runtime::{rt, ExcTypes, Types};
use crate::types::{dict, str as pystr, tuple};
use crate::{PyErr, Vm};
use std::cell::{Cell, UnsafeCell};

fn exc_type(t: &Types, name: &str, base: &PyRef) -> PyRef {
    let ty = crate::types::typeobj::raw_type(name, Some(base), Layout::Exception, None, TF_EXCEPTION | TF_BASETYPE);
    ty.set_ty(&t.type_);
    type_data(&ty).dict.set_ty(&t.dict);
    ty
}

pub fn make_exception_types(t: &Types) -> ExcTypes {
    let base_exception = exc_type(t, "BaseException", &t.object);
    let be = &base_exception;
    let exception = exc_type(t, "Exception", be);
    let ex = &exception;
    let (base_exception_group, exception_group) = crate::types::exc_group::group_types(t, be, ex);
    let arithmetic_error = exc_type(t, "ArithmeticError", ex);
    let lookup_error = exc_type(t, "LookupError", ex);
    let value_error = exc_type(t, "ValueError", ex);
    let unicode_error = exc_type(t, "UnicodeError", &value_error);
    let name_error = exc_type(t, "NameError", ex);
    let runtime_error = exc_type(t, "RuntimeError", ex);
    let import_error = exc_type(t, "ImportError", ex);
    let os_error = exc_type(t, "OSError", ex);
    let syntax_error = exc_type(t, "SyntaxError", ex);
    let warning = exc_type(t, "Warning", ex);
    let connection_error = exc_type(t, "ConnectionError", &os_error);
    let indentation_error = exc_type(t, "IndentationError", &syntax_error);
    ExcTypes {
        system_exit: exc_type(t, "SystemExit", be),
        keyboard_interrupt: exc_type(t, "KeyboardInterrupt", be),
        generator_exit: exc_type(t, "GeneratorExit", be),
        stop_iteration: exc_type(t, "StopIteration", ex),
        stop_async_iteration: exc_type(t, "StopAsyncIteration", ex),
        zero_division_error: exc_type(t, "ZeroDivisionError", &arithmetic_error),
        overflow_error: exc_type(t, "OverflowError", &arithmetic_error),
        floating_point_error: exc_type(t, "FloatingPointError", &arithmetic_error),
        key_error: exc_type(t, "KeyError", &lookup_error),
        index_error: exc_type(t, "IndexError", &lookup_error),
        type_error: exc_type(t, "TypeError", ex),
        unicode_decode_error: exc_type(t, "UnicodeDecodeError", &unicode_error),
        unicode_encode_error: exc_type(t, "UnicodeEncodeError", &unicode_error),
        unicode_translate_error: exc_type(t, "UnicodeTranslateError", &unicode_error),
        unbound_local_error: exc_type(t, "UnboundLocalError", &name_error),
        attribute_error: exc_type(t, "AttributeError", ex),
        recursion_error: exc_type(t, "RecursionError", &runtime_error),
        not_implemented_error: exc_type(t, "NotImplementedError", &runtime_error),
        assertion_error: exc_type(t, "AssertionError", ex),
        module_not_found_error: exc_type(t, "ModuleNotFoundError", &import_error),
        file_not_found_error: exc_type(t, "FileNotFoundError", &os_error),
        file_exists_error: exc_type(t, "FileExistsError", &os_error),
        permission_error: exc_type(t, "PermissionError", &os_error),
        is_a_directory_error: exc_type(t, "IsADirectoryError", &os_error),
        not_a_directory_error: exc_type(t, "NotADirectoryError", &os_error),
        timeout_error: exc_type(t, "TimeoutError", &os_error),
        broken_pipe_error: exc_type(t, "BrokenPipeError", &connection_error),
        connection_refused_error: exc_type(t, "ConnectionRefusedError", &connection_error),
        connection_reset_error: exc_type(t, "ConnectionResetError", &connection_error),
        connection_aborted_error: exc_type(t, "ConnectionAbortedError", &connection_error),
        child_process_error: exc_type(t, "ChildProcessError", &os_error),
        interrupted_error: exc_type(t, "InterruptedError", &os_error),
        blocking_io_error: exc_type(t, "BlockingIOError", &os_error),
        process_lookup_error: exc_type(t, "ProcessLookupError", &os_error),
        eof_error: exc_type(t, "EOFError", ex),
        memory_error: exc_type(t, "MemoryError", ex),
        tab_error: exc_type(t, "TabError", &indentation_error),
        system_error: exc_type(t, "SystemError", ex),
        buffer_error: exc_type(t, "BufferError", ex),
        reference_error: exc_type(t, "ReferenceError", ex),
        deprecation_warning: exc_type(t, "DeprecationWarning", &warning),
        pending_deprecation_warning: exc_type(t, "PendingDeprecationWarning", &warning),
        runtime_warning: exc_type(t, "RuntimeWarning", &warning),
        user_warning: exc_type(t, "UserWarning", &warning),
        syntax_warning: exc_type(t, "SyntaxWarning", &warning),
        future_warning: exc_type(t, "FutureWarning", &warning),
        import_warning: exc_type(t, "ImportWarning", &warning),
        unicode_warning: exc_type(t, "UnicodeWarning", &warning),
        bytes_warning: exc_type(t, "BytesWarning", &warning),
        resource_warning: exc_type(t, "ResourceWarning", &warning),
        encoding_warning: exc_type(t, "EncodingWarning", &warning),
        base_exception_group,
        exception_group,
        connection_error,
        indentation_error,
        arithmetic_error,
        lookup_error,
        value_error,
        unicode_error,
        name_error,
        runtime_error,
        import_error,
        os_error,
        syntax_error,
        warning,
        exception,
        base_exception,
    }
}

/// The OSError subclass for an errno value (CPython's errnomap).
pub fn errno_type(code: i32) -> &'static PyRef {
    let r = &rt().e;
    match code {
        2 => &r.file_not_found_error,
        17 => &r.file_exists_error,
        13 | 1 => &r.permission_error,
        21 => &r.is_a_directory_error,
        20 => &r.not_a_directory_error,
        32 | 108 => &r.broken_pipe_error,
        4 => &r.interrupted_error,
        10 => &r.child_process_error,
        3 => &r.process_lookup_error,
        11 | 114 | 115 => &r.blocking_io_error,
        110 => &r.timeout_error,
        104 => &r.connection_reset_error,
        111 => &r.connection_refused_error,
        103 => &r.connection_aborted_error,
        _ => &r.os_error,
    }
}

/// Every builtin exception type, for the builtins module.
pub fn all_exception_types() -> Vec<PyRef> {
    let e = &rt().e;
    vec![
        e.base_exception.clone(),
        e.exception.clone(),
        e.system_exit.clone(),
        e.keyboard_interrupt.clone(),
        e.generator_exit.clone(),
        e.stop_iteration.clone(),
        e.stop_async_iteration.clone(),
        e.arithmetic_error.clone(),
        e.zero_division_error.clone(),
        e.overflow_error.clone(),
        e.floating_point_error.clone(),
        e.lookup_error.clone(),
        e.key_error.clone(),
        e.index_error.clone(),
        e.type_error.clone(),
        e.value_error.clone(),
        e.unicode_error.clone(),
        e.unicode_decode_error.clone(),
        e.unicode_encode_error.clone(),
        e.unicode_translate_error.clone(),
        e.name_error.clone(),
        e.unbound_local_error.clone(),
        e.attribute_error.clone(),
        e.runtime_error.clone(),
        e.recursion_error.clone(),
        e.not_implemented_error.clone(),
        e.assertion_error.clone(),
        e.import_error.clone(),
        e.module_not_found_error.clone(),
        e.os_error.clone(),
        e.file_not_found_error.clone(),
        e.file_exists_error.clone(),
        e.permission_error.clone(),
        e.is_a_directory_error.clone(),
        e.not_a_directory_error.clone(),
        e.timeout_error.clone(),
        e.broken_pipe_error.clone(),
        e.connection_error.clone(),
        e.connection_refused_error.clone(),
        e.connection_reset_error.clone(),
        e.connection_aborted_error.clone(),
        e.child_process_error.clone(),
        e.interrupted_error.clone(),
        e.blocking_io_error.clone(),
        e.process_lookup_error.clone(),
        e.eof_error.clone(),
        e.memory_error.clone(),
        e.syntax_error.clone(),
        e.indentation_error.clone(),
        e.tab_error.clone(),
        e.system_error.clone(),
        e.buffer_error.clone(),
        e.reference_error.clone(),
        e.warning.clone(),
        e.deprecation_warning.clone(),
        e.pending_deprecation_warning.clone(),
        e.runtime_warning.clone(),
        e.user_warning.clone(),
        e.syntax_warning.clone(),
        e.future_warning.clone(),
        e.import_warning.clone(),
        e.unicode_warning.clone(),
        e.bytes_warning.clone(),
        e.resource_warning.clone(),
        e.encoding_warning.clone(),
        e.base_exception_group.clone(),
        e.exception_group.clone(),
    ]
}

/// Create an exception instance of type `ty` with `args` (BaseException.__new__ + __init__).
/// OSError(errno, strerror, filename, winerror, filename2) keeps only (errno, strerror) as
/// its args; BlockingIOError's third argument (characters_written) stays.
fn os_error_args(ty: &PyRef, args: &[Value]) -> Vec<Value> {
    let r = rt();
    let os = crate::types::typeobj::is_subtype(ty, &r.e.os_error);
    let blocking = crate::types::typeobj::is_subtype(ty, &r.e.blocking_io_error) && args.len() == 3;
    if os && !blocking && (3..=5).contains(&args.len()) {
        args[..2].to_vec()
    } else {
        args.to_vec()
    }
}

pub fn exc_new(vm: &Vm, ty: &PyRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = exc_new_positional(vm, ty, args)?;
    if kw.is_empty() {
        return Ok(v);
    }
    // the keyword attributes CPython's constructors accept
    let r = rt();
    let sub = |t: &PyRef| crate::types::typeobj::is_subtype(ty, t);
    let allowed: &[&str] = if sub(&r.e.attribute_error) {
        &["name", "obj"]
    } else if sub(&r.e.name_error) {
        &["name"]
    } else if sub(&r.e.import_error) {
        &["name", "path"]
    } else if crate::types::typeobj::type_data(ty).has(TF_HEAP) {
        // a subclass's __init__ takes its own keywords
        return Ok(v);
    } else {
        &[]
    };
    let o = match &v {
        Value::Obj(o) => o.clone(),
        _ => return Ok(v),
    };
    for (k, val) in kw.iter() {
        if !allowed.contains(&k) {
            if allowed.is_empty() {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", crate::types::typeobj::type_data(ty).name())));
            }
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", k, crate::types::typeobj::type_data(ty).name())));
        }
        dict::set_item(vm, &ensure_dict(&o), pystr::new_str(k), val.clone())?;
    }
    Ok(v)
}

fn exc_new_positional(vm: &Vm, ty: &PyRef, args: &[Value]) -> PyResult<Value> {
    let r = rt();
    let mut ty = ty.clone();
    // OSError picks its subclass by errno only when given 2 to 5 arguments
    if ty.is(&r.e.os_error) && (2..=5).contains(&args.len()) {
        if let Value::Int(code) = args[0] {
            ty = errno_type(code as i32).clone();
        }
    }
    // the Unicode errors check their arguments in __init__, which a call of the class runs
    // unless a subclass replaced it
    let own_init = crate::types::typeobj::is_subtype(&ty, &r.e.unicode_error)
        && matches!(crate::types::typeobj::lookup(&ty, &crate::name!("__init__")), Some(Value::Obj(f)) if matches!(f.payload(), Payload::Builtin(_)));
    if own_init {
        check_unicode_error_args(vm, &ty, args)?;
    }
    let kept = os_error_args(&ty, args);
    let o = new_exc_instance(&ty, tuple::new_tuple_ref(kept));
    let v = Value::Obj(o.clone());
    init_special(vm, &o, args)?;
    Ok(v)
}

pub fn new_exc_instance(ty: &PyRef, args: PyRef) -> PyRef {
    let o = PyRef::new(
        ty,
        Payload::Exception(Box::new(ExcData {
            args: UnsafeCell::new(args),
            traceback: UnsafeCell::new(Vec::new()),
            tb_frames: UnsafeCell::new(Vec::new()),
            name_scope: UnsafeCell::new(None),
            catch_frames: UnsafeCell::new(Vec::new()),
            tb_cache: UnsafeCell::new(None),
            cause: UnsafeCell::new(Value::None),
            context: UnsafeCell::new(Value::None),
            suppress_context: Cell::new(false),
        })),
    );
    if type_data(ty).has(TF_HAS_DICT) {
        o.set_dict(Some(dict::new_dict()));
    }
    o
}

fn ensure_dict(o: &PyRef) -> PyRef {
    match o.dict() {
        Some(d) => d,
        None => {
            let d = dict::new_dict();
            o.set_dict(Some(d.clone()));
            d
        }
    }
}

/// Attributes that some exception types derive from their arguments.
fn init_special(vm: &Vm, o: &PyRef, args: &[Value]) -> PyResult<()> {
    let e = &rt().e;
    let ty = o.ty();
    let sub = |t: &PyRef| crate::types::typeobj::is_subtype(ty, t);
    let first = args.first().cloned().unwrap_or(Value::None);
    if sub(&e.stop_iteration) {
        dict::set_item(vm, &ensure_dict(o), pystr::new_str("value"), first)?;
    } else if sub(&e.system_exit) {
        let code = if args.len() > 1 { tuple::new_tuple(args.to_vec()) } else { first };
        dict::set_item(vm, &ensure_dict(o), pystr::new_str("code"), code)?;
    } else if sub(&e.os_error) {
        let d = ensure_dict(o);
        if sub(&e.blocking_io_error) && args.len() == 3 {
            // BlockingIOError(errno, strerror, characters_written): no filename
            dict::set_item(vm, &d, pystr::new_str("characters_written"), args[2].clone())?;
            dict::set_item(vm, &d, pystr::new_str("errno"), args[0].clone())?;
            dict::set_item(vm, &d, pystr::new_str("strerror"), args[1].clone())?;
            dict::set_item(vm, &d, pystr::new_str("filename"), Value::None)?;
            dict::set_item(vm, &d, pystr::new_str("filename2"), Value::None)?;
            return Ok(());
        }
        if (2..=5).contains(&args.len()) {
            dict::set_item(vm, &d, pystr::new_str("errno"), args[0].clone())?;
            dict::set_item(vm, &d, pystr::new_str("strerror"), args[1].clone())?;
            dict::set_item(vm, &d, pystr::new_str("filename"), args.get(2).cloned().unwrap_or(Value::None))?;
        } else {
            for n in ["errno", "strerror", "filename"] {
                dict::set_item(vm, &d, pystr::new_str(n), Value::None)?;
            }
        }
        // OSError(errno, strerror, filename, winerror, filename2)
        let f2 = if args.len() == 5 { args[4].clone() } else { Value::None };
        dict::set_item(vm, &d, pystr::new_str("filename2"), f2)?;
    } else if sub(&e.import_error) {
        let d = ensure_dict(o);
        dict::set_item(vm, &d, pystr::new_str("name"), Value::None)?;
        dict::set_item(vm, &d, pystr::new_str("path"), Value::None)?;
    } else if sub(&e.attribute_error) {
        let d = ensure_dict(o);
        dict::set_item(vm, &d, pystr::new_str("name"), Value::None)?;
        dict::set_item(vm, &d, pystr::new_str("obj"), Value::None)?;
    } else if sub(&e.name_error) {
        let d = ensure_dict(o);
        dict::set_item(vm, &d, pystr::new_str("name"), Value::None)?;
    } else if (sub(&e.unicode_decode_error) || sub(&e.unicode_encode_error)) && args.len() == 5 {
        let d = ensure_dict(o);
        for (n, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(args.iter()) {
            // UnicodeDecodeError keeps a bytes copy of any bytes-like object
            let v = match (*n, v) {
                ("object", Value::Obj(b)) if sub(&e.unicode_decode_error) && matches!(b.payload(), Payload::ByteArray(_)) => {
                    crate::types::bytes::new_bytes(crate::types::bytes::bytes_of(v).unwrap_or_default())
                }
                _ => v.clone(),
            };
            dict::set_item(vm, &d, pystr::new_str(n), v)?;
        }
    } else if sub(&e.unicode_translate_error) && args.len() == 4 {
        let d = ensure_dict(o);
        dict::set_item(vm, &d, pystr::new_str("encoding"), Value::None)?;
        for (n, v) in ["object", "start", "end", "reason"].iter().zip(args.iter()) {
            dict::set_item(vm, &d, pystr::new_str(n), v.clone())?;
        }
    } else if sub(&e.syntax_error) {
        let d = ensure_dict(o);
        dict::set_item(vm, &d, pystr::new_str("msg"), first)?;
        let mut fields = [Value::None, Value::None, Value::None, Value::None, Value::None, Value::None];
        if let Some(Value::Obj(t)) = args.get(1) {
            if let Payload::Tuple(items) = t.payload() {
                for (i, x) in items.iter().enumerate().take(6) {
                    fields[i] = x.clone();
                }
            }
        }
        for (n, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(fields) {
            dict::set_item(vm, &d, pystr::new_str(n), v)?;
        }
        dict::set_item(vm, &d, pystr::new_str("print_file_and_line"), Value::None)?;
    }
    Ok(())
}

pub fn exc_data(o: &PyRef) -> Option<&ExcData> {
    match o.payload() {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}

impl ExcData {
    pub fn args(&self) -> PyRef {
        // SAFETY: GIL invariant; cloned out before any other code runs.
        unsafe { (*self.args.get()).clone() }
    }
    pub fn set_args(&self, a: PyRef) {
        // SAFETY: GIL invariant; the old value is dropped after the write.
        let old = unsafe { std::mem::replace(&mut *self.args.get(), a) };
        drop(old);
    }
    pub fn cause(&self) -> Value {
        // SAFETY: GIL invariant.
        unsafe { (*self.cause.get()).clone() }
    }
    pub fn set_cause(&self, v: Value) {
        // SAFETY: GIL invariant; old value dropped after the write.
        let old = unsafe { std::mem::replace(&mut *self.cause.get(), v) };
        drop(old);
    }
    pub fn context(&self) -> Value {
        // SAFETY: GIL invariant.
        unsafe { (*self.context.get()).clone() }
    }
    pub fn set_context(&self, v: Value) {
        // SAFETY: GIL invariant; old value dropped after the write.
        let old = unsafe { std::mem::replace(&mut *self.context.get(), v) };
        drop(old);
    }
    pub fn push_tb(&self, code: PyRef, line: u32, lasti: u32) {
        // SAFETY: GIL invariant; no other borrow of the traceback is live.
        unsafe { (*self.traceback.get()).push((code, line, lasti)) };
    }
    pub fn traceback(&self) -> Vec<(PyRef, u32, u32)> {
        // SAFETY: GIL invariant; cloned out.
        unsafe { (*self.traceback.get()).clone() }
    }
    /// Keep a frame the exception unwound out of.
    pub fn keep_frame(&self, f: Box<crate::eval::frame::Frame>) {
        // SAFETY: GIL invariant; no other borrow of the list is live.
        unsafe { (*self.tb_frames.get()).push(f) };
    }
    pub fn clear_tb(&self) {
        // SAFETY: GIL invariant; the frames are dropped after the list is detached.
        let frames = unsafe { std::mem::take(&mut *self.tb_frames.get()) };
        drop(frames);
        // SAFETY: GIL invariant; the entries are dropped after the vector is detached.
        let old = unsafe { std::mem::take(&mut *self.traceback.get()) };
        drop(old);
        // SAFETY: as above.
        let caught = unsafe { std::mem::take(&mut *self.catch_frames.get()) };
        drop(caught);
        // SAFETY: as above.
        let cache = unsafe { (*self.tb_cache.get()).take() };
        drop(cache);
    }

    /// Replace the traceback entries and the objects made for them (an assigned
    /// `__traceback__`). The frames kept so far stay: traceback objects may show them.
    pub fn replace_tb(&self, entries: Vec<(PyRef, u32, u32)>, cache: Option<(PyRef, usize)>) {
        // SAFETY: GIL invariant; the old entries and chain are dropped after the writes.
        let (old, old_cache) = unsafe { (std::mem::replace(&mut *self.traceback.get(), entries), std::mem::replace(&mut *self.tb_cache.get(), cache)) };
        drop(old);
        drop(old_cache);
    }

    /// How many traceback entries have no traceback object made for them yet.
    pub fn tb_entries_without_objects(&self) -> usize {
        // SAFETY: GIL invariant; plain reads.
        let (n, made) = unsafe { ((*self.traceback.get()).len(), (*self.tb_cache.get()).as_ref().map(|c| c.1).unwrap_or(0)) };
        n.saturating_sub(made)
    }

    /// The exception is being caught in frame `fp` (a live frame of this thread).
    pub fn caught_in(&self, fp: *mut crate::eval::frame::Frame) {
        let fo = crate::types::frame::frame_object(fp);
        // SAFETY: GIL invariant; no other borrow of the list is live.
        let v = unsafe { &mut *self.catch_frames.get() };
        if !v.iter().any(|x| x.is(&fo)) {
            v.push(fo);
        }
    }

    /// The exception left frame object `fo`'s frame after all (it is kept whole instead).
    pub fn forget_catch_frame(&self, fo: &PyRef) {
        // SAFETY: GIL invariant; the removed reference is dropped after the list is updated.
        let removed: Vec<PyRef> = unsafe {
            let v = &mut *self.catch_frames.get();
            let (gone, keep): (Vec<PyRef>, Vec<PyRef>) = std::mem::take(v).into_iter().partition(|x| x.is(fo));
            *v = keep;
            gone
        };
        drop(removed);
    }

    /// The frame object of a frame that caught the exception and runs `code`.
    pub fn catch_frame_for(&self, code: &PyRef) -> Option<PyRef> {
        // SAFETY: GIL invariant; cloned out.
        let v = unsafe { &*self.catch_frames.get() };
        v.iter().find(|fo| crate::types::frame::data(fo).map(|d| d.code_is(code)).unwrap_or(false)).cloned()
    }
}

pub fn set_exc_attr(vm: &Vm, o: &PyRef, name: &PyRef, val: Option<Value>) -> PyResult<()> {
    let e = exc_data(o).unwrap();
    let n = Some(&*pystr::data(name).s).unwrap_or("");
    match n {
        "args" => {
            let v = val.unwrap_or(Value::None);
            let items = vm.collect(&v)?;
            e.set_args(tuple::new_tuple_ref(items));
        }
        "__cause__" | "__context__" => {
            let what = if n == "__cause__" { "cause" } else { "context" };
            let v = val.ok_or_else(|| vm.type_error(format!("{} may not be deleted", n)))?;
            let ok = match &v {
                Value::None => true,
                Value::Obj(x) => exc_data(x).is_some(),
                _ => false,
            };
            if !ok {
                return Err(vm.type_error(format!("exception {} must be None or derive from BaseException", what)));
            }
            if n == "__cause__" {
                e.set_cause(v);
                e.suppress_context.set(true);
            } else {
                e.set_context(v);
            }
        }
        "__suppress_context__" => e.suppress_context.set(vm.truthy(&val.unwrap_or(Value::Bool(false)))?),
        "__traceback__" => match val {
            Some(v) => crate::eval::traceback::assign_traceback(vm, o, &v)?,
            None => return Err(vm.type_error("__traceback__ may not be deleted".into())),
        },
        _ => {
            let d = ensure_dict(o);
            match val {
                Some(v) => dict::set_item(vm, &d, Value::Obj(name.clone()), v)?,
                None => {
                    if !dict::del_str(&d, name) {
                        return Err(vm.attribute_error_for(&Value::Obj(o.clone()), name));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Attributes of exception objects that live in the payload.
pub fn exc_attr(vm: &Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let e = match exc_data(o) {
        Some(e) => e,
        None => return Ok(None),
    };
    Ok(match name {
        "args" => Some(Value::Obj(e.args())),
        "__cause__" => Some(e.cause()),
        "__context__" => Some(e.context()),
        "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
        "__traceback__" => {
            if e.traceback().is_empty() {
                Some(Value::None)
            } else {
                Some(crate::eval::traceback::tb_object(o))
            }
        }
        "__notes__" => None,
        // CPython's member raises with the bare name when the third argument was not given
        "characters_written" if vm.isinstance_of(&Value::Obj(o.clone()), &rt().e.blocking_io_error) => {
            match o.dict().and_then(|d| dict::get_str(&d, &crate::name!("characters_written"))) {
                Some(v) => Some(v),
                None => return Err(vm.new_error(&rt().e.attribute_error, "characters_written".into())),
            }
        }
        "__dict__" => {
            // the builtin fields (errno, name, ...) live in gilpy's dict but are not CPython's
            let d = ensure_dict(o);
            let skip = crate::types::reduce::builtin_exc_fields(o.ty());
            if skip.is_empty() {
                Some(Value::Obj(d))
            } else {
                let out = dict::new_dict();
                for (k, v) in dict::items(&d) {
                    if !pystr::as_str(&k).map(|s| skip.contains(&s)).unwrap_or(false) {
                        dict::set_item(vm, &out, k, v)?;
                    }
                }
                Some(Value::Obj(out))
            }
        }
        _ => None,
    })
}

/// str(exception) as CPython's BaseException_str (KeyError's repr of a single key included).
pub fn exc_str(vm: &Vm, o: &PyRef) -> PyResult<String> {
    exc_str_as(vm, o, true)
}

/// `specialized`: use the subclass's rules (KeyError's repr, OSError's errno form...);
/// BaseException.__str__ itself does not.
fn exc_str_as(vm: &Vm, o: &PyRef, specialized: bool) -> PyResult<String> {
    if !specialized {
        let args = exc_data(o).unwrap().args();
        let items = tuple::items(&args);
        return match items.len() {
            0 => Ok(String::new()),
            1 => vm.str_string(&items[0]),
            _ => vm.repr_string(&Value::Obj(args.clone())),
        };
    }
    let e = exc_data(o).unwrap();
    let args = e.args();
    let items = tuple::items(&args);
    let r = &rt().e;
    let ty = o.ty();
    if crate::types::typeobj::is_subtype(ty, &r.base_exception_group) {
        let s = crate::types::exc_group::group_str(vm, &[Value::Obj(o.clone())], KwArgs::EMPTY)?;
        return Ok(pystr::as_str(&s).unwrap_or("").to_string());
    }
    if crate::types::typeobj::is_subtype(ty, &r.os_error) {
        if let Some(d) = o.dict() {
            let errno = dict::get_str(&d, &crate::name!("errno")).unwrap_or(Value::None);
            let strerror = dict::get_str(&d, &crate::name!("strerror")).unwrap_or(Value::None);
            let filename = dict::get_str(&d, &crate::name!("filename")).unwrap_or(Value::None);
            if !errno.is_none() && !strerror.is_none() {
                if !filename.is_none() {
                    let filename2 = dict::get_str(&d, &crate::name!("filename2")).unwrap_or(Value::None);
                    if !filename2.is_none() {
                        return Ok(format!(
                            "[Errno {}] {}: {} -> {}",
                            vm.str_string(&errno)?,
                            vm.str_string(&strerror)?,
                            vm.repr_string(&filename)?,
                            vm.repr_string(&filename2)?
                        ));
                    }
                    return Ok(format!("[Errno {}] {}: {}", vm.str_string(&errno)?, vm.str_string(&strerror)?, vm.repr_string(&filename)?));
                }
                return Ok(format!("[Errno {}] {}", vm.str_string(&errno)?, vm.str_string(&strerror)?));
            }
        }
    }
    if crate::types::typeobj::is_subtype(ty, &r.syntax_error) {
        if let Some(d) = o.dict() {
            let msg = dict::get_str(&d, &crate::name!("msg")).unwrap_or(Value::None);
            let lineno = dict::get_str(&d, &crate::name!("lineno")).unwrap_or(Value::None);
            let filename = dict::get_str(&d, &crate::name!("filename")).unwrap_or(Value::None);
            if !msg.is_none() && !lineno.is_none() {
                let f = if filename.is_none() { String::new() } else { vm.str_string(&filename)? };
                let base = f.rsplit('/').next().unwrap_or("").to_string();
                return Ok(format!("{} ({}, line {})", vm.str_string(&msg)?, base, vm.str_string(&lineno)?));
            }
        }
    }
    for (t, kind) in [(&r.unicode_decode_error, "decode"), (&r.unicode_encode_error, "encode"), (&r.unicode_translate_error, "translate")] {
        if crate::types::typeobj::is_subtype(ty, t) {
            if let Some(msg) = unicode_error_str(vm, o, kind)? {
                return Ok(msg);
            }
        }
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            if crate::types::typeobj::is_subtype(ty, &r.key_error) {
                vm.repr_string(&items[0])
            } else {
                vm.str_string(&items[0])
            }
        }
        _ => vm.repr_string(&Value::Obj(args.clone())),
    }
}

pub fn exc_repr(vm: &Vm, o: &PyRef) -> PyResult<String> {
    let e = exc_data(o).unwrap();
    let args = e.args();
    let items = tuple::items(&args);
    let name = type_data(o.ty()).name().to_string();
    if items.len() == 1 {
        return Ok(format!("{}({})", name, vm.repr_string(&items[0])?));
    }
    let r = vm.repr_string(&Value::Obj(args.clone()))?;
    if items.is_empty() {
        return Ok(format!("{}()", name));
    }
    Ok(format!("{}{}", name, r))
}

fn base_exception_init(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = match &args[0] {
        Value::Obj(o) => o.clone(),
        _ => return Ok(Value::None),
    };
    if let Some(e) = exc_data(&o) {
        check_unicode_error_args(vm, o.ty(), &args[1..])?;
        e.set_args(tuple::new_tuple_ref(args[1..].to_vec()));
        init_special(vm, &o, &args[1..])?;
    }
    Ok(Value::None)
}

/// The argument checks of UnicodeDecodeError/EncodeError/TranslateError's `__init__`
/// (PyArg_ParseTuple with "UOnnU", "UUnnU" and "UnnU", then the decode error's buffer).
fn check_unicode_error_args(vm: &Vm, ty: &PyRef, args: &[Value]) -> PyResult<()> {
    let e = &rt().e;
    let sub = |t: &PyRef| crate::types::typeobj::is_subtype(ty, t);
    let spec: &[u8] = if sub(&e.unicode_decode_error) {
        b"UOnnU"
    } else if sub(&e.unicode_encode_error) {
        b"UUnnU"
    } else if sub(&e.unicode_translate_error) {
        b"UnnU"
    } else {
        return Ok(());
    };
    if args.len() != spec.len() {
        return Err(vm.type_error(format!("function takes exactly {} arguments ({} given)", spec.len(), args.len())));
    }
    for (i, (code, v)) in spec.iter().zip(args).enumerate() {
        match code {
            b'U' if pystr::as_str(v).is_none() => {
                return Err(vm.type_error(format!("argument {} must be str, not {}", i + 1, vm.type_name(v))));
            }
            b'n' => {
                vm.index_value(v)?;
            }
            _ => {}
        }
    }
    if sub(&e.unicode_decode_error) && crate::types::bytes::bytes_of(&args[1]).is_none() {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&args[1]))));
    }
    Ok(())
}

/// str() of a Unicode error, from its attributes as they are now (CPython reads the fields,
/// so assigning `start` or `reason` changes the message); None when they are not all there.
fn unicode_error_str(vm: &Vm, o: &PyRef, kind: &str) -> PyResult<Option<String>> {
    let Some(d) = o.dict() else { return Ok(None) };
    let get = |n: &str| dict::get_str(&d, &rt().intern(n));
    let (Some(obj), Some(start), Some(end), Some(reason)) = (get("object"), get("start"), get("end"), get("reason")) else {
        return Ok(None);
    };
    let (start, end, reason) = (vm.index_value(&start)?, vm.index_value(&end)?, vm.str_string(&reason)?);
    let prefix = match kind {
        "translate" => String::new(),
        _ => match get("encoding") {
            Some(enc) => format!("'{}' codec ", vm.str_string(&enc)?),
            None => return Ok(None),
        },
    };
    if kind == "decode" {
        let b = crate::types::bytes::bytes_of(&obj).unwrap_or_default();
        if start >= 0 && (start as usize) < b.len() && end == start + 1 {
            return Ok(Some(format!("{}can't decode byte 0x{:02x} in position {}: {}", prefix, b[start as usize], start, reason)));
        }
        return Ok(Some(format!("{}can't decode bytes in position {}-{}: {}", prefix, start, end - 1, reason)));
    }
    let s = pystr::as_str(&obj).unwrap_or("");
    let ch = if start >= 0 && end == start + 1 { s.chars().nth(start as usize) } else { None };
    Ok(Some(match ch {
        Some(c) => {
            let c = c as u32;
            let shown = if c <= 0xff {
                format!("\\x{:02x}", c)
            } else if c <= 0xffff {
                format!("\\u{:04x}", c)
            } else {
                format!("\\U{:08x}", c)
            };
            format!("{}can't {} character '{}' in position {}: {}", prefix, kind, shown, start, reason)
        }
        None => format!("{}can't {} characters in position {}-{}: {}", prefix, kind, start, end - 1, reason),
    }))
}

fn with_traceback(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("BaseException.with_traceback() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    if let Value::Obj(o) = &args[0] {
        crate::eval::traceback::assign_traceback(vm, o, &args[1])?;
    }
    Ok(args[0].clone())
}

fn add_note(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = args[0].clone();
    let note = args.get(1).cloned().unwrap_or(Value::None);
    if pystr::as_str(&note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let notes = match vm.generic_getattr(&o, &crate::name!("__notes__"))? {
        Some(n) => n,
        None => {
            let l = crate::types::list::new_list(Vec::new());
            vm.setattr(&o, &crate::name!("__notes__"), l.clone())?;
            l
        }
    };
    if let Value::Obj(l) = &notes {
        crate::types::list::append(l, note);
    }
    Ok(Value::None)
}

fn exc_str_method(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Obj(o) if exc_data(o).is_some() => Ok(pystr::new_str(&exc_str_as(vm, o, false)?)),
        _ => Err(vm.type_error("descriptor '__str__' requires a 'BaseException' object".into())),
    }
}

fn exc_str_specialized(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Obj(o) if exc_data(o).is_some() => Ok(pystr::new_str(&exc_str(vm, o)?)),
        _ => Err(vm.type_error("descriptor '__str__' requires a 'BaseException' object".into())),
    }
}

fn exc_repr_method(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Obj(o) if exc_data(o).is_some() => Ok(pystr::new_str(&exc_repr(vm, o)?)),
        _ => Err(vm.type_error("descriptor '__repr__' requires a 'BaseException' object".into())),
    }
}

pub fn register() {
    let e = &rt().e;
    crate::types::add_methods(
        &e.base_exception,
        &[
            ("__init__", base_exception_init),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__str__", exc_str_method),
            ("__repr__", exc_repr_method),
        ],
    );
    crate::types::set_new(&e.base_exception, |vm, args, kw| exc_new(vm, &vm.expect_type(&args[0])?, &args[1..], kw));
    for t in [&e.key_error, &e.os_error, &e.syntax_error, &e.unicode_decode_error, &e.unicode_encode_error] {
        crate::types::add_methods(t, &[("__str__", exc_str_specialized)]);
    }
    for t in all_exception_types() {
        crate::types::set_new(&t, |vm, args, kw| exc_new(vm, &vm.expect_type(&args[0])?, &args[1..], kw));
    }
    // each base lists its builtin subclasses (`__subclasses__()`) in CPython's order: its
    // static exception types are set up by name, ExceptionGroup after them
    let mut types = all_exception_types();
    types.sort_by_key(|t| (t.is(&e.exception_group), type_data(t).name().to_string()));
    types.dedup_by(|a, b| a.is(b));
    for t in &types {
        for b in type_data(t).bases_vec() {
            // SAFETY: GIL invariant (start-up); builtin types are immortal, so the addresses
            // stay valid.
            unsafe { (*type_data(b).subclasses.get()).push(t.as_ptr() as usize) };
        }
    }
}

impl Vm {
    pub fn new_error(&self, ty: &PyRef, msg: String) -> PyErr {
        let o = new_exc_instance(ty, tuple::new_tuple_ref(vec![pystr::new_str(&msg)]));
        let _ = init_special(self, &o, &[pystr::new_str(&msg)]);
        PyErr::new(o)
    }
    pub fn new_error_args(&self, ty: &PyRef, args: Vec<Value>) -> PyErr {
        let o = new_exc_instance(ty, tuple::new_tuple_ref(os_error_args(ty, &args)));
        let _ = init_special(self, &o, &args);
        PyErr::new(o)
    }
    pub fn type_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.type_error, msg)
    }
    pub fn value_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.value_error, msg)
    }
    pub fn attribute_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.attribute_error, msg)
    }
    pub fn index_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.index_error, msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_error_args(&rt().e.key_error, vec![key])
    }
    pub fn name_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.name_error, msg)
    }
    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.new_error(&rt().e.zero_division_error, msg.to_string())
    }
    pub fn overflow_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.overflow_error, msg)
    }
    pub fn runtime_error(&self, msg: String) -> PyErr {
        self.new_error(&rt().e.runtime_error, msg)
    }
    pub fn recursion_error(&self) -> PyErr {
        self.new_error(&rt().e.recursion_error, "maximum recursion depth exceeded".into())
    }
    pub fn stop_iteration(&self, v: Value) -> PyErr {
        self.new_error_args(&rt().e.stop_iteration, if v.is_none() { vec![] } else { vec![v] })
    }
    pub fn os_error_from_io(&self, e: &std::io::Error, filename: Option<&str>) -> PyErr {
        let code = e.raw_os_error().unwrap_or(0);
        let ty = errno_type(code);
        let msg = crate::modules::strerror(code);
        let mut args = vec![Value::Int(code as i64), pystr::new_str(&msg)];
        if let Some(f) = filename {
            args.push(pystr::new_str(f));
        }
        self.new_error_args(ty, args)
    }
    /// Does the exception match `ty` (a type or tuple of types)?
    pub fn exc_matches(&self, exc: &PyRef, ty: &Value) -> PyResult<bool> {
        match ty {
            Value::Obj(t) => match t.payload() {
                Payload::Type(td) => {
                    if !td.has(TF_EXCEPTION) {
                        return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed".into()));
                    }
                    Ok(crate::types::typeobj::is_subtype(exc.ty(), t))
                }
                Payload::Tuple(items) => {
                    // every element must be an exception class (no nested tuples, as 3.11)
                    let mut found = false;
                    for i in items.iter() {
                        match i {
                            Value::Obj(t) if matches!(t.payload(), Payload::Type(td) if td.has(TF_EXCEPTION)) => {
                                if crate::types::typeobj::is_subtype(exc.ty(), t) {
                                    found = true;
                                }
                            }
                            _ => return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed".into())),
                        }
                    }
                    Ok(found)
                }
                _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed".into())),
            },
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed".into())),
        }
    }
}
