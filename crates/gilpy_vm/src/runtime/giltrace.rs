//! Watching the GIL: per-thread statistics (always kept) and the event trace (kept only
//! under `-X gil-trace` / `-X gil-timeline`).
//!
//! # Why it looks like this
//!
//! Every GIL transition of a thread is made by that thread itself (gil.rs `take`/`drop`),
//! so each thread keeps its own record through a thread-local `Arc` and no transition takes
//! a shared lock. A record is in one of three states, Holding, Waiting or Without (running
//! or blocked without the GIL); each transition adds the time spent in the state it leaves.
//! Holding + waiting + without is therefore the thread's lifetime by construction. A forced
//! drop (the switch interval expired, or legacy mode's tick count ran out) goes straight to
//! Waiting: the thread wants the GIL back at once, and the hand-over wait inside `gil::drop`
//! counts as waiting. Two clock reads per transition are all the statistics cost, and
//! transitions happen at most every switch interval or around a blocking call.
//!
//! The trace is a list of events appended under one mutex, only while `RECORDING` is set:
//! with recording off a transition pays one relaxed load. Timestamps are CLOCK_MONOTONIC
//! nanoseconds, shared by every process on the machine, so the traces of forked and spawned
//! children merge into the parent's file without rebasing (trace_out.rs writes them).

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering::Relaxed};
use std::sync::{Arc, Mutex};

/// Why a thread let the GIL go.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Why {
    /// a waiter's drop request, honoured at a check point (the switch interval expired)
    Forced = 1,
    /// legacy mode: the check interval's ticks ran out
    Tick = 2,
    Sleep = 3,
    Io = 4,
    Lock = 5,
    Join = 6,
    Hashlib = 7,
    Zlib = 8,
    /// waiting on a child process, a signal, or another kernel event
    Wait = 9,
    /// the thread state is gone
    Exit = 10,
}

impl Why {
    pub fn name(self) -> &'static str {
        match self {
            Why::Forced => "forced",
            Why::Tick => "ticks",
            Why::Sleep => "sleep",
            Why::Io => "io",
            Why::Lock => "lock",
            Why::Join => "join",
            Why::Hashlib => "hashlib",
            Why::Zlib => "zlib",
            Why::Wait => "wait",
            Why::Exit => "exit",
        }
    }
    fn from_u8(v: u8) -> Why {
        match v {
            1 => Why::Forced,
            2 => Why::Tick,
            3 => Why::Sleep,
            4 => Why::Io,
            5 => Why::Lock,
            6 => Why::Join,
            7 => Why::Hashlib,
            8 => Why::Zlib,
            9 => Why::Wait,
            _ => Why::Exit,
        }
    }
    /// a check-point drop (counted as forced) rather than a blocking call (voluntary)
    pub fn is_forced(self) -> bool {
        matches!(self, Why::Forced | Why::Tick)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    ThreadStart,
    ThreadExit,
    /// the thread asks for the GIL
    Request,
    /// the thread got it; `arg` is how long it waited (ns)
    Take,
    /// the thread let it go; `why` says why
    Drop,
    /// a waiter that timed out asked the holder to drop it; `arg` is the holder's uid
    DropRequest,
    /// this process forked; `arg` is the child's pid
    Fork,
    /// this process was forked; `arg` is the parent's pid
    Forked,
    /// this process was spawned (exec'd by a parent gilpy); `arg` is the parent's pid
    Spawned,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::ThreadStart => "thread_start",
            Kind::ThreadExit => "thread_exit",
            Kind::Request => "request",
            Kind::Take => "take",
            Kind::Drop => "drop",
            Kind::DropRequest => "drop_request",
            Kind::Fork => "fork",
            Kind::Forked => "forked",
            Kind::Spawned => "spawned",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Event {
    pub t: u64,
    pub uid: u64,
    pub kind: Kind,
    pub why: Option<Why>,
    pub arg: u64,
}

const HOLDING: u8 = 0;
const WAITING: u8 = 1;
const WITHOUT: u8 = 2;

/// One thread's record. Written only by its thread; read by any (the `gil` module, the
/// exit table), hence atomics with relaxed ordering: readers want numbers, not a snapshot.
pub struct ThreadRec {
    pub uid: u64,
    pub ident: AtomicU64,
    pub native_id: AtomicU64,
    pub name: Mutex<String>,
    pub start: AtomicU64,
    /// 0 while the thread lives
    pub end: AtomicU64,
    state: AtomicU8,
    why: AtomicU8,
    /// legacy mode: when the last tick release happened (recorded only if a switch follows)
    tick_drop: AtomicU64,
    last: AtomicU64,
    wait_from: AtomicU64,
    pub holding: AtomicU64,
    pub waiting: AtomicU64,
    pub without: AtomicU64,
    pub acquisitions: AtomicU64,
    pub forced: AtomicU64,
    pub voluntary: AtomicU64,
    pub longest_wait: AtomicU64,
}

/// A copy of a record's numbers, with the open interval closed at the time of reading.
pub struct Snapshot {
    pub uid: u64,
    pub ident: u64,
    pub native_id: u64,
    pub name: String,
    pub alive: bool,
    pub holding: u64,
    pub waiting: u64,
    pub without: u64,
    pub lifetime: u64,
    pub acquisitions: u64,
    pub forced: u64,
    pub voluntary: u64,
    pub longest_wait: u64,
}

impl ThreadRec {
    fn new(uid: u64, now: u64) -> ThreadRec {
        ThreadRec {
            uid,
            ident: AtomicU64::new(0),
            native_id: AtomicU64::new(0),
            name: Mutex::new(String::new()),
            start: AtomicU64::new(now),
            end: AtomicU64::new(0),
            state: AtomicU8::new(WITHOUT),
            why: AtomicU8::new(0),
            tick_drop: AtomicU64::new(0),
            last: AtomicU64::new(now),
            wait_from: AtomicU64::new(now),
            holding: AtomicU64::new(0),
            waiting: AtomicU64::new(0),
            without: AtomicU64::new(0),
            acquisitions: AtomicU64::new(0),
            forced: AtomicU64::new(0),
            voluntary: AtomicU64::new(0),
            longest_wait: AtomicU64::new(0),
        }
    }

    /// Close the interval of the current state at `now` and enter `next`.
    fn enter(&self, next: u8, now: u64) {
        let last = self.last.swap(now, Relaxed);
        let d = now.saturating_sub(last);
        match self.state.load(Relaxed) {
            HOLDING => self.holding.fetch_add(d, Relaxed),
            WAITING => self.waiting.fetch_add(d, Relaxed),
            _ => self.without.fetch_add(d, Relaxed),
        };
        if next == WAITING && self.state.load(Relaxed) != WAITING {
            self.wait_from.store(now, Relaxed);
        }
        self.state.store(next, Relaxed);
    }

    pub fn snapshot(&self, now: u64) -> Snapshot {
        let end = self.end.load(Relaxed);
        let alive = end == 0;
        let mut holding = self.holding.load(Relaxed);
        let mut waiting = self.waiting.load(Relaxed);
        let mut without = self.without.load(Relaxed);
        let mut longest = self.longest_wait.load(Relaxed);
        if alive {
            let d = now.saturating_sub(self.last.load(Relaxed));
            match self.state.load(Relaxed) {
                HOLDING => holding += d,
                WAITING => {
                    waiting += d;
                    longest = longest.max(now.saturating_sub(self.wait_from.load(Relaxed)));
                }
                _ => without += d,
            }
        }
        let stop = if alive { now } else { end };
        Snapshot {
            uid: self.uid,
            ident: self.ident.load(Relaxed),
            native_id: self.native_id.load(Relaxed),
            name: self.name.lock().unwrap_or_else(|e| e.into_inner()).clone(),
            alive,
            holding,
            waiting,
            without,
            lifetime: stop.saturating_sub(self.start.load(Relaxed)),
            acquisitions: self.acquisitions.load(Relaxed),
            forced: self.forced.load(Relaxed),
            voluntary: self.voluntary.load(Relaxed),
            longest_wait: longest,
        }
    }
}

/// Every thread this process has run, in start order (finished ones stay for the table).
static REGISTRY: Mutex<Vec<Arc<ThreadRec>>> = Mutex::new(Vec::new());

thread_local! {
    static CURRENT: RefCell<Option<Arc<ThreadRec>>> = const { RefCell::new(None) };
}

/// Trace recording is on (`-X gil-trace` or `-X gil-timeline`).
pub static RECORDING: AtomicBool = AtomicBool::new(false);
static EVENTS: Mutex<Vec<Event>> = Mutex::new(Vec::new());
/// Beyond this many events the trace stops growing (a program that blocks millions of
/// times would otherwise hold gigabytes); the file then says it was truncated.
const MAX_EVENTS: usize = 4_000_000;
pub static TRUNCATED: AtomicBool = AtomicBool::new(false);

/// CLOCK_MONOTONIC in nanoseconds: one time base for every process on the machine.
pub fn now_ns() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe {
        libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts);
    }
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn record(t: u64, uid: u64, kind: Kind, why: Option<Why>, arg: u64) {
    let mut ev = EVENTS.lock().unwrap_or_else(|e| e.into_inner());
    if ev.len() >= MAX_EVENTS {
        TRUNCATED.store(true, Relaxed);
        return;
    }
    ev.push(Event { t, uid, kind, why, arg });
}

#[inline]
fn recording() -> bool {
    RECORDING.load(Relaxed)
}

fn with_current<R>(f: impl FnOnce(&ThreadRec) -> R) -> Option<R> {
    CURRENT.with(|c| c.borrow().as_ref().map(|r| f(r)))
}

/// A thread state is being created (before its first request for the GIL).
pub fn thread_start(uid: u64) {
    let now = now_ns();
    let rec = Arc::new(ThreadRec::new(uid, now));
    // SAFETY: pthread_self and gettid have no preconditions.
    let (ident, native) = unsafe { (libc::pthread_self() as u64, libc::gettid() as u64) };
    rec.ident.store(ident, Relaxed);
    rec.native_id.store(native, Relaxed);
    REGISTRY.lock().unwrap_or_else(|e| e.into_inner()).push(rec.clone());
    CURRENT.with(|c| *c.borrow_mut() = Some(rec));
    if recording() {
        record(now, uid, Kind::ThreadStart, None, 0);
    }
}

/// The thread gave the GIL up for good.
pub fn thread_exit(uid: u64) {
    let now = now_ns();
    with_current(|r| {
        r.enter(WITHOUT, now);
        r.end.store(now.max(1), Relaxed);
    });
    CURRENT.with(|c| c.borrow_mut().take());
    if recording() {
        record(now, uid, Kind::ThreadExit, None, 0);
    }
}

/// Name the calling thread's row (threading.Thread names its thread when it starts).
pub fn set_name(name: &str) {
    with_current(|r| *r.name.lock().unwrap_or_else(|e| e.into_inner()) = name.to_string());
}

/// The calling thread starts waiting for the GIL.
pub fn request(uid: u64) -> u64 {
    let now = now_ns();
    with_current(|r| r.enter(WAITING, now));
    if recording() {
        record(now, uid, Kind::Request, None, 0);
    }
    now
}

/// The calling thread got the GIL; `switched` says another thread held it last.
pub fn took(uid: u64, switched: bool) {
    let now = now_ns();
    let (wait, tick) = with_current(|r| {
        let wait = now.saturating_sub(r.wait_from.load(Relaxed));
        r.enter(HOLDING, now);
        r.acquisitions.fetch_add(1, Relaxed);
        r.longest_wait.fetch_max(wait, Relaxed);
        (wait, r.tick_drop.swap(0, Relaxed))
    })
    .unwrap_or((0, 0));
    if recording() {
        // legacy mode releases every hundred ticks: a release that the same thread won
        // straight back is left out of the trace (it would be millions of events), one
        // that let another thread in is recorded when that is known
        if tick != 0 {
            if !switched {
                return;
            }
            record(tick, uid, Kind::Drop, Some(Why::Tick), 0);
            record(tick, uid, Kind::Request, None, 0);
        }
        record(now, uid, Kind::Take, None, wait);
    }
}

/// The calling thread lets the GIL go. A forced drop wants it back at once: waiting starts
/// now, and the request is recorded with the drop.
pub fn dropped(uid: u64, why: Why) {
    let now = now_ns();
    with_current(|r| {
        if why.is_forced() {
            r.forced.fetch_add(1, Relaxed);
            r.enter(WAITING, now);
        } else {
            if why != Why::Exit {
                r.voluntary.fetch_add(1, Relaxed);
            }
            r.enter(WITHOUT, now);
        }
        r.why.store(why as u8, Relaxed);
        if why == Why::Tick {
            r.tick_drop.store(now, Relaxed);
        }
    });
    if recording() && why != Why::Tick {
        record(now, uid, Kind::Drop, Some(why), 0);
        if why.is_forced() {
            record(now, uid, Kind::Request, None, 0);
        }
    }
}

/// The calling thread (a waiter) asked `holder` to drop the GIL.
pub fn drop_requested(uid: u64, holder: u64) {
    if recording() {
        record(now_ns(), uid, Kind::DropRequest, None, holder);
    }
}

/// Why the calling thread last let the GIL go (for the `gil` module).
pub fn last_why() -> Option<Why> {
    with_current(|r| r.why.load(Relaxed)).filter(|&w| w != 0).map(Why::from_u8)
}

/// This process forked `child` (in the parent).
pub fn forked_child(uid: u64, child: u64) {
    if recording() {
        record(now_ns(), uid, Kind::Fork, None, child);
    }
}

/// Held across fork() (taken after the GIL's own mutexes): no other thread is inside the
/// registry or the event list when the process is copied.
pub struct ForkGuard {
    registry: std::sync::MutexGuard<'static, Vec<Arc<ThreadRec>>>,
    events: std::sync::MutexGuard<'static, Vec<Event>>,
}

pub fn before_fork() -> ForkGuard {
    let registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let events = EVENTS.lock().unwrap_or_else(|e| e.into_inner());
    ForkGuard { registry, events }
}

pub fn after_fork_parent(g: ForkGuard) {
    std::mem::drop(g);
}

/// In a forked child: only the forking thread exists, with a fresh record; the parent's
/// events stay with the parent.
pub fn after_fork_child(g: ForkGuard, uid: u64, parent: u64) {
    let ForkGuard { mut registry, mut events } = g;
    let now = now_ns();
    let name = with_current(|r| r.name.lock().unwrap_or_else(|e| e.into_inner()).clone()).unwrap_or_default();
    let rec = Arc::new(ThreadRec::new(uid, now));
    // SAFETY: pthread_self and gettid have no preconditions.
    let (ident, native) = unsafe { (libc::pthread_self() as u64, libc::gettid() as u64) };
    rec.ident.store(ident, Relaxed);
    rec.native_id.store(native, Relaxed);
    *rec.name.lock().unwrap_or_else(|e| e.into_inner()) = name;
    rec.state.store(HOLDING, Relaxed);
    rec.acquisitions.store(1, Relaxed);
    *registry = vec![rec.clone()];
    CURRENT.with(|c| *c.borrow_mut() = Some(rec));
    events.clear();
    if recording() {
        for (kind, arg) in [(Kind::Forked, parent), (Kind::ThreadStart, 0), (Kind::Take, 0)] {
            events.push(Event { t: now, uid, kind, why: None, arg });
        }
    }
}

/// Note that this process was started by a parent gilpy (spawn); called once at start-up.
pub fn spawned(uid: u64, parent: u64) {
    if recording() {
        record(now_ns(), uid, Kind::Spawned, None, parent);
    }
}

/// Every record, in start order, read at one instant.
pub fn snapshots() -> Vec<Snapshot> {
    let now = now_ns();
    REGISTRY.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|r| r.snapshot(now)).collect()
}

/// The calling thread's numbers.
pub fn current_snapshot() -> Option<Snapshot> {
    let now = now_ns();
    with_current(|r| r.snapshot(now))
}

/// The recorded events so far (a copy).
pub fn events() -> Vec<Event> {
    EVENTS.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// The process's thread names by uid, for the trace writer.
pub fn thread_names() -> Vec<(u64, u64, String)> {
    REGISTRY
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .map(|r| (r.uid, r.native_id.load(Relaxed), r.name.lock().unwrap_or_else(|e| e.into_inner()).clone()))
        .collect()
}
