//! `posix`: the operating-system calls behind `os` (lib/os.py re-exports them, as CPython's
//! os.py does). Calls that can block (read, write on pipes) release the GIL. Errors are
//! OSError subclasses chosen by errno, with CPython's messages and file names.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, dict, list, str as pystr, tuple};
use crate::Vm;
use std::ffi::CString;

fn io_err(vm: &Vm, path: Option<&str>) -> crate::PyErr {
    vm.os_error_from_io(&std::io::Error::last_os_error(), path)
}

fn int_arg(vm: &Vm, a: &[Value], i: usize, fname: &str) -> PyResult<i64> {
    let v = a.get(i).ok_or_else(|| vm.type_error(format!("{}() missing required argument (pos {})", fname, i + 1)))?;
    if crate::types::int::to_bigint(v).is_none() {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    }
    crate::types::int::to_i64(v).ok_or_else(|| vm.overflow_error("Python int too large to convert to C int".into()))
}

/// A path argument: str or bytes (or os.PathLike through __fspath__). `accepts` is the list
/// CPython's message gives for this function.
fn path_arg_as(vm: &Vm, a: &[Value], i: usize, fname: &str, accepts: &str) -> PyResult<String> {
    let v = a.get(i).ok_or_else(|| vm.type_error(format!("{}() missing required argument 'path' (pos {})", fname, i + 1)))?;
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::bytes_of(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    if let Some(f) = vm.lookup_special(v, "__fspath__") {
        let r = vm.call(&f, &[], KwArgs::EMPTY)?;
        if let Some(s) = pystr::as_str(&r) {
            return Ok(s.to_string());
        }
    }
    Err(vm.type_error(format!("{}: path should be {}, not {}", fname, accepts, vm.type_name(v))))
}

fn path_arg(vm: &Vm, a: &[Value], i: usize, fname: &str) -> PyResult<String> {
    path_arg_as(vm, a, i, fname, "string, bytes or os.PathLike")
}

/// A path, or an open file descriptor standing for one (stat, chdir, listdir accept both).
fn path_or_fd(vm: &Vm, a: &[Value], fname: &str, accepts: &str) -> PyResult<String> {
    match a.first() {
        Some(v @ (Value::Int(_) | Value::Bool(_))) => Ok(format!("/proc/self/fd/{}", crate::types::int::to_i64(v).unwrap_or(-1))),
        _ => path_arg_as(vm, a, 0, fname, accepts),
    }
}

/// CPython's METH_NOARGS check for a posix function.
fn no_args(vm: &Vm, name: &str, a: &[Value]) -> PyResult<()> {
    if !a.is_empty() {
        return Err(vm.type_error(format!("posix.{}() takes no arguments ({} given)", name, a.len())));
    }
    Ok(())
}

fn cstr(vm: &Vm, s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| vm.value_error("embedded null byte".into()))
}

fn p_getpid(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "getpid", a)?;
    // SAFETY: getpid has no preconditions.
    Ok(Value::Int(unsafe { libc::getpid() } as i64))
}

fn p_getppid(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "getppid", a)?;
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn p_kill(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("kill expected 2 arguments, got {}", a.len())));
    }
    let pid = int_arg(vm, a, 0, "kill")?;
    let sig = int_arg(vm, a, 1, "kill")?;
    // SAFETY: kill(2); errors are reported.
    if unsafe { libc::kill(pid as libc::pid_t, sig as i32) } != 0 {
        return Err(io_err(vm, None));
    }
    // a signal sent to ourselves runs its handler before kill() returns, as in CPython
    vm.check_signals()?;
    Ok(Value::None)
}

fn p_strerror(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let code = int_arg(vm, a, 0, "strerror")?;
    Ok(pystr::new_str(&crate::modules::strerror(code as i32)))
}

fn p_cpu_count(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "cpu_count", a)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 { Value::Int(n as i64) } else { Value::None })
}

fn p_sched_getaffinity(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let pid = int_arg(vm, a, 0, "sched_getaffinity")?;
    // SAFETY: a zeroed cpu set the kernel fills.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer and its size.
    if unsafe { libc::sched_getaffinity(pid as libc::pid_t, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } != 0 {
        return Err(io_err(vm, None));
    }
    let out = crate::types::set::new_set(false);
    for cpu in 0..libc::CPU_SETSIZE as usize {
        // SAFETY: reading a set the kernel filled.
        if unsafe { libc::CPU_ISSET(cpu, &set) } {
            crate::types::set::add(vm, &out, Value::Int(cpu as i64))?;
        }
    }
    Ok(Value::Obj(out))
}

fn p_getcwd(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "getcwd", a)?;
    let d = std::env::current_dir().map_err(|e| vm.os_error_from_io(&e, None))?;
    Ok(pystr::new_str(&d.to_string_lossy()))
}

fn p_chdir(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = path_or_fd(vm, a, "chdir", "string, bytes, os.PathLike or integer")?;
    std::env::set_current_dir(&p).map_err(|e| vm.os_error_from_io(&e, Some(&p)))?;
    Ok(Value::None)
}

fn p_listdir(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = if a.is_empty() || a[0].is_none() { ".".to_string() } else { path_or_fd(vm, a, "listdir", "string, bytes, os.PathLike, integer or None")? };
    let rd = std::fs::read_dir(&p).map_err(|e| vm.os_error_from_io(&e, Some(&p)))?;
    let mut names = Vec::new();
    for e in rd {
        let e = e.map_err(|e| vm.os_error_from_io(&e, Some(&p)))?;
        names.push(pystr::new_str(&e.file_name().to_string_lossy()));
    }
    Ok(list::new_list(names))
}

fn p_mkdir(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, "mkdir")?;
    let mode = match a.get(1).or_else(|| k.get("mode")) {
        Some(v) => crate::types::int::to_i64(v).unwrap_or(0o777),
        None => 0o777,
    };
    let c = cstr(vm, &p)?;
    // SAFETY: mkdir(2) with a valid C string.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(io_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

fn path_call(vm: &Vm, a: &[Value], fname: &str, f: unsafe extern "C" fn(*const libc::c_char) -> libc::c_int) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, fname)?;
    let c = cstr(vm, &p)?;
    // SAFETY: a libc path call with a valid C string.
    if unsafe { f(c.as_ptr()) } != 0 {
        return Err(io_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

fn p_chmod(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, "chmod")?;
    let mode = int_arg(vm, a, 1, "chmod")?;
    let c = cstr(vm, &p)?;
    // SAFETY: a libc path call with a valid C string.
    if unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(io_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

/// utime(path, times=None, *, ns=None): (atime, mtime) in seconds or ns=(atime_ns, mtime_ns).
fn p_utime(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, "utime")?;
    let c = cstr(vm, &p)?;
    let times = a.get(1).or_else(|| k.get("times")).cloned().unwrap_or(Value::None);
    let ns = k.get("ns").cloned().unwrap_or(Value::None);
    let spec = |secs: f64| libc::timespec { tv_sec: secs.floor() as libc::time_t, tv_nsec: ((secs - secs.floor()) * 1e9) as libc::c_long };
    let ts: Option<[libc::timespec; 2]> = if !times.is_none() {
        if !ns.is_none() {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both".into()));
        }
        let t = vm.collect(&times)?;
        if t.len() != 2 {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None".into()));
        }
        let f = |v: &Value| crate::types::float::to_f64(v).ok_or_else(|| vm.type_error("utime: 'times' must be either a tuple of two ints or None".into()));
        Some([spec(f(&t[0])?), spec(f(&t[1])?)])
    } else if !ns.is_none() {
        let t = vm.collect(&ns)?;
        if t.len() != 2 {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints".into()));
        }
        let n = |v: &Value| {
            vm.index_value(v)
                .map(|x| libc::timespec { tv_sec: x.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: x.rem_euclid(1_000_000_000) as libc::c_long })
        };
        Some([n(&t[0])?, n(&t[1])?])
    } else {
        None
    };
    let ptr = ts.as_ref().map(|t| t.as_ptr()).unwrap_or(std::ptr::null());
    // SAFETY: a valid C string; ptr is null (now) or two timespecs that outlive the call.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) } != 0 {
        return Err(io_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

fn p_access(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, "access")?;
    let mode = int_arg(vm, a, 1, "access")?;
    let c = cstr(vm, &p)?;
    // SAFETY: a libc path call with a valid C string.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0))
}

fn p_umask(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let m = int_arg(vm, a, 0, "umask")?;
    // SAFETY: umask only swaps the process's mask.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn p_ids(_vm: &Vm, which: u8) -> PyResult<Value> {
    // SAFETY: these calls only read the process's ids.
    let v = unsafe {
        match which {
            0 => libc::getuid() as i64,
            1 => libc::geteuid() as i64,
            2 => libc::getgid() as i64,
            _ => libc::getegid() as i64,
        }
    };
    Ok(Value::Int(v))
}

fn p_getuid(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    p_ids(vm, 0)
}
fn p_geteuid(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    p_ids(vm, 1)
}
fn p_getgid(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    p_ids(vm, 2)
}
fn p_getegid(vm: &Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    p_ids(vm, 3)
}

fn p_isatty(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = int_arg(vm, a, 0, "isatty")?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd as libc::c_int) } == 1))
}

fn p_symlink(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let src = path_arg(vm, a, 0, "symlink")?;
    let dst = path_arg(vm, a, 1, "symlink")?;
    let (cs, cd) = (cstr(vm, &src)?, cstr(vm, &dst)?);
    // SAFETY: two valid C strings.
    if unsafe { libc::symlink(cs.as_ptr(), cd.as_ptr()) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error_from_io(&e, Some(&src)));
    }
    Ok(Value::None)
}

fn p_readlink(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, "readlink")?;
    match std::fs::read_link(&p) {
        Ok(t) => Ok(pystr::new_str(&t.to_string_lossy())),
        Err(e) => Err(vm.os_error_from_io(&e, Some(&p))),
    }
}

fn p_rmdir(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    path_call(vm, a, "rmdir", libc::rmdir)
}

fn p_remove(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    path_call(vm, a, "remove", libc::unlink)
}

fn p_unlink(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    path_call(vm, a, "unlink", libc::unlink)
}

fn p_rename(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let src = path_arg(vm, a, 0, "rename")?;
    let dst = path_arg(vm, a, 1, "rename")?;
    let (cs, cd) = (cstr(vm, &src)?, cstr(vm, &dst)?);
    // SAFETY: rename(2) with valid C strings.
    if unsafe { libc::rename(cs.as_ptr(), cd.as_ptr()) } != 0 {
        let e = std::io::Error::last_os_error();
        let code = e.raw_os_error().unwrap_or(0);
        let ty = crate::types::exceptions::errno_type(code);
        let args = vec![Value::Int(code as i64), pystr::new_str(&crate::modules::strerror(code)), pystr::new_str(&src), Value::None, pystr::new_str(&dst)];
        return Err(vm.new_error_args(ty, args));
    }
    Ok(Value::None)
}

const STAT_FIELDS: [&str; 10] = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

fn stat_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = crate::types::typeobj::make_builtin_subclassable("stat_result", &rt().t.tuple, Layout::Tuple);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *crate::types::typeobj::type_data(&t).module.get() = "os".into() };
        crate::types::add_methods(&t, &[("__repr__", stat_repr)]);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR);
        t
    })
}

fn stat_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = match &a[0] {
        Value::Obj(o) => tuple::items(o).to_vec(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (n, v) in STAT_FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{}={}", n, vm.repr_string(v)?));
    }
    Ok(pystr::new_str(&format!("os.stat_result({})", parts.join(", "))))
}

fn p_stat(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let follow = match k.get("follow_symlinks") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let p = path_or_fd(vm, a, "stat", "string, bytes, os.PathLike or integer")?;
    stat_path(vm, &p, follow)
}

fn p_lstat(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = path_arg(vm, a, 0, "lstat")?;
    stat_path(vm, &p, false)
}

fn stat_path(vm: &Vm, p: &str, follow: bool) -> PyResult<Value> {
    let c = cstr(vm, p)?;
    // SAFETY: a zeroed struct stat filled by stat(2) / lstat(2).
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a valid C string and struct pointer.
    let r = unsafe {
        if follow {
            libc::stat(c.as_ptr(), &mut st)
        } else {
            libc::lstat(c.as_ptr(), &mut st)
        }
    };
    if r != 0 {
        return Err(io_err(vm, Some(p)));
    }
    // the tuple holds whole seconds; the attributes hold float times, as in CPython
    let items = vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        Value::Int(st.st_atime),
        Value::Int(st.st_mtime),
        Value::Int(st.st_ctime),
    ];
    let o = PyRef::new(&stat_type(), Payload::Tuple(items.clone().into_boxed_slice()));
    let d = dict::new_dict();
    for (n, v) in STAT_FIELDS.iter().zip(items.into_iter()).take(7) {
        dict::set_str_raw(&d, n, v);
    }
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    dict::set_str_raw(&d, "st_atime", t(st.st_atime, st.st_atime_nsec));
    dict::set_str_raw(&d, "st_mtime", t(st.st_mtime, st.st_mtime_nsec));
    dict::set_str_raw(&d, "st_ctime", t(st.st_ctime, st.st_ctime_nsec));
    dict::set_str_raw(&d, "st_mtime_ns", crate::types::int::from_bigint(num_bigint::BigInt::from(st.st_mtime) * 1_000_000_000 + st.st_mtime_nsec));
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

fn p_urandom(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, a, 0, "urandom")?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    let mut buf = vec![0u8; n as usize];
    let mut got = 0;
    while got < buf.len() {
        // SAFETY: getrandom into the unfilled tail of our buffer.
        let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr() as *mut libc::c_void, buf.len() - got, 0) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                vm.check_signals()?;
                continue;
            }
            return Err(vm.os_error_from_io(&e, None));
        }
        got += r as usize;
    }
    Ok(bytes::new_bytes(buf))
}

fn p_exit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let code = int_arg(vm, a, 0, "_exit")?;
    crate::runtime::trace_out::at_exit();
    // SAFETY: ends the process at once, without flushing or cleanup, as os._exit does.
    unsafe { libc::_exit(code as i32) }
}

/// execv(path, args): replace the process image; returns only on failure (OSError).
fn p_execv(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("execv() takes exactly 2 arguments ({} given)", a.len())));
    }
    let to_c = |v: &Value| -> PyResult<std::ffi::CString> {
        let s = match pystr::as_str(v) {
            Some(s) => s.as_bytes().to_vec(),
            None => crate::modules::bytes_like(v).map(|b| b.into_owned()).ok_or_else(|| vm.type_error("execv() arg must contain only str or bytes".into()))?,
        };
        std::ffi::CString::new(s).map_err(|_| vm.value_error("embedded null byte".into()))
    };
    let path = to_c(&a[0])?;
    let args: Vec<std::ffi::CString> = vm.collect(&a[1])?.iter().map(to_c).collect::<PyResult<_>>()?;
    if args.is_empty() {
        return Err(vm.value_error("execv() arg 2 must not be empty".into()));
    }
    let mut argv: Vec<*const libc::c_char> = args.iter().map(|c| c.as_ptr()).collect();
    argv.push(std::ptr::null());
    crate::modules::sys::flush_std();
    // SAFETY: path and argv are NUL-terminated C strings that outlive the call; execv only
    // returns on failure.
    unsafe { libc::execv(path.as_ptr(), argv.as_ptr()) };
    Err(io_err(vm, None))
}

fn p_pipe(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "pipe", a)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 fills two descriptors; O_CLOEXEC as CPython's are non-inheritable.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io_err(vm, None));
    }
    Ok(tuple::new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

/// read(fd, n): up to n bytes, waiting without the GIL; EINTR runs handlers and retries.
fn p_read(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = int_arg(vm, a, 0, "read")? as i32;
    let n = int_arg(vm, a, 1, "read")?;
    if n < 0 {
        return Err(vm.value_error("negative length".into()));
    }
    let n = n as usize;
    loop {
        let (r, buf, err) = vm.allow_threads(crate::runtime::giltrace::Why::Io, move || {
            let mut buf = vec![0u8; n];
            // SAFETY: reading into our own buffer of n bytes.
            let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, n) };
            let err = std::io::Error::last_os_error();
            (r, buf, err)
        });
        if r >= 0 {
            let mut buf = buf;
            buf.truncate(r as usize);
            return Ok(bytes::new_bytes(buf));
        }
        if err.kind() == std::io::ErrorKind::Interrupted {
            vm.check_signals()?;
            continue;
        }
        return Err(vm.os_error_from_io(&err, None));
    }
}

fn p_write(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = int_arg(vm, a, 0, "write")? as i32;
    let data = a.get(1).and_then(bytes::bytes_of).ok_or_else(|| {
        let t = a.get(1).map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into());
        vm.type_error(format!("a bytes-like object is required, not '{}'", t))
    })?;
    loop {
        let d = data.clone();
        let (r, err) = vm.allow_threads(crate::runtime::giltrace::Why::Io, move || {
            // SAFETY: writing from our own buffer.
            let r = unsafe { libc::write(fd, d.as_ptr() as *const libc::c_void, d.len()) };
            (r, std::io::Error::last_os_error())
        });
        if r >= 0 {
            return Ok(Value::Int(r as i64));
        }
        if err.kind() == std::io::ErrorKind::Interrupted {
            vm.check_signals()?;
            continue;
        }
        return Err(vm.os_error_from_io(&err, None));
    }
}

/// open(path, flags, mode=0o777) -> a new descriptor (non-inheritable, as CPython's)
fn p_open(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let path = path_arg(vm, a, 0, "open")?;
    let flags = int_arg(vm, a, 1, "open")? as i32;
    let mode = if a.len() > 2 { int_arg(vm, a, 2, "open")? as libc::c_uint } else { 0o777 };
    let c = std::ffi::CString::new(path.clone()).map_err(|_| vm.value_error("embedded null byte".into()))?;
    // SAFETY: a NUL-terminated path; open(2) returns a new descriptor or -1.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(io_err(vm, Some(&path)));
    }
    Ok(Value::Int(fd as i64))
}

fn p_close(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = int_arg(vm, a, 0, "close")?;
    // SAFETY: close(2) on a number the program gave; EBADF is reported.
    if unsafe { libc::close(fd as i32) } != 0 {
        return Err(io_err(vm, None));
    }
    Ok(Value::None)
}

fn p_dup(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = int_arg(vm, a, 0, "dup")?;
    // SAFETY: F_DUPFD_CLOEXEC duplicates a descriptor (non-inheritable, as CPython's).
    let r = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(io_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn p_dup2(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = int_arg(vm, a, 0, "dup2")?;
    let fd2 = int_arg(vm, a, 1, "dup2")?;
    // SAFETY: dup2(2); errors are reported.
    let r = unsafe { libc::dup2(fd as i32, fd2 as i32) };
    if r < 0 {
        return Err(io_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn p_putenv(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let k = path_arg(vm, a, 0, "putenv")?;
    let v = path_arg(vm, a, 1, "putenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    // Safety note: the environment is only changed by the GIL holder.
    std::env::set_var(&k, &v);
    Ok(Value::None)
}

fn p_unsetenv(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let k = path_arg(vm, a, 0, "unsetenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    std::env::remove_var(&k);
    Ok(Value::None)
}

// ---- fork and the wait family -------------------------------------------------------------

/// os.register_at_fork's callables: before (run last-registered first), after_in_parent and
/// after_in_child (run in registration order).
static FORK_HOOKS: std::sync::OnceLock<crate::modules::_thread::GilCell<[Vec<Value>; 3]>> = std::sync::OnceLock::new();

fn fork_hooks() -> &'static crate::modules::_thread::GilCell<[Vec<Value>; 3]> {
    FORK_HOOKS.get_or_init(|| crate::modules::_thread::GilCell(std::cell::UnsafeCell::new([Vec::new(), Vec::new(), Vec::new()])))
}

/// Drop the registered hooks (interpreter shutdown, as CPython's interpreter clear does).
pub fn clear_fork_hooks() {
    if FORK_HOOKS.get().is_none() {
        return;
    }
    // SAFETY: GIL invariant; the vectors are moved out and dropped after the slots are empty.
    let old = unsafe { std::mem::take(&mut *fork_hooks().0.get()) };
    drop(old);
}

fn p_register_at_fork(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(vm.type_error(format!("register_at_fork() takes exactly 0 positional arguments ({} given)", a.len())));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (n, v) in k.iter() {
        let i = match n {
            "before" => 0,
            "after_in_parent" => 1,
            "after_in_child" => 2,
            _ => return Err(vm.type_error(format!("register_at_fork() got an unexpected keyword argument '{}'", n))),
        };
        if !v.is_none() {
            if !vm.is_callable(v) {
                return Err(vm.type_error(format!("'{}' must be callable, not {}", n, vm.type_name(v))));
            }
            slots[i] = Some(v.clone());
        }
    }
    if slots.iter().all(|s| s.is_none()) {
        return Err(vm.type_error("At least one argument is required.".into()));
    }
    for (i, s) in slots.into_iter().enumerate() {
        if let Some(f) = s {
            // SAFETY: GIL invariant; no Python code runs while the list is borrowed.
            unsafe { (*fork_hooks().0.get())[i].push(f) };
        }
    }
    Ok(Value::None)
}

fn run_fork_hooks(vm: &Vm, which: usize) {
    // SAFETY: GIL invariant; cloned out before any hook runs.
    let mut hooks: Vec<Value> = unsafe { (*fork_hooks().0.get())[which].clone() };
    if which == 0 {
        hooks.reverse();
    }
    for h in hooks {
        if let Err(e) = vm.call(&h, &[], KwArgs::EMPTY) {
            crate::eval::traceback::print_unraisable(vm, None, Some(h.clone()), &e);
        }
    }
}

/// os.fork(), as CPython does it: the before hooks run, the standard streams are flushed (so
/// buffered output is not written twice), and in the child the forking thread is the only one
/// left, holding a fresh GIL, the interpreter's main thread from now on.
fn p_fork(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "fork", a)?;
    run_fork_hooks(vm, 0);
    crate::modules::sys::flush_std();
    let file_guard = crate::types::file::before_fork();
    // SAFETY: getpid has no preconditions.
    let parent = unsafe { libc::getpid() } as u64;
    let gil_guard = crate::runtime::gil::before_fork();
    // SAFETY: fork(2). In the child only this thread exists; the mutexes that other threads
    // could have held are held by us (guards above) and reset below.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        crate::runtime::gil::after_fork_parent(gil_guard);
        drop(file_guard);
        return Err(io_err(vm, None));
    }
    if pid == 0 {
        crate::runtime::gil::after_fork_child(gil_guard, vm.uid, parent);
        crate::runtime::trace_out::after_fork_child();
        let mut file_guard = file_guard;
        *file_guard = false;
        drop(file_guard);
        vm.is_main.set(true);
        crate::modules::signal::set_main_thread();
        crate::modules::_thread::after_fork_child(vm);
        run_fork_hooks(vm, 2);
    } else {
        crate::runtime::gil::after_fork_parent(gil_guard);
        drop(file_guard);
        crate::runtime::giltrace::forked_child(vm.uid, pid as u64);
        run_fork_hooks(vm, 1);
    }
    Ok(Value::Int(pid as i64))
}

fn wait_result(vm: &Vm, pid: i64, options: i64) -> PyResult<(i64, i32)> {
    loop {
        let (r, status, err) = vm.allow_threads(crate::runtime::giltrace::Why::Wait, move || {
            let mut status: libc::c_int = 0;
            // SAFETY: waitpid(2) with a valid status pointer.
            let r = unsafe { libc::waitpid(pid as libc::pid_t, &mut status, options as i32) };
            (r, status, std::io::Error::last_os_error())
        });
        if r >= 0 {
            return Ok((r as i64, status));
        }
        if err.kind() == std::io::ErrorKind::Interrupted {
            vm.check_signals()?;
            continue;
        }
        return Err(vm.os_error_from_io(&err, None));
    }
}

fn p_waitpid(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("waitpid expected 2 arguments, got {}", a.len())));
    }
    let pid = int_arg(vm, a, 0, "waitpid")?;
    let options = int_arg(vm, a, 1, "waitpid")?;
    let (p, st) = wait_result(vm, pid, options)?;
    Ok(tuple::new_tuple(vec![Value::Int(p), Value::Int(st as i64)]))
}

fn p_wait(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, "wait", a)?;
    let (p, st) = wait_result(vm, -1, 0)?;
    Ok(tuple::new_tuple(vec![Value::Int(p), Value::Int(st as i64)]))
}

fn status_arg(vm: &Vm, a: &[Value], fname: &str) -> PyResult<i32> {
    let v = int_arg(vm, a, 0, fname)?;
    i32::try_from(v).map_err(|_| vm.overflow_error("signed integer is greater than maximum".into()))
}

fn p_waitstatus_to_exitcode(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let st = status_arg(vm, a, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(st) {
        return Ok(Value::Int(libc::WEXITSTATUS(st) as i64));
    }
    if libc::WIFSIGNALED(st) {
        return Ok(Value::Int(-(libc::WTERMSIG(st) as i64)));
    }
    if libc::WIFSTOPPED(st) {
        return Err(vm.value_error(format!("process stopped by delivery of signal {}", libc::WSTOPSIG(st))));
    }
    Err(vm.value_error(format!("invalid wait status: {}", st)))
}

fn p_wifexited(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFEXITED(status_arg(vm, a, "WIFEXITED")?)))
}
fn p_wexitstatus(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(libc::WEXITSTATUS(status_arg(vm, a, "WEXITSTATUS")?) as i64))
}
fn p_wifsignaled(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFSIGNALED(status_arg(vm, a, "WIFSIGNALED")?)))
}
fn p_wtermsig(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(libc::WTERMSIG(status_arg(vm, a, "WTERMSIG")?) as i64))
}
fn p_wifstopped(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFSTOPPED(status_arg(vm, a, "WIFSTOPPED")?)))
}
fn p_wstopsig(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(libc::WSTOPSIG(status_arg(vm, a, "WSTOPSIG")?) as i64))
}
fn p_wcoredump(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(libc::WCOREDUMP(status_arg(vm, a, "WCOREDUMP")?)))
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = crate::modules::new_module(
        "posix",
        &[
            ("getpid", p_getpid),
            ("getppid", p_getppid),
            ("kill", p_kill),
            ("strerror", p_strerror),
            ("cpu_count", p_cpu_count),
            ("sched_getaffinity", p_sched_getaffinity),
            ("getcwd", p_getcwd),
            ("chdir", p_chdir),
            ("listdir", p_listdir),
            ("mkdir", p_mkdir),
            ("rmdir", p_rmdir),
            ("chmod", p_chmod),
            ("utime", p_utime),
            ("access", p_access),
            ("umask", p_umask),
            ("getuid", p_getuid),
            ("geteuid", p_geteuid),
            ("getgid", p_getgid),
            ("getegid", p_getegid),
            ("isatty", p_isatty),
            ("symlink", p_symlink),
            ("readlink", p_readlink),
            ("remove", p_remove),
            ("unlink", p_unlink),
            ("rename", p_rename),
            ("stat", p_stat),
            ("lstat", p_lstat),
            ("urandom", p_urandom),
            ("_exit", p_exit),
            ("pipe", p_pipe),
            ("read", p_read),
            ("execv", p_execv),
            ("open", p_open),
            ("write", p_write),
            ("close", p_close),
            ("dup", p_dup),
            ("dup2", p_dup2),
            ("putenv", p_putenv),
            ("unsetenv", p_unsetenv),
            ("fork", p_fork),
            ("register_at_fork", p_register_at_fork),
            ("waitpid", p_waitpid),
            ("wait", p_wait),
            ("waitstatus_to_exitcode", p_waitstatus_to_exitcode),
            ("WIFEXITED", p_wifexited),
            ("WEXITSTATUS", p_wexitstatus),
            ("WIFSIGNALED", p_wifsignaled),
            ("WTERMSIG", p_wtermsig),
            ("WIFSTOPPED", p_wifstopped),
            ("WSTOPSIG", p_wstopsig),
            ("WCOREDUMP", p_wcoredump),
        ],
    );
    let d = crate::modules::module_dict(&m);
    let env = dict::new_dict();
    for (k, v) in std::env::vars_os() {
        dict::set_str_raw(&env, &k.to_string_lossy(), pystr::new_str(&v.to_string_lossy()));
    }
    dict::set_str_raw(&d, "environ", Value::Obj(env));
    dict::set_str_raw(&d, "stat_result", Value::Obj(stat_type()));
    for (n, v) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_APPEND", libc::O_APPEND),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
    ] {
        dict::set_str_raw(&d, n, Value::Int(v as i64));
    }
    dict::set_str_raw(&d, "WNOHANG", Value::Int(libc::WNOHANG as i64));
    dict::set_str_raw(&d, "WUNTRACED", Value::Int(libc::WUNTRACED as i64));
    dict::set_str_raw(&d, "WCONTINUED", Value::Int(libc::WCONTINUED as i64));
    m
}
