//! `_thread`: OS threads, locks and thread-local data, the layer `threading` is written on.
//!
//! A new thread gets its own `Vm` (thread state), takes the GIL before it touches any object
//! and gives it up when it ends. Lock waits release the GIL (after one try without releasing,
//! as CPython does) and, in the main thread, wake up for signals: the wait returns to run the
//! Python handler and, if the handler raised (KeyboardInterrupt), the acquire raises it.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{dict, str as pystr, tuple};
use crate::Vm;
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// CPython's PY_TIMEOUT_MAX / 1e6 on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// Threads started and not yet finished (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The OS thread id CPython uses as `get_ident()`.
pub fn ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

pub fn native_id() -> i64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as i64 }
}

/// Block the asynchronous signals in the calling thread (the process's first thread, which
/// only waits for the interpreter thread), so the kernel delivers them to a Python thread.
pub fn block_signals_here() {
    // SAFETY: plain libc calls on a local, zero-initialised signal set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for s in [libc::SIGINT, libc::SIGTERM, libc::SIGUSR1, libc::SIGUSR2, libc::SIGALRM, libc::SIGHUP, libc::SIGQUIT, libc::SIGCHLD] {
            libc::sigaddset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

// ---------------------------------------------------------------------------------------
// the lock

/// The OS-level part of a lock: usable without the GIL. A futex word, as CPython's locks
/// are a semaphore: 0 free, 1 held, 2 held and possibly waited for. Any thread may release
/// it (Python's Lock has no owner). A mutex plus condition variable measured 1.7x slower on
/// the Condition hand-over benchmark: each wake-up then also fought for the mutex.
pub struct RawLock {
    state: std::sync::atomic::AtomicU32,
    /// deterministic GIL mode only (runtime/gil.rs): the waiters in arrival order and the
    /// hand-over in flight; untouched otherwise
    det: std::sync::Mutex<DetWait>,
}

/// In deterministic mode a release hands the lock to its longest waiter (state 3) rather
/// than freeing it: nobody can take it in between, and the GIL ticket reserved for that
/// waiter fixes when it runs.
struct DetWait {
    arrivals: u64,
    waiting: Vec<u64>,
    /// (arrival number, GIL ticket) of the waiter the lock was handed to
    target: Option<(u64, u64)>,
}

pub enum Wait {
    Acquired,
    TimedOut,
    /// a signal is pending and this is the main thread: run the handlers, then retry
    Interrupted,
}

fn futex_wait(word: &std::sync::atomic::AtomicU32, expected: u32, timeout: Option<Duration>) {
    let ts = timeout.map(|d| libc::timespec { tv_sec: d.as_secs() as libc::time_t, tv_nsec: d.subsec_nanos() as libc::c_long });
    let tsp = ts.as_ref().map(|t| t as *const libc::timespec).unwrap_or(std::ptr::null());
    // SAFETY: FUTEX_WAIT on a live atomic word with a valid (or null) relative timeout; it
    // returns on a wake-up, a timeout, a signal (EINTR) or when the word is not `expected`.
    unsafe {
        libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG, expected, tsp);
    }
}

fn futex_wake(word: &std::sync::atomic::AtomicU32, n: i32) {
    // SAFETY: FUTEX_WAKE on a live atomic word.
    unsafe {
        libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG, n);
    }
}

impl RawLock {
    pub fn new() -> RawLock {
        RawLock { state: std::sync::atomic::AtomicU32::new(0), det: std::sync::Mutex::new(DetWait { arrivals: 0, waiting: Vec::new(), target: None }) }
    }
    pub fn try_acquire(&self) -> bool {
        self.state.compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }
    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) != 0
    }
    /// Release; false if it was not locked.
    pub fn release(&self) -> bool {
        if crate::runtime::gil::is_det() {
            if let Some(r) = self.hand_over() {
                return r;
            }
        }
        match self.state.swap(0, Ordering::Release) {
            0 => false,
            1 => true,
            _ => {
                futex_wake(&self.state, 1);
                true
            }
        }
    }
    fn det(&self) -> std::sync::MutexGuard<'_, DetWait> {
        self.det.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// Deterministic mode: hand the lock to its longest waiter. None: nobody waits.
    fn hand_over(&self) -> Option<bool> {
        let mut d = self.det();
        let &first = d.waiting.iter().min()?;
        if !matches!(self.state.load(Ordering::SeqCst), 1 | 2) {
            return Some(false);
        }
        let ticket = crate::runtime::gil::det_reserve()?;
        d.target = Some((first, ticket));
        self.state.store(3, Ordering::SeqCst);
        drop(d);
        futex_wake(&self.state, i32::MAX);
        Some(true)
    }
    /// Register as a waiter while still holding the GIL (so that a release made after this
    /// thread lets the GIL go sees it); the number goes to `wait`.
    pub fn add_waiter(&self) -> u64 {
        if !crate::runtime::gil::is_det() {
            return 0;
        }
        let mut d = self.det();
        let n = d.arrivals;
        d.arrivals += 1;
        d.waiting.push(n);
        n
    }
    /// Wait (without the GIL) until acquired, the deadline passes, or — for the main
    /// thread — a real signal arrived. The signal interrupts the futex wait (EINTR); the
    /// 50 ms slices are a safety net.
    pub fn wait(&self, arrival: u64, deadline: Option<Instant>, interruptible: bool) -> Wait {
        if crate::runtime::gil::is_det() {
            return self.wait_det(arrival, deadline, interruptible);
        }
        loop {
            // taking it as "held, maybe waited for" may cost one needless wake-up later
            if self.state.swap(2, Ordering::Acquire) == 0 {
                return Wait::Acquired;
            }
            if interruptible && crate::runtime::gil::WAIT_INTERRUPTED.swap(false, Ordering::Relaxed) {
                return Wait::Interrupted;
            }
            let Some(timeout) = slice(deadline, interruptible) else { return Wait::TimedOut };
            futex_wait(&self.state, 2, timeout);
        }
    }

    fn wait_det(&self, n: u64, deadline: Option<Instant>, interruptible: bool) -> Wait {
        loop {
            let seen = {
                let mut d = self.det();
                if self.try_claim(&mut d, n) {
                    return Wait::Acquired;
                }
                self.state.load(Ordering::SeqCst)
            };
            if interruptible && crate::runtime::gil::WAIT_INTERRUPTED.swap(false, Ordering::Relaxed) {
                return if self.leave(n) { Wait::Acquired } else { Wait::Interrupted };
            }
            let Some(timeout) = slice(deadline, interruptible) else {
                return if self.leave(n) { Wait::Acquired } else { Wait::TimedOut };
            };
            futex_wait(&self.state, seen, timeout);
        }
    }

    /// Take the lock if it is free or handed to arrival `n`.
    fn try_claim(&self, d: &mut DetWait, n: u64) -> bool {
        let got = match (self.state.load(Ordering::SeqCst), d.target) {
            (3, Some((t, ticket))) if t == n => {
                self.state.store(2, Ordering::SeqCst);
                d.target = None;
                crate::runtime::gil::det_use(ticket);
                true
            }
            (0, _) => self.state.compare_exchange(0, 2, Ordering::SeqCst, Ordering::SeqCst).is_ok(),
            _ => false,
        };
        if got {
            d.waiting.retain(|&w| w != n);
        }
        got
    }

    /// Stop waiting; true if the lock was handed to this waiter meanwhile (then it is held).
    fn leave(&self, n: u64) -> bool {
        let mut d = self.det();
        if self.try_claim(&mut d, n) {
            return true;
        }
        d.waiting.retain(|&w| w != n);
        false
    }
}

/// How long the next futex wait may sleep: None once the deadline has passed. The main
/// thread wakes every 50 ms to look for signals.
fn slice(deadline: Option<Instant>, interruptible: bool) -> Option<Option<Duration>> {
    let slice = Duration::from_millis(50);
    Some(match deadline {
        Some(d) => {
            let now = Instant::now();
            if now >= d {
                return None;
            }
            Some(if interruptible { (d - now).min(slice) } else { d - now })
        }
        None => interruptible.then_some(slice),
    })
}

impl Default for RawLock {
    fn default() -> Self {
        RawLock::new()
    }
}

/// Parse `acquire(blocking=True, timeout=-1)`: None for "don't wait", Some(None) for
/// "forever", Some(Some(d)) for a timed wait.
fn acquire_args(vm: &Vm, a: &[Value], k: KwArgs, name: &str) -> PyResult<Option<Option<Duration>>> {
    if a.len() > 3 {
        return Err(vm.type_error(format!("{}() takes at most 2 arguments ({} given)", name, a.len() - 1)));
    }
    let mut blocking = a.get(1).cloned();
    let mut timeout = a.get(2).cloned();
    for (n, v) in k.iter() {
        match n {
            "blocking" if blocking.is_none() => blocking = Some(v.clone()),
            "timeout" if timeout.is_none() => timeout = Some(v.clone()),
            _ => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", n, name))),
        }
    }
    // CPython parses `blocking` as a C int
    let blocking = match &blocking {
        Some(v) => {
            if crate::types::int::to_bigint(v).is_none() {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
            }
            vm.truthy(v)?
        }
        None => true,
    };
    let t = match &timeout {
        None => -1.0,
        Some(v) => crate::modules::time::seconds_arg(vm, v)?,
    };
    if !blocking && t != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call".into()));
    }
    if t < 0.0 && t != -1.0 {
        return Err(vm.value_error("timeout value must be positive".into()));
    }
    if !blocking {
        return Ok(None);
    }
    if t == -1.0 {
        return Ok(Some(None));
    }
    if t > TIMEOUT_MAX {
        return Err(vm.overflow_error("timestamp out of range for platform time_t".into()));
    }
    Ok(Some(Some(Duration::from_secs_f64(t))))
}

/// A timeout argument as seconds (int or float; CPython's `_PyTime_FromSecondsObject`).
pub fn timeout_secs(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)".into()));
            }
            Ok(*f)
        }
        other => match crate::types::float::to_f64(other) {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
        },
    }
}

/// Acquire `raw`, releasing the GIL while waiting; Ok(false) on timeout.
pub fn acquire_raw(vm: &Vm, raw: &RawLock, wait: Option<Option<Duration>>) -> PyResult<bool> {
    acquire_raw_why(vm, raw, wait, crate::runtime::giltrace::Why::Lock)
}

/// `acquire_raw`, saying what the wait is for (a join waits on a thread's sentinel lock).
pub fn acquire_raw_why(vm: &Vm, raw: &RawLock, wait: Option<Option<Duration>>, why: crate::runtime::giltrace::Why) -> PyResult<bool> {
    if raw.try_acquire() {
        return Ok(true);
    }
    let limit = match wait {
        None => return Ok(false),
        Some(l) => l,
    };
    let deadline = limit.map(|d| Instant::now() + d);
    let main = vm.is_main.get();
    loop {
        let arrival = raw.add_waiter();
        let r = vm.allow_threads(why, || raw.wait(arrival, deadline, main));
        match r {
            Wait::Acquired => return Ok(true),
            Wait::TimedOut => return Ok(false),
            Wait::Interrupted => vm.check_signals()?,
        }
    }
}

struct LockData {
    raw: RawLock,
    /// a thread's `_set_sentinel()` lock: waiting on it is a join
    sentinel: Cell<bool>,
}

impl NativeData for LockData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The RLock: a raw lock plus an owner and a count, changed only by the GIL holder.
struct RLockData {
    raw: RawLock,
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl NativeData for RLockData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct Types {
    lock: PyRef,
    rlock: PyRef,
    local: PyRef,
}
static TYPES: std::sync::OnceLock<crate::object::StaticRefs<Types>> = std::sync::OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let r = rt();
            let lock = crate::types::typeobj::make_simple_type("lock", &r.t.object);
            set_module(&lock);
            crate::types::add_methods(
                &lock,
                &[
                    ("acquire", lock_acquire),
                    ("acquire_lock", lock_acquire),
                    ("__enter__", lock_acquire),
                    ("release", lock_release),
                    ("release_lock", lock_release),
                    ("__exit__", lock_exit),
                    ("locked", lock_locked),
                    ("locked_lock", lock_locked),
                    ("_at_fork_reinit", lock_at_fork_reinit),
                    ("__repr__", lock_repr),
                ],
            );
            own_repr(&lock);
            let rlock = crate::types::typeobj::make_builtin_subclassable("RLock", &r.t.object, Layout::Other);
            set_module(&rlock);
            crate::types::set_new(&rlock, rlock_new);
            crate::types::add_methods(
                &rlock,
                &[
                    ("acquire", rlock_acquire),
                    ("__enter__", rlock_acquire),
                    ("release", rlock_release),
                    ("__exit__", rlock_exit),
                    ("_is_owned", rlock_is_owned),
                    ("_release_save", rlock_release_save),
                    ("_acquire_restore", rlock_acquire_restore),
                    ("_at_fork_reinit", rlock_at_fork_reinit),
                    ("__repr__", rlock_repr),
                ],
            );
            own_repr(&rlock);
            let local = crate::modules::thread_local::make_type();
            crate::object::StaticRefs(Types { lock, rlock, local })
        })
        .0
}

fn set_module(t: &PyRef) {
    // SAFETY: start of the type's life, nothing reads the module name yet.
    unsafe { *crate::types::typeobj::type_data(t).module.get() = "_thread".into() };
}

fn own_repr(t: &PyRef) {
    let td = crate::types::typeobj::type_data(t);
    td.flags.set(td.flags.get() | TF_OWN_REPR);
}

pub fn new_lock() -> Value {
    Value::Obj(PyRef::new(&types().lock, Payload::Native(Box::new(LockData { raw: RawLock::new(), sentinel: Cell::new(false) }))))
}

fn this<'a, T: 'static>(vm: &Vm, a: &'a [Value], what: &str) -> PyResult<&'a T> {
    match a.first() {
        Some(Value::Obj(o)) => match native::<T>(o) {
            Some(d) => Ok(d),
            None => Err(vm.type_error(format!("descriptor requires a '{}' object but received '{}'", what, vm.type_name(&a[0])))),
        },
        _ => Err(vm.type_error(format!("descriptor requires a '{}' object", what))),
    }
}

fn lock_acquire(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let l = this::<LockData>(vm, a, "_thread.lock")?;
    let wait = acquire_args(vm, a, k, "acquire")?;
    let why = if l.sentinel.get() { crate::runtime::giltrace::Why::Join } else { crate::runtime::giltrace::Why::Lock };
    Ok(Value::Bool(acquire_raw_why(vm, &l.raw, wait, why)?))
}

fn lock_release(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<LockData>(vm, a, "_thread.lock")?;
    if a.len() > 1 {
        return Err(vm.type_error(format!("lock.release() takes no arguments ({} given)", a.len() - 1)));
    }
    if !l.raw.release() {
        return Err(vm.runtime_error("release unlocked lock".into()));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    lock_release(vm, &a[..1.min(a.len())], k)
}

fn lock_locked(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<LockData>(vm, a, "_thread.lock")?;
    Ok(Value::Bool(l.raw.is_locked()))
}

fn lock_at_fork_reinit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<LockData>(vm, a, "_thread.lock")?;
    l.raw.release();
    Ok(Value::None)
}

fn addr_repr(o: &Value) -> String {
    match o {
        Value::Obj(o) => format!("{:#x}", o.as_ptr() as usize),
        _ => "0x0".into(),
    }
}

fn lock_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<LockData>(vm, a, "_thread.lock")?;
    let state = if l.raw.is_locked() { "locked" } else { "unlocked" };
    Ok(pystr::new_str(&format!("<{} _thread.lock object at {}>", state, addr_repr(&a[0]))))
}

fn rlock_new(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(t)) => t.clone(),
        _ => return Err(vm.type_error("RLock.__new__(X): X is not a type object".into())),
    };
    let o = PyRef::new(&cls, Payload::Native(Box::new(RLockData { raw: RawLock::new(), owner: Cell::new(0), count: Cell::new(0) })));
    if crate::types::typeobj::type_data(&cls).has(TF_HEAP) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn rlock_acquire(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    let wait = acquire_args(vm, a, k, "acquire")?;
    let me = ident();
    if l.count.get() > 0 && l.owner.get() == me {
        l.count.set(l.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    if !acquire_raw(vm, &l.raw, wait)? {
        return Ok(Value::Bool(false));
    }
    l.owner.set(me);
    l.count.set(1);
    Ok(Value::Bool(true))
}

fn rlock_release(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    if a.len() > 1 {
        return Err(vm.type_error(format!("RLock.release() takes no arguments ({} given)", a.len() - 1)));
    }
    if l.count.get() == 0 || l.owner.get() != ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock".into()));
    }
    l.count.set(l.count.get() - 1);
    if l.count.get() == 0 {
        l.owner.set(0);
        l.raw.release();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    rlock_release(vm, &a[..1.min(a.len())], k)
}

fn rlock_is_owned(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    Ok(Value::Bool(l.count.get() > 0 && l.owner.get() == ident()))
}

/// For Condition.wait: release completely, returning (count, owner).
fn rlock_release_save(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    if l.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock".into()));
    }
    let saved = tuple::new_tuple(vec![Value::Int(l.count.get() as i64), crate::types::int::from_u64(l.owner.get())]);
    l.count.set(0);
    l.owner.set(0);
    l.raw.release();
    Ok(saved)
}

fn rlock_acquire_restore(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    let st = a.get(1).cloned().unwrap_or(Value::None);
    let items = vm.collect(&st)?;
    if items.len() != 2 {
        return Err(vm.type_error("_acquire_restore() argument must be a 2-tuple".into()));
    }
    acquire_raw(vm, &l.raw, Some(None))?;
    let count = crate::types::int::to_i64(&items[0]).unwrap_or(1);
    let owner = crate::types::int::to_u64(&items[1]).unwrap_or(0);
    l.owner.set(owner);
    l.count.set(count as u64);
    Ok(Value::None)
}

fn rlock_at_fork_reinit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    l.raw.release();
    l.owner.set(0);
    l.count.set(0);
    Ok(Value::None)
}

fn rlock_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = this::<RLockData>(vm, a, "_thread.RLock")?;
    let state = if l.count.get() > 0 { "locked" } else { "unlocked" };
    let tname = crate::types::typeobj::type_data(vm.type_of(&a[0])).name().to_string();
    let module = vm.getattr_str(&Value::Obj(vm.type_of(&a[0]).clone()), "__module__").ok().and_then(|m| pystr::as_str(&m).map(|s| s.to_string()));
    let full = match module {
        Some(m) if m != "builtins" => format!("{}.{}", m, tname),
        _ => tname,
    };
    Ok(pystr::new_str(&format!("<{} {} object owner={} count={} at {}>", state, full, l.owner.get(), l.count.get(), addr_repr(&a[0]))))
}

// ---------------------------------------------------------------------------------------
// threads

struct Start {
    func: Value,
    args: Value,
    kwargs: Value,
}

fn start_new_thread(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error(format!("start_new_thread expected at least 2 arguments, got {}", a.len())));
    }
    if !vm.is_callable(&a[0]) {
        return Err(vm.type_error("first arg must be callable".into()));
    }
    if !matches!(&a[1], Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple".into()));
    }
    let kwargs = a.get(2).cloned().unwrap_or(Value::None);
    if !kwargs.is_none() && !matches!(&kwargs, Value::Obj(o) if matches!(o.payload(), Payload::Dict(_))) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary".into()));
    }
    let start = Start { func: a[0].clone(), args: a[1].clone(), kwargs };
    Ok(crate::types::int::from_u64(spawn(vm, start)?))
}

struct SendStart(Start);
// SAFETY: the values inside are only touched by the new thread after it has taken the GIL
// (the GIL invariant); until then they are just moved.
unsafe impl Send for SendStart {}

impl SendStart {
    // a method, so the spawn closure captures the whole (Send) wrapper, not its field
    fn into_inner(self) -> Start {
        self.0
    }
}

/// The native stack a new thread gets. `threading.stack_size(n)` is a request, as CPython's
/// documentation says: gilpy's native frames are larger than CPython's, and it keeps 256 KiB
/// at the end of every stack for its RecursionError check (lib.rs, note_stack_bounds), so a
/// small request gets 1 MiB more than asked, and the thread can do at least what CPython's
/// would do with the size asked for.
fn stack_size_setting() -> usize {
    match STACK_SIZE.load(Ordering::Relaxed) {
        0 => 16 << 20,
        n if n < (4 << 20) => n + (1 << 20),
        n => n,
    }
}

static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

fn spawn(vm: &Vm, start: Start) -> PyResult<u64> {
    let payload = SendStart(start);
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let b = std::thread::Builder::new().stack_size(stack_size_setting());
    let ticket = crate::runtime::gil::det_reserve();
    let h = b.spawn(move || {
        if let Some(t) = ticket {
            crate::runtime::gil::det_use(t);
        }
        let start = payload.into_inner();
        let tvm = Vm::new_thread(false);
        crate::set_current_vm(&tvm);
        register_thread(&tvm);
        // a panic the dispatch loop could not turn into SystemError would leave this
        // thread dead holding the GIL, and every other thread stuck: stop instead
        crate::runtime::panics::fatal_on_panic("thread_run", || run_thread(&tvm, start));
        unregister_thread();
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        crate::set_current_vm(std::ptr::null());
        drop(tvm);
    });
    match h {
        Ok(h) => {
            use std::os::unix::thread::JoinHandleExt;
            let id = h.as_pthread_t() as u64;
            // detached, as CPython's threads are: `threading` joins through its own lock
            drop(h);
            Ok(id)
        }
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            if let Some(t) = ticket {
                crate::runtime::gil::det_void(t);
            }
            Err(vm.runtime_error("can't start new thread".into()))
        }
    }
}

fn run_thread(vm: &Vm, start: Start) {
    let args = match &start.args {
        Value::Obj(o) => tuple::items(o).to_vec(),
        _ => vec![],
    };
    let kw: Vec<(Value, Value)> = match &start.kwargs {
        Value::Obj(o) => dict::items(o),
        _ => vec![],
    };
    let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    let values: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
    let r = vm.call(&start.func, &args, KwArgs { names: &names, values: &values });
    drop((args, names, values));
    if let Err(e) = r {
        if !vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.system_exit) {
            crate::eval::traceback::print_unraisable(vm, Some("Exception ignored in thread started by"), Some(start.func.clone()), &e);
        }
    }
    drop(start);
    crate::modules::thread_local::thread_exit(vm.uid);
    release_sentinel();
}

/// CPython's METH_NOARGS check for a module function.
fn no_args(vm: &Vm, name: &str, a: &[Value], k: KwArgs) -> PyResult<()> {
    if !k.is_empty() {
        return Err(vm.type_error(format!("_thread.{}() takes no keyword arguments", name)));
    }
    if !a.is_empty() {
        return Err(vm.type_error(format!("_thread.{}() takes no arguments ({} given)", name, a.len())));
    }
    Ok(())
}

fn t_get_ident(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_ident", a, k)?;
    Ok(crate::types::int::from_u64(ident()))
}

/// gilpy's own: the name the GIL statistics and trace give the calling thread.
fn t_gil_name(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match a.first().and_then(crate::types::str::as_str) {
        Some(n) if a.len() == 1 => {
            crate::runtime::giltrace::set_name(n);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("_gil_name() takes one str argument".into())),
    }
}

fn t_get_native_id(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_native_id", a, k)?;
    Ok(Value::Int(native_id()))
}

thread_local! {
    /// `_thread._set_sentinel()`'s lock for this thread: released once the thread has let go
    /// of everything it ran with (CPython releases it when the thread state is deleted), so a
    /// join() that returns finds the thread's objects already released.
    static SENTINEL: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
}

fn t_set_sentinel(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "_set_sentinel", a, k)?;
    let lock = new_lock();
    if let Value::Obj(l) = &lock {
        if let Some(d) = native::<LockData>(l) {
            d.raw.try_acquire();
            d.sentinel.set(true);
        }
        let old = SENTINEL.with(|s| s.borrow_mut().replace(l.clone()));
        drop(old);
    }
    Ok(lock)
}

/// The thread is done with Python: release its sentinel lock (the GIL is held).
fn release_sentinel() {
    if let Some(l) = SENTINEL.with(|s| s.borrow_mut().take()) {
        if let Some(d) = native::<LockData>(&l) {
            if d.raw.is_locked() {
                d.raw.release();
            }
        }
        drop(l);
    }
}

fn t_allocate_lock(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "allocate_lock", a, k)?;
    Ok(new_lock())
}

fn t_allocate(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "allocate", a, k)?;
    Ok(new_lock())
}

fn t_count(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "_count", a, k)?;
    Ok(Value::Int(RUNNING.load(Ordering::Relaxed) as i64))
}

/// stack_size([size]): set the stack size of threads started later (no argument sets 0,
/// the default); returns the previous setting.
fn t_stack_size(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let old = STACK_SIZE.load(Ordering::Relaxed) as i64;
    let n = match a.first() {
        Some(v) => {
            if crate::types::int::to_bigint(v).is_none() {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
            }
            crate::types::int::to_i64(v).ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t".into()))?
        }
        None => 0,
    };
    if n < 0 {
        return Err(vm.value_error("size must be 0 or a positive value".into()));
    }
    if n != 0 && n < 32768 {
        return Err(vm.value_error(format!("size not valid: {} bytes", n)));
    }
    STACK_SIZE.store(n as usize, Ordering::Relaxed);
    Ok(Value::Int(old))
}

/// Simulate SIGINT's arrival (`_thread.interrupt_main(signum=SIGINT)`).
fn t_interrupt_main(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let sig = match a.first() {
        Some(v) => crate::types::int::to_i64(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))?,
        None => libc::SIGINT as i64,
    };
    crate::modules::signal::trip(vm, sig)?;
    Ok(Value::None)
}

fn t_exit(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Err(vm.new_error_args(&rt().e.system_exit, vec![]))
}

/// `_thread._excepthook(args)`: CPython's default `threading.excepthook`.
fn t_excepthook(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("_thread._excepthook() takes exactly one argument ({} given)", a.len())));
    }
    let args = a[0].clone();
    let exc_type = vm.getattr_str(&args, "exc_type")?;
    let exc_value = vm.getattr_str(&args, "exc_value")?;
    let thread = vm.getattr_str(&args, "thread")?;
    if let Value::Obj(t) = &exc_type {
        if matches!(t.payload(), Payload::Type(_)) && crate::types::typeobj::is_subtype(t, &rt().e.system_exit) {
            return Ok(Value::None);
        }
    }
    let name = if thread.is_none() {
        None
    } else {
        match vm.getattr_str(&thread, "name") {
            Ok(n) if !n.is_none() => Some(vm.str_string(&n)?),
            _ => None,
        }
    };
    let name = name.unwrap_or_else(|| ident().to_string());
    // with sys.stderr None, the stderr saved when the thread was created
    let mut err = crate::modules::sys::get_std("stderr");
    if err.is_none() {
        if thread.is_none() {
            return Ok(Value::None);
        }
        err = vm.getattr_str(&thread, "_stderr").unwrap_or(Value::None);
        if err.is_none() {
            return Ok(Value::None);
        }
    }
    crate::modules::builtins::print_to(vm, &err, &format!("Exception in thread {}:\n", name))?;
    if let Value::Obj(e) = &exc_value {
        if matches!(e.payload(), Payload::Exception(_)) {
            let text = crate::eval::traceback::format_exception(vm, e);
            crate::modules::builtins::print_to(vm, &err, &text)?;
        }
    }
    let _ = vm.call_method(&err, "flush", &[]);
    Ok(Value::None)
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = crate::modules::new_module(
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("get_ident", t_get_ident),
            ("get_native_id", t_get_native_id),
            ("_gil_name", t_gil_name),
            ("allocate_lock", t_allocate_lock),
            ("_set_sentinel", t_set_sentinel),
            ("allocate", t_allocate),
            ("_count", t_count),
            ("stack_size", t_stack_size),
            ("interrupt_main", t_interrupt_main),
            ("exit", t_exit),
            ("exit_thread", t_exit),
            ("_excepthook", t_excepthook),
        ],
    );
    let d = crate::modules::module_dict(&m);
    let t = types();
    dict::set_str_raw(&d, "LockType", Value::Obj(t.lock.clone()));
    dict::set_str_raw(&d, "RLock", Value::Obj(t.rlock.clone()));
    dict::set_str_raw(&d, "_local", Value::Obj(t.local.clone()));
    dict::set_str_raw(&d, "error", Value::Obj(rt().e.runtime_error.clone()));
    dict::set_str_raw(&d, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    m
}

/// Used by `thread_local.rs` for its registry: a GIL-protected cell.
pub struct GilCell<T>(pub UnsafeCell<T>);
// SAFETY: only the GIL holder reads or writes the contents (the GIL invariant).
unsafe impl<T> Sync for GilCell<T> {}
// SAFETY: as above.
unsafe impl<T> Send for GilCell<T> {}

pub type LocalMap = HashMap<(u64, u64), PyRef>;

/// The thread states running Python code, by ident (for sys._current_frames).
static THREADS: std::sync::OnceLock<GilCell<HashMap<u64, usize>>> = std::sync::OnceLock::new();

fn threads() -> &'static GilCell<HashMap<u64, usize>> {
    THREADS.get_or_init(|| GilCell(UnsafeCell::new(HashMap::new())))
}

/// Record the calling thread's state; it must stay alive until `unregister_thread`.
pub fn register_thread(vm: &Vm) {
    // SAFETY: GIL invariant (the caller holds the GIL through `vm`).
    unsafe { (*threads().0.get()).insert(ident(), vm as *const Vm as usize) };
}

/// In a forked child: the calling thread is the only one left.
pub fn after_fork_child(vm: &Vm) {
    RUNNING.store(0, Ordering::Relaxed);
    // SAFETY: GIL invariant; the child has one thread.
    unsafe { (*threads().0.get()).clear() };
    register_thread(vm);
}

pub fn unregister_thread() {
    // SAFETY: GIL invariant.
    unsafe { (*threads().0.get()).remove(&ident()) };
}

/// sys._current_frames(): each thread's current frame, by ident.
pub fn current_frames(vm: &Vm) -> PyResult<Value> {
    let d = dict::new_dict();
    // SAFETY: GIL invariant; the pairs are copied out before any object is made.
    let pairs: Vec<(u64, usize)> = unsafe { (*threads().0.get()).iter().map(|(k, v)| (*k, *v)).collect() };
    for (id, p) in pairs {
        // SAFETY: a registered state lives until its thread unregisters it, which needs the
        // GIL we hold; other threads' frames do not move while they wait for it.
        let fp = crate::eval::frame::visible(unsafe { (*(p as *const Vm)).cur_frame.get() });
        if !fp.is_null() {
            let f = crate::types::frame::frame_object(fp);
            dict::set_item(vm, &d, crate::types::int::from_u64(id), Value::Obj(f))?;
        }
    }
    Ok(Value::Obj(d))
}
