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

use super::giltrace::{self, Why};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, Ordering::Relaxed};
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
    EVAL_BREAKER.store(
        DROP_REQUEST.load(Relaxed) || SIGNALS_PENDING.load(Relaxed) || GC_PENDING.load(Relaxed) || HOOKED_THREADS.load(Relaxed) > 0 || counts_ticks(),
        Relaxed,
    );
}

/// CPython 3.2+'s GIL (the default, `-X gil=1`).
pub const MODE_GIL: u8 = 0;
/// The pre-3.2 GIL (`-X gil=legacy`): ticks, no drop requests, no forced hand-over.
pub const MODE_LEGACY: u8 = 1;
/// The modern GIL switched by ticks in first-come order (`-X gil-deterministic`): the same
/// program makes the same hand-overs every run, for golden traces and for teaching.
pub const MODE_DET: u8 = 2;

static MODE: AtomicU8 = AtomicU8::new(MODE_GIL);

/// Choose the GIL's design; called once at start-up, before any thread takes it.
pub fn set_mode(m: u8) {
    MODE.store(m, Relaxed);
    recompute_breaker();
}

pub fn mode() -> u8 {
    MODE.load(Relaxed)
}

#[inline]
pub fn is_legacy() -> bool {
    MODE.load(Relaxed) == MODE_LEGACY
}

#[inline]
pub fn is_det() -> bool {
    MODE.load(Relaxed) == MODE_DET
}

/// Whether check points count ticks (legacy and deterministic modes).
#[inline]
pub fn counts_ticks() -> bool {
    MODE.load(Relaxed) != MODE_GIL
}

/// The mode's name, as `gil.mode()` and the trace give it.
pub fn mode_name() -> &'static str {
    match MODE.load(Relaxed) {
        MODE_LEGACY => "legacy",
        MODE_DET => "deterministic",
        _ => "gil",
    }
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
    giltrace::request(uid);
    acquire(uid);
}

/// Take the GIL back after a forced drop (the request was recorded with the drop).
pub fn retake(uid: u64) {
    acquire(uid);
}

fn acquire(uid: u64) {
    let switched = match MODE.load(Relaxed) {
        MODE_LEGACY => legacy_take(uid),
        MODE_DET => det_take(uid, false),
        _ => modern_take(uid),
    };
    giltrace::took(uid, switched);
}

/// Release the GIL held by `uid`, saying why.
pub fn drop(uid: u64, why: Why) {
    giltrace::dropped(uid, why);
    match MODE.load(Relaxed) {
        MODE_LEGACY => legacy_drop(),
        MODE_DET => det_drop(),
        _ => modern_drop(uid),
    }
}

fn modern_take(uid: u64) -> bool {
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
            giltrace::drop_requested(uid, GIL.last_holder.load(Relaxed));
        }
    }
    st.locked = true;
    let switched = GIL.last_holder.load(Relaxed) != uid;
    if switched {
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
    switched
}

/// Release the GIL held by `uid`. If a drop was requested, wait until another thread has
/// taken it (forced switching), so the dropper cannot win it straight back.
fn modern_drop(uid: u64) {
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

// ---------------------------------------------------------------------------------------
// legacy mode: the GIL of Python 2 and 3.0-3.1
//
// A plain lock (a flag under a mutex, waiters on a condvar: the "semaphore" Python 2 built
// from pthreads). The holder counts ticks; when the check interval's ticks run out it
// releases the lock and immediately asks for it again. Nothing makes it wait for a waiter
// to get in first, so on a multicore machine the releaser usually wins the race again
// while the woken waiter is still being scheduled: the behaviour Beazley measured.

struct Legacy {
    /// (locked, threads waiting): the condvar is notified only when someone waits, as
    /// glibc's condvar, which Python 2 used, checks for itself
    locked: Mutex<(bool, u32)>,
    cond: Condvar,
}

static LEGACY: Legacy = Legacy { locked: Mutex::new((false, 0)), cond: Condvar::new() };
/// The waiter count, readable without the mutex.
static LEGACY_WAITERS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Whether a release now could let another thread in. With nobody waiting, Python 2's
/// release-and-re-acquire is a no-op whose outcome is certain, so it is skipped: the check
/// interval then costs a single-threaded program only the tick counting.
pub fn legacy_waiters() -> bool {
    LEGACY_WAITERS.load(Relaxed) > 0
}

/// `sys.setcheckinterval`'s value: ticks between releases.
static CHECK_INTERVAL: AtomicI64 = AtomicI64::new(100);
/// Ticks left before the holder releases (only the holder touches it).
static TICKER: AtomicI64 = AtomicI64::new(100);

pub fn check_interval() -> i64 {
    CHECK_INTERVAL.load(Relaxed)
}

/// `sys.setcheckinterval(n)`: Python 2 restarts the countdown at the new value.
pub fn set_check_interval(n: i64) {
    CHECK_INTERVAL.store(n, Relaxed);
    TICKER.store(n, Relaxed);
}

/// Spend `ticks` ticks; true when the count ran out and the holder must release.
pub fn spend_ticks(ticks: i64) -> bool {
    let left = TICKER.load(Relaxed) - ticks;
    if left > 0 {
        TICKER.store(left, Relaxed);
        return false;
    }
    TICKER.store(CHECK_INTERVAL.load(Relaxed), Relaxed);
    true
}

fn legacy_take(uid: u64) -> bool {
    let mut l = LEGACY.locked.lock().unwrap_or_else(|e| e.into_inner());
    while l.0 {
        l.1 += 1;
        LEGACY_WAITERS.store(l.1, Relaxed);
        l = LEGACY.cond.wait(l).unwrap_or_else(|e| e.into_inner());
        l.1 -= 1;
        LEGACY_WAITERS.store(l.1, Relaxed);
    }
    l.0 = true;
    std::mem::drop(l);
    note_holder(uid)
}

/// Record `uid` as the holder (legacy and deterministic modes, which keep the modern GIL's
/// state only for the statistics); true when that is a hand-over between threads.
fn note_holder(uid: u64) -> bool {
    let switched = GIL.last_holder.swap(uid, Relaxed) != uid;
    if switched {
        GIL.state.lock().unwrap_or_else(|e| e.into_inner()).switch_number += 1;
    }
    switched
}

fn legacy_drop() {
    let mut l = LEGACY.locked.lock().unwrap_or_else(|e| e.into_inner());
    l.0 = false;
    let waiting = l.1 > 0;
    std::mem::drop(l);
    if waiting {
        LEGACY.cond.notify_one();
    }
}

// ---------------------------------------------------------------------------------------
// deterministic mode: a ticket lock handed over every N ticks
//
// The modern GIL's hand-overs depend on timing (a 5 ms wait, then a drop request). Here the
// holder hands over when its ticks run out (counted as legacy mode counts them), to the
// next ticket: a ticket lock, served in order. What is left to timing is when a thread
// takes its ticket, and for a thread being created or woken by a lock release that would
// be whenever the OS gets it going. So the holder, whose actions the program decides,
// takes the ticket for it: at thread creation, and when it releases a lock that a thread
// waits on (the lock is then handed straight to that waiter, _thread.rs, so nobody can take
// it in between). The woken thread uses the reserved ticket; until it arrives, the threads
// behind it wait. Every hand-over then follows from the program alone. Sleeps and I/O
// still end when the OS says: a program that wants a repeatable schedule uses threads,
// locks, conditions, queues and joins.

struct Det {
    next_ticket: u64,
    serving: u64,
    /// reserved tickets whose thread will not come (creation failed, a hand-over was taken
    /// back): serving skips them
    void: Vec<u64>,
}

static DET: Mutex<Det> = Mutex::new(Det { next_ticket: 0, serving: 0, void: Vec::new() });
static DET_COND: Condvar = Condvar::new();

thread_local! {
    /// the ticket reserved for this thread's next request
    static RESERVED: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Reserve the next ticket for a thread that is about to be created or woken (called by
/// the GIL holder); None outside deterministic mode.
pub fn det_reserve() -> Option<u64> {
    if !is_det() {
        return None;
    }
    let mut d = DET.lock().unwrap_or_else(|e| e.into_inner());
    let t = d.next_ticket;
    d.next_ticket += 1;
    Some(t)
}

/// The thread a ticket was reserved for will not come.
pub fn det_void(ticket: u64) {
    let mut d = DET.lock().unwrap_or_else(|e| e.into_inner());
    d.void.push(ticket);
    if d.serving == ticket {
        det_advance(&mut d, false);
    }
    DET_COND.notify_all();
}

/// The calling thread will request the GIL with this reserved ticket.
pub fn det_use(ticket: u64) {
    RESERVED.with(|r| r.set(Some(ticket)));
}

/// Serve the next ticket (`step`: past the current one), skipping void ones.
fn det_advance(d: &mut Det, step: bool) {
    if step {
        d.serving += 1;
    }
    while let Some(i) = d.void.iter().position(|&t| t == d.serving) {
        d.void.swap_remove(i);
        d.serving += 1;
    }
}

/// Take a ticket (or use the reserved one) and wait for it to be served. `requeue`: the
/// holder's ticks ran out, so it serves the next ticket first.
fn det_take(uid: u64, requeue: bool) -> bool {
    let mut d = DET.lock().unwrap_or_else(|e| e.into_inner());
    if requeue {
        det_advance(&mut d, true);
    }
    let mine = match RESERVED.with(|r| r.take()) {
        Some(t) => t,
        None => {
            let t = d.next_ticket;
            d.next_ticket += 1;
            t
        }
    };
    DET_COND.notify_all();
    while d.serving != mine {
        d = DET_COND.wait(d).unwrap_or_else(|e| e.into_inner());
    }
    std::mem::drop(d);
    note_holder(uid)
}

fn det_drop() {
    let mut d = DET.lock().unwrap_or_else(|e| e.into_inner());
    det_advance(&mut d, true);
    DET_COND.notify_all();
}

/// Deterministic mode: the ticks ran out; hand over if another ticket is out.
pub fn det_hand_over(uid: u64) {
    {
        let d = DET.lock().unwrap_or_else(|e| e.into_inner());
        if d.next_ticket == d.serving + 1 {
            return;
        }
    }
    giltrace::dropped(uid, Why::Tick);
    let switched = det_take(uid, true);
    giltrace::took(uid, switched);
}

/// Held across fork(): no other thread is inside the GIL's mutexes when the process is
/// copied, so the child's copies are consistent and can be unlocked there.
pub struct ForkGuard {
    state: std::sync::MutexGuard<'static, State>,
    switch: std::sync::MutexGuard<'static, u32>,
    legacy: std::sync::MutexGuard<'static, (bool, u32)>,
    det: std::sync::MutexGuard<'static, Det>,
    trace: giltrace::ForkGuard,
}

/// Before fork() (the caller holds the GIL).
pub fn before_fork() -> ForkGuard {
    let state = GIL.state.lock().unwrap_or_else(|e| e.into_inner());
    let switch = GIL.switch_mutex.lock().unwrap_or_else(|e| e.into_inner());
    let legacy = LEGACY.locked.lock().unwrap_or_else(|e| e.into_inner());
    let det = DET.lock().unwrap_or_else(|e| e.into_inner());
    let trace = giltrace::before_fork();
    ForkGuard { state, switch, legacy, det, trace }
}

/// In the parent after fork(): everything as it was.
pub fn after_fork_parent(g: ForkGuard) {
    std::mem::drop(g);
}

/// In the child after fork(): a fresh GIL, held by the thread that forked (the only thread
/// left); nobody waits for it, nothing is requested of it.
pub fn after_fork_child(g: ForkGuard, uid: u64, parent: u64) {
    let ForkGuard { mut state, mut switch, mut legacy, mut det, trace } = g;
    *det = Det { next_ticket: 1, serving: 0, void: Vec::new() };
    std::mem::drop(det);
    giltrace::after_fork_child(trace, uid, parent);
    *legacy = (is_legacy(), 0);
    LEGACY_WAITERS.store(0, Relaxed);
    std::mem::drop(legacy);
    state.locked = !counts_ticks();
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
