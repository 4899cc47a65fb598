//! `_multiprocessing`: what processes share that Python cannot build from `os` alone.
//! `SemLock` is a POSIX named semaphore (sem_open), so a child made by fork inherits it and
//! one made by spawn opens it again by name; the Python side (multiprocessing/synchronize.py)
//! builds Lock, RLock, Semaphore, Condition, Event and Barrier on it as CPython does.
//! `SharedBuffer` is a memfd mapped MAP_SHARED: fork keeps the mapping, spawn maps the
//! inherited fd again; Value and Array (sharedctypes.py) read and write it through struct
//! formats. `poll` waits for readable descriptors with the GIL released.
//! Every wait here releases the GIL and runs signal handlers when a signal interrupts it.

use crate::modules::StaticType;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, list, str as pystr};
use crate::Vm;
use std::ffi::CString;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

struct SemData {
    /// the sem_t* from sem_open, kept as an address so waits can move it to a thread
    /// without the GIL
    sem: usize,
    name: String,
}

impl NativeData for SemData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "name" => Some(pystr::new_str(&self.name)),
            _ => None,
        })
    }
}

impl Drop for SemData {
    fn drop(&mut self) {
        // SAFETY: sem came from a successful sem_open and is closed once, here.
        unsafe { libc::sem_close(self.sem as *mut libc::sem_t) };
    }
}

struct ShmData {
    addr: usize,
    size: usize,
    fd: i32,
}

impl NativeData for ShmData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "fd" => Some(Value::Int(self.fd as i64)),
            "size" => Some(Value::Int(self.size as i64)),
            _ => None,
        })
    }
}

impl Drop for ShmData {
    fn drop(&mut self) {
        // SAFETY: the mapping and the fd were made by shm_new and are released once, here.
        unsafe {
            if self.size > 0 {
                libc::munmap(self.addr as *mut libc::c_void, self.size);
            }
            libc::close(self.fd);
        }
    }
}

fn sem_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        crate::modules::native_type(
            "_multiprocessing",
            "SemLock",
            None,
            &[("acquire", sem_acquire), ("release", sem_release), ("_get_value", sem_get_value), ("_unlink", sem_unlink_m)],
        )
    })
}

fn shm_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || crate::modules::native_type("_multiprocessing", "SharedBuffer", None, &[("read", shm_read), ("write", shm_write)]))
}

fn this<'a, T: 'static>(vm: &Vm, a: &'a [Value], what: &str) -> PyResult<&'a T> {
    match a.first() {
        Some(Value::Obj(o)) => native::<T>(o).ok_or_else(|| vm.type_error(format!("descriptor requires a '{}' object", what))),
        _ => Err(vm.type_error(format!("descriptor requires a '{}' object", what))),
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_error(vm: &Vm) -> crate::PyErr {
    vm.os_error_from_io(&std::io::Error::last_os_error(), None)
}

/// sem_open(name, create, value): a new semaphore (create: it must not exist yet) or an
/// existing one by name.
fn m_sem_open(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error("sem_open(name, create, value)".into()));
    }
    let name = pystr::as_str(&a[0]).ok_or_else(|| vm.type_error("name must be str".into()))?.to_string();
    let create = vm.truthy(&a[1])?;
    let value = crate::modules::c_int_arg(vm, &a[2])?;
    let cname = CString::new(name.clone()).map_err(|_| vm.value_error("embedded null character".into()))?;
    // SAFETY: cname is a valid C string; sem_open's varargs are (mode_t, unsigned) with O_CREAT.
    let sem = unsafe {
        if create {
            libc::sem_open(cname.as_ptr(), libc::O_CREAT | libc::O_EXCL, 0o600 as libc::c_uint, value as libc::c_uint)
        } else {
            libc::sem_open(cname.as_ptr(), 0)
        }
    };
    if sem == libc::SEM_FAILED {
        return Err(os_error(vm));
    }
    Ok(Value::Obj(PyRef::new(&sem_type(), Payload::Native(Box::new(SemData { sem: sem as usize, name })))))
}

fn m_sem_unlink(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let name = a.first().and_then(pystr::as_str).ok_or_else(|| vm.type_error("sem_unlink(name)".into()))?;
    let cname = CString::new(name).map_err(|_| vm.value_error("embedded null character".into()))?;
    // SAFETY: a valid C string.
    if unsafe { libc::sem_unlink(cname.as_ptr()) } != 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn sem_unlink_m(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this::<SemData>(vm, a, "SemLock")?;
    let cname = CString::new(s.name.clone()).map_err(|_| vm.value_error("embedded null character".into()))?;
    // SAFETY: a valid C string; unlinking a name another process removed first is harmless.
    unsafe { libc::sem_unlink(cname.as_ptr()) };
    Ok(Value::None)
}

fn deadline_after(secs: f64) -> libc::timespec {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut now) };
    let total = now.tv_nsec as i128 + (secs.max(0.0) * 1e9) as i128;
    libc::timespec { tv_sec: now.tv_sec + (total / 1_000_000_000) as libc::time_t, tv_nsec: (total % 1_000_000_000) as libc::c_long }
}

/// acquire(block=True, timeout=None) -> bool
fn sem_acquire(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this::<SemData>(vm, a, "SemLock")?;
    let block = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match a.get(2) {
        Some(Value::None) | None => None,
        Some(v) => Some(crate::types::float::float_from(vm, v)?.max(0.0)),
    };
    let sem = s.sem;
    // SAFETY: sem is open for this object's life.
    if unsafe { libc::sem_trywait(sem as *mut libc::sem_t) } == 0 {
        return Ok(Value::Bool(true));
    }
    if !block {
        return Ok(Value::Bool(false));
    }
    let end = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
    loop {
        let left = end.map(|e| e.saturating_duration_since(Instant::now()).as_secs_f64());
        let (rc, err) = vm.allow_threads(crate::runtime::giltrace::Why::Lock, move || {
            // SAFETY: as above; the semaphore outlives the call (the object is borrowed).
            let rc = unsafe {
                match left {
                    None => libc::sem_wait(sem as *mut libc::sem_t),
                    Some(l) => {
                        let ts = deadline_after(l);
                        libc::sem_timedwait(sem as *mut libc::sem_t, &ts)
                    }
                }
            };
            (rc, if rc == 0 { 0 } else { errno() })
        });
        if rc == 0 {
            return Ok(Value::Bool(true));
        }
        match err {
            libc::EINTR => vm.check_signals()?,
            libc::ETIMEDOUT => return Ok(Value::Bool(false)),
            _ => return Err(vm.os_error_from_io(&std::io::Error::from_raw_os_error(err), None)),
        }
    }
}

fn sem_release(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this::<SemData>(vm, a, "SemLock")?;
    // SAFETY: sem is open for this object's life.
    if unsafe { libc::sem_post(s.sem as *mut libc::sem_t) } != 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn sem_get_value(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this::<SemData>(vm, a, "SemLock")?;
    let mut v: libc::c_int = 0;
    // SAFETY: sem is open; v receives the value.
    if unsafe { libc::sem_getvalue(s.sem as *mut libc::sem_t, &mut v) } != 0 {
        return Err(os_error(vm));
    }
    Ok(Value::Int(v.max(0) as i64))
}

/// SharedBuffer(size[, fd]): `size` zeroed bytes shared with every process that inherits the
/// mapping (fork) or the fd (spawn maps it again).
fn m_shared_buffer(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let size = crate::modules::ssize_arg(vm, a.first().unwrap_or(&Value::Int(0)))?;
    if size < 0 {
        return Err(vm.value_error("negative size".into()));
    }
    let size = size as usize;
    let fd = match a.get(1) {
        Some(v) if !v.is_none() => crate::modules::c_int_arg(vm, v)?,
        _ => {
            let name = CString::new("gilpy-mp").unwrap();
            // SAFETY: a valid C string; memfd_create returns a new fd or -1.
            let fd = unsafe { libc::memfd_create(name.as_ptr(), 0) };
            if fd < 0 {
                return Err(os_error(vm));
            }
            // SAFETY: fd is ours.
            if unsafe { libc::ftruncate(fd, size as libc::off_t) } != 0 {
                let e = os_error(vm);
                // SAFETY: fd is ours and closed once.
                unsafe { libc::close(fd) };
                return Err(e);
            }
            fd
        }
    };
    let addr = if size == 0 {
        0
    } else {
        // SAFETY: a fresh shared mapping of an fd at least `size` bytes long.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED, fd, 0) };
        if p == libc::MAP_FAILED {
            return Err(os_error(vm));
        }
        p as usize
    };
    Ok(Value::Obj(PyRef::new(&shm_type(), Payload::Native(Box::new(ShmData { addr, size, fd })))))
}

fn range_arg(vm: &Vm, s: &ShmData, off: &Value, n: usize) -> PyResult<usize> {
    let off = crate::modules::ssize_arg(vm, off)?;
    if off < 0 || (off as usize).checked_add(n).map(|e| e > s.size).unwrap_or(true) {
        return Err(vm.index_error("shared buffer index out of range".into()));
    }
    Ok(off as usize)
}

/// read(offset, n) -> bytes
fn shm_read(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this::<ShmData>(vm, a, "SharedBuffer")?;
    let n = crate::modules::ssize_arg(vm, a.get(2).unwrap_or(&Value::Int(0)))?.max(0) as usize;
    let off = range_arg(vm, s, a.get(1).unwrap_or(&Value::Int(0)), n)?;
    let mut out = vec![0u8; n];
    if n > 0 {
        // SAFETY: off..off+n lies inside the mapping (checked); other processes write it
        // only under the multiprocessing lock the Python side holds.
        unsafe { std::ptr::copy_nonoverlapping((s.addr + off) as *const u8, out.as_mut_ptr(), n) };
    }
    Ok(bytes::new_bytes(out))
}

/// write(offset, data)
fn shm_write(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this::<ShmData>(vm, a, "SharedBuffer")?;
    let data = crate::modules::bytes_like(a.get(2).unwrap_or(&Value::None)).ok_or_else(|| vm.type_error("a bytes-like object is required".into()))?;
    let off = range_arg(vm, s, a.get(1).unwrap_or(&Value::Int(0)), data.len())?;
    if !data.is_empty() {
        // SAFETY: as in shm_read.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), (s.addr + off) as *mut u8, data.len()) };
    }
    Ok(Value::None)
}

/// poll(fds, timeout) -> the fds that are readable (or at end of file), waiting up to
/// `timeout` seconds (None: forever) with the GIL released.
fn m_poll(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fds: Vec<i32> = vm.collect(a.first().unwrap_or(&Value::None))?.iter().map(|v| crate::modules::c_int_arg(vm, v)).collect::<PyResult<_>>()?;
    let timeout = match a.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(crate::types::float::float_from(vm, v)?.max(0.0)),
    };
    let end = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
    loop {
        let ms: i32 = match end {
            None => -1,
            Some(e) => {
                let left = e.saturating_duration_since(Instant::now());
                (left.as_micros().div_ceil(1000)).min(i32::MAX as u128) as i32
            }
        };
        let fds2 = fds.clone();
        let (rc, err, ready) = vm.allow_threads(crate::runtime::giltrace::Why::Io, move || {
            let mut p: Vec<libc::pollfd> = fds2.iter().map(|&fd| libc::pollfd { fd, events: libc::POLLIN, revents: 0 }).collect();
            // SAFETY: p is a valid array of pollfd of the given length.
            let rc = unsafe { libc::poll(p.as_mut_ptr(), p.len() as libc::nfds_t, ms) };
            let err = if rc < 0 { errno() } else { 0 };
            let ready: Vec<i32> = p.iter().filter(|x| x.revents != 0).map(|x| x.fd).collect();
            (rc, err, ready)
        });
        if rc >= 0 {
            return Ok(list::new_list(ready.into_iter().map(|fd| Value::Int(fd as i64)).collect()));
        }
        if err == libc::EINTR {
            vm.check_signals()?;
            continue;
        }
        return Err(vm.os_error_from_io(&std::io::Error::from_raw_os_error(err), None));
    }
}

/// set_inheritable-style helper for spawn: clear FD_CLOEXEC so an exec'd child keeps `fd`.
fn m_keep_on_exec(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = crate::modules::c_int_arg(vm, a.first().unwrap_or(&Value::None))?;
    // SAFETY: fcntl on an fd number; a bad fd gives -1 and EBADF.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = super::new_module(
        "_multiprocessing",
        &[("sem_open", m_sem_open), ("sem_unlink", m_sem_unlink), ("SharedBuffer", m_shared_buffer), ("poll", m_poll), ("keep_on_exec", m_keep_on_exec)],
    );
    let d = super::module_dict(&m);
    crate::types::dict::set_str_raw(&d, "SemLock", Value::Obj(sem_type()));
    crate::types::dict::set_str_raw(&d, "flags", Value::Obj(crate::types::dict::new_dict()));
    let _ = rt();
    m
}
