//! `zlib`: one-shot compress/decompress, streaming `Compress`/`Decompress` objects, crc32 and
//! adler32, over the C zlib itself (libz-sys: the system's library when pkg-config finds it,
//! the crate's bundled source otherwise). Linked against the same zlib as CPython (the
//! system's), the output is byte-identical, provided deflate is handed output room in the
//! same steps (`OutBuf`); zlib's own return codes and messages make the errors CPython's.
//!
//! Every deflate/inflate call runs with the GIL released, inside one `vm.allow_threads`
//! closure per Python-level call (stream set-up and copies stay under the GIL, as in
//! CPython). The closure sees only plain data: the caller's input as a slice (immutable
//! bytes borrowed, a bytearray copied first) and the stream behind its object's `Mutex`; it
//! returns bytes or a `ZErr` that becomes the exception once the GIL is back.

use super::{bytes_like, c_int_arg, locked_without_gil, parse_args, ssize_arg, with_lock, Params, StaticType};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, dict, str as pystr};
use crate::Vm;
use libz_sys as z;
use std::borrow::Cow;
use std::os::raw::{c_int, c_uint, c_void};
use std::sync::{Mutex, OnceLock};

const DEF_BUF_SIZE: usize = 16384;
const DEF_MEM_LEVEL: c_int = 8;
const MAX_WBITS: c_int = 15;
/// zlib counts input and output in 32 bits; longer buffers go through in pieces
const UINT_MAX: usize = c_uint::MAX as usize;

// ---- the stream --------------------------------------------------------------------------

// zlib's allocator hooks. Its default (Z_NULL) cannot be written: the Rust binding types
// them as non-nullable function pointers. These do what zlib's own default does.
unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    match (items as usize).checked_mul(size as usize) {
        // SAFETY: plain C allocation; zlib frees it through zfree below.
        Some(n) => unsafe { libc::malloc(n) },
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: `p` came from zalloc (malloc) and zlib frees each block once.
    unsafe { libc::free(p) }
}

#[derive(Clone, Copy, PartialEq)]
enum Dir {
    Deflate,
    Inflate,
}

/// A z_stream, boxed because zlib's internal state points back at it (so it must not move),
/// and ended exactly once.
struct Stream {
    strm: Box<z::z_stream>,
    /// Some while zlib holds state for the stream: it needs deflateEnd / inflateEnd
    live: Option<Dir>,
}

// SAFETY: a z_stream has no tie to the thread that made it: its pointers lead to zlib's heap
// state (owned by this Stream) and to input/output buffers that are set before each zlib call
// and valid for that call only. Every use goes through the owning object's Mutex.
unsafe impl Send for Stream {}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}

fn version_ptr() -> *const std::os::raw::c_char {
    // SAFETY: zlibVersion returns a pointer to a static NUL-terminated string.
    unsafe { z::zlibVersion() }
}

/// The zlib library's version string (ZLIB_VERSION and ZLIB_RUNTIME_VERSION alike: the
/// library is found at build time, so there is no separate header version to report).
fn zlib_version() -> String {
    // SAFETY: a static NUL-terminated string (version_ptr).
    unsafe { std::ffi::CStr::from_ptr(version_ptr()) }.to_string_lossy().into_owned()
}

impl Stream {
    fn blank() -> Stream {
        let strm = Box::new(z::z_stream {
            next_in: std::ptr::null_mut(),
            avail_in: 0,
            total_in: 0,
            next_out: std::ptr::null_mut(),
            avail_out: 0,
            total_out: 0,
            msg: std::ptr::null_mut(),
            state: std::ptr::null_mut(),
            zalloc,
            zfree,
            opaque: std::ptr::null_mut(),
            data_type: 0,
            adler: 0,
            reserved: 0,
        });
        Stream { strm, live: None }
    }

    fn deflate_init(level: c_int, method: c_int, wbits: c_int, mem_level: c_int, strategy: c_int) -> (Stream, c_int) {
        let mut s = Stream::blank();
        let size = std::mem::size_of::<z::z_stream>() as c_int;
        // SAFETY: a blank stream with allocator functions set, at its final (boxed) address.
        let err = unsafe { z::deflateInit2_(&mut *s.strm, level, method, wbits, mem_level, strategy, version_ptr(), size) };
        if err == z::Z_OK {
            s.live = Some(Dir::Deflate);
        }
        (s, err)
    }

    fn inflate_init(wbits: c_int) -> (Stream, c_int) {
        let mut s = Stream::blank();
        let size = std::mem::size_of::<z::z_stream>() as c_int;
        // SAFETY: as in deflate_init.
        let err = unsafe { z::inflateInit2_(&mut *s.strm, wbits, version_ptr(), size) };
        if err == z::Z_OK {
            s.live = Some(Dir::Inflate);
        }
        (s, err)
    }

    /// A second stream in the same state (deflateCopy / inflateCopy).
    fn duplicate(&self) -> (Stream, c_int) {
        let mut d = Stream::blank();
        let dir = self.live.expect("callers check that the stream is live");
        let src = &*self.strm as *const z::z_stream as *mut z::z_stream;
        // SAFETY: `src` is a live stream of the right direction (zlib only reads the source;
        // the C signature lacks const), `d` a blank stream at its final address.
        let err = unsafe {
            match dir {
                Dir::Deflate => z::deflateCopy(&mut *d.strm, src),
                Dir::Inflate => z::inflateCopy(&mut *d.strm, src),
            }
        };
        if err == z::Z_OK {
            d.live = Some(dir);
        }
        // the copy's buffer pointers lead into the source's last call; they are reset before
        // its first call
        d.strm.next_in = std::ptr::null_mut();
        d.strm.avail_in = 0;
        (d, err)
    }

    /// deflateEnd / inflateEnd if zlib holds state; Z_OK otherwise.
    fn end(&mut self) -> c_int {
        let Some(dir) = self.live.take() else { return z::Z_OK };
        // SAFETY: a live stream of that direction, ended once (live is now None).
        unsafe {
            match dir {
                Dir::Deflate => z::deflateEnd(&mut *self.strm),
                Dir::Inflate => z::inflateEnd(&mut *self.strm),
            }
        }
    }

    fn is_live(&self) -> bool {
        self.live.is_some()
    }

    /// One deflate (or inflate) call from the input set by `feed` into the free room of
    /// `out`. An ended stream is safe to pass: zlib finds no state and answers Z_STREAM_ERROR.
    fn step(&mut self, dir: Dir, flush: c_int, out: &mut OutBuf) -> c_int {
        let room = out.room();
        self.strm.next_out = out.buf.spare_capacity_mut().as_mut_ptr() as *mut u8;
        self.strm.avail_out = room as c_uint;
        // SAFETY: next_in/avail_in describe a slice the caller keeps alive across this call
        // (feed), next_out/avail_out the reserved room after `out`'s data (OutBuf::add keeps
        // at least `room` bytes of spare capacity), borrowed mutably here; the state, if any,
        // was made for this direction.
        let err = unsafe {
            match dir {
                Dir::Deflate => z::deflate(&mut *self.strm, flush),
                Dir::Inflate => z::inflate(&mut *self.strm, flush),
            }
        };
        let written = room - self.strm.avail_out as usize;
        // SAFETY: zlib initialized exactly `written` bytes after the data (it advanced
        // next_out by that much), all within the reserved capacity.
        unsafe { out.buf.set_len(out.buf.len() + written) };
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        err
    }

    /// Point zlib at the next piece of `input` from `*pos`, at most UINT_MAX bytes.
    fn feed(&mut self, input: &[u8], pos: &mut usize) {
        let n = (input.len() - *pos).min(UINT_MAX);
        // zlib never writes through next_in (z_const in its header)
        self.strm.next_in = input[*pos..].as_ptr() as *mut u8;
        self.strm.avail_in = n as c_uint;
        *pos += n;
    }

    /// How much of `input` zlib has consumed (input is what `feed` was given).
    fn consumed(&self, input: &[u8]) -> usize {
        if self.strm.next_in.is_null() {
            return 0;
        }
        self.strm.next_in as usize - input.as_ptr() as usize
    }

    /// Forget the input pointer once the call that owns the input is over.
    fn unfeed(&mut self) {
        self.strm.next_in = std::ptr::null_mut();
        self.strm.avail_in = 0;
    }

    /// zlib's message for the last error, if it set one.
    fn msg(&self) -> Option<String> {
        if self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib's messages are static NUL-terminated strings.
        Some(unsafe { std::ffi::CStr::from_ptr(self.strm.msg) }.to_string_lossy().into_owned())
    }

    /// The zlib.error message for code `err` while `doing` something, as CPython words it.
    fn error(&self, err: c_int, doing: &str) -> ZErr {
        let text = if err == z::Z_VERSION_ERROR {
            Some("library version mismatch".to_string())
        } else {
            self.msg().or_else(|| {
                match err {
                    z::Z_BUF_ERROR => Some("incomplete or truncated stream"),
                    z::Z_STREAM_ERROR => Some("inconsistent stream state"),
                    z::Z_DATA_ERROR => Some("invalid input data"),
                    _ => None,
                }
                .map(String::from)
            })
        };
        ZErr::Zlib(match text {
            Some(t) => format!("Error {} {}: {}", err, doing, t.chars().take(200).collect::<String>()),
            None => format!("Error {} {}", err, doing),
        })
    }
}

/// CPython's _BlocksOutputBuffer steps. Deflate cuts its stored blocks (level 0) to the room
/// it is given, so the output is byte-identical to CPython's only if the room comes in the
/// same steps: a first block (32 KiB, or a size the caller gives), then these by count.
const BLOCK_SIZES: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// The output of one call: `buf` holds what zlib wrote; `allocated` is all the room handed
/// out so far (reserved, not yet initialized, beyond buf's length), as CPython allocates
/// its blocks without touching them.
struct OutBuf {
    buf: Vec<u8>,
    allocated: usize,
    blocks: usize,
    /// the most a caller asked for (Decompress.decompress's max_length)
    max: Option<usize>,
}

impl OutBuf {
    /// A first block of 32 KiB, or of `max` if that is smaller (InitAndGrow).
    fn new(max: Option<usize>) -> Result<OutBuf, ZErr> {
        let first = max.map_or(BLOCK_SIZES[0], |m| m.min(BLOCK_SIZES[0]));
        OutBuf::with_first(first, max)
    }

    /// A first block of the caller's size (InitWithSize: decompress's bufsize, flush's length).
    fn with_first(first: usize, max: Option<usize>) -> Result<OutBuf, ZErr> {
        let mut o = OutBuf { buf: Vec::new(), allocated: 0, blocks: 0, max };
        o.add(first)?;
        Ok(o)
    }

    fn add(&mut self, n: usize) -> Result<(), ZErr> {
        let total = self.allocated.checked_add(n).ok_or(ZErr::NoMemory)?;
        self.buf.try_reserve_exact(total - self.buf.len()).map_err(|_| ZErr::NoMemory)?;
        self.allocated = total;
        self.blocks += 1;
        Ok(())
    }

    fn grow(&mut self) -> Result<(), ZErr> {
        let mut n = BLOCK_SIZES[self.blocks.min(BLOCK_SIZES.len() - 1)];
        if let Some(m) = self.max {
            n = n.min(m - self.allocated);
        }
        self.add(n)
    }

    /// Free room for zlib, at most what it counts in 32 bits.
    fn room(&self) -> usize {
        (self.allocated - self.buf.len()).min(UINT_MAX)
    }

    fn filled(&self) -> usize {
        self.buf.len()
    }

    fn into_vec(self) -> Vec<u8> {
        self.buf
    }
}

/// A failure found with the GIL released, raised once it is back.
enum ZErr {
    Zlib(String),
    /// MemoryError without a message (an output buffer that could not be had)
    NoMemory,
    Memory(&'static str),
    Overflow(&'static str),
}

fn error_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        let t = crate::types::typeobj::make_builtin_subclassable("error", &rt().e.exception, Layout::Exception);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_EXCEPTION);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *td.module.get() = "zlib".into() };
        t
    })
}

fn raise(vm: &Vm, e: ZErr) -> crate::PyErr {
    match e {
        ZErr::Zlib(m) => vm.new_error(&error_type(), m),
        ZErr::NoMemory => vm.new_error_args(&rt().e.memory_error, vec![]),
        ZErr::Memory(m) => vm.new_error(&rt().e.memory_error, m.into()),
        ZErr::Overflow(m) => vm.overflow_error(m.into()),
    }
}

/// A data argument: bytes-like, with the message CPython's buffer converter gives.
fn data_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

// ---- one-shot functions ------------------------------------------------------------------

fn compress_all(data: &[u8], level: c_int, wbits: c_int) -> Result<Vec<u8>, ZErr> {
    let (mut s, err) = Stream::deflate_init(level, z::Z_DEFLATED, wbits, DEF_MEM_LEVEL, z::Z_DEFAULT_STRATEGY);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(ZErr::Memory("Out of memory while compressing data")),
        z::Z_STREAM_ERROR => return Err(ZErr::Zlib("Bad compression level".into())),
        _ => return Err(s.error(err, "while compressing data")),
    }
    let mut out = OutBuf::new(None)?;
    let mut pos = 0;
    let mut err;
    loop {
        s.feed(data, &mut pos);
        let flush = if pos == data.len() { z::Z_FINISH } else { z::Z_NO_FLUSH };
        loop {
            if out.room() == 0 {
                out.grow()?;
            }
            err = s.step(Dir::Deflate, flush, &mut out);
            if err == z::Z_STREAM_ERROR {
                return Err(s.error(err, "while compressing data"));
            }
            if out.room() != 0 {
                break;
            }
        }
        if flush == z::Z_FINISH {
            break;
        }
    }
    s.unfeed();
    if err != z::Z_STREAM_END {
        return Err(s.error(err, "while compressing data"));
    }
    let err = s.end();
    if err != z::Z_OK {
        return Err(s.error(err, "while finishing compression"));
    }
    Ok(out.into_vec())
}

fn decompress_all(data: &[u8], wbits: c_int, bufsize: usize) -> Result<Vec<u8>, ZErr> {
    let (mut s, err) = Stream::inflate_init(wbits);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(ZErr::Memory("Out of memory while decompressing data")),
        _ => return Err(s.error(err, "while preparing to decompress data")),
    }
    let mut out = OutBuf::with_first(bufsize, None)?;
    let mut pos = 0;
    let mut err;
    loop {
        s.feed(data, &mut pos);
        // the last piece goes in with Z_FINISH, so a stream cut short answers Z_BUF_ERROR
        let flush = if pos == data.len() { z::Z_FINISH } else { z::Z_NO_FLUSH };
        loop {
            if out.room() == 0 {
                out.grow()?;
            }
            err = s.step(Dir::Inflate, flush, &mut out);
            match err {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_MEM_ERROR => return Err(ZErr::Memory("Out of memory while decompressing data")),
                _ => return Err(s.error(err, "while decompressing data")),
            }
            if out.room() != 0 {
                break;
            }
        }
        if err == z::Z_STREAM_END || pos == data.len() {
            break;
        }
    }
    s.unfeed();
    if err != z::Z_STREAM_END {
        return Err(s.error(err, "while decompressing data"));
    }
    let err = s.end();
    if err != z::Z_OK {
        return Err(s.error(err, "while finishing decompression"));
    }
    Ok(out.into_vec())
}

/// `compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)`
fn z_compress(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = Params { fname: "compress", names: &["data", "level", "wbits"], posonly: 1, minpos: 1, maxpos: 3 };
    let g = parse_args(vm, &p, a, k)?;
    let data = data_arg(vm, g[0].as_ref().expect("a required argument"))?;
    let level = g[1].as_ref().map(|v| c_int_arg(vm, v)).transpose()?.unwrap_or(z::Z_DEFAULT_COMPRESSION);
    let wbits = g[2].as_ref().map(|v| c_int_arg(vm, v)).transpose()?.unwrap_or(MAX_WBITS);
    let d: &[u8] = &data;
    let out = vm.allow_threads(crate::runtime::giltrace::Why::Zlib, move || compress_all(d, level, wbits)).map_err(|e| raise(vm, e))?;
    Ok(bytes::new_bytes(out))
}

/// `decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)`
fn z_decompress(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = Params { fname: "decompress", names: &["data", "wbits", "bufsize"], posonly: 1, minpos: 1, maxpos: 3 };
    let g = parse_args(vm, &p, a, k)?;
    let data = data_arg(vm, g[0].as_ref().expect("a required argument"))?;
    let wbits = g[1].as_ref().map(|v| c_int_arg(vm, v)).transpose()?.unwrap_or(MAX_WBITS);
    let bufsize = g[2].as_ref().map(|v| ssize_arg(vm, v)).transpose()?.unwrap_or(DEF_BUF_SIZE as i64);
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative".into()));
    }
    let d: &[u8] = &data;
    let out = vm.allow_threads(crate::runtime::giltrace::Why::Zlib, move || decompress_all(d, wbits, bufsize.max(1) as usize)).map_err(|e| raise(vm, e))?;
    Ok(bytes::new_bytes(out))
}

// ---- checksums ---------------------------------------------------------------------------

/// The running value of a checksum: any int, reduced modulo 2**32 as C's unsigned int
/// conversion does.
fn checksum_start(vm: &Vm, v: &Value) -> PyResult<u32> {
    if let Some(b) = crate::types::int::to_bigint(v) {
        let m = num_bigint::BigInt::from(1u64 << 32);
        let r = ((b % &m) + &m) % &m;
        return Ok(num_traits::ToPrimitive::to_u32(&r).unwrap_or(0));
    }
    Ok(vm.index_value(v)? as u32)
}

fn checksum(vm: &Vm, a: &[Value], k: KwArgs, name: &str, start: u32, crc: bool) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(vm.type_error(format!("zlib.{}() takes no keyword arguments", name)));
    }
    if a.is_empty() || a.len() > 2 {
        let (how, n) = if a.is_empty() { ("at least", "1 argument") } else { ("at most", "2 arguments") };
        return Err(vm.type_error(format!("{} expected {} {}, got {}", name, how, n, a.len())));
    }
    let data = data_arg(vm, &a[0])?;
    let value = a.get(1).map(|v| checksum_start(vm, v)).transpose()?.unwrap_or(start);
    let run = move |d: &[u8]| -> u32 {
        let mut v = value as std::os::raw::c_ulong;
        for piece in d.chunks(UINT_MAX) {
            // SAFETY: `piece` is a live slice of the given length.
            v = unsafe {
                if crc {
                    z::crc32(v, piece.as_ptr(), piece.len() as c_uint)
                } else {
                    z::adler32(v, piece.as_ptr(), piece.len() as c_uint)
                }
            };
        }
        v as u32
    };
    let d: &[u8] = &data;
    // CPython releases the GIL for buffers over 5 KiB only: below that the switch costs more
    let v = if d.len() > 5 * 1024 { vm.allow_threads(crate::runtime::giltrace::Why::Zlib, move || run(d)) } else { run(d) };
    Ok(Value::Int(v as i64))
}

fn z_crc32(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    checksum(vm, a, k, "crc32", 0, true)
}

fn z_adler32(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    checksum(vm, a, k, "adler32", 1, false)
}

// ---- Compress ----------------------------------------------------------------------------

struct CompressObj {
    stream: Mutex<Stream>,
}

impl NativeData for CompressObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn compress_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        super::native_type(
            "zlib",
            "Compress",
            None,
            &[("compress", c_compress), ("flush", c_flush), ("copy", c_copy), ("__copy__", c_copy_dunder), ("__deepcopy__", c_deepcopy)],
        )
    })
}

fn new_compress(s: Stream) -> Value {
    Value::Obj(PyRef::new(&compress_type(), Payload::Native(Box::new(CompressObj { stream: Mutex::new(s) }))))
}

fn compress_self<'a>(vm: &Vm, a: &'a [Value], method: &str) -> PyResult<&'a CompressObj> {
    native_self(vm, a, &compress_type(), method)
}

/// The receiver of a method of `ty`, with CPython's message for a foreign object.
fn native_self<'a, T: 'static>(vm: &Vm, a: &'a [Value], ty: &PyRef, method: &str) -> PyResult<&'a T> {
    let tname = crate::types::typeobj::type_name(ty);
    let bare = crate::types::typeobj::type_data(ty).name();
    let recv = a.first().ok_or_else(|| vm.type_error(format!("unbound method {}.{}() needs an argument", bare, method)))?;
    if let Value::Obj(o) = recv {
        if let Some(x) = native::<T>(o) {
            return Ok(x);
        }
    }
    Err(vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, tname, vm.type_name(recv))))
}

/// `compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
/// memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)`
fn z_compressobj(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = Params { fname: "compressobj", names: &["level", "method", "wbits", "memLevel", "strategy", "zdict"], posonly: 0, minpos: 0, maxpos: 6 };
    let g = parse_args(vm, &p, a, k)?;
    let int_or = |i: usize, d: c_int| -> PyResult<c_int> { g[i].as_ref().map(|v| c_int_arg(vm, v)).transpose().map(|x| x.unwrap_or(d)) };
    let level = int_or(0, z::Z_DEFAULT_COMPRESSION)?;
    let method = int_or(1, z::Z_DEFLATED)?;
    let wbits = int_or(2, MAX_WBITS)?;
    let mem_level = int_or(3, DEF_MEM_LEVEL)?;
    let strategy = int_or(4, z::Z_DEFAULT_STRATEGY)?;
    let zdict = g[5].as_ref().map(|v| data_arg(vm, v)).transpose()?;
    let (mut s, err) = Stream::deflate_init(level, method, wbits, mem_level, strategy);
    match err {
        z::Z_OK => {}
        z::Z_MEM_ERROR => return Err(vm.new_error(&rt().e.memory_error, "Can't allocate memory for compression object".into())),
        z::Z_STREAM_ERROR => return Err(vm.value_error("Invalid initialization option".into())),
        _ => return Err(raise(vm, s.error(err, "while creating compression object"))),
    }
    if let Some(zd) = zdict {
        if zd.len() > UINT_MAX {
            return Err(vm.overflow_error("zdict length does not fit in an unsigned int".into()));
        }
        // SAFETY: a live deflate stream and a live slice of the given length.
        let err = unsafe { z::deflateSetDictionary(&mut *s.strm, zd.as_ptr(), zd.len() as c_uint) };
        match err {
            z::Z_OK => {}
            z::Z_STREAM_ERROR => return Err(vm.value_error("Invalid dictionary".into())),
            _ => return Err(vm.value_error("deflateSetDictionary()".into())),
        }
    }
    Ok(new_compress(s))
}

/// Compress.compress(data, /)
fn c_compress(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let c = compress_self(vm, a, "compress")?;
    let p = Params { fname: "compress", names: &["data"], posonly: 1, minpos: 1, maxpos: 1 };
    let g = parse_args(vm, &p, &a[1..], k)?;
    let data = data_arg(vm, g[0].as_ref().expect("a required argument"))?;
    let d: &[u8] = &data;
    let out = locked_without_gil(vm, crate::runtime::giltrace::Why::Zlib, &c.stream, move |s| {
        let mut out = OutBuf::new(None)?;
        let mut pos = 0;
        loop {
            s.feed(d, &mut pos);
            loop {
                if out.room() == 0 {
                    out.grow()?;
                }
                let err = s.step(Dir::Deflate, z::Z_NO_FLUSH, &mut out);
                if err == z::Z_STREAM_ERROR {
                    s.unfeed();
                    return Err(s.error(err, "while compressing data"));
                }
                if out.room() != 0 {
                    break;
                }
            }
            if pos == d.len() {
                break;
            }
        }
        s.unfeed();
        Ok(out.into_vec())
    })
    .map_err(|e| raise(vm, e))?;
    Ok(bytes::new_bytes(out))
}

/// Compress.flush(mode=Z_FINISH, /)
fn c_flush(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let c = compress_self(vm, a, "flush")?;
    let p = Params { fname: "flush", names: &["mode"], posonly: 1, minpos: 0, maxpos: 1 };
    let g = parse_args(vm, &p, &a[1..], k)?;
    let mode = g[0].as_ref().map(|v| c_int_arg(vm, v)).transpose()?.unwrap_or(z::Z_FINISH);
    if mode == z::Z_NO_FLUSH {
        return Ok(bytes::new_bytes(Vec::new()));
    }
    let out = locked_without_gil(vm, crate::runtime::giltrace::Why::Zlib, &c.stream, move |s| {
        let mut out = OutBuf::new(None)?;
        let mut err;
        s.unfeed();
        loop {
            if out.room() == 0 {
                out.grow()?;
            }
            err = s.step(Dir::Deflate, mode, &mut out);
            if err == z::Z_STREAM_ERROR {
                return Err(s.error(err, "while flushing"));
            }
            if out.room() != 0 {
                break;
            }
        }
        if err == z::Z_STREAM_END && mode == z::Z_FINISH {
            let err = s.end();
            if err != z::Z_OK {
                return Err(s.error(err, "while finishing compression"));
            }
        } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
            return Err(s.error(err, "while flushing"));
        }
        Ok(out.into_vec())
    })
    .map_err(|e| raise(vm, e))?;
    Ok(bytes::new_bytes(out))
}

fn copy_stream(vm: &Vm, m: &Mutex<Stream>, what: &'static str) -> PyResult<Stream> {
    let (s, err) = with_lock(vm, crate::runtime::giltrace::Why::Zlib, m, |s| if s.is_live() { s.duplicate() } else { (Stream::blank(), z::Z_STREAM_ERROR) });
    match err {
        z::Z_OK => Ok(s),
        z::Z_STREAM_ERROR => Err(vm.value_error("Inconsistent stream state".into())),
        z::Z_MEM_ERROR => Err(vm.new_error(&rt().e.memory_error, format!("Can't allocate memory for {} object", what))),
        _ => Err(raise(vm, s.error(err, &format!("while copying {} object", what)))),
    }
}

fn no_args(vm: &Vm, a: &[Value], k: KwArgs, name: &str) -> PyResult<()> {
    if a.len() > 1 || !k.is_empty() {
        return Err(vm.type_error(format!("{}() takes no arguments", name)));
    }
    Ok(())
}

fn compress_copy(vm: &Vm, a: &[Value]) -> PyResult<Value> {
    let c = compress_self(vm, a, "copy")?;
    Ok(new_compress(copy_stream(vm, &c.stream, "compression")?))
}

fn c_copy(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    compress_self(vm, a, "copy")?;
    no_args(vm, a, k, "copy")?;
    compress_copy(vm, a)
}

fn c_copy_dunder(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    compress_self(vm, a, "__copy__")?;
    no_args(vm, a, k, "__copy__")?;
    compress_copy(vm, a)
}

/// __deepcopy__(memo, /): the copy is already deep (no Python objects inside)
fn c_deepcopy(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    compress_self(vm, a, "__deepcopy__")?;
    let p = Params { fname: "__deepcopy__", names: &["memo"], posonly: 1, minpos: 1, maxpos: 1 };
    parse_args(vm, &p, &a[1..], k)?;
    compress_copy(vm, &a[..1])
}

// ---- Decompress --------------------------------------------------------------------------

/// What a Decompress object changes as it goes: kept under one lock with the stream, so a
/// call's output and its leftover input are recorded together.
struct Inflater {
    s: Stream,
    eof: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}

struct DecompressObj {
    st: Mutex<Inflater>,
    /// the zdict object (any bytes-like object), read each time zlib asks for it
    zdict: Option<Value>,
}

impl NativeData for DecompressObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "eof" => Some(Value::Bool(with_lock(vm, crate::runtime::giltrace::Why::Zlib, &self.st, |i| i.eof))),
            "unused_data" => Some(bytes::new_bytes(with_lock(vm, crate::runtime::giltrace::Why::Zlib, &self.st, |i| i.unused_data.clone()))),
            "unconsumed_tail" => Some(bytes::new_bytes(with_lock(vm, crate::runtime::giltrace::Why::Zlib, &self.st, |i| i.unconsumed_tail.clone()))),
            _ => None,
        })
    }
}

fn decompress_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        super::native_type(
            "zlib",
            "Decompress",
            None,
            &[("decompress", d_decompress), ("flush", d_flush), ("copy", d_copy), ("__copy__", d_copy_dunder), ("__deepcopy__", d_deepcopy)],
        )
    })
}

fn decompress_self<'a>(vm: &Vm, a: &'a [Value], method: &str) -> PyResult<&'a DecompressObj> {
    native_self(vm, a, &decompress_type(), method)
}

fn set_dictionary(s: &mut Stream, zd: &[u8]) -> Result<(), ZErr> {
    if zd.len() > UINT_MAX {
        return Err(ZErr::Overflow("zdict length does not fit in an unsigned int"));
    }
    // SAFETY: an inflate stream (zlib checks it is live) and a live slice of that length.
    let err = unsafe { z::inflateSetDictionary(&mut *s.strm, zd.as_ptr(), zd.len() as c_uint) };
    if err != z::Z_OK {
        return Err(s.error(err, "while setting zdict"));
    }
    Ok(())
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`
fn z_decompressobj(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = Params { fname: "decompressobj", names: &["wbits", "zdict"], posonly: 0, minpos: 0, maxpos: 2 };
    let g = parse_args(vm, &p, a, k)?;
    let wbits = g[0].as_ref().map(|v| c_int_arg(vm, v)).transpose()?.unwrap_or(MAX_WBITS);
    let zdict = g[1].clone();
    if let Some(zd) = &zdict {
        if bytes_like(zd).is_none() {
            return Err(vm.type_error("zdict argument must support the buffer protocol".into()));
        }
    }
    let (mut s, err) = Stream::inflate_init(wbits);
    match err {
        z::Z_OK => {}
        z::Z_STREAM_ERROR => return Err(vm.value_error("Invalid initialization option".into())),
        z::Z_MEM_ERROR => return Err(vm.new_error(&rt().e.memory_error, "Can't allocate memory for decompression object".into())),
        _ => return Err(raise(vm, s.error(err, "while creating decompression object"))),
    }
    // a raw stream has no header to ask for the dictionary: it is set up front
    if let (Some(zd), true) = (&zdict, wbits < 0) {
        set_dictionary(&mut s, &bytes_like(zd).expect("checked above")).map_err(|e| raise(vm, e))?;
    }
    let st = Inflater { s, eof: false, unused_data: Vec::new(), unconsumed_tail: Vec::new() };
    Ok(Value::Obj(PyRef::new(&decompress_type(), Payload::Native(Box::new(DecompressObj { st: Mutex::new(st), zdict })))))
}

/// The inflate loop shared by decompress() and flush(): feed `data` into `out` (up to its
/// max), answer the dictionary when asked. Returns the output and zlib's last code.
fn inflate_loop(i: &mut Inflater, data: &[u8], zdict: Option<&[u8]>, mut out: OutBuf, finish: bool) -> Result<(Vec<u8>, c_int), ZErr> {
    let s = &mut i.s;
    let mut pos = 0;
    let mut err = z::Z_OK;
    'input: loop {
        s.feed(data, &mut pos);
        let flush = if !finish {
            z::Z_SYNC_FLUSH
        } else if pos == data.len() {
            z::Z_FINISH
        } else {
            z::Z_NO_FLUSH
        };
        loop {
            if out.room() == 0 {
                if out.max == Some(out.filled()) {
                    break 'input;
                }
                out.grow()?;
            }
            err = s.step(Dir::Inflate, flush, &mut out);
            match err {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_NEED_DICT if zdict.is_some() => set_dictionary(s, zdict.expect("checked"))?,
                _ => break 'input,
            }
            if !(out.room() == 0 || err == z::Z_NEED_DICT) {
                break;
            }
        }
        if err == z::Z_STREAM_END || pos == data.len() {
            break;
        }
    }
    Ok((out.into_vec(), err))
}

/// Record the input a call did not use: after the end of the stream it is unused_data (added
/// to what was there); otherwise, when output stopped early, it is the unconsumed_tail, which
/// a call that used everything empties again.
fn save_unconsumed(i: &mut Inflater, data: &[u8], err: c_int) {
    let left = &data[i.s.consumed(data)..];
    let mut avail = i.s.strm.avail_in;
    if err == z::Z_STREAM_END && avail > 0 {
        i.unused_data.extend_from_slice(left);
        avail = 0;
    }
    if avail > 0 || !i.unconsumed_tail.is_empty() {
        i.unconsumed_tail = if avail > 0 { left.to_vec() } else { Vec::new() };
    }
    i.s.unfeed();
}

/// Decompress.decompress(data, /, max_length=0)
fn d_decompress(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let d = decompress_self(vm, a, "decompress")?;
    let p = Params { fname: "decompress", names: &["data", "max_length"], posonly: 1, minpos: 1, maxpos: 2 };
    let g = parse_args(vm, &p, &a[1..], k)?;
    let data = data_arg(vm, g[0].as_ref().expect("a required argument"))?;
    let max_length = g[1].as_ref().map(|v| ssize_arg(vm, v)).transpose()?.unwrap_or(0);
    if max_length < 0 {
        return Err(vm.value_error("max_length must be non-negative".into()));
    }
    let max = if max_length == 0 { None } else { Some(max_length as usize) };
    let zdict = d.zdict.as_ref().and_then(bytes_like);
    let zd = zdict.as_deref();
    let input: &[u8] = &data;
    let out = locked_without_gil(vm, crate::runtime::giltrace::Why::Zlib, &d.st, move |i| {
        let (out, err) = inflate_loop(i, input, zd, OutBuf::new(max)?, false).inspect_err(|_| i.s.unfeed())?;
        save_unconsumed(i, input, err);
        if err == z::Z_STREAM_END {
            i.eof = true;
        } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
            return Err(i.s.error(err, "while decompressing data"));
        }
        Ok(out)
    })
    .map_err(|e| raise(vm, e))?;
    Ok(bytes::new_bytes(out))
}

/// Decompress.flush(length=DEF_BUF_SIZE, /): finish with what unconsumed_tail holds. Errors
/// other than the end of the stream are not raised here, as in CPython.
fn d_flush(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let d = decompress_self(vm, a, "flush")?;
    let p = Params { fname: "flush", names: &["length"], posonly: 1, minpos: 0, maxpos: 1 };
    let g = parse_args(vm, &p, &a[1..], k)?;
    let length = g[0].as_ref().map(|v| ssize_arg(vm, v)).transpose()?.unwrap_or(DEF_BUF_SIZE as i64);
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero".into()));
    }
    let zdict = d.zdict.as_ref().and_then(bytes_like);
    let zd = zdict.as_deref();
    let out = locked_without_gil(vm, crate::runtime::giltrace::Why::Zlib, &d.st, move |i| {
        let tail = i.unconsumed_tail.clone();
        let (out, err) = inflate_loop(i, &tail, zd, OutBuf::with_first(length as usize, None)?, true).inspect_err(|_| i.s.unfeed())?;
        save_unconsumed(i, &tail, err);
        if err == z::Z_STREAM_END {
            i.eof = true;
            let err = i.s.end();
            if err != z::Z_OK {
                return Err(i.s.error(err, "while finishing decompression"));
            }
        }
        Ok(out)
    })
    .map_err(|e| raise(vm, e))?;
    Ok(bytes::new_bytes(out))
}

fn decompress_copy(vm: &Vm, a: &[Value]) -> PyResult<Value> {
    let d = decompress_self(vm, a, "copy")?;
    let (s, eof, unused_data, unconsumed_tail) = with_lock(vm, crate::runtime::giltrace::Why::Zlib, &d.st, |i| {
        let (s, err) = if i.s.is_live() { i.s.duplicate() } else { (Stream::blank(), z::Z_STREAM_ERROR) };
        ((s, err), i.eof, i.unused_data.clone(), i.unconsumed_tail.clone())
    });
    let s = match s.1 {
        z::Z_OK => s.0,
        z::Z_STREAM_ERROR => return Err(vm.value_error("Inconsistent stream state".into())),
        z::Z_MEM_ERROR => return Err(vm.new_error(&rt().e.memory_error, "Can't allocate memory for decompression object".into())),
        err => return Err(raise(vm, s.0.error(err, "while copying decompression object"))),
    };
    let st = Inflater { s, eof, unused_data, unconsumed_tail };
    Ok(Value::Obj(PyRef::new(&decompress_type(), Payload::Native(Box::new(DecompressObj { st: Mutex::new(st), zdict: d.zdict.clone() })))))
}

fn d_copy(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    decompress_self(vm, a, "copy")?;
    no_args(vm, a, k, "copy")?;
    decompress_copy(vm, a)
}

fn d_copy_dunder(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    decompress_self(vm, a, "__copy__")?;
    no_args(vm, a, k, "__copy__")?;
    decompress_copy(vm, a)
}

fn d_deepcopy(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    decompress_self(vm, a, "__deepcopy__")?;
    let p = Params { fname: "__deepcopy__", names: &["memo"], posonly: 1, minpos: 1, maxpos: 1 };
    parse_args(vm, &p, &a[1..], k)?;
    decompress_copy(vm, &a[..1])
}

// ---- the module --------------------------------------------------------------------------

pub fn make(_vm: &Vm) -> PyRef {
    let m = super::new_module(
        "zlib",
        &[
            ("compress", z_compress),
            ("decompress", z_decompress),
            ("compressobj", z_compressobj),
            ("decompressobj", z_decompressobj),
            ("crc32", z_crc32),
            ("adler32", z_adler32),
        ],
    );
    let d = super::module_dict(&m);
    let ints: [(&str, c_int); 20] = [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", z::Z_DEFLATED),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as c_int),
        ("Z_NO_COMPRESSION", z::Z_NO_COMPRESSION),
        ("Z_BEST_SPEED", z::Z_BEST_SPEED),
        ("Z_BEST_COMPRESSION", z::Z_BEST_COMPRESSION),
        ("Z_DEFAULT_COMPRESSION", z::Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", z::Z_FILTERED),
        ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY),
        ("Z_RLE", z::Z_RLE),
        ("Z_FIXED", z::Z_FIXED),
        ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY),
        ("Z_NO_FLUSH", z::Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", z::Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", z::Z_FULL_FLUSH),
        ("Z_FINISH", z::Z_FINISH),
        ("Z_BLOCK", z::Z_BLOCK),
        ("Z_TREES", z::Z_TREES),
    ];
    for (n, v) in ints {
        dict::set_str_raw(&d, n, Value::Int(v as i64));
    }
    let version = zlib_version();
    dict::set_str_raw(&d, "ZLIB_VERSION", pystr::new_str(&version));
    dict::set_str_raw(&d, "ZLIB_RUNTIME_VERSION", pystr::new_str(&version));
    dict::set_str_raw(&d, "error", Value::Obj(error_type()));
    m
}
