//! `int` (and the arithmetic of `bool`): machine-word ints live unboxed in `Value::Int`;
//! results that overflow move to arbitrary precision (`Payload::BigInt`, num-bigint) and come
//! back to the word the moment they fit again, so a value has exactly one representation.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::str as pystr;
use crate::Vm;
use gilpy_compiler::BinOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub const HASH_MODULUS: i64 = (1i64 << 61) - 1;

/// Normalize a big result: back to the machine word when it fits.
pub fn from_bigint(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(PyRef::new(&rt().t.int, Payload::BigInt(b))),
    }
}

/// The integer value of an int, bool or big int (not of subclasses' other state).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload(), Payload::BigInt(_)),
        _ => false,
    }
}

#[inline(always)]
pub fn hash_i64(i: i64) -> i64 {
    // CPython: the value modulo 2**61 - 1, keeping the sign, with -1 mapped to -2
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_value(v: &Value) -> i64 {
    match v {
        Value::Int(i) => hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => {
                let m = BigInt::from(HASH_MODULUS);
                let r = (b.abs() % &m).to_i64().unwrap();
                let h = if b.is_negative() { -r } else { r };
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            _ => 0,
        },
        _ => 0,
    }
}

#[inline(always)]
fn floor_div(x: i64, y: i64) -> Option<i64> {
    let q = x.checked_div(y)?;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

#[inline(always)]
fn floor_mod(x: i64, y: i64) -> Option<i64> {
    let r = x.checked_rem(y)?;
    if r != 0 && ((r < 0) != (y < 0)) {
        Some(r + y)
    } else {
        Some(r)
    }
}

fn checked_pow(mut base: i64, mut exp: i64) -> Option<i64> {
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// Word-sized arithmetic; None when the result needs the slow path (overflow, errors).
#[inline(always)]
pub fn fast_binop(x: i64, y: i64, op: BinOp) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 {
                return None;
            }
            floor_div(x, y)?
        }
        BinOp::Mod => {
            if y == 0 {
                return None;
            }
            floor_mod(x, y)?
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return None;
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Some(Value::Float(x as f64 / y as f64));
            }
            return None;
        }
        BinOp::Pow => {
            if y < 0 {
                return None;
            }
            checked_pow(x, y)?
        }
        BinOp::MatMul => return None,
    }))
}

/// Exact true division of two big ints, rounded to the nearest float.
/// a / b correctly rounded to a float (round half to even, subnormals included), as CPython's
/// long_true_divide; None when the result is too large for a float.
fn big_truediv(a: &BigInt, b: &BigInt) -> Option<f64> {
    use num_traits::{Signed, Zero};
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        let r = a.to_f64()? / b.to_f64()?;
        return Some(if neg { -r } else { r });
    }
    // m = floor(log2(a / b))
    let mut m = a.bits() as i64 - b.bits() as i64;
    let scaled_b = if m >= 0 { &b << (m as usize) } else { b.clone() };
    let scaled_a = if m >= 0 { a.clone() } else { &a << ((-m) as usize) };
    if scaled_a < scaled_b {
        m -= 1;
    }
    if m > 1023 {
        return None;
    }
    // the result's last bit is worth 2**lsb: 53 significant bits, or fewer when subnormal
    let lsb = (m - 52).max(-1074);
    let (num, den) = if lsb <= 0 { (&a << ((-lsb) as usize), b) } else { (a, &b << (lsb as usize)) };
    let (mut q, r) = num.div_rem(&den);
    let twice = &r << 1usize;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1u32;
    }
    let qf = q.to_f64()?;
    // 2**lsb exactly, as a normal or subnormal double
    let scale = if lsb >= -1022 { f64::from_bits(((lsb + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (lsb + 1074)) };
    let r = qf * scale;
    if r.is_infinite() {
        return None;
    }
    Some(if neg { -r } else { r })
}

/// int op int for any mix of int, bool and big int; None if an operand is not an int.
pub fn binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !is_int(a) || !is_int(b) {
        return Ok(None);
    }
    let (x, y) = (to_bigint(a).unwrap(), to_bigint(b).unwrap());
    let zero_div = || vm.zero_division(if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" });
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Some(Value::Bool(x & y))),
            BinOp::Or => return Ok(Some(Value::Bool(x | y))),
            BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    Ok(Some(match op {
        BinOp::Add => from_bigint(x + y),
        BinOp::Sub => from_bigint(x - y),
        BinOp::Mul => from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_div());
            }
            from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_div());
            }
            from_bigint(x.mod_floor(&y))
        }
        BinOp::And => from_bigint(x & y),
        BinOp::Or => from_bigint(x | y),
        BinOp::Xor => from_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count".into()));
            }
            let s = y.to_usize().ok_or_else(|| vm.overflow_error("too many digits in integer".into()))?;
            if x.is_zero() {
                Value::Int(0)
            } else {
                if s > (1 << 32) {
                    return Err(vm.new_error(&rt().e.memory_error, String::new()));
                }
                from_bigint(x << s)
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count".into()));
            }
            match y.to_usize() {
                Some(s) => from_bigint(x >> s),
                None => Value::Int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            match big_truediv(&x, &y) {
                Some(f) if f.is_finite() => Value::Float(f),
                _ => return Err(vm.overflow_error("integer division result too large for a float".into())),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = x.to_f64().unwrap_or(f64::INFINITY);
                if fx == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Some(Value::Float(fx.powf(y.to_f64().unwrap_or(f64::NEG_INFINITY)))));
            }
            // 0, 1 and -1 have small powers whatever the exponent
            if x.is_zero() || x == BigInt::from(1) {
                return Ok(Some(from_bigint(x)));
            }
            if x == BigInt::from(-1) {
                return Ok(Some(Value::Int(if y.is_even() { 1 } else { -1 })));
            }
            let e = y.to_u32().ok_or_else(|| vm.overflow_error("exponent too large".into()))?;
            if x.bits() as u64 * e as u64 > 64_000_000 {
                return Err(vm.new_error(&rt().e.memory_error, String::new()));
            }
            from_bigint(num_traits::Pow::pow(x, e))
        }
        BinOp::MatMul => return Ok(None),
    }))
}

pub const MAX_STR_DIGITS: usize = 4300;

/// The int/str conversion limit for a decimal string of `digits` digits, as str() checks it
/// (sys.set_int_max_str_digits; format() and %-formatting check it too).
pub fn check_str_digits(vm: &Vm, digits: usize) -> PyResult<()> {
    let limit = crate::modules::sys::int_max_str_digits();
    if limit > 0 && digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            limit
        )));
    }
    Ok(())
}

pub fn int_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok(if *b { "True".into() } else { "False".into() }),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => {
                let limit = crate::modules::sys::int_max_str_digits();
                if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 >= limit as f64 - 1.0 {
                    let s = b.to_string();
                    let digits = s.trim_start_matches('-').len();
                    if digits > limit {
                        return Err(vm.value_error(format!(
                            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                            limit
                        )));
                    }
                    return Ok(s);
                }
                Ok(b.to_string())
            }
            _ => Ok(String::new()),
        },
        _ => Ok(String::new()),
    }
}

/// The value of a Unicode decimal digit (category Nd): the scripts' digit runs are
/// contiguous, so a table of their zeros suffices.
pub fn unicode_digit(c: char) -> Option<u8> {
    const ZEROS: &[u32] = &[
        0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
        0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x11066,
        0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x16a60, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
        0x1d7f6, 0x1e950, 0x1fbf0,
    ];
    let n = c as u32;
    for z in ZEROS {
        if n >= *z && n < z + 10 {
            return Some((n - z) as u8);
        }
    }
    None
}

/// Parse an int literal the way int(str, base) does.
pub fn parse_int(vm: &Vm, text: &str, base: u32) -> PyResult<Value> {
    let orig = text;
    let err = || vm.value_error(format!("invalid literal for int() with base {}: {}", base, pystr::repr_str(orig)));
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let prefix_base = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    if base == 0 && prefix_base == 0 {
        base = 10;
        // base 0 forbids leading zeros in a non-zero decimal literal
        if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
            return Err(vm.value_error(format!("invalid literal for int() with base 0: {}", pystr::repr_str(orig))));
        }
    } else if prefix_base != 0 && (base == 0 || base == prefix_base) {
        base = prefix_base;
        // one underscore may follow the prefix
        t = &t[2..];
        if let Some(r) = t.strip_prefix('_') {
            t = r;
        }
    }
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return Err(err());
    }
    let digits: String = t.chars().filter(|c| *c != '_').map(|c| unicode_digit(c).map(|d| (b'0' + d) as char).unwrap_or(c)).collect();
    if !digits.chars().all(|c| c.is_digit(base)) {
        return Err(err());
    }
    // only bases that are not powers of two are limited (their conversion is quadratic)
    if base & (base - 1) != 0 && digits.len() > crate::modules::sys::int_max_str_digits() && crate::modules::sys::int_max_str_digits() > 0 {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            crate::modules::sys::int_max_str_digits(),
            digits.len()
        )));
    }
    match i64::from_str_radix(&digits, base) {
        Ok(v) => Ok(Value::Int(if neg { -v } else { v })),
        Err(_) => {
            let b = BigInt::parse_bytes(digits.as_bytes(), base).ok_or_else(err)?;
            Ok(from_bigint(if neg { -b } else { b }))
        }
    }
}

/// int(x) / int(x, base)
fn int_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let args = &args[1..];
    let mut x = args.first().cloned();
    let mut base = args.get(1).cloned();
    for (k, v) in kw.iter() {
        match k {
            "base" => base = Some(v.clone()),
            "x" => x = Some(v.clone()),
            _ => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for int()", k))),
        }
    }
    let r = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument".into())),
        (Some(x), None) => int_from(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = vm.index_value(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0".into()));
            }
            match &x {
                Value::Obj(o) => match o.payload() {
                    Payload::Str(s) => parse_int(vm, &s.s, base as u32)?,
                    Payload::Bytes(_) | Payload::ByteArray(_) => {
                        parse_int(vm, &String::from_utf8_lossy(&crate::types::bytes::bytes_of(&x).unwrap_or_default()), base as u32)?
                    }
                    _ => return Err(vm.type_error("int() can't convert non-string with explicit base".into())),
                },
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base".into())),
            }
        }
    };
    if cls.is(&rt().t.int) {
        return Ok(r);
    }
    // an instance of a subclass keeps its value boxed, with an instance dict
    let o = PyRef::new(&cls, Payload::BigInt(to_bigint(&r).unwrap_or_default()));
    o.set_dict(Some(crate::types::dict::new_dict()));
    Ok(Value::Obj(o))
}

/// int(x) for one argument.
pub fn int_from(vm: &Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(vm, *f),
        Value::None => Err(vm.type_error("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'".into())),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Ok(from_bigint(b.clone())),
            Payload::Str(s) => parse_int(vm, &s.s, 10),
            Payload::Bytes(b) => parse_int(vm, &String::from_utf8_lossy(b), 10),
            Payload::ByteArray(_) => parse_int(vm, &String::from_utf8_lossy(&crate::types::bytes::bytes_of(x).unwrap_or_default()), 10),
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(f) = vm.lookup_special(x, name) {
                        let r = vm.call(&f, &[], KwArgs::EMPTY)?;
                        if !is_int(&r) {
                            return Err(vm.type_error(format!("{} returned non-int (type {})", name, vm.type_name(&r))));
                        }
                        return Ok(r);
                    }
                }
                Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(x))))
            }
        },
        Value::Undef => Ok(Value::Int(0)),
    }
}

pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer".into()));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(from_bigint(big_from_f64(t)))
}

fn big_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

fn self_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| vm.type_error(format!("descriptor requires a 'int' object but received a '{}'", vm.type_name(v))))
}

fn bit_length(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = self_int(vm, &args[0])?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = self_int(vm, &args[0])?;
    let (_, bytes) = b.abs().to_bytes_le();
    Ok(Value::Int(bytes.iter().map(|x| x.count_ones() as i64).sum()))
}

fn conjugate(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(from_bigint(self_int(vm, &args[0])?))
}

fn as_integer_ratio(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = from_bigint(self_int(vm, &args[0])?);
    Ok(crate::types::tuple::new_tuple(vec![v, Value::Int(1)]))
}

fn to_bytes(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = self_int(vm, &args[0])?;
    let length = match args.get(1).or_else(|| kw.get("length")) {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative".into()));
    }
    let length = length as usize;
    let order = byteorder(vm, "to_bytes", args.get(2).or_else(|| kw.get("byteorder")))?;
    crate::types::check_alloc(vm, length as u128)?;
    let signed = match kw.get("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !signed && b.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned".into()));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert".into()));
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(crate::types::bytes::new_bytes(bytes))
}

/// The byteorder argument of to_bytes/from_bytes: 'big' (the default) or 'little'.
fn byteorder(vm: &Vm, func: &str, v: Option<&Value>) -> PyResult<&'static str> {
    let v = match v {
        Some(v) => v,
        None => return Ok("big"),
    };
    match pystr::as_str(v) {
        Some("big") => Ok("big"),
        Some("little") => Ok("little"),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'".into())),
        None => Err(vm.type_error(format!("{}() argument 'byteorder' must be str, not {}", func, vm.type_name(v)))),
    }
}

fn from_bytes(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = vm.collect(&args[1])?;
    let mut bytes: Vec<u8> = Vec::new();
    for x in data {
        bytes.push(vm.index_value(&x)? as u8);
    }
    let order = byteorder(vm, "from_bytes", args.get(2).or_else(|| kw.get("byteorder")))?;
    let signed = match kw.get("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if order == "big" {
        bytes.reverse();
    }
    let b = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    Ok(from_bigint(b))
}

fn int_index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(from_bigint(self_int(vm, &args[0])?))
}

fn int_format(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = args.get(1).and_then(pystr::as_str).unwrap_or("").to_string();
    Ok(pystr::new_str(&crate::format::format_value(vm, &args[0], &spec)?))
}

pub fn register() {
    let t = &rt().t.int;
    crate::types::set_new(t, int_new);
    crate::types::add_methods(
        t,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("conjugate", conjugate),
            ("as_integer_ratio", as_integer_ratio),
            ("to_bytes", to_bytes),
            ("__index__", int_index),
            ("__int__", int_index),
            ("__format__", int_format),
        ],
    );
    crate::types::add_classmethods(t, &[("from_bytes", from_bytes)]);
}

/// An int from an unsigned machine word (thread idents are pthread_t values).
pub fn from_u64(u: u64) -> Value {
    if u <= i64::MAX as u64 {
        Value::Int(u as i64)
    } else {
        from_bigint(BigInt::from(u))
    }
}

/// The value of an int (or bool) that fits an i64.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => num_traits::ToPrimitive::to_i64(&to_bigint(v)?),
    }
}

/// The value of a non-negative int that fits a u64.
pub fn to_u64(v: &Value) -> Option<u64> {
    match v {
        Value::Int(i) if *i >= 0 => Some(*i as u64),
        _ => num_traits::ToPrimitive::to_u64(&to_bigint(v)?),
    }
}
