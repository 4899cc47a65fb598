//! The cycle collector: CPython 3.11's generational collector for what reference counting
//! cannot free (objects that refer to each other in a cycle).
//!
//! # What is tracked
//!
//! Only objects that can hold references to other tracked objects: lists, sets, instances
//! of classes, functions, cells, generators, exceptions, types, modules, ... (object/traverse.rs
//! knows each payload). As in CPython, a dict is tracked only once it holds something that
//! may be tracked, and a tuple only if it does when it is made (tuples never change). Each
//! tracked object sits in one of the lists below; its header records which list and where
//! (`gc_gen`, `gc_slot`). Freeing an object leaves a hole (null) in its list rather than
//! moving another entry into its place, so each list stays in allocation order (finalizers
//! of a dead cycle run in the order CPython runs them); holes are squeezed out when they
//! outnumber the live entries.
//!
//! # When it runs
//!
//! Allocations of container objects count up generation 0; past its threshold (700) the
//! allocation sets `GC_PENDING` and the eval breaker, and the next check point of the
//! dispatch loop collects (`collect_generations`, with CPython's rules for generations 1 and
//! 2). Collecting only at check points means no native code is ever interrupted half-way
//! through changing an object. `gc.collect()` collects at once: it is called from Python
//! code, which is a check point too.
//!
//! # How it decides
//!
//! CPython's algorithm: for the objects of the generations collected, start from each
//! one's reference count and subtract the references that come from inside the set (found
//! by traversing each object). Whatever still has a count above zero is referenced from
//! outside (a variable, the VM stack, an untracked object); it and everything it reaches are
//! alive. The rest is garbage: its weak references are cleared (callbacks run), its
//! `__del__` methods run (PEP 442: once per object), and unless a finalizer resurrected some
//! of it, each object is cleared (its references dropped), which frees the cycle by
//! ordinary reference counting. Traversal may under-report references (an object whose
//! payload is not traversed only keeps more alive), but must never report one that is not
//! there; that is the invariant object/traverse.rs keeps.
//!
//! The collector runs under the GIL, and its lists are touched only by the GIL holder.

use crate::object::{PyObject, PyRef, Value, DICT_EXPOSED, FINALIZED, HAS_WEAKREFS};
use crate::types::payload::*;
use crate::Vm;
use std::cell::UnsafeCell;
use std::sync::atomic::Ordering::Relaxed;

/// `gc_gen` of an object in no list.
pub const UNTRACKED: u8 = 255;
/// the generations collected, merged, while a collection sorts them
const YOUNG: usize = 3;
/// the garbage of the collection in progress
const UNREACHABLE: usize = 4;
/// objects moved out of reach of every collection by `gc.freeze()`
const PERMANENT: usize = 5;
const NLISTS: usize = 6;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: i64,
    pub collected: i64,
    pub uncollectable: i64,
}

struct State {
    lists: [Vec<*const PyObject>; NLISTS],
    /// entries of each list that are not holes
    live: [usize; NLISTS],
    /// generation 0: container allocations minus deallocations since its last collection;
    /// 1 and 2: collections of the generation below since their own last one
    count: [i64; 3],
    threshold: [i64; 3],
    enabled: bool,
    collecting: bool,
    long_lived_total: usize,
    long_lived_pending: usize,
    stats: [GenStats; 3],
    debug: i64,
}

struct StateCell(UnsafeCell<State>);
// SAFETY: the GIL invariant (object/mod.rs): only the GIL holder reads or writes the state.
unsafe impl Sync for StateCell {}

static STATE: StateCell = StateCell(UnsafeCell::new(State {
    lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new()],
    live: [0; NLISTS],
    count: [0; 3],
    threshold: [700, 10, 10],
    enabled: true,
    collecting: false,
    long_lived_total: 0,
    long_lived_pending: 0,
    stats: [GenStats { collections: 0, collected: 0, uncollectable: 0 }; 3],
    debug: 0,
}));

/// The collector's state. Callers keep the borrow short and never across Python code.
#[allow(clippy::mut_from_ref)]
#[inline(always)]
fn st() -> &'static mut State {
    // SAFETY: GIL invariant; every caller ends its use of the borrow before anything that
    // could re-enter the collector (Python code, a deallocation) runs.
    unsafe { &mut *STATE.0.get() }
}

fn push(list: usize, o: &PyObject) {
    let s = st();
    let v = &mut s.lists[list];
    if v.len() > 2 * s.live[list] + 1024 {
        compact(list);
    }
    let v = &mut st().lists[list];
    o.gc_slot.set(v.len() as u32);
    o.gc_gen.set(list as u8);
    v.push(o as *const PyObject);
    st().live[list] += 1;
}

/// Squeeze the holes out of a list, keeping its order.
fn compact(list: usize) {
    let v = &mut st().lists[list];
    v.retain(|p| !p.is_null());
    for (i, p) in v.iter().enumerate() {
        // SAFETY: entries of the lists are live tracked objects (dealloc removes them).
        unsafe { (**p).gc_slot.set(i as u32) };
    }
}

fn remove(o: &PyObject) {
    let g = o.gc_gen.get();
    if g == UNTRACKED {
        return;
    }
    let s = st();
    s.lists[g as usize][o.gc_slot.get() as usize] = std::ptr::null();
    s.live[g as usize] -= 1;
    o.gc_gen.set(UNTRACKED);
}

#[inline(always)]
pub fn is_tracked(o: &PyObject) -> bool {
    o.gc_gen.get() != UNTRACKED
}

pub fn track(o: &PyObject) {
    if !is_tracked(o) {
        push(0, o);
    }
}

pub fn untrack(o: &PyObject) {
    remove(o);
}

/// While above zero, allocations do not count towards a collection (see import.rs: modules
/// CPython has loaded before a program starts).
static PAUSED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn pause_counting(on: bool) {
    if on {
        PAUSED.fetch_add(1, Relaxed);
    } else {
        PAUSED.fetch_sub(1, Relaxed);
    }
}

/// Called for every new object: containers are tracked and counted.
#[inline]
pub fn on_alloc(o: &PyObject) {
    match crate::object::traverse::kind(o) {
        crate::object::traverse::GcKind::None => return,
        crate::object::traverse::GcKind::Track => push(0, o),
        crate::object::traverse::GcKind::CountOnly => {}
    }
    if PAUSED.load(Relaxed) != 0 {
        return;
    }
    let s = st();
    s.count[0] += 1;
    if s.count[0] > s.threshold[0] && s.threshold[0] > 0 && s.enabled && !s.collecting {
        crate::runtime::gil::GC_PENDING.store(true, Relaxed);
        crate::runtime::gil::EVAL_BREAKER.store(true, Relaxed);
    }
}

/// An allocation that should not count after all (an instance dict; see object/mod.rs).
pub fn uncount(o: &PyObject) {
    if crate::object::traverse::is_container(o) && PAUSED.load(Relaxed) == 0 {
        let s = st();
        if s.count[0] > 0 {
            s.count[0] -= 1;
        }
    }
}

/// Called when an object's count reached zero and it is about to be freed.
#[inline]
pub fn on_dealloc(o: &PyObject) {
    if is_tracked(o) {
        remove(o);
    } else if !crate::object::traverse::is_container(o) {
        return;
    }
    if o.has_flag(crate::object::INSTANCE_DICT) {
        return;
    }
    if PAUSED.load(Relaxed) != 0 {
        return;
    }
    let s = st();
    if s.count[0] > 0 {
        s.count[0] -= 1;
    }
}

/// Whether putting `v` in a container makes the container worth tracking (CPython's
/// _PyObject_GC_MAY_BE_TRACKED).
#[inline]
pub fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => is_tracked(o.obj()) || (crate::object::traverse::is_container(o.obj()) && !matches!(o.payload(), Payload::Tuple(_))),
        _ => false,
    }
}

/// A dict starts tracking once it holds something that may be tracked.
#[inline]
pub fn dict_stored(d: &PyRef, key: &Value, value: &Value) {
    if !is_tracked(d.obj()) && (may_be_tracked(value) || may_be_tracked(key)) {
        push(0, d.obj());
    }
}

// ----- collection -----

/// Collect the oldest generation whose count passed its threshold (CPython's rules: the
/// oldest generation also waits until a quarter of the long-lived objects are new).
pub fn collect_generations(vm: &Vm) {
    let s = st();
    if !s.enabled || s.collecting {
        return;
    }
    for g in (0..3).rev() {
        if s.count[g] > s.threshold[g] {
            if g == 2 && s.long_lived_pending < s.long_lived_total / 4 {
                continue;
            }
            collect_with_callback(vm, g);
            break;
        }
    }
}

/// Collect generation `g` and the younger ones, running `gc.callbacks` around it; the
/// number of unreachable objects found (None while a collection is already running).
pub fn collect_with_callback(vm: &Vm, g: usize) -> Option<i64> {
    if st().collecting {
        return None;
    }
    st().collecting = true;
    invoke_callbacks(vm, "start", g, 0, 0);
    let (n, uncollectable) = collect(vm, g);
    invoke_callbacks(vm, "stop", g, n, uncollectable);
    st().collecting = false;
    Some(n)
}

fn invoke_callbacks(vm: &Vm, phase: &str, g: usize, collected: i64, uncollectable: i64) {
    let Some(cbs) = crate::modules::gc::callbacks_list() else { return };
    let items = crate::types::list::snapshot(&cbs);
    if items.is_empty() {
        return;
    }
    let info = crate::types::dict::new_dict();
    crate::types::dict::set_str_raw(&info, "generation", Value::Int(g as i64));
    crate::types::dict::set_str_raw(&info, "collected", Value::Int(collected));
    crate::types::dict::set_str_raw(&info, "uncollectable", Value::Int(uncollectable));
    let phase = crate::types::str::new_str(phase);
    for cb in items {
        if let Err(e) = vm.call(&cb, &[phase.clone(), Value::Obj(info.clone())], KwArgs::EMPTY) {
            crate::eval::traceback::print_unraisable(vm, None, Some(cb.clone()), &e);
        }
    }
}

/// Take the live entries out of a list, in order.
fn drain(list: usize) -> Vec<*const PyObject> {
    let s = st();
    let v = std::mem::take(&mut s.lists[list]);
    s.live[list] = 0;
    v.into_iter().filter(|p| !p.is_null()).collect()
}

fn collect(vm: &Vm, g: usize) -> (i64, i64) {
    collect_holding(vm, g, &[])
}

/// Collect generation `g`; `extra` are objects the caller holds one reference to each that
/// should not by itself keep them alive (the shutdown collection's `__main__` namespace).
fn collect_holding(vm: &Vm, g: usize, extra: &[*const PyObject]) -> (i64, i64) {
    if st().debug & DEBUG_STATS != 0 {
        let s = st();
        let sizes: Vec<String> = (0..3).map(|i| s.live[i].to_string()).collect();
        eprintln!("gc: collecting generation {}...", g);
        eprintln!("gc: objects in each generation: {}", sizes.join(" "));
    }
    {
        let s = st();
        if g + 1 < 3 {
            s.count[g + 1] += 1;
        }
        for c in s.count.iter_mut().take(g + 1) {
            *c = 0;
        }
    }
    // the collected generations, merged as CPython merges them: the oldest first
    let mut young = drain(g);
    for i in 0..g {
        young.extend(drain(i));
    }
    let old = if g < 2 { g + 1 } else { 2 };
    let (reachable, unreachable) = partition(&young, 0, extra);
    for p in &reachable {
        // SAFETY: nothing has run since the objects were taken from the live lists.
        push(old, unsafe { &**p });
    }
    // as CPython, survivors that cannot be part of a cycle leave the collector: tuples of
    // untracked items, then (in a full collection) dicts of them; decided once every
    // survivor is back in place, so what an item "may be tracked" reads is settled
    for pass in 0..2 {
        for p in &reachable {
            // SAFETY: as above.
            let o = unsafe { &**p };
            if crate::object::traverse::heap_typed(o) {
                continue;
            }
            let atomic = match &o.payload {
                Payload::Tuple(items) if pass == 0 => !items.iter().any(may_be_tracked),
                Payload::Dict(_) if pass == 1 && g == 2 => crate::types::dict::holds_nothing_tracked(o),
                _ => false,
            };
            if atomic {
                remove(o);
            }
        }
    }
    if g == 2 {
        st().long_lived_pending = 0;
        st().long_lived_total = st().live[2];
    } else if g == 1 {
        st().long_lived_pending += reachable.len();
    }
    if unreachable.is_empty() {
        st().stats[g].collections += 1;
        return (0, 0);
    }
    // from here Python code can run: hold every piece of garbage so that none is freed
    // while the collector still works on it
    let holds: Vec<PyRef> = unreachable
        .iter()
        .map(|p| {
            // SAFETY: the object is live (its count is at least one).
            let o = unsafe { &**p };
            push(UNREACHABLE, o);
            // SAFETY: as above; the new reference is counted.
            unsafe { PyRef::from_borrowed(o) }
        })
        .collect();
    // weak references to the garbage die first; callbacks of those still reachable run
    for o in &holds {
        crate::types::weakref::kill_if_weakref(o.obj());
    }
    let mut callbacks = Vec::new();
    for o in &holds {
        if o.obj().has_flag(HAS_WEAKREFS) {
            o.obj().set_flag(HAS_WEAKREFS, false);
            callbacks.extend(crate::types::weakref::clear_refs_collecting(o.obj()));
        }
    }
    for (wr, cb) in callbacks {
        if let Err(e) = vm.call(&cb, &[Value::Obj(wr.clone())], KwArgs::EMPTY) {
            crate::eval::traceback::print_unraisable(vm, None, Some(cb.clone()), &e);
        }
    }
    // PEP 442: finalizers run once, on garbage that is still whole
    for o in &holds {
        if !o.obj().has_flag(FINALIZED) && crate::types::needs_finalizer(o.obj()) {
            o.obj().set_flag(FINALIZED, true);
            crate::eval::finalize(o);
        }
    }
    // a finalizer may have made some of it reachable again: that part lives on
    let still: Vec<*const PyObject> = holds.iter().filter(|o| o.obj().gc_gen.get() == UNREACHABLE as u8).map(|o| o.as_ptr()).collect();
    for p in &still {
        // SAFETY: held above.
        remove(unsafe { &**p });
    }
    let (alive, dead) = partition(&still, 1, extra);
    for p in &alive {
        // SAFETY: held above.
        push(old, unsafe { &**p });
    }
    for p in &dead {
        // SAFETY: held above.
        push(UNREACHABLE, unsafe { &**p });
    }
    let n = count_garbage(&dead);
    let saveall = st().debug & DEBUG_SAVEALL != 0;
    let garbage = if saveall { Some(crate::modules::gc::garbage_list()) } else { None };
    for p in &dead {
        // SAFETY: held above.
        let o = unsafe { &**p };
        if o.gc_gen.get() != UNREACHABLE as u8 {
            continue;
        }
        match &garbage {
            Some(g) => {
                remove(o);
                push(old, o);
                // SAFETY: held above; the list takes a counted reference.
                let r = unsafe { PyRef::from_borrowed(o) };
                if counts_as_object(&r) {
                    crate::types::list::append(g, Value::Obj(r));
                }
            }
            None => crate::object::traverse::clear(o),
        }
    }
    drop(holds);
    // what clearing could not free (a cycle through fields that cannot be cleared) stays
    for p in drain(UNREACHABLE) {
        // SAFETY: entries of the lists are live objects.
        push(old, unsafe { &*p });
    }
    if st().debug & DEBUG_STATS != 0 {
        eprintln!("gc: done, {} unreachable, 0 uncollectable", n);
    }
    finish_stats(g, n, 0);
    (n, 0)
}

/// The shutdown collection: everything, with the caller's reference to `main` (the
/// `__main__` namespace) not counted, so the program's globals are garbage unless something
/// else still holds them. Returns whether `main` is still referenced from elsewhere.
pub fn collect_at_exit(vm: &Vm, main: &PyRef) -> bool {
    if st().collecting {
        return true;
    }
    st().collecting = true;
    let p = main.as_ptr();
    collect_holding(vm, 2, &[p]);
    st().collecting = false;
    main.obj().refcnt() > 1
}

/// How many of the garbage objects CPython's count includes: not those that a finalizer
/// left referenced only by the collector (CPython frees them by reference counting during
/// finalization, and so do we once the collector lets go), nor what only they held, nor
/// instance dicts CPython would not have made.
fn count_garbage(dead: &[*const PyObject]) -> i64 {
    const MARK: u8 = YOUNG as u8;
    let saved: Vec<(u8, u32)> = dead
        .iter()
        .enumerate()
        .map(|(i, p)| {
            // SAFETY: held by the collector.
            let o = unsafe { &**p };
            let was = (o.gc_gen.get(), o.gc_slot.get());
            o.gc_gen.set(MARK);
            o.gc_slot.set(i as u32);
            was
        })
        .collect();
    let mut refs: Vec<isize> = dead.iter().map(|p| unsafe { (**p).refcnt() } - 1).collect();
    let mut freed = vec![false; dead.len()];
    let mut work: Vec<usize> = (0..dead.len()).filter(|&i| refs[i] == 0).collect();
    while let Some(i) = work.pop() {
        if freed[i] {
            continue;
        }
        freed[i] = true;
        // SAFETY: held by the collector.
        crate::object::traverse::traverse(unsafe { &*dead[i] }, &mut |r: &PyObject| {
            if r.gc_gen.get() == MARK {
                let j = r.gc_slot.get() as usize;
                refs[j] -= 1;
                if refs[j] == 0 {
                    work.push(j);
                }
            }
        });
    }
    let mut n = 0;
    for (i, p) in dead.iter().enumerate() {
        // SAFETY: held by the collector.
        let o = unsafe { &**p };
        o.gc_gen.set(saved[i].0);
        o.gc_slot.set(saved[i].1);
        if !freed[i] {
            // SAFETY: as above; the temporary reference is counted and dropped at once.
            let r = unsafe { PyRef::from_borrowed(o) };
            if counts_as_object(&r) {
                n += 1;
            }
            // CPython has a traceback object per frame the exception passed through
            if let Some(ed) = crate::types::exceptions::exc_data(&r) {
                n += ed.tb_entries_without_objects() as i64;
            }
        }
    }
    n
}

fn finish_stats(g: usize, n: i64, u: i64) {
    let s = &mut st().stats[g];
    s.collections += 1;
    s.collected += n;
    s.uncollectable += u;
}

/// Whether CPython would have had this object: an instance dict that Python code never
/// looked at is, in 3.11, attribute values stored inline in the instance, not an object.
fn counts_as_object(o: &PyRef) -> bool {
    !(matches!(o.payload(), Payload::Dict(_)) && o.obj().has_flag(crate::object::INSTANCE_DICT) && !o.obj().has_flag(DICT_EXPOSED))
}

/// Split `set` (objects just taken out of every list) into what is reachable from outside
/// it and what is not, each in the order CPython's move_unreachable leaves them: the scan
/// goes through the set in order; an object found unreferenced from outside is set aside
/// for now, and if something reachable turns out to refer to it, it goes back at the end
/// of the scan (so survivors are reordered by discovery, which decides the order
/// finalizers run in when they die later). `held` references of each member, and one of
/// each object in `extra`, belong to the collector or its caller and do not count.
fn partition(set: &[*const PyObject], held: isize, extra: &[*const PyObject]) -> (Vec<*const PyObject>, Vec<*const PyObject>) {
    const SCAN: u8 = YOUNG as u8;
    let mut refs: Vec<isize> = Vec::with_capacity(set.len());
    for (i, p) in set.iter().enumerate() {
        // SAFETY: members of the set are live and in no list.
        let o = unsafe { &**p };
        o.gc_gen.set(SCAN);
        o.gc_slot.set(i as u32);
        refs.push(o.refcnt() - held - extra.iter().filter(|x| **x == *p).count() as isize);
    }
    for p in set {
        // SAFETY: as above.
        crate::object::traverse::traverse(unsafe { &**p }, &mut |r: &PyObject| {
            if r.gc_gen.get() == SCAN {
                refs[r.gc_slot.get() as usize] -= 1;
            }
        });
    }
    // 0: waiting in the scan, 1: set aside as unreachable, 2: known reachable and scanned
    let mut state = vec![0u8; set.len()];
    let mut order: Vec<usize> = (0..set.len()).collect();
    let mut aside: Vec<Option<usize>> = Vec::new();
    let mut aside_at = vec![usize::MAX; set.len()];
    let mut reachable = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let k = order[i];
        i += 1;
        if state[k] != 0 {
            continue;
        }
        if refs[k] > 0 {
            state[k] = 2;
            reachable.push(set[k]);
            // SAFETY: as above.
            crate::object::traverse::traverse_scan(unsafe { &*set[k] }, &mut |r: &PyObject| {
                if r.gc_gen.get() != SCAN {
                    return;
                }
                let j = r.gc_slot.get() as usize;
                match state[j] {
                    1 => {
                        aside[aside_at[j]] = None;
                        state[j] = 0;
                        refs[j] = 1;
                        order.push(j);
                    }
                    0 if refs[j] <= 0 => refs[j] = 1,
                    _ => {}
                }
            });
        } else {
            state[k] = 1;
            aside_at[k] = aside.len();
            aside.push(Some(k));
        }
    }
    for p in set {
        // SAFETY: as above.
        unsafe { (**p).gc_gen.set(UNTRACKED) };
    }
    let unreachable = aside.into_iter().flatten().map(|k| set[k]).collect();
    (reachable, unreachable)
}

// ----- what the gc module reads and sets -----

pub fn is_enabled() -> bool {
    st().enabled
}
pub fn set_enabled(on: bool) {
    st().enabled = on;
}
pub fn get_count() -> [i64; 3] {
    st().count
}
pub fn get_threshold() -> [i64; 3] {
    st().threshold
}
pub fn set_threshold(t0: i64, t1: Option<i64>, t2: Option<i64>) {
    let s = st();
    s.threshold[0] = t0;
    if let Some(t) = t1 {
        s.threshold[1] = t;
    }
    if let Some(t) = t2 {
        s.threshold[2] = t;
    }
}
pub fn get_stats() -> [GenStats; 3] {
    st().stats
}
pub fn get_debug() -> i64 {
    st().debug
}
pub fn set_debug(f: i64) {
    st().debug = f;
}
pub fn is_finalized(o: &PyObject) -> bool {
    o.has_flag(FINALIZED)
}

/// The tracked objects of generation `g` (all generations for None), counted references.
pub fn objects(g: Option<usize>) -> Vec<PyRef> {
    let lists: Vec<usize> = match g {
        Some(g) => vec![g],
        None => vec![0, 1, 2],
    };
    let mut out = Vec::new();
    for l in lists {
        for p in st().lists[l].iter() {
            if !p.is_null() {
                // SAFETY: entries are live objects; the clone owns a new count.
                out.push(unsafe { PyRef::from_borrowed(*p) });
            }
        }
    }
    out
}

pub fn freeze() {
    for g in 0..3 {
        for p in drain(g) {
            // SAFETY: entries are live objects.
            push(PERMANENT, unsafe { &*p });
        }
    }
    st().count[0] = 0;
}

pub fn unfreeze() {
    for p in drain(PERMANENT) {
        // SAFETY: entries are live objects.
        push(2, unsafe { &*p });
    }
}

pub fn freeze_count() -> usize {
    st().live[PERMANENT]
}
