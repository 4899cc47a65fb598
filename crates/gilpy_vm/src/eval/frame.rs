//! Frames: a code object's locals, value stack and handler blocks, and the binding of call
//! arguments to parameters (CPython's _PyEval_MakeFrameVector, with its error messages).

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, str as pystr, tuple};
use crate::Vm;
use gilpy_compiler::bytecode::{CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use gilpy_compiler::Instr;
use std::cell::UnsafeCell;

#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// the namespace of a module or class body (LoadName/StoreName)
    pub locals_dict: Option<PyRef>,
    /// local slots, then cells, then free variables
    pub fast: Vec<Value>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    pub pc: usize,
    /// the instruction being executed (for line numbers)
    pub lasti: usize,
    /// the function being run (None for module and exec code)
    pub func: Option<PyRef>,
    /// an exception to raise when a generator resumes (throw())
    pub pending_exc: Option<crate::PyErr>,
    /// the dict that locals() returns, refreshed on each call (CPython's f_locals)
    pub locals_cache: Option<PyRef>,
    /// the frame object made for this frame (sys._getframe, trace hooks), if any
    pub obj: Option<PyRef>,
    /// the frame that called this one while it runs (f_back); null when suspended or done
    pub back: *mut Frame,
    /// a local trace function is set: the loop runs the traced copy of the code
    pub traced: bool,
    /// the line and instruction of the last "line" event
    pub trace_line: u32,
    pub trace_pc: usize,
    /// the `__init__` of an instance being made inline (eval's instantiation path): the
    /// instance waits on the caller's stack, the return value must be None, and the class
    /// call counts one native level toward the recursion limit while the frame runs
    pub init: bool,
}

impl Frame {
    /// The references this frame owns, for the cycle collector (object/traverse.rs) when the
    /// frame belongs to a suspended generator or an exception's traceback.
    pub fn traverse(&self, visit: &mut dyn FnMut(&crate::object::PyObject)) {
        let mut o = |r: &PyRef| visit(r.obj());
        o(&self.code);
        o(&self.globals);
        o(&self.builtins);
        for r in [&self.locals_dict, &self.func, &self.locals_cache, &self.obj].into_iter().flatten() {
            o(r);
        }
        if let Some(e) = &self.pending_exc {
            o(&e.exc);
        }
        for v in self.fast.iter().chain(self.stack.iter()) {
            if let Value::Obj(r) = v {
                o(r);
            }
        }
    }
}

/// A frame with a frame object hands it its final state when it ends. A frame dropped
/// here (a generator's, an exception's) may have outlived its caller, so `back` is not
/// followed: the paths that end a frame while its caller lives (`recycle`, the exception
/// unwinder) detach it before this.
impl Drop for Frame {
    fn drop(&mut self) {
        self.back = std::ptr::null_mut();
        if self.obj.is_some() {
            crate::types::frame::detach(self);
        }
    }
}

#[inline(always)]
pub fn code_data(code: &PyRef) -> &CodeData {
    match code.payload() {
        Payload::Code(c) => c,
        _ => panic!("frame code is not a code object"),
    }
}

/// `fp` or the first frame out from it that Python code may see: frames of library code that
/// CPython writes in C (CodeData::hidden) are passed over. Null when there is none.
pub fn visible(mut fp: *mut Frame) -> *mut Frame {
    // SAFETY: the caller passes a live frame of this thread's chain (or null); back links of
    // live frames point at live frames.
    unsafe {
        while !fp.is_null() && code_data(&(*fp).code).hidden.get() {
            fp = (*fp).back;
        }
    }
    fp
}

impl Frame {
    pub fn new_module(code: PyRef, globals: PyRef) -> Frame {
        let n = code_data(&code).code.varnames.len() + code_data(&code).code.cellvars.len() + code_data(&code).code.freevars.len();
        let builtins = builtins_of(&globals);
        Frame {
            code,
            locals_dict: Some(globals.clone()),
            globals,
            builtins,
            fast: vec![Value::Undef; n],
            stack: Vec::with_capacity(16),
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
            func: None,
            pending_exc: None,
            locals_cache: None,
            obj: None,
            back: std::ptr::null_mut(),
            traced: false,
            trace_line: 0,
            trace_pc: 0,
            init: false,
        }
    }

    pub fn line(&self) -> u32 {
        let cd = code_data(&self.code);
        cd.code.lines.get(self.lasti).copied().unwrap_or(cd.code.first_line)
    }

    pub fn current_instr(&self) -> Option<Instr> {
        code_data(&self.code).code.code.get(self.lasti).copied()
    }
}

/// The builtins that code run with these globals sees: `globals['__builtins__']` (a dict, or
/// a module's dict) when it is there, as CPython's exec() and eval() take them (the
/// "restricted eval" idiom); the interpreter's builtins otherwise.
pub fn builtins_of(globals: &PyRef) -> PyRef {
    if let Some(Value::Obj(b)) = dict::get_str(globals, &crate::name!("__builtins__")) {
        match b.payload() {
            Payload::Dict(_) => return b,
            Payload::Module(m) => return m.dict.clone(),
            _ => {}
        }
    }
    rt().builtins_dict.clone()
}

/// The placeholder that pooled frames hold in `code` and `globals`, so a pooled frame keeps
/// nothing alive. It is immortal and held *uncounted*: `recycle` writes it without an
/// increment and `take_frame` overwrites it without a decrement, which saves two count
/// updates and a lookup per call. A pooled frame that is dropped (a full pool, a thread's
/// end) decrements it like any other field; an immortal count never reaches zero.
fn idle_code() -> std::ptr::NonNull<crate::object::PyObject> {
    struct Idle(std::ptr::NonNull<crate::object::PyObject>);
    // SAFETY: immortal, never freed, and only touched by the GIL holder.
    unsafe impl Sync for Idle {}
    // SAFETY: as above.
    unsafe impl Send for Idle {}
    static IDLE: std::sync::OnceLock<Idle> = std::sync::OnceLock::new();
    IDLE.get_or_init(|| {
        let code = gilpy_compiler::compile_module("", "<idle>", false).expect("empty module compiles");
        let c = crate::eval::make_code(code);
        c.make_immortal();
        Idle(c.into_raw())
    })
    .0
}

/// An uncounted alias of the idle placeholder (see `idle_code`).
#[inline(always)]
fn idle_alias() -> PyRef {
    // SAFETY: the placeholder is immortal, so a reference that carries no count of its own
    // cannot free it, whether it is forgotten (take_frame) or dropped (a pooled frame freed).
    unsafe { PyRef::from_raw(idle_code()) }
}

const POOL_MAX: usize = 64;

/// Release a finished frame's references (locals first to last, then the stack, as CPython
/// clears a frame) and keep its buffers for the next call.
pub fn recycle(vm: &Vm, mut f: Box<Frame>) {
    if f.obj.is_some() {
        crate::types::frame::detach(&mut f);
    }
    f.back = std::ptr::null_mut();
    f.traced = false;
    f.init = false;
    // locals first to last, then the stack (the frame is already unreachable, so a
    // `__del__` run by these drops cannot see it half-cleared)
    f.fast.clear();
    f.stack.clear();
    f.blocks.clear();
    f.func = None;
    f.locals_dict = None;
    f.pending_exc = None;
    f.locals_cache = None;
    let code = std::mem::replace(&mut f.code, idle_alias());
    let globals = std::mem::replace(&mut f.globals, idle_alias());
    drop(code);
    drop(globals);
    let mut pool = vm.frame_pool.borrow_mut();
    if pool.len() < POOL_MAX {
        pool.push(f);
    }
}

pub fn new_cell(v: Value) -> Value {
    Value::Obj(PyRef::new(&rt().t.cell, Payload::Cell(UnsafeCell::new(v))))
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1].iter().map(|n| format!("'{}'", n)).collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Build the frame for calling `func` with positional `args` and keyword `kw`.
pub fn make_frame(vm: &Vm, func: &PyRef, args: &[Value], kw: KwArgs) -> PyResult<Box<Frame>> {
    let fd = match func.payload() {
        Payload::Function(f) => f,
        _ => unreachable!(),
    };
    let cd = code_data(&fd.code);
    let co = &cd.code;
    let nlocals = co.varnames.len();
    let ncells = co.cellvars.len();
    let nfree = co.freevars.len();
    let mut frame = take_frame(vm, func.clone(), fd, nlocals + ncells + nfree);
    let fast = &mut frame.fast;
    let argcount = co.argcount as usize;
    let simple = kw.is_empty() && co.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 && co.kwonlyargcount == 0 && args.len() == argcount;
    if simple {
        fast.extend_from_slice(args);
        fast.resize(nlocals + ncells + nfree, Value::Undef);
    } else {
        fast.resize(nlocals + ncells + nfree, Value::Undef);
        if let Err(e) = bind_general(vm, func, fd, co, fast, args, kw) {
            recycle(vm, frame);
            return Err(e);
        }
    }
    // cells: a parameter that is also a cell moves into its cell
    for (i, c2a) in co.cell2arg.iter().enumerate() {
        let v = match c2a {
            Some(a) => std::mem::replace(&mut fast[*a as usize], Value::Undef),
            None => Value::Undef,
        };
        fast[nlocals + i] = new_cell(v);
    }
    copy_free_vars(fd, fast, nlocals + ncells, nfree);
    Ok(frame)
}

/// The frame for a call whose code takes exactly the positional arguments at
/// `stack[args_start..]` (CodeData::plain_args): they move into the local slots, so no
/// count is taken for them and none released from the caller's stack. The frame takes over
/// the caller's reference to `func`.
#[inline]
pub fn make_frame_moving(vm: &Vm, func: PyRef, stack: &mut Vec<Value>, args_start: usize) -> Box<Frame> {
    // SAFETY: the function object stays alive while the frame holds `func`, so its payload
    // outlives this borrow (the frame owns the reference from take_frame on).
    let fd = match unsafe { &*(func.payload() as *const Payload) } {
        Payload::Function(f) => f,
        _ => unreachable!(),
    };
    let co = &code_data(&fd.code).code;
    let nlocals = co.varnames.len();
    let nfree = co.freevars.len();
    let mut frame = take_frame(vm, func, fd, nlocals + nfree);
    let n = stack.len() - args_start;
    frame.fast.clear();
    frame.fast.reserve(n.max(nlocals + nfree));
    // SAFETY: the `n` arguments are moved bit for bit from the top of the caller's stack into
    // the first slots of the (empty, reserved for at least `n`) locals vector; the stack
    // then forgets them, so each value keeps exactly one owner.
    unsafe {
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(args_start), frame.fast.as_mut_ptr(), n);
        stack.set_len(args_start);
        frame.fast.set_len(n);
    }
    frame.fast.resize(nlocals + nfree, Value::Undef);
    copy_free_vars(fd, &mut frame.fast, nlocals, nfree);
    frame
}

#[inline(always)]
fn copy_free_vars(fd: &FunctionData, fast: &mut [Value], start: usize, nfree: usize) {
    if nfree > 0 {
        if let Some(cl) = &fd.closure {
            for (i, c) in tuple::items(cl).iter().enumerate() {
                fast[start + i] = c.clone();
            }
        }
    }
}

/// A frame from the pool (or a new one) set up to run `fd`, with no locals yet.
#[inline(always)]
fn take_frame(vm: &Vm, func: PyRef, fd: &FunctionData, nslots: usize) -> Box<Frame> {
    let pooled = vm.frame_pool.borrow_mut().pop();
    match pooled {
        Some(mut fr) => {
            // SAFETY: a pooled frame's code and globals hold the idle placeholder uncounted
            // (recycle, idle_code), so overwriting them without a drop releases nothing.
            unsafe {
                std::ptr::write(&mut fr.code, fd.code.clone());
                std::ptr::write(&mut fr.globals, fd.globals.clone());
            }
            fr.func = Some(func);
            fr.pc = 0;
            fr.lasti = 0;
            fr
        }
        None => Box::new(Frame {
            code: fd.code.clone(),
            globals: fd.globals.clone(),
            builtins: rt().builtins_dict.clone(),
            locals_dict: None,
            fast: Vec::with_capacity(nslots),
            stack: Vec::with_capacity(8),
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
            func: Some(func),
            pending_exc: None,
            locals_cache: None,
            obj: None,
            back: std::ptr::null_mut(),
            traced: false,
            trace_line: 0,
            trace_pc: 0,
            init: false,
        }),
    }
}

fn bind_general(vm: &Vm, func: &PyRef, fd: &FunctionData, co: &gilpy_compiler::CodeObject, fast: &mut [Value], args: &[Value], kw: KwArgs) -> PyResult<()> {
    let name = pystr::as_str(&Value::Obj(fd.qualname_ref())).unwrap_or("?").to_string();
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & CO_VARARGS != 0;
    let has_varkw = co.flags & CO_VARKEYWORDS != 0;
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;
    let n = args.len().min(argcount);
    fast[..n].clone_from_slice(&args[..n]);
    if has_varargs {
        fast[varargs_slot] = tuple::new_tuple(args[n..].to_vec());
    } else if args.len() > argcount {
        let defaults = fd.defaults_vec();
        let given = args.len();
        let kw_given = kw.iter().filter(|(k, _)| co.varnames[argcount..argcount + kwonly].iter().any(|v| &**v == *k)).count();
        let takes = if defaults.is_empty() { format!("{}", argcount) } else { format!("from {} to {}", argcount - defaults.len(), argcount) };
        let plural = if argcount == 1 && defaults.is_empty() { "" } else { "s" };
        let was = if given == 1 { "was" } else { "were" };
        if kw_given > 0 {
            return Err(vm.type_error(format!(
                "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
                name,
                takes,
                plural,
                given,
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )));
        }
        return Err(vm.type_error(format!("{}() takes {} positional argument{} but {} {} given", name, takes, plural, given, was)));
    }
    let kwdict = if has_varkw {
        let d = dict::new_dict();
        fast[varkw_slot] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kw.iter() {
        let slot = co.varnames[..argcount + kwonly].iter().position(|vn| &**vn == k);
        match slot {
            Some(i) if i >= posonly => {
                if !fast[i].is_undef() {
                    return Err(vm.type_error(format!("{}() got multiple values for argument '{}'", name, k)));
                }
                fast[i] = v.clone();
            }
            _ => match &kwdict {
                Some(d) => dict::set_item(vm, d, pystr::new_str(k), v.clone())?,
                None => {
                    if slot.is_some() {
                        posonly_as_kw.push(k.to_string());
                        continue;
                    }
                    return Err(vm.type_error(format!("{}() got an unexpected keyword argument '{}'", name, k)));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!("{}() got some positional-only arguments passed as keyword arguments: '{}'", name, posonly_as_kw.join(", "))));
    }
    // defaults for missing positionals
    let mut defaults = fd.defaults_vec();
    // __defaults__ may have been set longer than the parameter list: its tail applies
    if defaults.len() > argcount {
        defaults.drain(..defaults.len() - argcount);
    }
    let first_default = argcount - defaults.len();
    let mut missing = Vec::new();
    for i in 0..argcount {
        if fast[i].is_undef() {
            if i >= first_default {
                fast[i] = defaults[i - first_default].clone();
            } else {
                missing.push(co.varnames[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            name,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    let mut missing_kw = Vec::new();
    for i in argcount..argcount + kwonly {
        if fast[i].is_undef() {
            let kd = fd.kwdefaults_ref();
            let found = match &kd {
                Some(d) => dict::get_str(d, &rt().intern(&co.varnames[i])),
                None => None,
            };
            match found {
                Some(v) => fast[i] = v,
                None => missing_kw.push(co.varnames[i].to_string()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            name,
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            join_names(&missing_kw)
        )));
    }
    let _ = (func, CO_GENERATOR);
    Ok(())
}

impl FunctionData {
    pub fn qualname_ref(&self) -> PyRef {
        // SAFETY: GIL invariant; cloned out.
        unsafe { (*self.qualname.get()).clone() }
    }
    pub fn name_ref(&self) -> PyRef {
        // SAFETY: GIL invariant; cloned out.
        unsafe { (*self.name.get()).clone() }
    }
    pub fn defaults_vec(&self) -> Vec<Value> {
        // SAFETY: GIL invariant; cloned out.
        match unsafe { &*self.defaults.get() } {
            Some(t) => tuple::items(t).to_vec(),
            None => Vec::new(),
        }
    }
    pub fn kwdefaults_ref(&self) -> Option<PyRef> {
        // SAFETY: GIL invariant; cloned out.
        unsafe { (*self.kwdefaults.get()).clone() }
    }
}
