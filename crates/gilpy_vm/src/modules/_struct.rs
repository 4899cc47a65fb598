//! `_struct`: packing Python values into C structs and back (pack, unpack, calcsize,
//! pack_into, unpack_from, iter_unpack). `struct.py` wraps it with the `Struct` class. The
//! checks and their messages follow CPython 3.11's `_struct` module, since programs (and
//! pickle, and multiprocessing's wire format) rely on exact sizes and on `struct.error`.

use crate::modules::StaticType;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, float, int, list, str as pystr, tuple};
use crate::{PyErr, Vm};
use num_traits::ToPrimitive;
use std::sync::OnceLock;

pub fn error_type() -> PyRef {
    static TY: OnceLock<StaticType> = OnceLock::new();
    StaticType::get(&TY, || {
        let t = crate::types::typeobj::make_builtin_subclassable("error", &rt().e.exception, Layout::Exception);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_EXCEPTION);
        // SAFETY: start of the type's life, nothing reads the module name yet.
        unsafe { *td.module.get() = "struct".into() };
        t
    })
}

fn err(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.new_error(&error_type(), msg.into())
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One format code with its repeat count (for 's' and 'p' the count is the field's length).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout2 {
    order: Order,
    /// standard sizes (any prefix but '@')
    standard: bool,
    items: Vec<Item>,
    size: usize,
    /// how many Python values pack takes / unpack gives
    nvalues: usize,
}

fn code_size(code: u8, standard: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if standard {
                4
            } else {
                8
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if !standard => 8,
        _ => return None,
    })
}

fn parse(vm: &Vm, fmt: &[u8]) -> PyResult<Layout2> {
    let (order, standard, rest) = match fmt.first() {
        Some(b'@') => (Order::Native, false, &fmt[1..]),
        Some(b'=') => (Order::Native, true, &fmt[1..]),
        Some(b'<') => (Order::Little, true, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, true, &fmt[1..]),
        _ => (Order::Native, false, fmt),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nvalues = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or_else(|| err(vm, "total struct size too long"))?);
            i += 1;
        }
        if i >= rest.len() {
            if count.is_some() {
                return Err(err(vm, "repeat count given without format specifier"));
            }
            break;
        }
        let code = rest[i];
        i += 1;
        let csize = code_size(code, standard).ok_or_else(|| err(vm, "bad char in struct format"))?;
        let n = count.unwrap_or(1);
        if !standard && csize > 1 && code != b's' && code != b'p' {
            size = size.div_ceil(csize) * csize;
        }
        match code {
            b's' | b'p' => {
                items.push(Item { code, count: n, size: n, offset: size });
                size += n;
                nvalues += 1;
            }
            b'x' => size += n,
            _ => {
                for _ in 0..n {
                    items.push(Item { code, count: 1, size: csize, offset: size });
                    size += csize;
                }
                nvalues += n;
            }
        }
    }
    Ok(Layout2 { order, standard, items, size, nvalues })
}

fn fmt_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = crate::modules::bytes_like(v) {
        return Ok(b.into_owned());
    }
    Err(vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(v))))
}

fn layout_of(vm: &Vm, v: &Value) -> PyResult<Layout2> {
    parse(vm, &fmt_bytes(vm, v)?)
}

/// The integer a value stands for (through __index__), as i128, or None when it is out of
/// any C range; struct.error when it is not an integer at all.
fn get_int(vm: &Vm, v: &Value) -> PyResult<Option<i128>> {
    let v = if int::is_int(v) {
        v.clone()
    } else if let Some(f) = vm.lookup_special(v, "__index__") {
        vm.call(&f, &[], KwArgs::EMPTY)?
    } else {
        return Err(err(vm, "required argument is not an integer"));
    };
    Ok(int::to_bigint(&v).and_then(|b| b.to_i128()))
}

fn put_uint(out: &mut [u8], x: u64, order: Order) {
    let n = out.len();
    for (k, slot) in out.iter_mut().enumerate() {
        let shift = match order {
            Order::Big => (n - 1 - k) * 8,
            _ => k * 8,
        };
        *slot = (x >> shift) as u8;
    }
}

fn get_uint(b: &[u8], order: Order) -> u64 {
    let n = b.len();
    let mut x = 0u64;
    for (k, byte) in b.iter().enumerate() {
        let shift = match order {
            Order::Big => (n - 1 - k) * 8,
            _ => k * 8,
        };
        x |= (*byte as u64) << shift;
    }
    x
}

/// CPython's message for an integer out of a field's range: it depends on the code, the
/// byte order and the sign, because each (order, code) pair has its own packing routine.
fn range_msg(code: u8, order: Order, x: i128) -> String {
    let big = x < i64::MIN as i128 || x > u64::MAX as i128;
    let aoor = || "argument out of range".to_string();
    let named = |lo: i128, hi: i128| format!("'{}' format requires {} <= number <= {}", code as char, lo, hi);
    let word = |c: u8| match c {
        b'b' => "byte format requires -128 <= number <= 127".to_string(),
        b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
        _ => "ushort format requires 0 <= number <= 65535".to_string(),
    };
    if order == Order::Big && matches!(code, b'q' | b'Q') {
        return "int too large to convert".into();
    }
    if big {
        return aoor();
    }
    let u32max = u32::MAX as i128;
    match (order, code) {
        (Order::Native, b'b' | b'B' | b'h' | b'H') => word(code),
        (Order::Native, b'i') => named(i32::MIN as i128, i32::MAX as i128),
        (Order::Native, b'I') if x > 0 => named(0, u32max),
        (Order::Little, b'b' | b'B' | b'h' | b'H') => word(code),
        (Order::Big, b'b' | b'B') => word(code),
        (Order::Big, b'h') => named(-32768, 32767),
        (Order::Big, b'H') if x > 0 => named(0, 65535),
        (Order::Little | Order::Big, b'i' | b'l') => named(i32::MIN as i128, i32::MAX as i128),
        (Order::Little | Order::Big, b'I' | b'L') if x > 0 => named(0, u32max),
        _ => aoor(),
    }
}

fn f64_to_f16(vm: &Vm, x: f64, order: Order, out: &mut [u8]) -> PyResult<()> {
    let bits: u16 = if x.is_nan() {
        0x7e00 | if x.is_sign_negative() { 0x8000 } else { 0 }
    } else {
        let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
        let a = x.abs();
        if a.is_infinite() {
            sign | 0x7c00
        } else if a == 0.0 {
            sign
        } else {
            // scale into units of the smallest subnormal (2**-24), round half to even
            let (m, e) = float::frexp(a); // a = m * 2**e, 0.5 <= m < 1
            let e16 = e - 1; // a = (2m) * 2**(e-1)
            if e16 < -14 {
                let units = a * 2f64.powi(24);
                let r = round_half_even(units);
                if r >= 1024.0 {
                    sign | 0x0400
                } else {
                    sign | r as u16
                }
            } else {
                let frac = (2.0 * m - 1.0) * 1024.0;
                let mut r = round_half_even(frac) as u32;
                let mut exp = (e16 + 15) as u32;
                if r == 1024 {
                    r = 0;
                    exp += 1;
                }
                if exp >= 31 {
                    return Err(vm.overflow_error("float too large to pack with e format".into()));
                }
                sign | ((exp as u16) << 10) | r as u16
            }
        }
    };
    put_uint(out, bits as u64, order);
    Ok(())
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn f16_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((bits >> 10) & 0x1f) as i32;
    let frac = (bits & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn pack_one(vm: &Vm, l: &Layout2, it: &Item, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let order = if l.order == Order::Native { Order::Little } else { l.order };
    let dst = &mut out[it.offset..it.offset + it.size];
    match it.code {
        b'c' => match crate::modules::bytes_like(v) {
            Some(b) if b.len() == 1 => dst[0] = b[0],
            _ => return Err(err(vm, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let b = crate::modules::bytes_like(v).ok_or_else(|| err(vm, format!("argument for '{}' must be a bytes object", it.code as char)))?;
            if it.code == b's' {
                let n = b.len().min(it.count);
                dst[..n].copy_from_slice(&b[..n]);
            } else if it.count > 0 {
                let n = b.len().min(it.count - 1);
                dst[1..1 + n].copy_from_slice(&b[..n]);
                dst[0] = n.min(255) as u8;
            }
        }
        b'?' => dst[0] = vm.truthy(v)? as u8,
        b'e' | b'f' | b'd' => {
            let x = match float::to_f64(v) {
                Some(x) => x,
                None => match vm.lookup_special(v, "__float__") {
                    Some(_) => crate::types::float::float_from(vm, v)?,
                    None => return Err(err(vm, "required argument is not a float")),
                },
            };
            match it.code {
                b'e' => f64_to_f16(vm, x, order, dst)?,
                b'f' => {
                    let y = x as f32;
                    // native 'f' is a plain C cast; the standard sizes check
                    if l.standard && y.is_infinite() && x.is_finite() {
                        return Err(vm.overflow_error("float too large to pack with f format".into()));
                    }
                    put_uint(dst, y.to_bits() as u64, order)
                }
                _ => put_uint(dst, x.to_bits(), order),
            }
        }
        code => {
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let bitsz = it.size * 8;
            let (lo, hi): (i128, i128) = if signed { (-(1i128 << (bitsz - 1)), (1i128 << (bitsz - 1)) - 1) } else { (0, (1i128 << bitsz) - 1) };
            let x = get_int(vm, v)?;
            let x = match x {
                // a pointer takes any value a C void* can hold, negative ones wrapped
                Some(x) if code == b'P' && x < 0 && x >= i64::MIN as i128 => x + (1i128 << 64),
                Some(x) if x >= lo && x <= hi => x,
                Some(x) => return Err(err(vm, range_msg(code, l.order, x))),
                None => return Err(err(vm, range_msg(code, l.order, i128::MAX))),
            };
            put_uint(dst, x as u64, order);
        }
    }
    Ok(())
}

fn unpack_one(l: &Layout2, it: &Item, src: &[u8]) -> Value {
    let order = if l.order == Order::Native { Order::Little } else { l.order };
    let b = &src[it.offset..it.offset + it.size];
    match it.code {
        b'c' => bytes::new_bytes(vec![b[0]]),
        b's' => bytes::new_bytes(b.to_vec()),
        b'p' => {
            if it.count == 0 {
                return bytes::new_bytes(Vec::new());
            }
            let n = (b[0] as usize).min(it.count - 1);
            bytes::new_bytes(b[1..1 + n].to_vec())
        }
        b'?' => Value::Bool(b[0] != 0),
        b'e' => Value::Float(f16_to_f64(get_uint(b, order) as u16)),
        b'f' => Value::Float(f32::from_bits(get_uint(b, order) as u32) as f64),
        b'd' => Value::Float(f64::from_bits(get_uint(b, order))),
        code => {
            let u = get_uint(b, order);
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            if signed {
                let shift = 64 - it.size * 8;
                Value::Int(((u << shift) as i64) >> shift)
            } else {
                int::from_u64(u)
            }
        }
    }
}

fn pack_values(vm: &Vm, l: &Layout2, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    if vals.len() != l.nvalues {
        return Err(err(vm, format!("pack expected {} items for packing (got {})", l.nvalues, vals.len())));
    }
    for (it, v) in l.items.iter().zip(vals) {
        pack_one(vm, l, it, v, out)?;
    }
    Ok(())
}

fn unpack_values(l: &Layout2, src: &[u8]) -> Value {
    tuple::new_tuple(l.items.iter().map(|it| unpack_one(l, it, src)).collect())
}

fn s_pack(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let f = a.first().ok_or_else(|| vm.type_error("missing format argument".into()))?;
    let l = layout_of(vm, f)?;
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, &a[1..], &mut out)?;
    Ok(bytes::new_bytes(out))
}

fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::modules::bytes_like(v) {
        Some(b) => Ok(b.into_owned()),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn s_unpack(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("unpack expected 2 arguments, got {}", a.len())));
    }
    let l = layout_of(vm, &a[0])?;
    let b = buffer_arg(vm, &a[1])?;
    if b.len() != l.size {
        return Err(err(vm, format!("unpack requires a buffer of {} bytes", l.size)));
    }
    Ok(unpack_values(&l, &b))
}

fn s_calcsize(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let f = a.first().ok_or_else(|| vm.type_error("calcsize() takes exactly one argument (0 given)".into()))?;
    Ok(Value::Int(layout_of(vm, f)?.size as i64))
}

/// The start of a field at `offset` (negative: from the end), checked as CPython checks it.
fn start_at(vm: &Vm, offset: i64, buflen: usize, need: usize, what: &str) -> PyResult<usize> {
    let n = buflen as i64;
    let off = if offset < 0 {
        if offset + (need as i64) > 0 {
            return Err(err(
                vm,
                if what == "pack" {
                    format!("no space to pack {} bytes at offset {}", need, offset)
                } else {
                    format!("not enough data to unpack {} bytes at offset {}", need, offset)
                },
            ));
        }
        if offset + n < 0 {
            return Err(err(vm, format!("offset {} out of range for {}-byte buffer", offset, buflen)));
        }
        offset + n
    } else {
        offset
    };
    if n - off < need as i64 {
        let (verb, gerund) = if what == "pack" { ("pack_into", "packing") } else { ("unpack_from", "unpacking") };
        if offset > n {
            return Err(err(vm, format!("offset {} out of range for {}-byte buffer", offset, buflen)));
        }
        return Err(err(
            vm,
            format!(
                "{} requires a buffer of at least {} bytes for {} {} bytes at offset {} (actual buffer size is {})",
                verb,
                need as i64 + off,
                gerund,
                need,
                off,
                buflen
            ),
        ));
    }
    Ok(off as usize)
}

fn s_unpack_from(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = crate::modules::Params { fname: "unpack_from", names: &["format", "buffer", "offset"], posonly: 1, minpos: 2, maxpos: 3 };
    let v = crate::modules::parse_args(vm, &p, a, k)?;
    let l = layout_of(vm, v[0].as_ref().unwrap())?;
    let b = buffer_arg(vm, v[1].as_ref().unwrap())?;
    let off = match &v[2] {
        Some(o) => crate::modules::ssize_arg(vm, o)?,
        None => 0,
    };
    let start = start_at(vm, off, b.len(), l.size, "unpack")?;
    Ok(unpack_values(&l, &b[start..start + l.size]))
}

fn s_pack_into(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match a.len() {
        0 => return Err(vm.type_error("missing format argument".into())),
        1 => return Err(err(vm, "pack_into expected buffer argument")),
        2 => return Err(err(vm, "pack_into expected offset argument")),
        _ => {}
    }
    let l = layout_of(vm, &a[0])?;
    let target = match &a[1] {
        Value::Obj(o) if matches!(o.payload(), Payload::ByteArray(_)) => o.clone(),
        other => return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(other)))),
    };
    let vals = &a[3..];
    if vals.len() != l.nvalues {
        return Err(err(vm, format!("pack_into expected {} items for packing (got {})", l.nvalues, vals.len())));
    }
    let off = crate::modules::ssize_arg(vm, &a[2])?;
    let len = bytes::bytes_of(&a[1]).map(|b| b.len()).unwrap_or(0);
    let start = start_at(vm, off, len, l.size, "pack")?;
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, vals, &mut out)?;
    for (i, byte) in out.into_iter().enumerate() {
        bytes::bytearray_setitem(vm, &target, &Value::Int((start + i) as i64), Value::Int(byte as i64))?;
    }
    Ok(Value::None)
}

fn s_iter_unpack(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("iter_unpack expected 2 arguments, got {}", a.len())));
    }
    let l = layout_of(vm, &a[0])?;
    let b = buffer_arg(vm, &a[1])?;
    if l.size == 0 {
        return Err(err(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if b.len() % l.size != 0 {
        return Err(err(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", l.size)));
    }
    let items: Vec<Value> = b.chunks(l.size).map(|c| unpack_values(&l, c)).collect();
    vm.iter(&list::new_list(items))
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = super::new_module(
        "_struct",
        &[
            ("pack", s_pack),
            ("unpack", s_unpack),
            ("calcsize", s_calcsize),
            ("unpack_from", s_unpack_from),
            ("pack_into", s_pack_into),
            ("iter_unpack", s_iter_unpack),
        ],
    );
    crate::types::dict::set_str_raw(&super::module_dict(&m), "error", Value::Obj(error_type()));
    m
}
