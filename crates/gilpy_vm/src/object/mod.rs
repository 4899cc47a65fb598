//! The object header, the owning reference `PyRef`, and the value type `Value`.
//!
//! # The header and its two disciplines
//!
//! Every heap object is a `PyObject`: a reference count, a pointer to its type, an optional
//! instance dict, then a payload. `PyRef` is an owning reference: cloning it increments the
//! count, dropping it decrements, and the object is freed (its `__del__` first) the moment the
//! count reaches zero, in the thread that dropped the last reference. `sys.getrefcount` reads
//! the count as it is; nothing in the VM holds a reference CPython would not hold.
//!
//! **The GIL invariant.** In GIL mode (the default and the only mode built so far) the count
//! is a plain `Cell<isize>` and every field behind a `Cell`/`UnsafeCell` is mutated without
//! atomics. That is sound because *only the thread that holds the GIL touches any object*:
//! reading, writing, incrementing or decrementing. Every `unsafe impl Send/Sync` below and
//! every `UnsafeCell` access in this crate relies on this one sentence. Code that releases the
//! GIL (blocking I/O, sleep, native work) must not touch objects until it takes it back: it
//! does so only through `Vm::allow_threads`, whose closure must be `Send` and so can capture
//! neither `&Vm` nor an object (runtime/gil.rs describes the lock itself).
//!
//! **Room for free threading** ([gil-lab]). The header reserves `ob_tid` (owning thread) and
//! `shared` (a count for other threads) for biased reference counting, and `lock` for a
//! per-object mutex. In GIL mode they stay zero and are never read, so they cost only space.
//! Immortal objects (builtin types, None, NotImplemented, ...) have a count so large it never
//! reaches zero; the free-threaded mode will skip their counts altogether.

pub mod traverse;
pub mod value;
pub use value::Value;

use crate::types::PayloadDrop;
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;

pub use crate::types::payload::Payload;

/// `__del__` has run (it runs at most once, PEP 442)
pub const FINALIZED: u8 = 1;
/// weak references to the object exist (types/weakref.rs keeps them in a side table)
pub const HAS_WEAKREFS: u8 = 2;
/// an instance dict that Python code has seen as `__dict__` (CPython 3.11 keeps instance
/// attributes inline and makes the dict object only then; gc.collect counts it from then on)
pub const DICT_EXPOSED: u8 = 4;
/// a dict that is an instance's attribute dict (see DICT_EXPOSED)
pub const INSTANCE_DICT: u8 = 8;
/// `__slots__` values of an object that also has a `__dict__` are in types/slots.rs's table
pub const HAS_SLOT_TABLE: u8 = 16;

/// Counts at or above this are immortal: decrements never free them.
pub const IMMORTAL: isize = 1 << 60;

#[repr(C)]
pub struct PyObject {
    refcnt: Cell<isize>,
    /// reserved for biased counting (owner thread id); zero in GIL mode
    _ob_tid: usize,
    /// reserved for biased counting (other threads' count) and the per-object lock
    _shared: u32,
    /// this object's index in its cycle-collector list (runtime/gc.rs)
    pub(crate) gc_slot: Cell<u32>,
    _lock: u8,
    /// FINALIZED, HAS_WEAKREFS, DICT_EXPOSED
    flags: Cell<u8>,
    /// which cycle-collector list holds the object; gc::UNTRACKED when none does
    pub(crate) gc_gen: Cell<u8>,
    ty: Cell<*const PyObject>,
    /// the instance `__dict__`, for objects whose type gives them one
    dict: UnsafeCell<Option<PyRef>>,
    pub payload: Payload,
}

impl PyObject {
    /// The type object.
    #[inline(always)]
    pub fn ty(&self) -> &PyRef {
        // SAFETY: PyRef is repr(transparent) over NonNull<PyObject>, and `ty` (a Cell of a
        // non-null pointer once the runtime has started) always points to a live type object
        // (instances own a reference to a heap type; builtin types are immortal), so the
        // cell's storage can be viewed as a borrowed PyRef.
        unsafe { &*(self.ty.as_ptr() as *const PyRef) }
    }

    #[inline(always)]
    pub fn refcnt(&self) -> isize {
        self.refcnt.get()
    }
    #[inline(always)]
    pub fn has_flag(&self, f: u8) -> bool {
        self.flags.get() & f != 0
    }
    pub fn set_flag(&self, f: u8, on: bool) {
        self.flags.set(if on { self.flags.get() | f } else { self.flags.get() & !f });
    }
    /// The instance dict slot, borrowed (the cycle collector's traversal runs no Python code).
    pub(crate) fn dict_ref(&self) -> Option<&PyRef> {
        // SAFETY: GIL invariant; the caller runs no code that could replace the slot while
        // the borrow lives.
        unsafe { (*self.dict.get()).as_ref() }
    }
    /// Drop the instance dict (the cycle collector breaking a cycle).
    pub(crate) fn take_dict(&self) -> Option<PyRef> {
        // SAFETY: GIL invariant; moved out, dropped by the caller after the slot is empty.
        unsafe { (*self.dict.get()).take() }
    }
}

/// An owning reference to a heap object.
#[repr(transparent)]
pub struct PyRef(NonNull<PyObject>);

// PyRef is deliberately neither Send nor Sync: code that runs without the GIL
// (`Vm::allow_threads`) takes a `Send` closure, so the compiler refuses one that captures an
// object. The few places that hand objects to another thread or keep them in statics wrap
// them in a type whose `unsafe impl` cites the GIL invariant.

/// An object that lives as long as the process (a native module's type object, a builtin
/// function) kept in a static, which must be Send + Sync. Sound by the GIL invariant: only the
/// GIL holder reaches the object through the handle.
pub struct StaticRef(PyRef);
// SAFETY: the GIL invariant above; the object is never freed (the static holds a count).
unsafe impl Sync for StaticRef {}
// SAFETY: as above.
unsafe impl Send for StaticRef {}

impl StaticRef {
    /// The object kept in `cell`, made by `init` on first use.
    pub fn get(cell: &'static std::sync::OnceLock<StaticRef>, init: impl FnOnce() -> PyRef) -> PyRef {
        cell.get_or_init(|| StaticRef(init())).0.clone()
    }
}

/// Several process-lifetime objects built together (a native module's types), kept in a
/// static; sound for the same reason as `StaticRef`.
pub struct StaticRefs<T>(pub T);
// SAFETY: the GIL invariant above; the objects are never freed.
unsafe impl<T> Sync for StaticRefs<T> {}
// SAFETY: as above.
unsafe impl<T> Send for StaticRefs<T> {}

thread_local! {
    /// Deallocations deferred to keep freeing deep structures off the native stack
    /// (CPython's "trashcan").
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: UnsafeCell<Vec<NonNull<PyObject>>> = const { UnsafeCell::new(Vec::new()) };
}

const TRASHCAN_DEPTH: u32 = 40;

impl PyRef {
    /// Allocate a new object with count 1.
    pub fn new(ty: &PyRef, payload: Payload) -> PyRef {
        ty.incref_heap_type();
        let b = Box::new(PyObject {
            refcnt: Cell::new(1),
            _ob_tid: 0,
            _shared: 0,
            gc_slot: Cell::new(0),
            _lock: 0,
            flags: Cell::new(0),
            gc_gen: Cell::new(crate::runtime::gc::UNTRACKED),
            ty: Cell::new(ty.as_ptr()),
            dict: UnsafeCell::new(None),
            payload,
        });
        crate::runtime::stats::object_allocated();
        let r = PyRef(NonNull::from(Box::leak(b)));
        crate::runtime::gc::on_alloc(r.obj());
        r
    }

    /// Allocate an object that is never freed (builtin types and singletons).
    pub fn new_immortal(ty: Option<&PyRef>, payload: Payload) -> PyRef {
        let b = Box::new(PyObject {
            refcnt: Cell::new(IMMORTAL),
            _ob_tid: 0,
            _shared: 0,
            gc_slot: Cell::new(0),
            _lock: 0,
            flags: Cell::new(0),
            gc_gen: Cell::new(crate::runtime::gc::UNTRACKED),
            ty: Cell::new(ty.map(|t| t.as_ptr()).unwrap_or(std::ptr::null())),
            dict: UnsafeCell::new(None),
            payload,
        });
        PyRef(NonNull::from(Box::leak(b)))
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const PyObject {
        self.0.as_ptr()
    }

    #[inline(always)]
    pub fn obj(&self) -> &PyObject {
        // SAFETY: a live PyRef keeps its object allocated (count >= 1).
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    pub fn payload(&self) -> &Payload {
        &self.obj().payload
    }

    #[inline(always)]
    pub fn is(&self, other: &PyRef) -> bool {
        self.0 == other.0
    }

    pub fn refcount(&self) -> isize {
        self.obj().refcnt.get()
    }

    #[inline(always)]
    fn incref(&self) {
        let c = &self.obj().refcnt;
        c.set(c.get() + 1);
    }

    /// The type object. Types of types are set when the runtime starts.
    #[inline(always)]
    pub fn ty(&self) -> &PyRef {
        self.obj().ty()
    }

    /// Change `__class__` (the caller checked compatibility).
    pub fn set_ty(&self, ty: &PyRef) {
        ty.incref_heap_type();
        let old = self.obj().ty.replace(ty.as_ptr());
        if old.is_null() {
            return;
        }
        // SAFETY: the old pointer was a type this object owned a reference to (if heap type).
        let old = unsafe { &*(&old as *const *const PyObject as *const PyRef) };
        old.decref_heap_type();
    }

    fn incref_heap_type(&self) {
        if self.refcount() < IMMORTAL {
            self.incref();
        }
    }
    fn decref_heap_type(&self) {
        if self.refcount() < IMMORTAL {
            // SAFETY: the object held one counted reference to its heap type.
            unsafe { PyRef::decref_raw(self.0) };
        }
    }

    /// Read the instance dict slot.
    pub fn dict(&self) -> Option<PyRef> {
        // SAFETY: GIL invariant; the clone ends the borrow before any other code runs.
        unsafe { (*self.obj().dict.get()).clone() }
    }
    /// The instance dict slot, borrowed: for lookups that run no Python code (nothing can
    /// replace the slot while the borrow lives).
    #[inline(always)]
    pub fn dict_borrowed(&self) -> Option<&PyRef> {
        // SAFETY: GIL invariant; callers run no Python code while holding the borrow, so the
        // slot is not replaced under it.
        unsafe { (*self.obj().dict.get()).as_ref() }
    }
    pub fn has_dict(&self) -> bool {
        // SAFETY: GIL invariant; plain read.
        unsafe { (*self.obj().dict.get()).is_some() }
    }
    /// Replace the instance dict; the old one is dropped after the slot is consistent.
    pub fn set_dict(&self, d: Option<PyRef>) {
        if let Some(d) = &d {
            if !matches!(self.payload(), Payload::Function(_) | Payload::Module(_) | Payload::Type(_)) && !d.obj().has_flag(INSTANCE_DICT) {
                d.obj().set_flag(INSTANCE_DICT, true);
                // CPython 3.11 keeps instance attributes inline: the dict is not an allocation
                // the collector's clock counts
                crate::runtime::gc::uncount(d.obj());
            }
            // an object with attributes can be part of a cycle
            crate::runtime::gc::track(self.obj());
        }
        // SAFETY: GIL invariant; the old value is moved out and dropped after the write.
        let old = unsafe { std::mem::replace(&mut *self.obj().dict.get(), d) };
        drop(old);
    }

    /// Make the object immortal: no number of decrements will free it (a process-lifetime
    /// placeholder that is aliased without counts, eval/frame.rs).
    pub fn make_immortal(&self) {
        self.obj().refcnt.set(IMMORTAL);
    }

    /// Convert into a raw pointer without changing the count.
    pub fn into_raw(self) -> NonNull<PyObject> {
        let p = self.0;
        std::mem::forget(self);
        p
    }
    /// A new counted reference to the object at `p`.
    ///
    /// # Safety
    /// `p` must point to a live object.
    pub unsafe fn from_borrowed(p: *const PyObject) -> PyRef {
        // SAFETY: the caller guarantees `p` is live, so it is non-null.
        let r = PyRef(unsafe { NonNull::new_unchecked(p as *mut PyObject) });
        r.incref();
        r
    }
    /// # Safety
    /// `p` must carry one counted reference, which the new PyRef takes over.
    pub unsafe fn from_raw(p: NonNull<PyObject>) -> PyRef {
        PyRef(p)
    }

    /// # Safety
    /// `p` must point to a live object whose count includes one reference being given up.
    #[inline(always)]
    unsafe fn decref_raw(p: NonNull<PyObject>) {
        // SAFETY: the caller guarantees p is live.
        let o = unsafe { p.as_ref() };
        let n = o.refcnt.get() - 1;
        o.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count reached zero: this was the last reference.
            unsafe { dealloc(p) };
        }
    }
}

/// Free an object whose count reached zero: run `__del__` (which may resurrect it), then
/// release its payload, deferring nested frees past a fixed depth.
///
/// # Safety
/// `p` must be live with count zero, and no other reference may exist.
unsafe fn dealloc(p: NonNull<PyObject>) {
    // SAFETY: p is live (count zero, not yet freed).
    let o = unsafe { p.as_ref() };
    if o.flags.get() & FINALIZED == 0 && crate::types::needs_finalizer(o) {
        o.flags.set(o.flags.get() | FINALIZED);
        // resurrect for the duration of __del__
        o.refcnt.set(1);
        // SAFETY: the temporary count of one is owned by this PyRef.
        let r = unsafe { PyRef::from_raw(p) };
        crate::eval::finalize(&r);
        let r = r.into_raw();
        let n = o.refcnt.get() - 1;
        o.refcnt.set(n);
        if n > 0 {
            // resurrected by __del__
            let _ = r;
            return;
        }
    }
    // out of the collector's lists before anything can run a collection (a weakref callback
    // here, a `__del__` of an item freed below): it must never see a dead object
    crate::runtime::gc::on_dealloc(o);
    if o.has_flag(HAS_WEAKREFS) {
        o.set_flag(HAS_WEAKREFS, false);
        crate::types::weakref::clear_refs_to(o, true);
    }
    if o.has_flag(HAS_SLOT_TABLE) {
        drop(crate::types::slots::take(o));
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        // SAFETY: thread-local vector, no other borrow is live during push.
        DEFERRED.with(|v| unsafe { (*v.get()).push(p) });
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: count is zero and nobody else holds a reference: reclaim the box.
    unsafe { free_now(p) };
    if depth == 0 {
        loop {
            // SAFETY: thread-local vector; the pop ends the borrow before free_now runs.
            let next = DEFERRED.with(|v| unsafe { (*v.get()).pop() });
            match next {
                // SAFETY: deferred pointers are dead objects with count zero.
                Some(q) => unsafe { free_now(q) },
                None => break,
            }
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// # Safety
/// `p` must be dead (count zero) and not referenced.
unsafe fn free_now(p: NonNull<PyObject>) {
    crate::runtime::stats::object_freed();
    // SAFETY: allocated by Box in PyRef::new; the count is zero.
    let mut b = unsafe { Box::from_raw(p.as_ptr()) };
    if let Payload::Type(td) = &b.payload {
        crate::types::typeobj::forget_subclass(td, p.as_ptr() as usize);
    }
    b.payload.before_drop();
    let dict = b.dict.get_mut().take();
    let ty = b.ty.get();
    drop(dict);
    drop(b);
    // SAFETY: the object owned a reference to its type (heap types only are counted).
    let tyref = unsafe { &*(&ty as *const *const PyObject as *const PyRef) };
    if !ty.is_null() {
        tyref.decref_heap_type();
    }
}

impl Clone for PyRef {
    #[inline(always)]
    fn clone(&self) -> Self {
        self.incref();
        PyRef(self.0)
    }
}

impl Drop for PyRef {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: this PyRef owned one counted reference.
        unsafe { PyRef::decref_raw(self.0) }
    }
}

impl PartialEq for PyRef {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
