//! File objects for `open()` and `sys.stdin/stdout/stderr`: a file descriptor with read and
//! write buffers, text (UTF-8) or binary. Output is buffered as CPython's is (line-buffered
//! on a terminal and for stderr, block-buffered otherwise) and flushed at exit.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{bytes, list, str as pystr};
use crate::Vm;
use std::cell::{Cell, UnsafeCell};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::unix::io::{FromRawFd, IntoRawFd};

const BUF_SIZE: usize = 8192;

fn with_file<R>(fd: i32, f: impl FnOnce(&mut File) -> R) -> R {
    // SAFETY: the fd is owned by the file object (or is a standard stream); ManuallyDrop
    // keeps this temporary File from closing it.
    let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f(&mut file)
}

pub fn new_file(fd: i32, name: Value, mode: &str, binary: bool, readable: bool, writable: bool, line_buffered: bool, owns_fd: bool) -> PyRef {
    new_text_file(fd, name, mode, binary, readable, writable, line_buffered, owns_fd, "UTF-8", None)
}

/// A file object with a codec (a name lookup_codec knows) and an error handler for text.
#[allow(clippy::too_many_arguments)]
fn new_text_file(
    fd: i32,
    name: Value,
    mode: &str,
    binary: bool,
    readable: bool,
    writable: bool,
    line_buffered: bool,
    owns_fd: bool,
    encoding: &str,
    errors: Option<String>,
) -> PyRef {
    PyRef::new(
        &rt().t.file,
        Payload::File(Box::new(FileData {
            fd: Cell::new(fd),
            name,
            mode: mode.to_string(),
            binary,
            readable,
            writable,
            closed: Cell::new(false),
            encoding: encoding.into(),
            errors,
            rbuf: UnsafeCell::new(Vec::new()),
            wbuf: UnsafeCell::new(Vec::new()),
            line_buffered,
            owns_fd,
            newline: Cell::new(0),
            write_through: Cell::new(false),
            parent: None,
            below: UnsafeCell::new(Vec::new()),
        })),
    )
}

/// `text.buffer`: a binary file over the text file's fd, in the places of CPython's
/// BufferedReader/Writer under its TextIOWrapper. Its writes go straight to the fd: text still
/// pending in the text file comes after them, as CPython's pending text does. What it reads
/// ahead it leaves in the text file's `below`, which the text file's next read takes first;
/// what the text file has read ahead (CPython's decoded chunk) it never sees.
pub fn buffer_of(o: &PyRef) -> Option<Value> {
    let f = data(o);
    if f.binary || f.parent.is_some() {
        return None;
    }
    let plus = f.mode.contains('+');
    let mut mode: String = f.mode.chars().filter(|c| !matches!(c, 't' | 'b' | '+')).collect();
    mode.push('b');
    if plus {
        mode.push('+');
    }
    Some(Value::Obj(PyRef::new(
        &rt().t.file,
        Payload::File(Box::new(FileData {
            fd: Cell::new(f.fd.get()),
            name: f.name.clone(),
            mode,
            binary: true,
            readable: f.readable,
            writable: f.writable,
            closed: Cell::new(f.closed.get()),
            encoding: f.encoding.clone(),
            errors: None,
            rbuf: UnsafeCell::new(Vec::new()),
            wbuf: UnsafeCell::new(Vec::new()),
            line_buffered: false,
            owns_fd: false,
            newline: Cell::new(0),
            write_through: Cell::new(false),
            parent: Some(o.clone()),
            below: UnsafeCell::new(Vec::new()),
        })),
    )))
}

/// Run `op` on file `o`; for a text file's buffer view, with the bytes it read ahead kept in
/// the text file's `below` between operations (see `buffer_of`).
fn synced<R>(vm: &Vm, o: &PyRef, op: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    let f = data(o);
    let Some(p) = &f.parent else { return op() };
    let pf = data(p);
    if pf.closed.get() {
        return Err(vm.value_error("I/O operation on closed file.".into()));
    }
    // SAFETY: GIL invariant; the bytes move between the two buffers, no Python code runs.
    unsafe { *f.rbuf.get() = std::mem::take(&mut *pf.below.get()) };
    let r = op();
    // SAFETY: as above.
    unsafe { *pf.below.get() = std::mem::take(&mut *f.rbuf.get()) };
    flush_vm(vm, f).map_err(|e| vm.os_error_from_io(&e, None))?;
    r
}

fn data(o: &PyRef) -> &FileData {
    match o.payload() {
        Payload::File(f) => f,
        _ => panic!("not a file"),
    }
}

pub fn flush_data(f: &FileData) -> std::io::Result<()> {
    // SAFETY: GIL invariant; the buffer is taken out before writing.
    let buf = unsafe { std::mem::take(&mut *f.wbuf.get()) };
    if buf.is_empty() || f.closed.get() {
        return Ok(());
    }
    // wait for a write in progress in another thread (at exit, or before fork)
    let mut w = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    while *w {
        w = WRITE_DONE.wait(w).unwrap_or_else(|e| e.into_inner());
    }
    with_file(f.fd.get(), |file| file.write_all(&buf))
}

/// One writer at a time, so buffers reach the OS in the order they were taken from their
/// file objects even though the write itself runs with the GIL released.
static WRITING: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
static WRITE_DONE: std::sync::Condvar = std::sync::Condvar::new();

/// Held across fork(): no write is half done in the copied process.
pub fn before_fork() -> std::sync::MutexGuard<'static, bool> {
    let mut w = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    while *w {
        w = WRITE_DONE.wait(w).unwrap_or_else(|e| e.into_inner());
    }
    w
}

/// Flush with the GIL released around the write (CPython's buffered writer does the same).
/// The writer flag is taken before the GIL is let go and given back before it is taken
/// again, so a thread that waits for the flag while holding the GIL cannot deadlock.
pub fn flush_vm(vm: &Vm, f: &FileData) -> std::io::Result<()> {
    if f.closed.get() {
        return Ok(());
    }
    // SAFETY: GIL invariant; a plain length read.
    if unsafe { (*f.wbuf.get()).is_empty() } {
        return Ok(());
    }
    {
        let mut w = WRITING.lock().unwrap_or_else(|e| e.into_inner());
        while *w {
            w = WRITE_DONE.wait(w).unwrap_or_else(|e| e.into_inner());
        }
        *w = true;
    }
    // SAFETY: GIL invariant; the buffer is taken out before writing.
    let buf = unsafe { std::mem::take(&mut *f.wbuf.get()) };
    let fd = f.fd.get();
    vm.allow_threads(crate::runtime::giltrace::Why::Io, move || {
        let r = with_file(fd, |file| file.write_all(&buf));
        *WRITING.lock().unwrap_or_else(|e| e.into_inner()) = false;
        WRITE_DONE.notify_all();
        r
    })
}

pub fn close_on_drop(f: &mut FileData) {
    if !f.closed.get() {
        let _ = flush_data(f);
        if f.owns_fd {
            // SAFETY: the file object owns this fd and is being destroyed.
            drop(unsafe { File::from_raw_fd(f.fd.get()) });
        }
        f.closed.set(true);
    }
}

/// io.UnsupportedOperation: both an OSError and a ValueError.
pub fn unsupported_operation() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let r = rt();
        let t = crate::types::typeobj::make_builtin_subclassable("UnsupportedOperation", &r.e.os_error, Layout::Exception);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_EXCEPTION);
        // SAFETY: start of the type's life, before anyone reads its bases.
        unsafe {
            (*td.bases.get()).push(r.e.value_error.clone());
            *td.mro.get() = crate::types::typeobj::c3_mro(&[r.e.os_error.clone(), r.e.value_error.clone()]).unwrap_or_default();
            *td.module.get() = "io".into();
        }
        t
    })
}

fn check_open(vm: &Vm, f: &FileData) -> PyResult<()> {
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file.".into()));
    }
    Ok(())
}

/// Write a str to a text file: its newline translation, then its codec.
pub fn write_text(vm: &Vm, o: &PyRef, s: &str) -> PyResult<()> {
    let f = data(o);
    let translated;
    let s = match f.newline.get() {
        NEWLINE_CR if s.contains('\n') => {
            translated = s.replace('\n', "\r");
            translated.as_str()
        }
        NEWLINE_CRLF if s.contains('\n') => {
            translated = s.replace('\n', "\r\n");
            translated.as_str()
        }
        _ => s,
    };
    // a utf-8-sig file's mark was written when it was opened
    let encoding = if f.encoding == "utf-8-sig" { "utf-8" } else { f.encoding.as_str() };
    match &f.errors {
        Some(errors) if !f.binary => write_bytes(vm, o, &pystr::encode_text(vm, s, encoding, errors)?),
        _ => write_bytes(vm, o, s.as_bytes()),
    }
}

/// utf-8-sig: a file read from its start loses its byte order mark, and a file written
/// from its start gets one; the text between is plain UTF-8.
fn byte_order_mark(o: &PyRef, fd: i32, mode: &str) {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    let f = data(o);
    // SAFETY: lseek on the descriptor this file object owns, just opened; the position is
    // put back where it was.
    let (at_start, empty) = unsafe {
        let here = libc::lseek(fd, 0, libc::SEEK_CUR);
        let end = libc::lseek(fd, 0, libc::SEEK_END);
        libc::lseek(fd, here, libc::SEEK_SET);
        (here == 0, end == 0)
    };
    if f.readable && !mode.contains('w') && at_start {
        let mut head = [0u8; 3];
        let mut got = 0;
        while got < 3 {
            // SAFETY: reading into the rest of a 3-byte stack buffer.
            let n = unsafe { libc::read(fd, head[got..].as_mut_ptr() as *mut libc::c_void, 3 - got) };
            if n <= 0 {
                break;
            }
            got += n as usize;
        }
        // a file shorter than the mark that begins like it reads as empty, as CPython's
        // incremental utf-8-sig decoder has it
        if !BOM.starts_with(&head[..got]) {
            // SAFETY: GIL invariant; the file object is new and unshared.
            unsafe { (*f.rbuf.get()).extend_from_slice(&head[..got]) };
        }
    }
    if f.writable && (mode.contains('w') || mode.contains('x') || empty) {
        // SAFETY: as above.
        unsafe { (*f.wbuf.get()).extend_from_slice(BOM) };
    }
    if mode.contains('a') {
        // SAFETY: appending: back to the end, where the descriptor writes anyway
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
}

/// newline='\r': '\r' alone ends a line, and '\n' is written as '\r'
const NEWLINE_CR: u8 = 3;
/// newline='\r\n': '\r\n' alone ends a line, and '\n' is written as '\r\n'
const NEWLINE_CRLF: u8 = 4;

/// Write bytes to a file object (print() and write() come here).
pub fn write_bytes(vm: &Vm, o: &PyRef, b: &[u8]) -> PyResult<()> {
    synced(vm, o, || write_own(vm, o, b))
}

fn write_own(vm: &Vm, o: &PyRef, b: &[u8]) -> PyResult<()> {
    let f = data(o);
    check_open(vm, f)?;
    if !f.writable {
        return Err(vm.new_error(&unsupported_operation(), "not writable".into()));
    }
    // SAFETY: GIL invariant; no Python code runs while the buffer is borrowed.
    let buf = unsafe { &mut *f.wbuf.get() };
    buf.extend_from_slice(b);
    let must_flush = buf.len() >= BUF_SIZE || f.write_through.get() || (f.line_buffered && b.contains(&b'\n'));
    if must_flush {
        flush_vm(vm, f).map_err(|e| vm.os_error_from_io(&e, None))?;
    }
    Ok(())
}

/// Read one chunk with the GIL released; a signal (EINTR) runs its handler and the read is
/// retried, as PEP 475 has it.
fn fill(vm: &Vm, f: &FileData) -> PyResult<bool> {
    // SAFETY: GIL invariant; what the buffer view read ahead comes first.
    let below = unsafe { std::mem::take(&mut *f.below.get()) };
    if !below.is_empty() {
        // SAFETY: as above.
        unsafe { (*f.rbuf.get()).extend_from_slice(&below) };
        return Ok(true);
    }
    let fd = f.fd.get();
    let (n, chunk) = loop {
        let r = vm.allow_threads(crate::runtime::giltrace::Why::Io, move || {
            let mut chunk = vec![0u8; BUF_SIZE];
            with_file(fd, |file| file.read(&mut chunk)).map(|n| (n, chunk))
        });
        match r {
            Ok(x) => break x,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            Err(e) => return Err(vm.os_error_from_io(&e, None)),
        }
    };
    if n == 0 {
        return Ok(false);
    }
    // SAFETY: GIL invariant.
    unsafe { (*f.rbuf.get()).extend_from_slice(&chunk[..n]) };
    Ok(true)
}

fn make_result(vm: &Vm, f: &FileData, b: Vec<u8>) -> PyResult<Value> {
    if f.binary {
        Ok(bytes::new_bytes(b))
    } else {
        let s = match &f.errors {
            Some(errors) => bytes::decode_text(vm, &b, if f.encoding == "utf-8-sig" { "utf-8" } else { &f.encoding }, errors)?,
            None => String::from_utf8_lossy(&b).into_owned(),
        };
        let s = if f.newline.get() == 0 && s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s };
        Ok(pystr::from_string(s))
    }
}

/// The end (exclusive) of the first line in `buf`, or None if more input is needed.
/// `eof` says no more input will come.
fn line_end(f: &FileData, buf: &[u8], eof: bool) -> Option<usize> {
    match f.newline.get() {
        _ if f.binary => return buf.iter().position(|c| *c == b'\n').map(|i| i + 1),
        2 => return buf.iter().position(|c| *c == b'\n').map(|i| i + 1),
        NEWLINE_CR => return buf.iter().position(|c| *c == b'\r').map(|i| i + 1),
        NEWLINE_CRLF => return buf.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
        _ => {}
    }
    let i = buf.iter().position(|c| *c == b'\n' || *c == b'\r')?;
    if buf[i] == b'\n' {
        return Some(i + 1);
    }
    match buf.get(i + 1) {
        Some(b'\n') => Some(i + 2),
        Some(_) => Some(i + 1),
        None if eof => Some(i + 1),
        None => None,
    }
}

pub fn readline(vm: &Vm, o: &PyRef, limit: i64) -> PyResult<Value> {
    synced(vm, o, || readline_own(vm, o, limit))
}

fn readline_own(vm: &Vm, o: &PyRef, limit: i64) -> PyResult<Value> {
    let f = data(o);
    check_open(vm, f)?;
    let _ = flush_stdout_before_read(o);
    let mut eof = false;
    loop {
        // SAFETY: GIL invariant; plain reads of the read buffer.
        let buf = unsafe { &mut *f.rbuf.get() };
        if let Some(i) = line_end(f, buf, eof) {
            let end = if limit >= 0 { i.min(limit as usize) } else { i };
            let line: Vec<u8> = buf.drain(..end).collect();
            return make_result(vm, f, line);
        }
        if limit >= 0 && buf.len() >= limit as usize {
            let line: Vec<u8> = buf.drain(..limit as usize).collect();
            return make_result(vm, f, line);
        }
        if eof {
            // SAFETY: as above.
            let rest = unsafe { std::mem::take(&mut *f.rbuf.get()) };
            return make_result(vm, f, rest);
        }
        if !fill(vm, f)? {
            eof = true;
        }
    }
}

fn flush_stdout_before_read(_o: &PyRef) -> Option<()> {
    // reading from stdin flushes stdout, as CPython's input() does
    let out = crate::modules::sys::stdout_file()?;
    flush_data(data(&out)).ok()
}

fn read_all(vm: &Vm, f: &FileData, size: i64) -> PyResult<Vec<u8>> {
    loop {
        // SAFETY: GIL invariant.
        let have = unsafe { (*f.rbuf.get()).len() };
        if size >= 0 && have >= size as usize {
            break;
        }
        if !fill(vm, f)? {
            break;
        }
    }
    // SAFETY: GIL invariant.
    let buf = unsafe { &mut *f.rbuf.get() };
    let n = if size >= 0 { (size as usize).min(buf.len()) } else { buf.len() };
    Ok(buf.drain(..n).collect())
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::File(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a file object".into())),
    }
}

fn m_write(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    let v = args.get(1).cloned().unwrap_or(Value::None);
    if f.binary {
        let b = bytes::bytes_of(&v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&v))))?;
        write_bytes(vm, &o, &b)?;
        Ok(Value::Int(b.len() as i64))
    } else {
        let s = pystr::as_str(&v).ok_or_else(|| vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&v))))?;
        write_text(vm, &o, s)?;
        Ok(Value::Int(s.chars().count() as i64))
    }
}

fn m_read(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    check_open(vm, f)?;
    if !f.readable {
        return Err(vm.new_error(&unsupported_operation(), "not readable".into()));
    }
    let size = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let b = synced(vm, &o, || read_all(vm, f, size))?;
    make_result(vm, f, b)
}

fn m_readline(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let limit = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    readline(vm, &o, limit)
}

fn m_readlines(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let mut out = Vec::new();
    loop {
        let line = readline(vm, &o, -1)?;
        if vm.len(&line)? == 0 {
            break;
        }
        out.push(line);
    }
    Ok(list::new_list(out))
}

fn m_writelines(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    for line in vm.collect(args.get(1).unwrap_or(&Value::None))? {
        m_write(vm, &[Value::Obj(o.clone()), line], KwArgs::EMPTY)?;
    }
    Ok(Value::None)
}

fn m_flush(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    check_open(vm, f)?;
    synced(vm, &o, || flush_vm(vm, f).map_err(|e| vm.os_error_from_io(&e, None)))?;
    Ok(Value::None)
}

fn m_close(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    if f.closed.get() {
        return Ok(Value::None);
    }
    let r = flush_vm(vm, f);
    f.closed.set(true);
    if f.owns_fd {
        // SAFETY: the file object owns this fd; it is marked closed first.
        drop(unsafe { File::from_raw_fd(f.fd.get()) });
    }
    r.map_err(|e| vm.os_error_from_io(&e, None))?;
    Ok(Value::None)
}

fn m_enter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    check_open(vm, data(&o))?;
    Ok(args[0].clone())
}

fn m_exit(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    m_close(vm, &args[..1], KwArgs::EMPTY)?;
    Ok(Value::None)
}

fn m_fileno(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if data(&o).closed.get() {
        // FileIO's own wording, without the period of the buffered layers' message
        return Err(vm.value_error("I/O operation on closed file".into()));
    }
    Ok(Value::Int(data(&o).fd.get() as i64))
}

fn m_seek(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    check_open(vm, f)?;
    flush_vm(vm, f).map_err(|e| vm.os_error_from_io(&e, None))?;
    let off = vm.index_value(args.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = vm.index_value(args.get(2).unwrap_or(&Value::Int(0)))?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(if f.binary {
            format!("whence value {} unsupported", whence)
        } else {
            format!("invalid whence ({}, should be 0, 1 or 2)", whence)
        }));
    }
    // a text file seeks only to a position tell() gave, or to its end
    if !f.binary && whence == 1 && off != 0 {
        return Err(vm.new_error(&unsupported_operation(), "can't do nonzero cur-relative seeks".into()));
    }
    if !f.binary && whence == 2 && off != 0 {
        return Err(vm.new_error(&unsupported_operation(), "can't do nonzero end-relative seeks".into()));
    }
    // SAFETY: GIL invariant; read-ahead is discarded by a seek.
    unsafe { (*f.rbuf.get()).clear() };
    let pos = match whence {
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        _ => SeekFrom::End(off),
    };
    let r = with_file(f.fd.get(), |file| file.seek(pos)).map_err(|e| vm.os_error_from_io(&e, None))?;
    Ok(Value::Int(r as i64))
}

fn m_tell(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    check_open(vm, f)?;
    flush_vm(vm, f).map_err(|e| vm.os_error_from_io(&e, None))?;
    let r = with_file(f.fd.get(), |file| file.stream_position()).map_err(|e| vm.os_error_from_io(&e, None))?;
    // SAFETY: GIL invariant.
    let ahead = unsafe { (*f.rbuf.get()).len() } as u64;
    Ok(Value::Int((r - ahead) as i64))
}

/// truncate(size=None): cut (or extend) the file to size bytes, by default the current
/// position; the position does not move.
fn m_truncate(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let f = data(&o);
    check_open(vm, f)?;
    if !f.writable {
        // io.UnsupportedOperation, which io.py defines
        let io = crate::runtime::import::import_module(vm, "io")?;
        let cls = vm.getattr_str(&Value::Obj(io), "UnsupportedOperation")?;
        let e = vm.call(&cls, &[pystr::new_str("truncate")], KwArgs::EMPTY)?;
        return Err(match e {
            Value::Obj(o) => crate::PyErr::new(o),
            _ => vm.type_error("truncate".into()),
        });
    }
    let size = match args.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => match m_tell(vm, &args[..1], KwArgs::EMPTY)? {
            Value::Int(p) => p,
            _ => 0,
        },
    };
    flush_vm(vm, f).map_err(|e| vm.os_error_from_io(&e, None))?;
    with_file(f.fd.get(), |file| file.set_len(size as u64)).map_err(|e| vm.os_error_from_io(&e, None))?;
    Ok(Value::Int(size))
}

fn m_readable(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(data(&this(vm, args)?).readable))
}
fn m_writable(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(data(&this(vm, args)?).writable))
}
fn m_seekable(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let fd = data(&o).fd.get();
    Ok(Value::Bool(with_file(fd, |f| f.stream_position().is_ok())))
}

fn m_isatty(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    Ok(Value::Bool(crate::modules::isatty(data(&o).fd.get())))
}

/// open(file, mode='r', buffering=-1, encoding=None, ...)
pub fn open(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name = args.first().or_else(|| kw.get("file")).cloned().ok_or_else(|| vm.type_error("open() missing required argument 'file' (pos 1)".into()))?;
    // a path-like object (pathlib.Path) opens the path its __fspath__ gives
    let name = match &name {
        Value::Obj(o) if !matches!(o.payload(), Payload::Str(_) | Payload::Bytes(_)) => match vm.lookup_special(&name, "__fspath__") {
            Some(f) => vm.call(&f, &[], KwArgs::EMPTY)?,
            None => name,
        },
        _ => name,
    };
    let mode = args.get(1).or_else(|| kw.get("mode")).and_then(pystr::as_str).unwrap_or("r").to_string();
    let given = |i: usize, k: &str| args.get(i).or_else(|| kw.get(k)).filter(|v| !matches!(v, Value::None)).cloned();
    let (encoding, errors, newline_arg) = (given(3, "encoding"), given(4, "errors"), given(5, "newline"));
    if mode.contains('b') {
        for (v, what) in [(&encoding, "an encoding"), (&errors, "an errors"), (&newline_arg, "a newline")] {
            if v.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {} argument", what)));
            }
        }
    }
    let mut codec = "utf-8".to_string();
    if let Some(e) = &encoding {
        if let Some(enc) = pystr::as_str(e) {
            let l = enc.to_lowercase().replace('_', "-");
            let l = if matches!(l.as_str(), "utf8-sig" | "utf-8-sig") { "utf-8-sig".to_string() } else { l };
            if !matches!(l.as_str(), "utf-8" | "utf8" | "ascii" | "latin-1" | "latin1" | "utf-8-sig") {
                return Err(vm.new_error(&rt().e.lookup_error, format!("unknown encoding: {}", enc)));
            }
            codec = l;
        }
    }
    let errors = match &errors {
        None => "strict".to_string(),
        Some(v) => pystr::as_str(v).ok_or_else(|| vm.type_error(format!("open() argument 'errors' must be str or None, not {}", vm.type_name(v))))?.to_string(),
    };
    let buffering = match given(2, "buffering") {
        Some(v) => vm.index_value(&v)?,
        None => -1,
    };
    let closefd = match given(6, "closefd") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let unbuffered_text = buffering == 0 && !mode.contains('b');
    let path = match &name {
        Value::Int(fd) => {
            if *fd < 0 {
                return Err(vm.value_error("negative file descriptor".into()));
            }
            // FileIO checks the descriptor at once
            // SAFETY: fcntl(F_GETFD) only queries the descriptor's flags.
            if unsafe { libc::fcntl(*fd as i32, libc::F_GETFD) } < 0 {
                return Err(vm.os_error_from_io(&std::io::Error::last_os_error(), None));
            }
            if unbuffered_text {
                return Err(vm.value_error("can't have unbuffered text I/O".into()));
            }
            let binary = mode.contains('b');
            let f = new_text_file(
                *fd as i32,
                name.clone(),
                &mode,
                binary,
                mode.contains('r') || mode.contains('+'),
                !mode.contains('r') || mode.contains('+'),
                false,
                closefd,
                &codec,
                Some(errors),
            );
            return Ok(Value::Obj(f));
        }
        _ => pystr::as_str(&name).ok_or_else(|| vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&name))))?.to_string(),
    };
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte".into()));
    }
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name".into()));
    }
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{}'", mode)));
        }
        seen.push(c);
    }
    if mode.chars().filter(|c| "rwxa".contains(*c)).count() != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode".into()));
    }
    if mode.contains('b') && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once".into()));
    }
    let newline = match args.get(5).or_else(|| kw.get("newline")) {
        None | Some(Value::None) => 0u8,
        Some(v) => match pystr::as_str(v) {
            Some("") => 1,
            Some("\n") => 2,
            Some("\r") => NEWLINE_CR,
            Some("\r\n") => NEWLINE_CRLF,
            Some(other) => return Err(vm.value_error(format!("illegal newline value: {}", other))),
            None => return Err(vm.type_error(format!("open() argument 'newline' must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let mut oo = std::fs::OpenOptions::new();
    let (readable, writable) = if mode.contains('r') {
        oo.read(true).write(plus);
        (true, plus)
    } else if mode.contains('w') {
        oo.write(true).create(true).truncate(true).read(plus);
        (plus, true)
    } else if mode.contains('a') {
        oo.append(true).create(true).read(plus);
        (plus, true)
    } else {
        oo.write(true).create_new(true).read(plus);
        (plus, true)
    };
    let file = oo.open(&path).map_err(|e| vm.os_error_from_io(&e, Some(&path)))?;
    if std::fs::metadata(&path).map(|m| m.is_dir()).unwrap_or(false) {
        return Err(vm.new_error_args(&rt().e.is_a_directory_error, vec![Value::Int(21), pystr::new_str("Is a directory"), pystr::new_str(&path)]));
    }
    let fd = file.into_raw_fd();
    if unbuffered_text {
        // CPython opens (and creates) the file before it refuses
        // SAFETY: closing the descriptor just opened, which nothing else holds.
        unsafe { libc::close(fd) };
        return Err(vm.value_error("can't have unbuffered text I/O".into()));
    }
    let fo = new_text_file(fd, name, &mode, binary, readable, writable, false, true, &codec, Some(errors));
    data(&fo).newline.set(newline);
    if codec == "utf-8-sig" {
        byte_order_mark(&fo, fd, &mode);
    }
    Ok(Value::Obj(fo))
}

pub fn register() {
    let t = &rt().t.file;
    crate::types::add_methods(
        t,
        &[
            ("write", m_write),
            ("read", m_read),
            ("readline", m_readline),
            ("readlines", m_readlines),
            ("writelines", m_writelines),
            ("flush", m_flush),
            ("close", m_close),
            ("__enter__", m_enter),
            ("__exit__", m_exit),
            ("fileno", m_fileno),
            ("seek", m_seek),
            ("tell", m_tell),
            ("truncate", m_truncate),
            ("readable", m_readable),
            ("writable", m_writable),
            ("isatty", m_isatty),
            ("seekable", m_seekable),
        ],
    );
}
