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
        vm.allow_threads(crate::runtime::giltrace::Why::Sleep, || ());
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
        let interrupted = vm.allow_threads(crate::runtime::giltrace::Why::Sleep, || {
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
        crate::types::set_new(&t, struct_time_new);
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
    make_struct_time_zone(f, "UTC", 0)
}

fn make_struct_time_zone(f: [i64; 9], zone: &str, gmtoff: i64) -> Value {
    let items: Vec<Value> = f.iter().map(|x| Value::Int(*x)).collect();
    let o = crate::PyRef::new(&struct_time_type(), Payload::Tuple(items.into_boxed_slice()));
    let d = crate::types::dict::new_dict();
    for (n, v) in FIELDS.iter().zip(f.iter()) {
        crate::types::dict::set_str_raw(&d, n, Value::Int(*v));
    }
    crate::types::dict::set_str_raw(&d, "tm_zone", crate::types::str::new_str(zone));
    crate::types::dict::set_str_raw(&d, "tm_gmtoff", Value::Int(gmtoff));
    o.set_dict(Some(d));
    Value::Obj(o)
}

/// struct_time(seq): nine fields (or eleven, with the zone name and offset).
/// strptime(string, format="%a %b %d %H:%M:%S %Y"): the struct_time a string shows, parsed
/// by the datetime module's parser (lib/_datetime_format.py).
fn t_strptime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!("strptime() takes at most 2 arguments ({} given)", a.len())));
    }
    let default = crate::types::str::new_str("%a %b %d %H:%M:%S %Y");
    let fmt = a.get(1).cloned().unwrap_or(default);
    for (i, v) in [&a[0], &fmt].into_iter().enumerate() {
        if crate::types::str::as_str(v).is_none() {
            let ty = vm.repr_string(&Value::Obj(vm.type_of(v).clone()))?;
            return Err(vm.type_error(format!("strptime() argument {} must be str, not {}", i, ty)));
        }
    }
    // datetime loads its formatting helpers itself (they import from it)
    crate::runtime::import::import_module(vm, "datetime")?;
    let m = crate::runtime::import::import_module(vm, "_datetime_format")?;
    let parse = vm.getattr_str(&Value::Obj(m), "_strptime_time")?;
    let fields = vm.call(&parse, &[a[0].clone(), fmt], KwArgs::EMPTY)?;
    struct_time_new(vm, &[Value::Obj(struct_time_type()), fields], KwArgs::EMPTY)
}

fn struct_time_new(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let seq = a.get(1).ok_or_else(|| vm.type_error("struct_time() missing required argument 'sequence' (pos 1)".into()))?;
    let items = vm.collect(seq)?;
    if items.len() < 9 {
        return Err(vm.type_error(format!("time.struct_time() takes an at least 9-sequence ({}-sequence given)", items.len())));
    }
    if items.len() > 11 {
        return Err(vm.type_error(format!("time.struct_time() takes an at most 11-sequence ({}-sequence given)", items.len())));
    }
    let o = crate::PyRef::new(&struct_time_type(), Payload::Tuple(items[..9].to_vec().into_boxed_slice()));
    let d = crate::types::dict::new_dict();
    for (n, v) in FIELDS.iter().zip(items.iter()) {
        crate::types::dict::set_str_raw(&d, n, v.clone());
    }
    crate::types::dict::set_str_raw(&d, "tm_zone", items.get(9).cloned().unwrap_or(Value::None));
    crate::types::dict::set_str_raw(&d, "tm_gmtoff", items.get(10).cloned().unwrap_or(Value::None));
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

/// The C library's broken-down time for a struct_time-like sequence (for mktime/strftime).
fn tm_of(vm: &Vm, v: &Value, what: &str) -> PyResult<libc::tm> {
    let items = vm.collect(v)?;
    if items.len() < 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", what)));
    }
    let f: Vec<i64> = items[..9].iter().map(|x| vm.index_value(x)).collect::<PyResult<_>>()?;
    // SAFETY: an all-zero tm is a valid value for every field (tm_zone null).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

fn struct_time_of_tm(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: the C library's zone abbreviation, a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    make_struct_time_zone(
        [
            tm.tm_year as i64 + 1900,
            tm.tm_mon as i64 + 1,
            tm.tm_mday as i64,
            tm.tm_hour as i64,
            tm.tm_min as i64,
            tm.tm_sec as i64,
            (tm.tm_wday as i64 + 6) % 7,
            tm.tm_yday as i64 + 1,
            tm.tm_isdst as i64,
        ],
        &zone,
        tm.tm_gmtoff,
    )
}

extern "C" {
    // POSIX; the libc crate does not declare it
    fn tzset();
}

fn local_tm(vm: &Vm, t: i64) -> PyResult<libc::tm> {
    // SAFETY: an all-zero tm is valid; localtime_r fills it from a valid time_t.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let tt = t as libc::time_t;
    // SAFETY: both pointers are to live locals; tzset reads TZ.
    let ok = unsafe {
        tzset();
        !libc::localtime_r(&tt, &mut tm).is_null()
    };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t".into()));
    }
    Ok(tm)
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

/// localtime(): the C library's local time for the zone TZ names (or the machine's).
fn t_localtime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = secs_arg(vm, a)?;
    Ok(struct_time_of_tm(&local_tm(vm, t)?))
}

fn t_mktime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.first().ok_or_else(|| vm.type_error("time.mktime() takes exactly one argument (0 given)".into()))?;
    let mut tm = tm_of(vm, v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: tm is a live local; mktime normalises it and returns the time_t.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range".into()));
    }
    Ok(Value::Float(t as f64))
}

fn t_strftime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fmt = a.first().and_then(crate::types::str::as_str).ok_or_else(|| vm.type_error("strftime() argument 1 must be str".into()))?.to_string();
    let tm = match a.get(1) {
        Some(v) => {
            let mut tm = tm_of(vm, v, "strftime")?;
            // the zone name and offset come from the C library for this moment
            let mut probe = tm;
            // SAFETY: probe is a live local copy.
            unsafe {
                tzset();
                libc::mktime(&mut probe);
            }
            tm.tm_zone = probe.tm_zone;
            tm.tm_gmtoff = probe.tm_gmtoff;
            tm
        }
        None => local_tm(vm, secs_arg(vm, &[])?)?,
    };
    if fmt.is_empty() {
        return Ok(crate::types::str::new_str(""));
    }
    let cfmt = std::ffi::CString::new(fmt.clone()).map_err(|_| vm.value_error("embedded null character".into()))?;
    let mut size = 256 + fmt.len() * 8;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; cfmt and tm are valid for the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 65536 {
            buf.truncate(n);
            return Ok(crate::types::str::from_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

fn asctime_of(vm: &Vm, v: &Value) -> PyResult<String> {
    let items = vm.collect(v)?;
    if items.len() < 9 {
        return Err(vm.type_error("asctime(): illegal time tuple argument".into()));
    }
    let f: Vec<i64> = items[..9].iter().map(|x| vm.index_value(x)).collect::<PyResult<_>>()?;
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    Ok(format!("{} {} {:>2} {:02}:{:02}:{:02} {}", DAYS[f[6].rem_euclid(7) as usize], MONTHS[(f[1] - 1).clamp(0, 11) as usize], f[2], f[3], f[4], f[5], f[0]))
}

fn t_asctime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = match a.first() {
        Some(v) => v.clone(),
        None => struct_time_of_tm(&local_tm(vm, secs_arg(vm, &[])?)?),
    };
    Ok(crate::types::str::from_string(asctime_of(vm, &v)?))
}

fn t_ctime(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = secs_arg(vm, a)?;
    let v = struct_time_of_tm(&local_tm(vm, t)?);
    Ok(crate::types::str::from_string(asctime_of(vm, &v)?))
}

pub fn make(_vm: &Vm) -> crate::PyRef {
    start();
    let m = crate::modules::new_module(
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
            ("strptime", t_strptime),
            ("mktime", t_mktime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
        ],
    );
    let d = crate::modules::module_dict(&m);
    crate::types::dict::set_str_raw(&d, "struct_time", Value::Obj(struct_time_type()));
    // the zone the C library uses (TZ, else the machine's)
    // SAFETY: tzset initialises the C library's zone globals, read right after.
    let (tz0, tz1, timezone, daylight) = unsafe {
        tzset();
        extern "C" {
            static tzname: [*const libc::c_char; 2];
            static timezone: libc::c_long;
            static daylight: libc::c_int;
        }
        let name = |p: *const libc::c_char| if p.is_null() { String::new() } else { std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned() };
        (name(tzname[0]), name(tzname[1]), timezone as i64, daylight as i64)
    };
    let tzn = crate::types::tuple::new_tuple(vec![crate::types::str::new_str(&tz0), crate::types::str::new_str(&tz1)]);
    crate::types::dict::set_str_raw(&d, "tzname", tzn);
    crate::types::dict::set_str_raw(&d, "timezone", Value::Int(timezone));
    crate::types::dict::set_str_raw(&d, "altzone", Value::Int(if daylight != 0 { timezone - 3600 } else { timezone }));
    crate::types::dict::set_str_raw(&d, "daylight", Value::Int(daylight));
    m
}
