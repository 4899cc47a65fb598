//! gilpy's virtual machine: the object model (object/), one file per builtin type (types/),
//! the dispatch loop and frames (eval/), interpreter state and imports (runtime/), and the
//! native modules (modules/). ARCHITECTURE.md at the repository root is the map.

pub mod eval;
pub mod format;
pub mod modules;
pub mod object;
pub mod protocol;
pub mod runtime;
pub mod types;

pub use object::{PyRef, Value};
pub use runtime::{rt, Runtime};
pub use types::payload::{KwArgs, Payload, PyResult};

/// An exception in flight: the exception instance.
pub struct PyErr {
    pub exc: PyRef,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = crate::types::typeobj::type_name(self.exc.ty());
        write!(f, "PyErr({})", name)
    }
}

impl PyErr {
    pub fn new(exc: PyRef) -> PyErr {
        PyErr { exc }
    }
}

/// Per-thread interpreter state. Native functions receive `&mut Vm`, which also serves as
/// the proof that the calling thread holds the GIL.
/// Its fields are cells: a finalizer run from `Drop` reaches the same state through
/// `with_current_vm` while an outer operation holds `&Vm`, which shared references allow.
pub struct Vm {
    /// Python frames live on this thread (for the recursion limit)
    pub depth: std::cell::Cell<usize>,
    /// nested native-to-Python calls (guards the native stack)
    pub native_depth: std::cell::Cell<usize>,
    /// the exception being handled (`sys.exc_info()`), None when none
    pub exc_info: std::cell::RefCell<Value>,
    /// the frame this thread is executing (for super(), locals(), tracebacks)
    pub cur_frame: std::cell::Cell<*mut eval::frame::Frame>,
    /// this thread state's process-unique number (the GIL's `last_holder`)
    pub uid: u64,
    /// the interpreter's main thread: the only one that runs signal handlers (a thread that
    /// forks becomes the child's main thread)
    pub is_main: std::cell::Cell<bool>,
    /// finished frames kept for reuse, so a call allocates nothing in the common case
    pub frame_pool: std::cell::RefCell<Vec<Box<eval::frame::Frame>>>,
    /// sys.settrace's and sys.setprofile's functions for this thread (None when unset)
    pub trace: std::cell::RefCell<Value>,
    pub profile: std::cell::RefCell<Value>,
    /// either hook is set (the dispatch loop's quick test)
    pub hooked: std::cell::Cell<bool>,
    /// a hook is running: no events for its own code
    pub in_hook: std::cell::Cell<bool>,
}

impl Vm {
    /// The main thread's state. It takes the GIL: the caller is about to run Python code.
    pub fn new() -> Vm {
        Vm::new_thread(true)
    }

    /// A thread state that holds the GIL (taken here, waiting if need be).
    pub fn new_thread(is_main: bool) -> Vm {
        note_stack_bounds();
        let uid = runtime::gil::new_uid();
        runtime::giltrace::thread_start(uid);
        runtime::gil::take(uid);
        Vm {
            uid,
            is_main: std::cell::Cell::new(is_main),
            depth: std::cell::Cell::new(0),
            native_depth: std::cell::Cell::new(0),
            exc_info: std::cell::RefCell::new(Value::None),
            cur_frame: std::cell::Cell::new(std::ptr::null_mut()),
            frame_pool: std::cell::RefCell::new(Vec::new()),
            trace: std::cell::RefCell::new(Value::None),
            profile: std::cell::RefCell::new(Value::None),
            hooked: std::cell::Cell::new(false),
            in_hook: std::cell::Cell::new(false),
        }
    }

    /// Called at a check point when the eval breaker is set: run pending signal handlers
    /// (main thread only), then hand the GIL over if a waiter asked for it.
    pub fn handle_eval_breaker(&self) -> PyResult<()> {
        self.handle_eval_breaker_ticks(1)
    }

    /// The check at a loop's back edge: in legacy mode the loop body's length (in
    /// instructions) is what one iteration spends of the check interval, as Python 2
    /// counted a tick per instruction. Known at compile time, so counting costs nothing.
    pub fn handle_eval_breaker_ticks(&self, ticks: i64) -> PyResult<()> {
        if self.is_main.get() && runtime::gil::SIGNALS_PENDING.load(std::sync::atomic::Ordering::Relaxed) {
            modules::signal::run_pending(self)?;
        }
        if runtime::gil::counts_ticks() {
            if runtime::gil::spend_ticks(ticks) {
                if runtime::gil::is_det() {
                    runtime::gil::det_hand_over(self.uid);
                } else if runtime::gil::legacy_waiters() {
                    runtime::gil::drop(self.uid, runtime::giltrace::Why::Tick);
                    runtime::gil::retake(self.uid);
                }
            }
        } else if runtime::gil::DROP_REQUEST.load(std::sync::atomic::Ordering::Relaxed) {
            runtime::gil::drop(self.uid, runtime::giltrace::Why::Forced);
            runtime::gil::retake(self.uid);
        }
        if runtime::gil::GC_PENDING.load(std::sync::atomic::Ordering::Relaxed) {
            runtime::gil::GC_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
            runtime::gil::recompute_breaker();
            runtime::gc::collect_generations(self);
        }
        Ok(())
    }

    /// Run pending signal handlers now if this is the main thread (blocking waits call it
    /// when a signal woke them).
    pub fn check_signals(&self) -> PyResult<()> {
        if self.is_main.get() && runtime::gil::SIGNALS_PENDING.load(std::sync::atomic::Ordering::Relaxed) {
            modules::signal::run_pending(self)?;
        }
        Ok(())
    }
}

/// A thread state ends by giving the GIL up for good; what it holds is freed first, while the
/// GIL is still held (the fields' own drops would run after this body, without it).
impl Drop for Vm {
    fn drop(&mut self) {
        let pool = std::mem::take(&mut *self.frame_pool.borrow_mut());
        drop(pool);
        let exc = self.exc_info.replace(Value::None);
        drop(exc);
        eval::trace::set_hook(self, false, Value::None);
        eval::trace::set_hook(self, true, Value::None);
        runtime::gil::drop(self.uid, runtime::giltrace::Why::Exit);
        runtime::giltrace::thread_exit(self.uid);
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

thread_local! {
    /// the lowest stack address native recursion may reach on this thread (0: unknown)
    static STACK_FLOOR: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Record the calling thread's stack bounds. Native recursion (repr of nested containers,
/// comparisons, Python called from native code) then stops with RecursionError 256 KiB
/// before the stack's end, whatever the recursion limit allows: threads have smaller stacks
/// than the main thread, and a raised sys.setrecursionlimit must not crash the process.
pub fn note_stack_bounds() {
    // SAFETY: pthread_getattr_np fills the attribute object for the calling thread, which
    // is destroyed after reading its stack address and size.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
            let mut addr: *mut libc::c_void = std::ptr::null_mut();
            let mut size: libc::size_t = 0;
            if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
                STACK_FLOOR.with(|f| f.set(addr as usize + (256 << 10)));
            }
            libc::pthread_attr_destroy(&mut attr);
        }
    }
}

/// A native call counted toward the recursion limit while it runs (see Vm::enter_native_call).
pub struct NativeCall<'a>(pub(crate) &'a Vm);
impl Drop for NativeCall<'_> {
    fn drop(&mut self) {
        self.0.native_depth.set(self.0.native_depth.get() - 1);
    }
}

impl Vm {
    /// Count a call of a builtin or a class toward the recursion limit, as CPython 3.11's
    /// Py_EnterRecursiveCall(" while calling a Python object") does, until the guard drops.
    #[inline]
    pub fn enter_native_call(&self) -> PyResult<NativeCall<'_>> {
        let d = self.native_depth.get();
        if self.depth.get() + d >= crate::runtime::rt().recursion_limit.get() || stack_exhausted() {
            return Err(self.new_error(&crate::runtime::rt().e.recursion_error, "maximum recursion depth exceeded while calling a Python object".into()));
        }
        self.native_depth.set(d + 1);
        Ok(NativeCall(self))
    }
}

/// Whether this thread's native stack is nearly used up.
#[inline]
pub fn stack_exhausted() -> bool {
    let marker = 0u8;
    let sp = std::hint::black_box(&marker) as *const u8 as usize;
    sp < STACK_FLOOR.with(|f| f.get())
}

thread_local! {
    static CURRENT_VM: std::cell::Cell<*const Vm> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// Make `vm` the current thread's interpreter state (for finalizers run from `Drop`).
/// The caller keeps `vm` alive until it clears the registration with a null pointer.
pub fn set_current_vm(vm: *const Vm) {
    CURRENT_VM.with(|c| c.set(vm));
}

/// Run `f` with the current thread's VM, if one is registered.
pub fn with_current_vm<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
    let p = CURRENT_VM.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: the pointer was registered by this thread's interpreter, which keeps the Vm
    // alive while registered; only shared references to it exist (its fields are cells).
    Some(f(unsafe { &*p }))
}

impl Vm {
    /// Run `f` with the GIL released, as CPython's Py_BEGIN_ALLOW_THREADS does: blocking
    /// waits and native work on private copies of data. `f` must not touch any object
    /// (the GIL invariant, object/mod.rs): it gets plain Rust data and returns plain data.
    /// `why` is what the GIL statistics and trace say the thread was doing meanwhile.
    pub fn allow_threads<R, F: FnOnce() -> R + Send>(&self, why: runtime::giltrace::Why, f: F) -> R
    where
        R: Send,
    {
        // retaken by a guard, so a panic in `f` (runtime/panics.rs) comes back holding it
        struct Retake(u64);
        impl Drop for Retake {
            fn drop(&mut self) {
                runtime::gil::take(self.0);
            }
        }
        runtime::gil::drop(self.uid, why);
        let _retake = Retake(self.uid);
        f()
    }
}
