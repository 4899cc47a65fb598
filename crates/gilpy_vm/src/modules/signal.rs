//! `_signal` (wrapped by the `signal` module in lib/): Python-level signal handlers.
//!
//! As in CPython, the C-level handler only records that the signal arrived (an atomic flag
//! per signal, plus the eval breaker); the Python handler runs later, in the interpreter's
//! main thread, at its next check point or when a blocking wait there is woken. Other
//! threads block the asynchronous signals (`_thread::block_signals_here`), so the kernel
//! delivers them to the main thread and interrupts whatever it is waiting in.

use crate::modules::_thread::GilCell;
use crate::object::{PyRef, Value};
use crate::runtime::{gil, rt};
use crate::types::dict;
use crate::types::payload::*;
use crate::Vm;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

pub const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const UNTRIPPED: AtomicBool = AtomicBool::new(false);
static TRIPPED: [AtomicBool; NSIG] = [UNTRIPPED; NSIG];

/// Python handlers by signal number: a callable, or the ints SIG_DFL (0) / SIG_IGN (1), or
/// None for a handler not installed from Python. Built on first use.
static HANDLERS: std::sync::OnceLock<GilCell<Vec<Value>>> = std::sync::OnceLock::new();

/// Set when the program ended with an uncaught KeyboardInterrupt: the process then ends by
/// SIGINT, as CPython's does, so a shell sees status 130.
pub static UNHANDLED_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// The interpreter's main thread (pthread_t), where handlers run and waits must wake.
static MAIN_THREAD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Record the calling thread as the interpreter's main thread (at start-up).
pub fn set_main_thread() {
    MAIN_THREAD.store(crate::modules::_thread::ident(), Ordering::Relaxed);
}

/// Mark `sig` as arrived, as the C handler does, from a thread of the embedding program
/// (the fuzz targets' watchdog interrupts a program that runs too long this way, without a
/// real signal that the fuzzer itself would catch).
pub fn deliver(sig: i32) {
    if (sig as usize) < NSIG && sig > 0 {
        TRIPPED[sig as usize].store(true, Ordering::Relaxed);
        gil::signal_arrived();
    }
}

extern "C" fn on_signal(sig: libc::c_int, info: *mut libc::siginfo_t, _ctx: *mut libc::c_void) {
    if (sig as usize) < NSIG {
        TRIPPED[sig as usize].store(true, Ordering::Relaxed);
    }
    gil::signal_arrived();
    let wfd = WAKEUP_FD.load(Ordering::Relaxed);
    if wfd >= 0 {
        let byte = sig as u8;
        // SAFETY: write(2) is async-signal-safe; a full pipe just drops the byte.
        unsafe { libc::write(wfd, &byte as *const u8 as *const libc::c_void, 1) };
    }
    let main = MAIN_THREAD.load(Ordering::Relaxed);
    // SAFETY: pthread_self/pthread_kill are async-signal-safe; `info` is the kernel's siginfo
    // for this delivery; `main` is the live interpreter main thread (it outlives every other
    // Python thread).
    unsafe {
        if main == 0 || libc::pthread_self() as u64 == main {
            gil::WAIT_INTERRUPTED.store(true, Ordering::Relaxed);
        } else if info.is_null() || (*info).si_code != libc::SI_TKILL {
            // A signal sent to the process landed in another thread (the kernel picks any
            // thread that does not block it; CPython's main thread is usually the one). Pass
            // it on, so a wait in the main thread returns and runs the handler promptly. A
            // signal aimed at this thread (raise_signal, pthread_kill) stays here, as in
            // CPython: the main thread sees it at its next check point.
            libc::pthread_kill(main as libc::pthread_t, sig);
        }
    }
}

fn install_c_handler(sig: i32, disposition: libc::sighandler_t) -> bool {
    // SAFETY: sigaction on a zero-initialised struct; `on_signal` is async-signal-safe (it
    // only stores to atomics). No SA_RESTART, so blocking calls return EINTR and the waiting
    // code can run the Python handler.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = disposition;
        sa.sa_flags = libc::SA_ONSTACK | if disposition == on_signal_ptr() { libc::SA_SIGINFO } else { 0 };
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut()) == 0
    }
}

fn on_signal_ptr() -> libc::sighandler_t {
    on_signal as extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) as libc::sighandler_t
}

/// At start-up: SIGINT raises KeyboardInterrupt (CPython installs default_int_handler).
pub fn install_default_handlers() {
    install_c_handler(libc::SIGINT, on_signal_ptr());
}

fn default_int_handler_obj() -> Value {
    struct H(PyRef);
    // SAFETY: an immortal builtin function object, only touched by the GIL holder.
    unsafe impl Sync for H {}
    // SAFETY: as above.
    unsafe impl Send for H {}
    static F: std::sync::OnceLock<H> = std::sync::OnceLock::new();
    Value::Obj(F.get_or_init(|| H(crate::types::builtin_fn("default_int_handler", default_int_handler))).0.clone())
}

fn handlers() -> &'static GilCell<Vec<Value>> {
    HANDLERS.get_or_init(|| {
        let mut v = Vec::with_capacity(NSIG);
        for sig in 0..NSIG {
            if sig == libc::SIGINT as usize {
                v.push(default_int_handler_obj());
                continue;
            }
            // SAFETY: querying the current disposition into a zeroed struct.
            let cur = unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                if sig == 0 || libc::sigaction(sig as i32, std::ptr::null(), &mut old) != 0 {
                    None
                } else {
                    Some(old.sa_sigaction)
                }
            };
            v.push(match cur {
                Some(libc::SIG_DFL) => Value::Int(0),
                Some(libc::SIG_IGN) => Value::Int(1),
                _ => Value::None,
            });
        }
        GilCell(UnsafeCell::new(v))
    })
}

fn get_handler(sig: usize) -> Value {
    // SAFETY: GIL invariant; the clone ends the borrow.
    unsafe { (&(*handlers().0.get()))[sig].clone() }
}

fn set_handler(sig: usize, h: Value) -> Value {
    // SAFETY: GIL invariant; the old value is returned and dropped by the caller.
    unsafe { std::mem::replace(&mut (&mut *handlers().0.get())[sig], h) }
}

/// Run the Python handlers of the signals that arrived (main thread, GIL held).
/// Interpreter shutdown: Python handlers are released (CPython's signal module finalization);
/// a signal arriving after this finds no handler to run.
pub fn release_handlers() {
    if HANDLERS.get().is_none() {
        return;
    }
    // SAFETY: GIL invariant; the old handlers are dropped after the table is updated.
    let old: Vec<Value> =
        unsafe { (*handlers().0.get()).iter_mut().map(|h| if matches!(h, Value::Obj(_)) { std::mem::replace(h, Value::None) } else { Value::None }).collect() };
    drop(old);
}

pub fn run_pending(vm: &Vm) -> PyResult<()> {
    gil::signals_handled();
    for sig in 1..NSIG {
        if !TRIPPED[sig].swap(false, Ordering::Relaxed) {
            continue;
        }
        let h = if HANDLERS.get().is_some() {
            get_handler(sig)
        } else if sig == libc::SIGINT as usize {
            default_int_handler_obj()
        } else {
            Value::None
        };
        if !vm.is_callable(&h) {
            continue;
        }
        let fp = vm.cur_frame.get();
        let frame = if fp.is_null() { Value::None } else { Value::Obj(crate::types::frame::frame_object(fp)) };
        if let Err(e) = vm.call(&h, &[Value::Int(sig as i64), frame], KwArgs::EMPTY) {
            // the signals not yet handled stay pending for the next check point
            if TRIPPED.iter().any(|t| t.load(Ordering::Relaxed)) {
                gil::signal_arrived();
            }
            return Err(e);
        }
    }
    Ok(())
}

fn signum_arg(vm: &Vm, v: Option<&Value>) -> PyResult<usize> {
    let v = v.ok_or_else(|| vm.type_error("expected a signal number".into()))?;
    let n = crate::types::int::to_i64(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range".into()));
    }
    Ok(n as usize)
}

/// `_thread.interrupt_main`: act as if the signal arrived, unless it is ignored or default.
pub fn trip(vm: &Vm, sig: i64) -> PyResult<()> {
    if sig < 1 || sig >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range".into()));
    }
    let h = if HANDLERS.get().is_some() {
        get_handler(sig as usize)
    } else if sig == libc::SIGINT as i64 {
        default_int_handler_obj()
    } else {
        Value::None
    };
    if matches!(h, Value::Int(0) | Value::Int(1)) {
        return Ok(());
    }
    TRIPPED[sig as usize].store(true, Ordering::Relaxed);
    gil::signal_arrived();
    Ok(())
}

fn s_signal(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("signal expected 2 arguments, got {}", a.len())));
    }
    let sig = signum_arg(vm, a.first())?;
    if !vm.is_main.get() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter".into()));
    }
    let h = &a[1];
    // the table records the dispositions found at first use: build it before changing one
    let _ = handlers();
    let disposition = match h {
        Value::Int(0) => libc::SIG_DFL,
        Value::Int(1) => libc::SIG_IGN,
        _ if vm.is_callable(h) => on_signal_ptr(),
        _ => {
            return Err(vm.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object".into()));
        }
    };
    if sig == libc::SIGKILL as usize || sig == libc::SIGSTOP as usize || !install_c_handler(sig as i32, disposition) {
        let e = vm.new_error_args(&rt().e.os_error, vec![Value::Int(libc::EINVAL as i64), crate::types::str::new_str("Invalid argument")]);
        return Err(e);
    }
    let stored = match h {
        Value::Int(i) => Value::Int(*i),
        other => other.clone(),
    };
    Ok(set_handler(sig, stored))
}

fn s_getsignal(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let sig = signum_arg(vm, a.first())?;
    Ok(get_handler(sig))
}

fn default_int_handler(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("default_int_handler expected 2 arguments, got {}", a.len())));
    }
    Err(vm.new_error_args(&rt().e.keyboard_interrupt, vec![]))
}

fn s_raise_signal(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    // no range check of its own, as in CPython: raise(3) says EINVAL (and 0 is accepted)
    let v = a.first().ok_or_else(|| vm.type_error("raise_signal() takes exactly one argument (0 given)".into()))?;
    if crate::types::int::to_bigint(v).is_none() {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    }
    let sig = crate::types::int::to_i64(v)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int".into()))?;
    // SAFETY: raise(3) validates the number itself.
    let r = unsafe { libc::raise(sig as i32) };
    if r != 0 {
        return Err(vm.os_error_from_io(&std::io::Error::last_os_error(), None));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

fn s_pthread_kill(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("pthread_kill expected 2 arguments, got {}", a.len())));
    }
    let tid = crate::types::int::to_u64(&a[0]).ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long".into()))?;
    let sig = crate::types::int::to_i64(&a[1]).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&a[1]))))?;
    // SAFETY: pthread_kill on an id the program got from get_ident(); a stale id is the
    // caller's error, as in CPython.
    let r = unsafe { libc::pthread_kill(tid as libc::pthread_t, sig as i32) };
    if r != 0 {
        return Err(vm.os_error_from_io(&std::io::Error::from_raw_os_error(r), None));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

fn s_alarm(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.first().ok_or_else(|| vm.type_error("alarm() takes exactly one argument (0 given)".into()))?;
    if crate::types::int::to_bigint(v).is_none() {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    }
    let n = crate::types::int::to_i64(v)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int".into()))?;
    // SAFETY: alarm(2) has no preconditions; a negative C int converts as CPython's does.
    Ok(Value::Int(unsafe { libc::alarm(n as i32 as u32) } as i64))
}

fn s_pause(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    // SAFETY: pause(2) returns when a signal handler has run.
    vm.allow_threads(crate::runtime::giltrace::Why::Wait, || unsafe { libc::pause() });
    vm.check_signals()?;
    Ok(Value::None)
}

fn s_strsignal(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let sig = signum_arg(vm, a.first())?;
    // SAFETY: strsignal returns a pointer to a static or thread-local string, copied at once.
    let s = unsafe {
        let p = libc::strsignal(sig as i32);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    Ok(crate::types::str::new_str(&s))
}

fn s_valid_signals(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = crate::types::set::new_set(false);
    for sig in (1..NSIG as i64).filter(|s| !(32..=33).contains(s)) {
        crate::types::set::add(vm, &s, Value::Int(sig))?;
    }
    Ok(Value::Obj(s))
}

/// The file descriptor set_wakeup_fd chose (-1: none); the C handler writes the signal
/// number to it, as CPython's does, so an event loop waiting on it wakes up.
static WAKEUP_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

fn sigset_from(vm: &Vm, v: &Value) -> PyResult<libc::sigset_t> {
    // SAFETY: an empty set filled from validated numbers.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    unsafe { libc::sigemptyset(&mut set) };
    for s in vm.collect(v)? {
        let n = crate::types::int::to_i64(&s).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&s))))?;
        if n < 1 || n >= NSIG as i64 {
            return Err(vm.value_error(format!("signal number {} out of range [1; {}]", n, NSIG - 1)));
        }
        // SAFETY: a number in range.
        unsafe { libc::sigaddset(&mut set, n as i32) };
    }
    Ok(set)
}

fn set_of(vm: &Vm, set: &libc::sigset_t) -> PyResult<Value> {
    let out = crate::types::set::new_set(false);
    for sig in 1..NSIG as i32 {
        // SAFETY: reading a set the kernel filled.
        if unsafe { libc::sigismember(set, sig) } == 1 {
            crate::types::set::add(vm, &out, Value::Int(sig as i64))?;
        }
    }
    Ok(Value::Obj(out))
}

fn os_error_last(vm: &Vm) -> crate::PyErr {
    vm.os_error_from_io(&std::io::Error::last_os_error(), None)
}

fn s_pthread_sigmask(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("pthread_sigmask expected 2 arguments, got {}", a.len())));
    }
    let how = crate::types::int::to_i64(&a[0]).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&a[0]))))?;
    let set = sigset_from(vm, &a[1])?;
    // SAFETY: a zeroed set for the old mask.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid set pointers; an invalid `how` is reported as EINVAL.
    let r = unsafe { libc::pthread_sigmask(how as i32, &set, &mut old) };
    if r != 0 {
        return Err(vm.os_error_from_io(&std::io::Error::from_raw_os_error(r), None));
    }
    vm.check_signals()?;
    set_of(vm, &old)
}

fn s_sigpending(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    // SAFETY: a zeroed set the kernel fills.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(os_error_last(vm));
    }
    set_of(vm, &set)
}

/// sigwait(sigset): wait, without the GIL, until one of the (blocked) signals is pending.
fn s_sigwait(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.first().ok_or_else(|| vm.type_error("sigwait() takes exactly one argument (0 given)".into()))?;
    let set = sigset_from(vm, v)?;
    let (r, sig) = vm.allow_threads(crate::runtime::giltrace::Why::Wait, move || {
        let mut sig: libc::c_int = 0;
        // SAFETY: valid pointers to a set we own and an int.
        let r = unsafe { libc::sigwait(&set, &mut sig) };
        (r, sig)
    });
    if r != 0 {
        return Err(vm.os_error_from_io(&std::io::Error::from_raw_os_error(r), None));
    }
    Ok(Value::Int(sig as i64))
}

fn s_siginterrupt(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("siginterrupt expected 2 arguments, got {}", a.len())));
    }
    let sig = signum_arg(vm, a.first())?;
    let flag = vm.truthy(&a[1])?;
    // SAFETY: read-modify-write of this signal's disposition flags.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig as i32, std::ptr::null(), &mut sa) != 0 {
            return Err(os_error_last(vm));
        }
        if flag {
            sa.sa_flags &= !libc::SA_RESTART;
        } else {
            sa.sa_flags |= libc::SA_RESTART;
        }
        if libc::sigaction(sig as i32, &sa, std::ptr::null_mut()) != 0 {
            return Err(os_error_last(vm));
        }
    }
    Ok(Value::None)
}

fn s_set_wakeup_fd(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let v = a.first().or_else(|| k.get("fd")).ok_or_else(|| vm.type_error("set_wakeup_fd() missing required argument 'fd' (pos 1)".into()))?;
    let fd = crate::types::int::to_i64(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?;
    if !vm.is_main.get() {
        return Err(vm.value_error("set_wakeup_fd only works in main thread of the main interpreter".into()));
    }
    if fd != -1 {
        // SAFETY: fstat and fcntl on a number the program gave; errors are reported.
        unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            if libc::fstat(fd as i32, &mut st) != 0 {
                return Err(os_error_last(vm));
            }
            let fl = libc::fcntl(fd as i32, libc::F_GETFL);
            if fl >= 0 && fl & libc::O_NONBLOCK == 0 {
                return Err(vm.value_error(format!("the fd {} must be in non-blocking mode", fd)));
            }
        }
    }
    Ok(Value::Int(WAKEUP_FD.swap(fd as i32, Ordering::Relaxed) as i64))
}

fn itimer_error() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let r = rt();
        let t = crate::types::typeobj::make_builtin_subclassable("itimer_error", &r.e.os_error, Layout::Exception);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_EXCEPTION);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *td.module.get() = "signal".into() };
        t
    })
}

fn timer_tuple(v: &libc::itimerval) -> Value {
    let secs = |t: &libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    crate::types::tuple::new_tuple(vec![Value::Float(secs(&v.it_value)), Value::Float(secs(&v.it_interval))])
}

fn timeval_of(s: f64) -> libc::timeval {
    let whole = s.trunc();
    let mut usec = ((s - whole) * 1e6).round() as i64;
    let mut sec = whole as i64;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // CPython rounds a non-zero time below a microsecond up to one
    if sec == 0 && usec == 0 && s > 0.0 {
        usec = 1;
    }
    libc::timeval { tv_sec: sec as libc::time_t, tv_usec: usec as libc::suseconds_t }
}

fn itimer_fail(vm: &Vm) -> crate::PyErr {
    let e = std::io::Error::last_os_error();
    let code = e.raw_os_error().unwrap_or(0);
    vm.new_error_args(&itimer_error(), vec![Value::Int(code as i64), crate::types::str::new_str(&crate::modules::strerror(code))])
}

fn s_setitimer(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error(format!("setitimer expected at least 2 arguments, got {}", a.len())));
    }
    let which =
        crate::types::int::to_i64(&a[0]).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&a[0]))))?;
    let delay = crate::modules::time::seconds_arg(vm, &a[1])?;
    let interval = match a.get(2) {
        Some(v) => crate::modules::time::seconds_arg(vm, v)?,
        None => 0.0,
    };
    let new = libc::itimerval { it_interval: timeval_of(interval), it_value: timeval_of(delay) };
    // SAFETY: a zeroed struct for the old timer.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers; a bad `which` is reported as EINVAL.
    if unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) } != 0 {
        return Err(itimer_fail(vm));
    }
    Ok(timer_tuple(&old))
}

fn s_getitimer(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.first().ok_or_else(|| vm.type_error("getitimer() takes exactly one argument (0 given)".into()))?;
    let which = crate::types::int::to_i64(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?;
    // SAFETY: a zeroed struct the kernel fills.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointer.
    if unsafe { libc::getitimer(which as libc::c_int, &mut cur) } != 0 {
        return Err(itimer_fail(vm));
    }
    Ok(timer_tuple(&cur))
}

const NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

pub fn make(_vm: &Vm) -> PyRef {
    let m = crate::modules::new_module(
        "_signal",
        &[
            ("signal", s_signal),
            ("getsignal", s_getsignal),
            ("raise_signal", s_raise_signal),
            ("pthread_kill", s_pthread_kill),
            ("alarm", s_alarm),
            ("pause", s_pause),
            ("strsignal", s_strsignal),
            ("valid_signals", s_valid_signals),
            ("pthread_sigmask", s_pthread_sigmask),
            ("sigpending", s_sigpending),
            ("sigwait", s_sigwait),
            ("siginterrupt", s_siginterrupt),
            ("set_wakeup_fd", s_set_wakeup_fd),
            ("setitimer", s_setitimer),
            ("getitimer", s_getitimer),
        ],
    );
    let d = crate::modules::module_dict(&m);
    dict::set_str_raw(&d, "default_int_handler", default_int_handler_obj());
    dict::set_str_raw(&d, "SIG_DFL", Value::Int(0));
    dict::set_str_raw(&d, "SIG_IGN", Value::Int(1));
    dict::set_str_raw(&d, "NSIG", Value::Int(NSIG as i64));
    dict::set_str_raw(&d, "SIG_BLOCK", Value::Int(libc::SIG_BLOCK as i64));
    dict::set_str_raw(&d, "SIG_UNBLOCK", Value::Int(libc::SIG_UNBLOCK as i64));
    dict::set_str_raw(&d, "SIG_SETMASK", Value::Int(libc::SIG_SETMASK as i64));
    dict::set_str_raw(&d, "ITIMER_REAL", Value::Int(libc::ITIMER_REAL as i64));
    dict::set_str_raw(&d, "ITIMER_VIRTUAL", Value::Int(libc::ITIMER_VIRTUAL as i64));
    dict::set_str_raw(&d, "ITIMER_PROF", Value::Int(libc::ITIMER_PROF as i64));
    dict::set_str_raw(&d, "ItimerError", Value::Obj(itimer_error()));
    for (n, v) in NAMES {
        dict::set_str_raw(&d, n, Value::Int(*v as i64));
    }
    m
}
