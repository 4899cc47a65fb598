//! The Global Interpreter Lock, as CPython 3.2-3.12 builds it ("new GIL").
//!
//! # Why it looks like this
//!
//! Objects are touched without atomics (object/mod.rs), so exactly one OS thread may run
//! Python code at a time. The GIL is that permission. It is not a plain mutex: a mutex gives
//! no fairness, and a thread running a tight loop would re-take it before a waiter woke.
//! CPython's design, reproduced here fact for fact (../shared/design/gil.md, section 1):
//!
//! * A `Mutex` guards a `locked` flag and `switch_number` (hand-overs between different
//!   threads); a `Condvar` wakes waiters when the flag clears. `last_holder` names the thread
//!   that held it last; it is atomic because the dropping thread reads it after letting go.
//! * The running thread never gives the GIL up on its own initiative while it computes. A
//!   waiter waits on the condvar for one *switch interval* (5 ms by default); if that wait
//!   timed out, the GIL is still held and no switch happened meanwhile, the waiter sets the
//!   *drop request*. Nothing escalates: it keeps waiting, one interval at a time.
//! * The holder looks at the drop request only at check points, where CPython 3.11 looks:
//!   function entry (RESUME), loop back edges (JUMP_BACKWARD) and after a native call
//!   returns. So straight-line code such as `x += 1` is never cut in the middle, while the gap
//!   between two loop iterations can be (that is where `counter += 1` loses updates).
//! * Forced switching: a thread that drops the GIL while a drop request is pending waits on a
//!   second mutex/condvar pair until some other thread has taken it. Without that, on a
//!   multicore machine the dropper would re-take the GIL at once and the waiter would starve
//!   (the pre-3.2 convoy).
//! * Blocking operations (sleep, I/O, lock waits, native work on big buffers) release the GIL
//!   through `Vm::allow_threads` and take it back afterwards.
//!
//! The check the dispatch loop makes is one relaxed load of `EVAL_BREAKER`, which is set when
//! a drop is requested or a signal is pending; `Vm::handle_eval_breaker` sorts out which.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// Set whenever the running thread must stop at its next check point.
pub static EVAL_BREAKER: AtomicBool = AtomicBool::new(false);
/// A waiter asked the holder to hand the GIL over.
pub static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
/// A signal arrived; its Python handler must run in the main thread.
pub static SIGNALS_PENDING: AtomicBool = AtomicBool::new(false);
/// A real signal reached the main thread: a lock wait there returns to run the handler
/// (CPython's PY_LOCK_INTR). `_thread.interrupt_main` trips a handler without this, so,
/// as in CPython, it is noticed only when the main thread next runs bytecode.
pub static WAIT_INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Threads with a sys.settrace or sys.setprofile hook: while any exist, the breaker stays
/// set so that every RESUME reaches `Vm::handle_eval_breaker` and its "call" event.
pub static HOOKED_THREADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Allocations passed the cycle collector's first threshold: the next check point collects
/// (runtime/gc.rs), so a collection never starts in the middle of native code.
pub static GC_PENDING: AtomicBool = AtomicBool::new(false);

/// The switch interval in microseconds (CPython keeps it in microseconds too).
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

struct State {
    locked: bool,
    switch_number: u64,
    /// threads waiting on `cond`: Rust's condvar makes a system call for every notify,
    /// waited for or not, so the GIL only notifies when someone waits (glibc's condvar,
    /// which CPython uses, makes that check itself)
    waiters: u32,
}

struct Gil {
    state: Mutex<State>,
    cond: Condvar,
    last_holder: AtomicU64,
    /// how many dropping threads wait for the hand-over (forced switching)
    switch_mutex: Mutex<u32>,
    switch_cond: Condvar,
}

static GIL: Gil = Gil {
    state: Mutex::new(State { locked: false, switch_number: 0, waiters: 0 }),
    cond: Condvar::new(),
    last_holder: AtomicU64::new(0),
    switch_mutex: Mutex::new(0),
    switch_cond: Condvar::new(),
};

pub fn recompute_breaker() {
    EVAL_BREAKER.store(DROP_REQUEST.load(Relaxed) || SIGNALS_PENDING.load(Relaxed) || GC_PENDING.load(Relaxed) || HOOKED_THREADS.load(Relaxed) > 0, Relaxed);
}

/// Note a pending signal (called from the C-level signal handler: only atomics here).
pub fn signal_arrived() {
    SIGNALS_PENDING.store(true, Relaxed);
    EVAL_BREAKER.store(true, Relaxed);
}

pub fn signals_handled() {
    SIGNALS_PENDING.store(false, Relaxed);
    recompute_breaker();
}

/// The wait before a drop request: CPython uses at least one microsecond.
pub fn interval() -> Duration {
    Duration::from_micros(INTERVAL_US.load(Relaxed).max(1))
}

/// `sys.setswitchinterval` (the caller checked s > 0). CPython stores the microseconds as
/// a C unsigned long, so 1e-9 reads back as 0.0; the out-of-range conversions below are
/// what that cast gives on x86-64.
pub fn set_interval_secs(s: f64) {
    let us = s * 1e6;
    let v = if us.is_nan() {
        1u64 << 63
    } else if us >= 18446744073709551616.0 {
        0
    } else {
        us as u64
    };
    INTERVAL_US.store(v, Relaxed);
}

/// CPython computes `1e-6 * microseconds`, so 0.0001 reads back as 9.999999999999999e-05.
pub fn interval_secs() -> f64 {
    1e-6 * INTERVAL_US.load(Relaxed) as f64
}

/// Hand-overs between different threads so far (for the GIL statistics).
pub fn switch_number() -> u64 {
    GIL.state.lock().unwrap_or_else(|e| e.into_inner()).switch_number
}

/// Take the GIL for the thread `uid` (never zero), waiting as long as it takes.
pub fn take(uid: u64) {
    let mut st = GIL.state.lock().unwrap_or_else(|e| e.into_inner());
    while st.locked {
        let saved = st.switch_number;
        st.waiters += 1;
        let (g, res) = GIL.cond.wait_timeout(st, interval()).unwrap_or_else(|e| e.into_inner());
        st = g;
        st.waiters -= 1;
        if res.timed_out() && st.locked && st.switch_number == saved {
            DROP_REQUEST.store(true, Relaxed);
            EVAL_BREAKER.store(true, Relaxed);
        }
    }
    st.locked = true;
    if GIL.last_holder.load(Relaxed) != uid {
        GIL.last_holder.store(uid, Relaxed);
        st.switch_number += 1;
    }
    {
        let waiting = GIL.switch_mutex.lock().unwrap_or_else(|e| e.into_inner());
        if *waiting > 0 {
            GIL.switch_cond.notify_all();
        }
    }
    if DROP_REQUEST.load(Relaxed) {
        DROP_REQUEST.store(false, Relaxed);
        recompute_breaker();
    }
}

/// Release the GIL held by `uid`. If a drop was requested, wait until another thread has
/// taken it (forced switching), so the dropper cannot win it straight back.
pub fn drop(uid: u64) {
    {
        let mut st = GIL.state.lock().unwrap_or_else(|e| e.into_inner());
        st.locked = false;
        if st.waiters > 0 {
            GIL.cond.notify_one();
        }
    }
    if DROP_REQUEST.load(Relaxed) {
        let mut g = GIL.switch_mutex.lock().unwrap_or_else(|e| e.into_inner());
        if GIL.last_holder.load(Relaxed) == uid {
            DROP_REQUEST.store(false, Relaxed);
            recompute_breaker();
            // one wait, as CPython: a spurious wake-up only shortens the pause
            *g += 1;
            let mut g = GIL.switch_cond.wait(g).unwrap_or_else(|e| e.into_inner());
            *g -= 1;
        }
    }
}

/// Held across fork(): no other thread is inside the GIL's mutexes when the process is
/// copied, so the child's copies are consistent and can be unlocked there.
pub struct ForkGuard {
    state: std::sync::MutexGuard<'static, State>,
    switch: std::sync::MutexGuard<'static, u32>,
}

/// Before fork() (the caller holds the GIL).
pub fn before_fork() -> ForkGuard {
    let state = GIL.state.lock().unwrap_or_else(|e| e.into_inner());
    let switch = GIL.switch_mutex.lock().unwrap_or_else(|e| e.into_inner());
    ForkGuard { state, switch }
}

/// In the parent after fork(): everything as it was.
pub fn after_fork_parent(g: ForkGuard) {
    std::mem::drop(g);
}

/// In the child after fork(): a fresh GIL, held by the thread that forked (the only thread
/// left); nobody waits for it, nothing is requested of it.
pub fn after_fork_child(g: ForkGuard, uid: u64) {
    let ForkGuard { mut state, mut switch } = g;
    state.locked = true;
    state.waiters = 0;
    *switch = 0;
    GIL.last_holder.store(uid, Relaxed);
    DROP_REQUEST.store(false, Relaxed);
    std::mem::drop(switch);
    std::mem::drop(state);
    recompute_breaker();
}

static NEXT_UID: AtomicU64 = AtomicU64::new(1);

/// A process-unique number for a new thread state (never reused, never zero).
pub fn new_uid() -> u64 {
    NEXT_UID.fetch_add(1, Relaxed)
}

/// The dispatch loop's check: one relaxed load.
#[inline(always)]
pub fn breaker() -> bool {
    EVAL_BREAKER.load(Relaxed)
}
