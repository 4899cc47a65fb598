//! `time`: clocks and sleep. Sleeping will release the GIL once [threads] lands.

use crate::object::Value;
use crate::types::payload::*;
use crate::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn t_time(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)))
}
fn t_time_ns(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(crate::types::int::from_bigint(num_bigint::BigInt::from(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0))))
}
fn t_perf_counter(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}
fn t_perf_counter_ns(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(start().elapsed().as_nanos() as i64))
}
fn cpu_time() -> f64 {
    // CLOCK_PROCESS_CPUTIME_ID through /proc is not available without libc; use the
    // process's user+system time from /proc/self/stat.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = f.get(11).and_then(|u| u.parse::<f64>().ok()).unwrap_or(0.0) + f.get(12).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    ticks / 100.0
}
fn t_process_time(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(cpu_time()))
}
fn t_sleep(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let secs = match a.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(v) => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        None => return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)".into())),
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    if !secs.is_finite() {
        return Err(vm.overflow_error("sleep length is too large".into()));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}

pub fn make(_vm: &Vm) -> crate::PyRef {
    start();
    crate::modules::new_module(
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("monotonic", t_perf_counter),
            ("monotonic_ns", t_perf_counter_ns),
            ("process_time", t_process_time),
            ("sleep", t_sleep),
        ],
    )
}
