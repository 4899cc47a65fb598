//! The `gil` module (gilpy's own): the GIL statistics that `-X gil-stats` prints at exit,
//! for a program to read while it runs. Times are in seconds, as `time.perf_counter`'s.

use crate::object::{PyRef, Value};
use crate::runtime::giltrace::{self, Snapshot};
use crate::types::{dict, list, str as pystr};
use crate::{KwArgs, PyResult, Vm};

pub fn make(_vm: &Vm) -> PyRef {
    crate::modules::new_module(
        "gil",
        &[
            ("mode", g_mode),
            ("stats", g_stats),
            ("thread_stats", g_thread_stats),
            ("switches", g_switches),
            ("recording", g_recording),
            ("last_drop_reason", g_last_drop_reason),
        ],
    )
}

fn no_args(vm: &Vm, name: &str, a: &[Value], k: KwArgs) -> PyResult<()> {
    if !a.is_empty() || !k.is_empty() {
        return Err(vm.type_error(format!("gil.{}() takes no arguments ({} given)", name, a.len() + k.len())));
    }
    Ok(())
}

/// 'gil' (CPython 3.2+'s GIL), 'legacy' (the pre-3.2 one) or 'deterministic'.
fn g_mode(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "mode", a, k)?;
    Ok(pystr::new_str(crate::runtime::gil::mode_name()))
}

fn secs(ns: u64) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn row(s: &Snapshot) -> Value {
    let d = dict::new_dict();
    let name = if s.name.is_empty() { format!("thread {}", s.uid) } else { s.name.clone() };
    dict::set_str_raw(&d, "name", pystr::new_str(&name));
    dict::set_str_raw(&d, "ident", crate::types::int::from_u64(s.ident));
    dict::set_str_raw(&d, "native_id", crate::types::int::from_u64(s.native_id));
    dict::set_str_raw(&d, "alive", Value::Bool(s.alive));
    dict::set_str_raw(&d, "holding", secs(s.holding));
    dict::set_str_raw(&d, "waiting", secs(s.waiting));
    dict::set_str_raw(&d, "without", secs(s.without));
    dict::set_str_raw(&d, "lifetime", secs(s.lifetime));
    dict::set_str_raw(&d, "acquisitions", crate::types::int::from_u64(s.acquisitions));
    dict::set_str_raw(&d, "forced_drops", crate::types::int::from_u64(s.forced));
    dict::set_str_raw(&d, "voluntary_releases", crate::types::int::from_u64(s.voluntary));
    dict::set_str_raw(&d, "longest_wait", secs(s.longest_wait));
    Value::Obj(d)
}

/// One dict per thread this process has run (finished ones included), in start order.
fn g_stats(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "stats", a, k)?;
    Ok(list::new_list(giltrace::snapshots().iter().map(row).collect()))
}

/// The calling thread's dict.
fn g_thread_stats(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "thread_stats", a, k)?;
    Ok(giltrace::current_snapshot().map(|s| row(&s)).unwrap_or(Value::None))
}

/// Hand-overs of the GIL between different threads so far.
fn g_switches(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "switches", a, k)?;
    Ok(crate::types::int::from_u64(crate::runtime::gil::switch_number()))
}

/// Whether a GIL trace is being recorded (`-X gil-trace` or `-X gil-timeline`).
fn g_recording(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "recording", a, k)?;
    Ok(Value::Bool(giltrace::RECORDING.load(std::sync::atomic::Ordering::Relaxed)))
}

/// Why the calling thread last let the GIL go ('forced', 'ticks', 'sleep', 'io', 'lock',
/// 'join', 'hashlib', 'zlib', 'wait'), or None if it never has.
fn g_last_drop_reason(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_args(vm, "last_drop_reason", a, k)?;
    Ok(giltrace::last_why().map(|w| pystr::new_str(w.name())).unwrap_or(Value::None))
}
