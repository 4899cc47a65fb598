//! `hashlib`: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 hash objects, as CPython 3.11 built
//! with OpenSSL shows them: `_hashlib.HASH` (and `HASHXOF` for SHAKE) made by `openssl_*`
//! constructor functions, and the `_blake2.blake2b` / `blake2s` types with their tree and key
//! parameters. The digests come from the RustCrypto and blake2*_simd crates.
//!
//! GIL rule (CPython's): an update with a buffer of `GIL_MINSIZE` bytes or more hashes with
//! the GIL released, and from then on that object releases it for every update, so that two
//! threads feeding one object are serialized by the object's own mutex rather than the GIL.
//! The state therefore lives in a `Mutex`, and code holding the GIL never blocks on it.

use super::{bytes_like, c_int_arg, locked_without_gil, parse_args, ssize_arg, with_lock, Params, StaticType};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, set, str as pystr};
use crate::Vm;
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update, XofReader};
use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

/// Buffers at least this long are hashed with the GIL released (CPython's HASHLIB_GIL_MINSIZE).
const GIL_MINSIZE: usize = 2048;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// fixed-length digest, `_hashlib.HASH`
    Fixed,
    /// extendable output (SHAKE), `_hashlib.HASHXOF`
    Xof,
    Blake2b,
    Blake2s,
}

struct Algo {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    kind: Kind,
}

const MD5: usize = 0;
const SHA1: usize = 1;
const SHA224: usize = 2;
const SHA256: usize = 3;
const SHA384: usize = 4;
const SHA512: usize = 5;
const SHA512_224: usize = 6;
const SHA512_256: usize = 7;
const SHA3_224: usize = 8;
const SHA3_256: usize = 9;
const SHA3_384: usize = 10;
const SHA3_512: usize = 11;
const SHAKE_128: usize = 12;
const SHAKE_256: usize = 13;
const BLAKE2B: usize = 14;
const BLAKE2S: usize = 15;

const fn algo(name: &'static str, digest_size: usize, block_size: usize, kind: Kind) -> Algo {
    Algo { name, digest_size, block_size, kind }
}

static ALGOS: [Algo; 16] = [
    algo("md5", 16, 64, Kind::Fixed),
    algo("sha1", 20, 64, Kind::Fixed),
    algo("sha224", 28, 64, Kind::Fixed),
    algo("sha256", 32, 64, Kind::Fixed),
    algo("sha384", 48, 128, Kind::Fixed),
    algo("sha512", 64, 128, Kind::Fixed),
    algo("sha512_224", 28, 128, Kind::Fixed),
    algo("sha512_256", 32, 128, Kind::Fixed),
    algo("sha3_224", 28, 144, Kind::Fixed),
    algo("sha3_256", 32, 136, Kind::Fixed),
    algo("sha3_384", 48, 104, Kind::Fixed),
    algo("sha3_512", 64, 72, Kind::Fixed),
    algo("shake_128", 0, 168, Kind::Xof),
    algo("shake_256", 0, 136, Kind::Xof),
    algo("blake2b", 64, 128, Kind::Blake2b),
    algo("blake2s", 32, 64, Kind::Blake2s),
];

/// CPython's hashlib.algorithms_guaranteed: every name here has a constructor function.
const GUARANTEED: [usize; 14] = [MD5, SHA1, SHA224, SHA256, SHA384, SHA512, SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE_128, SHAKE_256, BLAKE2B, BLAKE2S];

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2b_simd::State),
    Blake2s(blake2s_simd::State),
}

impl State {
    /// A fresh state for a fixed-parameter algorithm (BLAKE2 is made from its parameters).
    fn fresh(algo: usize) -> State {
        match algo {
            MD5 => State::Md5(Default::default()),
            SHA1 => State::Sha1(Default::default()),
            SHA224 => State::Sha224(Default::default()),
            SHA256 => State::Sha256(Default::default()),
            SHA384 => State::Sha384(Default::default()),
            SHA512 => State::Sha512(Default::default()),
            SHA512_224 => State::Sha512_224(Default::default()),
            SHA512_256 => State::Sha512_256(Default::default()),
            SHA3_224 => State::Sha3_224(Default::default()),
            SHA3_256 => State::Sha3_256(Default::default()),
            SHA3_384 => State::Sha3_384(Default::default()),
            SHA3_512 => State::Sha3_512(Default::default()),
            SHAKE_128 => State::Shake128(Default::default()),
            SHAKE_256 => State::Shake256(Default::default()),
            BLAKE2B => State::Blake2b(blake2b_simd::State::new()),
            _ => State::Blake2s(blake2s_simd::State::new()),
        }
    }

    fn update(&mut self, d: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, d),
            State::Sha1(h) => Digest::update(h, d),
            State::Sha224(h) => Digest::update(h, d),
            State::Sha256(h) => Digest::update(h, d),
            State::Sha384(h) => Digest::update(h, d),
            State::Sha512(h) => Digest::update(h, d),
            State::Sha512_224(h) => Digest::update(h, d),
            State::Sha512_256(h) => Digest::update(h, d),
            State::Sha3_224(h) => Digest::update(h, d),
            State::Sha3_256(h) => Digest::update(h, d),
            State::Sha3_384(h) => Digest::update(h, d),
            State::Sha3_512(h) => Digest::update(h, d),
            State::Shake128(h) => Update::update(h, d),
            State::Shake256(h) => Update::update(h, d),
            State::Blake2b(h) => {
                h.update(d);
            }
            State::Blake2s(h) => {
                h.update(d);
            }
        }
    }

    /// The digest of what was fed so far; `len` is the output length of a SHAKE digest.
    fn finish(self, len: usize) -> Vec<u8> {
        fn xof(r: &mut impl XofReader, len: usize) -> Vec<u8> {
            let mut out = vec![0u8; len];
            r.read(&mut out);
            out
        }
        match self {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha512_224(h) => h.finalize().to_vec(),
            State::Sha512_256(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(h) => xof(&mut h.finalize_xof(), len),
            State::Shake256(h) => xof(&mut h.finalize_xof(), len),
            State::Blake2b(h) => h.finalize().as_bytes().to_vec(),
            State::Blake2s(h) => h.finalize().as_bytes().to_vec(),
        }
    }
}

/// A hash object's native state.
struct HashObj {
    algo: usize,
    /// BLAKE2's digest size is a parameter; the others' is the algorithm's
    digest_size: usize,
    state: Mutex<State>,
    /// set by the first update of GIL_MINSIZE bytes or more: every later update releases
    /// the GIL too (and so goes through the mutex while other threads run)
    releases_gil: AtomicBool,
}

impl NativeData for HashObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn attr(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        let a = &ALGOS[self.algo];
        Ok(match name {
            "name" => Some(pystr::new_str(a.name)),
            "digest_size" => Some(Value::Int(self.digest_size as i64)),
            "block_size" => Some(Value::Int(a.block_size as i64)),
            _ => None,
        })
    }
}

impl HashObj {
    fn new(algo: usize, digest_size: usize, state: State) -> HashObj {
        HashObj { algo, digest_size, state: Mutex::new(state), releases_gil: AtomicBool::new(false) }
    }

    fn update(&self, vm: &Vm, data: &[u8]) {
        if data.len() >= GIL_MINSIZE {
            self.releases_gil.store(true, Ordering::Relaxed);
        }
        if self.releases_gil.load(Ordering::Relaxed) {
            locked_without_gil(vm, crate::runtime::giltrace::Why::Hashlib, &self.state, |s| s.update(data));
        } else {
            with_lock(vm, crate::runtime::giltrace::Why::Hashlib, &self.state, |s| s.update(data));
        }
    }

    fn snapshot(&self, vm: &Vm) -> State {
        with_lock(vm, crate::runtime::giltrace::Why::Hashlib, &self.state, |s| s.clone())
    }
}

/// The data argument of a constructor or update(): bytes-like, with hashlib's messages.
fn data_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        if pystr::as_str(v).is_some() {
            vm.type_error("Strings must be encoded before hashing".into())
        } else {
            vm.type_error("object supporting the buffer API required".into())
        }
    })
}

/// A new hash object of type `ty`, fed `data`. A big initial buffer is hashed with the GIL
/// released, but (as in CPython) that does not yet make the object release it later.
fn new_hash(vm: &Vm, ty: &PyRef, algo: usize, digest_size: usize, mut state: State, data: Option<&[u8]>) -> Value {
    if let Some(d) = data {
        if d.len() >= GIL_MINSIZE {
            state = vm.allow_threads(crate::runtime::giltrace::Why::Hashlib, move || {
                state.update(d);
                state
            });
        } else {
            state.update(d);
        }
    }
    Value::Obj(PyRef::new(ty, Payload::Native(Box::new(HashObj::new(algo, digest_size, state)))))
}

fn type_for(algo: usize) -> PyRef {
    match ALGOS[algo].kind {
        Kind::Fixed => hash_type(),
        Kind::Xof => xof_type(),
        Kind::Blake2b => blake2b_type(),
        Kind::Blake2s => blake2s_type(),
    }
}

/// The receiver of a method of `ty`, with CPython's message for a foreign object.
fn this<'a>(vm: &Vm, args: &'a [Value], ty: &PyRef, method: &str) -> PyResult<&'a HashObj> {
    let tname = crate::types::typeobj::type_name(ty);
    let recv = args.first().ok_or_else(|| vm.type_error(format!("unbound method {}.{}() needs an argument", bare_name(ty), method)))?;
    match recv {
        Value::Obj(o) if vm.isinstance_of(recv, ty) => {
            if let Some(h) = native::<HashObj>(o) {
                return Ok(h);
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, tname, vm.type_name(recv))))
}

/// A method's qualified name starts with the type's own name (`HASH.update`).
fn bare_name(ty: &PyRef) -> &str {
    crate::types::typeobj::type_data(ty).name()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{:02x}", x)).collect()
}

// ---- _hashlib.HASH / HASHXOF ------------------------------------------------------------

fn hash_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        let t = super::native_type(
            "_hashlib",
            "HASH",
            None,
            &[("update", h_update), ("digest", h_digest), ("hexdigest", h_hexdigest), ("copy", h_copy), ("__repr__", h_repr)],
        );
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR);
        t
    })
}

fn xof_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        let t = super::native_type("_hashlib", "HASHXOF", Some(&hash_type()), &[("digest", x_digest), ("hexdigest", x_hexdigest)]);
        // the repr is HASH's, which the flag lets a subtype use too
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR);
        t
    })
}

/// update() of every hash type (METH_O in CPython).
fn update_impl(vm: &Vm, args: &[Value], ty: &PyRef) -> PyResult<Value> {
    let h = this(vm, args, ty, "update")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("{}.update() takes exactly one argument ({} given)", bare_name(ty), args.len() - 1)));
    }
    let d = data_arg(vm, &args[1])?;
    h.update(vm, &d);
    Ok(Value::None)
}

fn digest_impl(vm: &Vm, args: &[Value], ty: &PyRef, method: &str) -> PyResult<Vec<u8>> {
    let h = this(vm, args, ty, method)?;
    crate::types::no_args(vm, &format!("{}.{}", bare_name(ty), method), args)?;
    Ok(h.snapshot(vm).finish(h.digest_size))
}

fn copy_impl(vm: &Vm, args: &[Value], ty: &PyRef) -> PyResult<Value> {
    let h = this(vm, args, ty, "copy")?;
    crate::types::no_args(vm, &format!("{}.copy", bare_name(ty)), args)?;
    let state = h.snapshot(vm);
    Ok(new_hash(vm, vm.type_of(&args[0]), h.algo, h.digest_size, state, None))
}

fn h_update(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    update_impl(vm, a, &hash_type())
}
fn h_digest(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(bytes::new_bytes(digest_impl(vm, a, &hash_type(), "digest")?))
}
fn h_hexdigest(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(pystr::from_string(hex(&digest_impl(vm, a, &hash_type(), "hexdigest")?)))
}
fn h_copy(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    copy_impl(vm, a, &hash_type())
}
fn h_repr(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let h = this(vm, a, &hash_type(), "__repr__")?;
    let Value::Obj(o) = &a[0] else { unreachable!("this() checked the receiver") };
    let tname = crate::types::typeobj::type_name(o.ty());
    Ok(pystr::from_string(format!("<{} {} object @ {}>", ALGOS[h.algo].name, tname, crate::format::addr(o))))
}

/// The `length` argument of a SHAKE digest.
fn xof_length(vm: &Vm, a: &[Value], k: KwArgs, method: &str) -> PyResult<i64> {
    let p = Params { fname: method, names: &["length"], posonly: 0, minpos: 1, maxpos: 1 };
    let got = parse_args(vm, &p, &a[1..], k)?;
    ssize_arg(vm, got[0].as_ref().expect("a required argument"))
}

fn xof_output(vm: &Vm, a: &[Value], n: usize) -> PyResult<Vec<u8>> {
    let h = this(vm, a, &xof_type(), "digest")?;
    // refuse what cannot be allocated, as CPython's allocation fails with MemoryError
    if Vec::<u8>::new().try_reserve_exact(n.saturating_mul(2)).is_err() {
        return Err(vm.new_error_args(&rt().e.memory_error, vec![]));
    }
    Ok(h.snapshot(vm).finish(n))
}

fn x_digest(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    this(vm, a, &xof_type(), "digest")?;
    let n = xof_length(vm, a, k, "digest")?;
    if n < 0 {
        // what CPython's PyBytes_FromStringAndSize says about the negative length
        return Err(vm.new_error(&rt().e.system_error, "Negative size passed to PyBytes_FromStringAndSize".into()));
    }
    Ok(bytes::new_bytes(xof_output(vm, a, n as usize)?))
}

fn x_hexdigest(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    this(vm, a, &xof_type(), "hexdigest")?;
    let n = xof_length(vm, a, k, "hexdigest")?;
    if n < 0 {
        // CPython allocates `length` bytes as a size_t first: a negative length cannot be had
        return Err(vm.new_error_args(&rt().e.memory_error, vec![]));
    }
    Ok(pystr::from_string(hex(&xof_output(vm, a, n as usize)?)))
}

// ---- openssl_* constructors -------------------------------------------------------------

/// `openssl_<name>(string=b'', *, usedforsecurity=True)`.
fn openssl_new(vm: &Vm, algo: usize, fname: &str, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = Params { fname, names: &["string", "usedforsecurity"], posonly: 0, minpos: 0, maxpos: 1 };
    let got = parse_args(vm, &p, a, k)?;
    if let Some(u) = &got[1] {
        vm.truthy(u)?;
    }
    let data = got[0].as_ref().map(|v| data_arg(vm, v)).transpose()?;
    Ok(new_hash(vm, &type_for(algo), algo, ALGOS[algo].digest_size, State::fresh(algo), data.as_deref()))
}

macro_rules! openssl_ctor {
    ($fn_name:ident, $algo:expr, $cname:literal) => {
        fn $fn_name(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
            openssl_new(vm, $algo, $cname, a, k)
        }
    };
}

openssl_ctor!(c_md5, MD5, "openssl_md5");
openssl_ctor!(c_sha1, SHA1, "openssl_sha1");
openssl_ctor!(c_sha224, SHA224, "openssl_sha224");
openssl_ctor!(c_sha256, SHA256, "openssl_sha256");
openssl_ctor!(c_sha384, SHA384, "openssl_sha384");
openssl_ctor!(c_sha512, SHA512, "openssl_sha512");
openssl_ctor!(c_sha3_224, SHA3_224, "openssl_sha3_224");
openssl_ctor!(c_sha3_256, SHA3_256, "openssl_sha3_256");
openssl_ctor!(c_sha3_384, SHA3_384, "openssl_sha3_384");
openssl_ctor!(c_sha3_512, SHA3_512, "openssl_sha3_512");
openssl_ctor!(c_shake_128, SHAKE_128, "openssl_shake_128");
openssl_ctor!(c_shake_256, SHAKE_256, "openssl_shake_256");

/// The algorithm an OpenSSL-backed `new()` finds for `name`: the Python names, and
/// OpenSSL's own spellings, which it matches case-insensitively.
fn openssl_lookup(name: &str) -> Option<usize> {
    let exact = ALGOS.iter().position(|a| a.name == name && !matches!(a.kind, Kind::Blake2b | Kind::Blake2s));
    if exact.is_some() {
        return exact;
    }
    Some(match name.to_ascii_lowercase().as_str() {
        "md5" => MD5,
        "sha1" | "sha-1" => SHA1,
        "sha224" | "sha-224" => SHA224,
        "sha256" | "sha-256" => SHA256,
        "sha384" | "sha-384" => SHA384,
        "sha512" | "sha-512" => SHA512,
        "sha512-224" | "sha512_224" => SHA512_224,
        "sha512-256" | "sha512_256" => SHA512_256,
        "sha3-224" => SHA3_224,
        "sha3-256" => SHA3_256,
        "sha3-384" => SHA3_384,
        "sha3-512" => SHA3_512,
        "shake128" => SHAKE_128,
        "shake256" => SHAKE_256,
        _ => return None,
    })
}

/// `hashlib.new(name, data=b'', **kwargs)`, a Python function in CPython (`__hash_new`):
/// BLAKE2 names go to their types with all keywords; every other name to `_hashlib.new`.
fn h_new(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!("__hash_new() takes from 1 to 2 positional arguments but {} were given", a.len())));
    }
    let mut name = a.first().cloned();
    let mut data = a.get(1).cloned();
    let mut rest_names = Vec::new();
    let mut rest_values = Vec::new();
    for (i, (kn, kv)) in k.iter().enumerate() {
        let slot = match kn {
            "name" => &mut name,
            "data" => &mut data,
            _ => {
                rest_names.push(k.names[i].clone());
                rest_values.push(kv.clone());
                continue;
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!("__hash_new() got multiple values for argument '{}'", kn)));
        }
        *slot = Some(kv.clone());
    }
    let name = name.ok_or_else(|| vm.type_error("__hash_new() missing 1 required positional argument: 'name'".into()))?;
    let data = data.unwrap_or_else(|| bytes::new_bytes(Vec::new()));
    let rest = KwArgs { names: &rest_names, values: &rest_values };
    match pystr::as_str(&name) {
        Some("blake2b") => return vm.call_kw(&Value::Obj(blake2b_type()), &[data], rest),
        Some("blake2s") => return vm.call_kw(&Value::Obj(blake2s_type()), &[data], rest),
        _ => {}
    }
    // _hashlib.new(name, string=b'', *, usedforsecurity=True), called with data by position
    let p = Params { fname: "new", names: &["name", "string", "usedforsecurity"], posonly: 0, minpos: 1, maxpos: 2 };
    let got = parse_args(vm, &p, &[name.clone(), data], rest)?;
    let s = pystr::as_str(&name).ok_or_else(|| vm.type_error("name must be a string".into()))?;
    if let Some(u) = &got[2] {
        vm.truthy(u)?;
    }
    let algo = openssl_lookup(s).ok_or_else(|| vm.value_error(format!("unsupported hash type {}", s)))?;
    let d = got[1].as_ref().map(|v| data_arg(vm, v)).transpose()?;
    Ok(new_hash(vm, &type_for(algo), algo, ALGOS[algo].digest_size, State::fresh(algo), d.as_deref()))
}

// ---- _blake2.blake2b / blake2s -----------------------------------------------------------

/// The limits of one BLAKE2 variant.
struct Blake2Limits {
    name: &'static str,
    algo: usize,
    outbytes: usize,
    keybytes: usize,
    saltbytes: usize,
    personbytes: usize,
    /// node_offset is 64 bits in BLAKE2b, 48 in BLAKE2s
    offset_bits: u32,
}

const B2B: Blake2Limits = Blake2Limits { name: "blake2b", algo: BLAKE2B, outbytes: 64, keybytes: 64, saltbytes: 16, personbytes: 16, offset_bits: 64 };
const B2S: Blake2Limits = Blake2Limits { name: "blake2s", algo: BLAKE2S, outbytes: 32, keybytes: 32, saltbytes: 8, personbytes: 8, offset_bits: 48 };

fn blake2_type(l: &Blake2Limits, methods: &[(&'static str, NativeFn)], new: NativeFn) -> PyRef {
    let t = super::native_type("_blake2", l.name, None, methods);
    crate::types::set_new(&t, new);
    let d = &crate::types::typeobj::type_data(&t).dict;
    for (n, v) in [("SALT_SIZE", l.saltbytes), ("PERSON_SIZE", l.personbytes), ("MAX_KEY_SIZE", l.keybytes), ("MAX_DIGEST_SIZE", l.outbytes)] {
        crate::types::dict::set_str_raw(d, n, Value::Int(v as i64));
    }
    t
}

fn blake2b_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || blake2_type(&B2B, &[("update", b2b_update), ("digest", b2b_digest), ("hexdigest", b2b_hexdigest), ("copy", b2b_copy)], b2b_new))
}

fn blake2s_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || blake2_type(&B2S, &[("update", b2s_update), ("digest", b2s_digest), ("hexdigest", b2s_hexdigest), ("copy", b2s_copy)], b2s_new))
}

/// An unsigned C integer parameter as CPython's _PyLong_UnsignedLong(Long)_Converter reads
/// it: ints only (no __index__), never negative, at most `max`.
fn unsigned_arg(vm: &Vm, v: &Value, max: u64, too_big: &str) -> PyResult<u64> {
    let b = crate::types::int::to_bigint(v).ok_or_else(|| vm.type_error("an integer is required".into()))?;
    if num_traits::Signed::is_negative(&b) {
        return Err(vm.value_error("value must be positive".into()));
    }
    num_traits::ToPrimitive::to_u64(&b).filter(|x| *x <= max).ok_or_else(|| vm.overflow_error(too_big.into()))
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1,
/// depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
/// usedforsecurity=True)`; blake2s likewise with its smaller limits. Arguments are
/// converted in order, then checked in CPython's order.
fn blake2_new(vm: &Vm, l: &Blake2Limits, a: &[Value], k: KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 13] = [
        "data",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let ty = match a.first() {
        Some(Value::Obj(t)) => t.clone(),
        _ => return Err(vm.type_error(format!("{}.__new__(X): X is not a type object", l.name))),
    };
    let p = Params { fname: l.name, names: &NAMES, posonly: 1, minpos: 0, maxpos: 1 };
    let g = parse_args(vm, &p, &a[1..], k)?;
    let int_or = |i: usize, d: i32| -> PyResult<i32> { g[i].as_ref().map(|v| c_int_arg(vm, v)).transpose().map(|x| x.unwrap_or(d)) };
    let buf_or_empty = |i: usize| -> PyResult<Vec<u8>> {
        match &g[i] {
            None => Ok(Vec::new()),
            Some(v) => {
                bytes_like(v).map(|c| c.into_owned()).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
            }
        }
    };
    let digest_size = int_or(1, l.outbytes as i32)?;
    let key = buf_or_empty(2)?;
    let salt = buf_or_empty(3)?;
    let person = buf_or_empty(4)?;
    let fanout = int_or(5, 1)?;
    let depth = int_or(6, 1)?;
    let leaf_size = g[7].as_ref().map(|v| unsigned_arg(vm, v, u64::MAX, "Python int too large to convert to C unsigned long")).transpose()?.unwrap_or(0);
    let node_offset = g[8].as_ref().map(|v| unsigned_arg(vm, v, u64::MAX, "int too big to convert")).transpose()?.unwrap_or(0);
    let node_depth = int_or(9, 0)?;
    let inner_size = int_or(10, 0)?;
    let last_node = g[11].as_ref().map(|v| vm.truthy(v)).transpose()?.unwrap_or(false);
    if let Some(u) = &g[12] {
        vm.truthy(u)?;
    }

    if digest_size <= 0 || digest_size as usize > l.outbytes {
        return Err(vm.value_error(format!("digest_size must be between 1 and {} bytes", l.outbytes)));
    }
    if salt.len() > l.saltbytes {
        return Err(vm.value_error(format!("maximum salt length is {} bytes", l.saltbytes)));
    }
    if person.len() > l.personbytes {
        return Err(vm.value_error(format!("maximum person length is {} bytes", l.personbytes)));
    }
    if !(0..=255).contains(&fanout) {
        return Err(vm.value_error("fanout must be between 0 and 255".into()));
    }
    if !(1..=255).contains(&depth) {
        return Err(vm.value_error("depth must be between 1 and 255".into()));
    }
    if leaf_size > u32::MAX as u64 {
        return Err(vm.overflow_error("leaf_size is too large".into()));
    }
    if l.offset_bits < 64 && node_offset >= 1u64 << l.offset_bits {
        return Err(vm.overflow_error("node_offset is too large".into()));
    }
    if !(0..=255).contains(&node_depth) {
        return Err(vm.value_error("node_depth must be between 0 and 255".into()));
    }
    if inner_size < 0 || inner_size as usize > l.outbytes {
        return Err(vm.value_error(format!("inner_size must be between 0 and is {}", l.outbytes)));
    }
    if key.len() > l.keybytes {
        return Err(vm.value_error(format!("maximum key length is {} bytes", l.keybytes)));
    }
    let state = if l.algo == BLAKE2B {
        let mut p = blake2b_simd::Params::new();
        p.hash_length(digest_size as usize).key(&key).salt(&salt).personal(&person);
        p.fanout(fanout as u8).max_depth(depth as u8).max_leaf_length(leaf_size as u32).node_offset(node_offset);
        p.node_depth(node_depth as u8).inner_hash_length(inner_size as usize).last_node(last_node);
        State::Blake2b(p.to_state())
    } else {
        let mut p = blake2s_simd::Params::new();
        p.hash_length(digest_size as usize).key(&key).salt(&salt).personal(&person);
        p.fanout(fanout as u8).max_depth(depth as u8).max_leaf_length(leaf_size as u32).node_offset(node_offset);
        p.node_depth(node_depth as u8).inner_hash_length(inner_size as usize).last_node(last_node);
        State::Blake2s(p.to_state())
    };
    let data = g[0].as_ref().map(|v| data_arg(vm, v)).transpose()?;
    Ok(new_hash(vm, &ty, l.algo, digest_size as usize, state, data.as_deref()))
}

fn b2b_new(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    blake2_new(vm, &B2B, a, k)
}
fn b2s_new(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    blake2_new(vm, &B2S, a, k)
}
fn b2b_update(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    update_impl(vm, a, &blake2b_type())
}
fn b2s_update(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    update_impl(vm, a, &blake2s_type())
}
fn b2b_digest(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(bytes::new_bytes(digest_impl(vm, a, &blake2b_type(), "digest")?))
}
fn b2s_digest(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(bytes::new_bytes(digest_impl(vm, a, &blake2s_type(), "digest")?))
}
fn b2b_hexdigest(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(pystr::from_string(hex(&digest_impl(vm, a, &blake2b_type(), "hexdigest")?)))
}
fn b2s_hexdigest(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(pystr::from_string(hex(&digest_impl(vm, a, &blake2s_type(), "hexdigest")?)))
}
fn b2b_copy(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    copy_impl(vm, a, &blake2b_type())
}
fn b2s_copy(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    copy_impl(vm, a, &blake2s_type())
}

// ---- the module --------------------------------------------------------------------------

pub fn make(vm: &Vm) -> PyRef {
    let m = super::new_module("hashlib", &[]);
    let d = super::module_dict(&m);
    // the functions carry CPython's names (openssl_md5, __hash_new): they appear in messages
    let named: [(&str, &'static str, NativeFn); 13] = [
        ("md5", "openssl_md5", c_md5),
        ("sha1", "openssl_sha1", c_sha1),
        ("sha224", "openssl_sha224", c_sha224),
        ("sha256", "openssl_sha256", c_sha256),
        ("sha384", "openssl_sha384", c_sha384),
        ("sha512", "openssl_sha512", c_sha512),
        ("sha3_224", "openssl_sha3_224", c_sha3_224),
        ("sha3_256", "openssl_sha3_256", c_sha3_256),
        ("sha3_384", "openssl_sha3_384", c_sha3_384),
        ("sha3_512", "openssl_sha3_512", c_sha3_512),
        ("shake_128", "openssl_shake_128", c_shake_128),
        ("shake_256", "openssl_shake_256", c_shake_256),
        ("new", "__hash_new", h_new),
    ];
    for (attr, fname, f) in named {
        crate::types::dict::set_str_raw(&d, attr, Value::Obj(crate::types::builtin_fn(fname, f)));
    }
    crate::types::dict::set_str_raw(&d, "blake2b", Value::Obj(blake2b_type()));
    crate::types::dict::set_str_raw(&d, "blake2s", Value::Obj(blake2s_type()));
    let guaranteed = set::new_set(false);
    for i in GUARANTEED {
        let _ = set::add(vm, &guaranteed, pystr::new_str(ALGOS[i].name));
    }
    // everything here is built in, so what is available is what is guaranteed plus the
    // two SHA-512/t variants that only new() reaches (as with OpenSSL)
    let available = set::new_set(false);
    for a in ALGOS.iter() {
        let _ = set::add(vm, &available, pystr::new_str(a.name));
    }
    crate::types::dict::set_str_raw(&d, "algorithms_guaranteed", Value::Obj(guaranteed));
    crate::types::dict::set_str_raw(&d, "algorithms_available", Value::Obj(available));
    m
}
