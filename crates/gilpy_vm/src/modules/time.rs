//! `time`: clocks and sleep. Sleeping releases the GIL.

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
/// A CPU-time clock in nanoseconds (the process's or the calling thread's).
fn clock_ns(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec we pass; the clock ids are valid on Linux.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64
}
fn t_process_time(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 / 1e9))
}
fn t_process_time_ns(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}
fn t_thread_time(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID) as f64 / 1e9))
}
fn t_thread_time_ns(_vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}
/// A duration argument as CPython's `_PyTime_FromSecondsObject` takes it: seconds that fit
/// a signed 64-bit count of nanoseconds, with its three errors.
pub fn seconds_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    const LIMIT: f64 = 9.223372036854775807e18;
    match v {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)".into()));
            }
            let ns = f * 1e9;
            if !(-LIMIT..LIMIT).contains(&ns) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t".into()));
            }
            Ok(*f)
        }
        _ => {
            let i = match crate::types::int::to_bigint(v) {
                Some(i) => i,
                None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
            };
            match num_traits::ToPrimitive::to_i64(&i) {
                Some(s) if s.checked_mul(1_000_000_000).is_some() => Ok(s as f64),
                _ => Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t".into())),
            }
        }
    }
}

fn t_sleep(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = match a {
        [v] => v,
        _ => return Err(vm.type_error(format!("time.sleep() takes exactly one argument ({} given)", a.len()))),
    };
    let secs = seconds_arg(vm, v)?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    sleep_for(vm, Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

/// Sleep with the GIL released. In the main thread a signal interrupts the sleep (EINTR):
/// its handler runs, and if it raises, so does sleep; otherwise the rest is slept.
pub fn sleep_for(vm: &Vm, d: Duration) -> PyResult<()> {
    if d.is_zero() {
        // sleep(0) still lets the GIL go once, as CPython's does
        vm.allow_threads(|| ());
        return Ok(());
    }
    // at most about 292 years (seconds_arg); a deadline past the clock's range is a century
    let deadline = Instant::now().checked_add(d).unwrap_or_else(|| Instant::now() + Duration::from_secs(100 * 365 * 86400));
    loop {
        let now = Instant::now();
        if now >= deadline {
            return Ok(());
        }
        let left = deadline - now;
        let interrupted = vm.allow_threads(|| {
            let ts = libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long };
            // SAFETY: nanosleep with a valid timespec and no remainder pointer.
            unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) != 0 }
        });
        if interrupted {
            vm.check_signals()?;
        }
    }
}

const FIELDS: [&str; 9] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

fn struct_time_type() -> crate::PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let r = crate::runtime::rt();
        let t = crate::types::typeobj::make_builtin_subclassable("struct_time", &r.t.tuple, Layout::Tuple);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *crate::types::typeobj::type_data(&t).module.get() = "time".into() };
        crate::types::add_methods(&t, &[("__repr__", struct_time_repr)]);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR);
        t
    })
}

fn struct_time_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = match &a[0] {
        Value::Obj(o) => crate::types::tuple::items(o).to_vec(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (n, v) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{}={}", n, vm.repr_string(v)?));
    }
    Ok(crate::types::str::new_str(&format!("time.struct_time({})", parts.join(", "))))
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The nine struct_time fields of a UTC timestamp.
fn utc_fields(t: i64) -> [i64; 9] {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = cum[(m - 1) as usize] + d + if m > 2 && is_leap(y) { 1 } else { 0 };
    [y, m, d, secs / 3600, secs % 3600 / 60, secs % 60, wday, yday, 0]
}

fn make_struct_time(f: [i64; 9]) -> Value {
    let items: Vec<Value> = f.iter().map(|x| Value::Int(*x)).collect();
    let o = crate::PyRef::new(&struct_time_type(), Payload::Tuple(items.into_boxed_slice()));
    let d = crate::types::dict::new_dict();
    for (n, v) in FIELDS.iter().zip(f.iter()) {
        crate::types::dict::set_str_raw(&d, n, Value::Int(*v));
    }
    crate::types::dict::set_str_raw(&d, "tm_zone", crate::types::str::new_str("UTC"));
    crate::types::dict::set_str_raw(&d, "tm_gmtoff", Value::Int(0));
    o.set_dict(Some(d));
    Value::Obj(o)
}

fn secs_arg(vm: &Vm, a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None | Some(Value::None) => Ok(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)),
        Some(Value::Float(f)) => Ok(f.floor() as i64),
        Some(v) => vm.index_value(v),
    }
}

fn t_gmtime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(make_struct_time(utc_fields(secs_arg(vm, a)?)))
}

/// localtime(): the machine's zone is only known to be UTC here (TZ unset or UTC);
/// another zone needs the C library's tables, which gilpy does not read yet.
fn t_localtime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() && tz != "UTC" && tz != "UTC0" && tz != ":UTC" && tz != "GMT" => {
            Err(vm.new_error(&crate::runtime::rt().e.not_implemented_error, format!("time.localtime() for TZ={} is not supported by gilpy yet", tz)))
        }
        _ => t_gmtime(vm, a, KwArgs::EMPTY),
    }
}

fn t_strftime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fmt = a.first().and_then(crate::types::str::as_str).ok_or_else(|| vm.type_error("strftime() argument 1 must be str".into()))?.to_string();
    let f: Vec<i64> = match a.get(1) {
        Some(v) => {
            let items = vm.collect(v)?;
            if items.len() != 9 {
                return Err(vm.type_error("time.struct_time() takes a sequence of length 9".into()));
            }
            items.iter().map(|x| vm.index_value(x)).collect::<PyResult<_>>()?
        }
        None => utc_fields(secs_arg(vm, &[])?).to_vec(),
    };
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let (y, mo, d, h, mi, s, wd, yd) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    let month = MONTHS[((mo - 1).clamp(0, 11)) as usize];
    let day = DAYS[wd.rem_euclid(7) as usize];
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('Y') => out.push_str(&y.to_string()),
            Some('y') => out.push_str(&format!("{:02}", y.rem_euclid(100))),
            Some('m') => out.push_str(&format!("{:02}", mo)),
            Some('d') => out.push_str(&format!("{:02}", d)),
            Some('H') => out.push_str(&format!("{:02}", h)),
            Some('I') => out.push_str(&format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 })),
            Some('M') => out.push_str(&format!("{:02}", mi)),
            Some('S') => out.push_str(&format!("{:02}", s)),
            Some('p') => out.push_str(if h < 12 { "AM" } else { "PM" }),
            Some('j') => out.push_str(&format!("{:03}", yd)),
            Some('a') => out.push_str(&day[..3]),
            Some('A') => out.push_str(day),
            Some('b') | Some('h') => out.push_str(&month[..3]),
            Some('B') => out.push_str(month),
            Some('w') => out.push_str(&((wd + 1) % 7).to_string()),
            Some('e') => out.push_str(&format!("{:>2}", d)),
            Some('Z') => out.push_str("UTC"),
            Some('z') => out.push_str("+0000"),
            Some('F') => out.push_str(&format!("{}-{:02}-{:02}", y, mo, d)),
            Some('T') => out.push_str(&format!("{:02}:{:02}:{:02}", h, mi, s)),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Ok(crate::types::str::from_string(out))
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
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_thread_time),
            ("thread_time_ns", t_thread_time_ns),
            ("sleep", t_sleep),
            ("gmtime", t_gmtime),
            ("localtime", t_localtime),
            ("strftime", t_strftime),
        ],
    )
}
