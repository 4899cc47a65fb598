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
    /// set when the running thread must stop at its next check point (GIL drop requests
    /// and signals, from [threads]); read at Resume, JumpBackward and calls
    pub eval_breaker: std::cell::Cell<bool>,
    /// finished frames kept for reuse, so a call allocates nothing in the common case
    pub frame_pool: std::cell::RefCell<Vec<Box<eval::frame::Frame>>>,
}

impl Vm {
    pub fn new() -> Vm {
        Vm {
            depth: std::cell::Cell::new(0),
            native_depth: std::cell::Cell::new(0),
            exc_info: std::cell::RefCell::new(Value::None),
            cur_frame: std::cell::Cell::new(std::ptr::null_mut()),
            eval_breaker: std::cell::Cell::new(false),
            frame_pool: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Called at a check point when `eval_breaker` is set.
    pub fn handle_eval_breaker(&self) -> PyResult<()> {
        self.eval_breaker.set(false);
        Ok(())
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
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
    pub fn allow_threads<R, F: FnOnce() -> R + Send>(&self, f: F) -> R
    where
        R: Send,
    {
        f()
    }
}
