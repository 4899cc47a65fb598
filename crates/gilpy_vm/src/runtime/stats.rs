//! A live-object counter, as CPython's debug builds keep `sys.gettotalrefcount`: the leak
//! tests read it through `sys._live_objects()`.

use std::sync::atomic::{AtomicIsize, Ordering};

static LIVE: AtomicIsize = AtomicIsize::new(0);

// Relaxed load-then-store (not a read-modify-write) is enough: only the GIL holder allocates
// or frees objects, so these never race; the atomic type only makes the static shareable.
#[inline(always)]
pub fn object_allocated() {
    LIVE.store(LIVE.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
}

#[inline(always)]
pub fn object_freed() {
    LIVE.store(LIVE.load(Ordering::Relaxed) - 1, Ordering::Relaxed);
}

pub fn live_objects() -> isize {
    LIVE.load(Ordering::Relaxed)
}
