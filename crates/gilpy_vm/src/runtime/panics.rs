//! What a Rust panic inside the runtime becomes. A panic is a bug in gilpy, never the
//! program's fault, but the user must not see Rust's "thread panicked" text or lose the
//! process: where the dispatch loop can go on (eval/mod.rs catches every panic raised while
//! it runs an instruction, native calls included) the panic becomes a `SystemError` raised
//! at that instruction, which the program can catch and whose traceback says where it was.
//! Where nothing can go on (start-up, a thread's own bookkeeping, shutdown) the process
//! stops as CPython's `Py_FatalError` stops it: "Fatal Python error: ..." on stderr, then
//! SIGABRT.
//!
//! Unwinding keeps the runtime consistent enough to go on: every borrow, reference and
//! lock guard held by the frames it leaves is released by their destructors, and the GIL
//! is retaken by `Vm::allow_threads`'s guard if the panic came while it was released.
//! What an interrupted instruction had popped off the value stack is simply gone.

use std::any::Any;
use std::cell::RefCell;

thread_local! {
    /// The last panic's message and place, kept by the hook for the SystemError.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replace Rust's default panic report (once, at start-up). `GILPY_PANIC_TRACE=1` keeps
/// Rust's own report too, with its backtrace under `RUST_BACKTRACE`, for gilpy's developers.
pub fn install_hook() {
    let default = std::panic::take_hook();
    let also_default = std::env::var_os("GILPY_PANIC_TRACE").is_some();
    std::panic::set_hook(Box::new(move |info| {
        let mut msg = payload_text(info.payload());
        if let Some(l) = info.location() {
            msg = format!("{} (at {}:{})", msg, l.file(), l.line());
        }
        LAST.with(|c| *c.borrow_mut() = Some(msg));
        if also_default {
            default(info);
        }
    }));
}

fn payload_text(p: &(dyn Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-text payload".to_string()
    }
}

/// The message of the panic just caught on this thread (the hook's, which has its place).
pub fn message(payload: &(dyn Any + Send)) -> String {
    LAST.with(|c| c.borrow_mut().take()).unwrap_or_else(|| payload_text(payload))
}

/// The SystemError a caught panic becomes.
pub fn system_error(vm: &crate::Vm, payload: Box<dyn Any + Send>) -> crate::PyErr {
    let msg = message(&*payload);
    // the payload may own objects: drop it before anything else runs
    drop(payload);
    vm.new_error(&super::rt().e.system_error, format!("gilpy internal error: {}", msg))
}

/// Stop the process as CPython's Py_FatalError does: the message, the runtime's state,
/// then SIGABRT (a shell sees status 134). Buffered output is flushed first when the
/// streams can still be reached, as CPython's fatal error handler flushes them.
pub fn fatal(func: &str, msg: &str) -> ! {
    let flushed = std::panic::catch_unwind(|| crate::modules::sys::flush_std());
    let _ = flushed;
    eprintln!("Fatal Python error: {}: {}\nPython runtime state: initialized\n", func, msg);
    // SAFETY: resetting SIGABRT to its default and raising it ends the process at once.
    unsafe {
        libc::signal(libc::SIGABRT, libc::SIG_DFL);
        libc::abort();
    }
}

/// Run `f`; a panic escaping it is fatal (`func` names the place, as CPython's messages do).
pub fn fatal_on_panic<R>(func: &str, f: impl FnOnce() -> R) -> R {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(p) => {
            let msg = message(&*p);
            std::mem::forget(p);
            fatal(func, &format!("gilpy internal error: {}", msg))
        }
    }
}
