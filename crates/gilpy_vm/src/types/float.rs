//! `float` (unboxed in `Value::Float`) and `complex`: arithmetic with CPython's rules for
//! division, modulo and powers, exact mixed int/float comparison, and CPython's hash so that
//! `hash(1.0) == hash(1)`.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{int, str as pystr};
use crate::Vm;
use gilpy_compiler::BinOp;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

pub fn new_complex(r: f64, i: f64) -> Value {
    Value::Obj(PyRef::new(&rt().t.complex, Payload::Complex(r, i)))
}

/// A float for ints, bools and floats (None for anything else). Big ints may be inexact.
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// Some(..) when v is a real number (int, bool, big int, float), for comparisons.
pub fn as_f64_exact_num(v: &Value) -> Option<f64> {
    to_f64(v)
}

/// Exact comparison of two real numbers of any kind (None when a NaN is involved).
pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    // a float subclass's value compares as the float it holds
    let unbox = |v: &Value| match v {
        Value::Obj(o) => match o.payload() {
            Payload::Float(f) => Value::Float(*f),
            _ => v.clone(),
        },
        _ => v.clone(),
    };
    let (a, b) = (&unbox(a), &unbox(b));
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => cmp_float_int(*x, &int::to_bigint(b)?),
        (_, Value::Float(y)) => cmp_float_int(*y, &int::to_bigint(a)?).map(|o| o.reverse()),
        _ => Some(int::to_bigint(a)?.cmp(&int::to_bigint(b)?)),
    }
}

fn cmp_float_int(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() < (1 << 53) {
            return f.partial_cmp(&(small as f64));
        }
    }
    let fl = f.floor();
    let bf = BigInt::from_f64(fl)?;
    match bf.cmp(i) {
        Ordering::Equal => Some(if f > fl { Ordering::Greater } else { Ordering::Equal }),
        o => Some(o),
    }
}

pub fn hash_float(v: f64) -> i64 {
    const BITS: i32 = 61;
    let modulus: u64 = (1u64 << BITS) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & modulus) | (x >> (BITS - e));
    let mut h = (x as i64) * sign;
    if h == -1 {
        h = -2;
    }
    h
}

/// C's frexp: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        (0.0f64).copysign(x / y)
    }
}

pub fn float_mod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = (0.0f64).copysign(y);
    }
    m
}

/// float op number, where at least one side is a float.
pub fn binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let is_float = |v: &Value| matches!(v, Value::Float(_)) || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Float(_)));
    if !is_float(a) && !is_float(b) {
        return Ok(None);
    }
    let (x, y) = match (to_f64(a), to_f64(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    if !x.is_finite() && int::is_int(a) || !y.is_finite() && int::is_int(b) {
        return Err(vm.overflow_error("int too large to convert to float".into()));
    }
    Ok(Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    })))
}

pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // a negative base to a fractional power is complex in Python 3
        let (r, th) = ((-x).powf(y), std::f64::consts::PI * y);
        return Ok(new_complex(r * th.cos(), r * th.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')".into()));
    }
    Ok(Value::Float(r))
}

fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Complex(r, i) => Some((*r, *i)),
            _ => to_f64(v).map(|f| (f, 0.0)),
        },
        _ => to_f64(v).map(|f| (f, 0.0)),
    }
}

pub fn complex_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let ((ar, ai), (br, bi)) = match (as_complex(a), as_complex(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    Ok(Some(match op {
        BinOp::Add => new_complex(ar + br, ai + bi),
        BinOp::Sub => new_complex(ar - br, ai - bi),
        BinOp::Mul => new_complex(ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            // CPython's _Py_c_quot: divide by the larger component first
            let (abr, abi) = (br.abs(), bi.abs());
            if abr >= abi {
                if abr == 0.0 {
                    return Err(vm.zero_division("complex division by zero"));
                }
                let ratio = bi / br;
                let denom = br + bi * ratio;
                new_complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
            } else {
                let ratio = br / bi;
                let denom = br * ratio + bi;
                new_complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
            }
        }
        BinOp::Pow => {
            if br == 0.0 && bi == 0.0 {
                return Ok(Some(new_complex(1.0, 0.0)));
            }
            // small integer exponents multiply, as CPython's c_powi does
            if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
                let mut n = br.abs() as u32;
                let (mut xr, mut xi) = (ar, ai);
                let (mut rr, mut ri) = (1.0f64, 0.0f64);
                while n > 0 {
                    if n & 1 == 1 {
                        let t = rr * xr - ri * xi;
                        ri = rr * xi + ri * xr;
                        rr = t;
                    }
                    let t = xr * xr - xi * xi;
                    xi = 2.0 * xr * xi;
                    xr = t;
                    n >>= 1;
                }
                if br < 0.0 {
                    return complex_binop(vm, &new_complex(1.0, 0.0), &new_complex(rr, ri), BinOp::TrueDiv);
                }
                return Ok(Some(new_complex(rr, ri)));
            }
            if ar == 0.0 && ai == 0.0 {
                return Ok(Some(new_complex(0.0, 0.0)));
            }
            let (r, th) = ((ar * ar + ai * ai).sqrt(), ai.atan2(ar));
            let lr = r.ln();
            let nr = (br * lr - bi * th).exp();
            let nth = bi * lr + br * th;
            new_complex(nr * nth.cos(), nr * nth.sin())
        }
        _ => return Ok(None),
    }))
}

/// Shortest round-trip repr, in CPython's layout.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let mant = mant.trim_start_matches('-');
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let digits = round_half_even_digits(f.abs(), digits, exp);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                for _ in digits.len()..e + 1 {
                    out.push('0');
                }
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// When the shortest digits and their neighbour in the last place both read back as `f`
/// and `f` lies exactly halfway between them, CPython's dtoa picks the even last digit;
/// Rust's formatter may pick the other. Check the neighbours exactly.
fn round_half_even_digits(f: f64, digits: String, exp: i32) -> String {
    let n = digits.len();
    let last = digits.as_bytes()[n - 1] - b'0';
    if last % 2 == 0 {
        return digits;
    }
    let s = exp - (n as i32 - 1);
    let d0: u64 = match digits.parse() {
        Ok(d) => d,
        Err(_) => return digits,
    };
    for d1 in [d0 - 1, d0 + 1] {
        let cand = format!("{}e{}", d1, s);
        if cand.parse::<f64>() != Ok(f) || d1.to_string().len() != n {
            continue;
        }
        // exact test: is f the midpoint (d0 + d1) / 2 * 10^s ?
        let (m, q) = {
            let (fm, fe) = frexp(f);
            ((fm * (1u64 << 53) as f64) as u64, fe - 53)
        };
        let mut lhs = BigInt::from(2u64) * BigInt::from(m);
        let mut rhs = BigInt::from(d0 + d1);
        if q >= 0 {
            lhs <<= q as usize;
        } else {
            rhs <<= (-q) as usize;
        }
        let ten = BigInt::from(10u32);
        if s >= 0 {
            rhs *= num_traits::Pow::pow(&ten, s as u32);
        } else {
            lhs *= num_traits::Pow::pow(&ten, (-s) as u32);
        }
        if lhs == rhs {
            return d1.to_string();
        }
    }
    digits
}

pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        return format!("{}j", fmt(i));
    }
    let sign = if i < 0.0 || (i == 0.0 && i.is_sign_negative()) || i.is_nan() && false { "-" } else { "+" };
    format!("({}{}{}j)", fmt(r), sign, fmt(i.abs()))
}

/// Parse float text as float() does.
pub fn parse_float(vm: &Vm, s: &str) -> PyResult<f64> {
    // any Unicode decimal digit counts as its ASCII digit, as for int()
    let clean: String =
        s.trim().chars().map(|c| if c.is_ascii() { c } else { crate::types::int::unicode_digit(c).map(|d| (b'0' + d) as char).unwrap_or(c) }).collect();
    let lower = clean.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let ok_chars = !clean.is_empty() && clean.chars().all(|c| c.is_ascii_digit() || "+-.eE_".contains(c));
    // an underscore must sit between two digits
    let cb = clean.as_bytes();
    let no_bad_underscore =
        cb.iter().enumerate().all(|(i, c)| *c != b'_' || (i > 0 && i + 1 < cb.len() && cb[i - 1].is_ascii_digit() && cb[i + 1].is_ascii_digit()));
    if ok_chars && no_bad_underscore {
        let nc: String = clean.chars().filter(|c| *c != '_').collect();
        if let Ok(v) = nc.parse::<f64>() {
            return Ok(v);
        }
    }
    Err(vm.value_error(format!("could not convert string to float: {}", pystr::repr_str(s))))
}

pub fn float_from(vm: &Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match o.payload() {
            Payload::Float(_) if vm.heap_override(x, "__float__").is_some() => {
                let r = vm.call(&vm.heap_override(x, "__float__").unwrap(), &[], KwArgs::EMPTY)?;
                match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r)))),
                }
            }
            Payload::Float(f) => Ok(*f),
            Payload::BigInt(_) if vm.heap_override(x, "__float__").is_some() => {
                let r = vm.call(&vm.heap_override(x, "__float__").unwrap(), &[], KwArgs::EMPTY)?;
                match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r)))),
                }
            }
            Payload::BigInt(b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| vm.overflow_error("int too large to convert to float".into())),
            Payload::Str(s) => parse_float(vm, &s.s),
            Payload::Bytes(_) | Payload::ByteArray(_) => parse_float(vm, &String::from_utf8_lossy(&crate::types::bytes::bytes_of(x).unwrap_or_default())),
            _ => {
                if let Some(f) = vm.lookup_special(x, "__float__") {
                    let r = vm.call(&f, &[], KwArgs::EMPTY)?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r)))),
                    };
                }
                if let Some(f) = vm.lookup_special(x, "__index__") {
                    let r = vm.call(&f, &[], KwArgs::EMPTY)?;
                    return float_from(vm, &r);
                }
                Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))))
            }
        },
        _ => Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x)))),
    }
}

fn float_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments".into()));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {}", args.len() - 1)));
    }
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => float_from(vm, x)?,
    };
    match args.first() {
        Some(Value::Obj(cls)) if !cls.is(&rt().t.float) => {
            // an instance of a subclass keeps its value boxed, with an instance dict
            let o = PyRef::new(cls, Payload::Float(f));
            o.set_dict(Some(crate::types::dict::new_dict()));
            Ok(Value::Obj(o))
        }
        _ => Ok(Value::Float(f)),
    }
}

/// complex("1+2j"), complex("-j"), complex(" (3e2-1.5j) ")
fn parse_complex(vm: &Vm, text: &str) -> PyResult<(f64, f64)> {
    let err = || vm.value_error("complex() arg is a malformed string".into());
    let mut t = text.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return Err(err());
    }
    let num = |s: &str| -> PyResult<f64> {
        match s {
            "" | "+" => Ok(1.0),
            "-" => Ok(-1.0),
            _ => parse_float(vm, s).map_err(|_| err()),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // find the sign that splits real and imaginary parts (not one after an exponent)
        let b = body.as_bytes();
        let mut split = None;
        for i in (1..b.len()).rev() {
            if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => Ok((num(&body[..i])?, num(&body[i..])?)),
            None => Ok((0.0, num(body)?)),
        };
    }
    Ok((num(t)?, 0.0))
}

fn complex_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(s) = args.get(1).and_then(pystr::as_str) {
        if args.len() > 2 {
            return Err(vm.type_error("complex() can't take second arg if first is a string".into()));
        }
        let (r, i) = parse_complex(vm, s)?;
        return Ok(complex_of_class(&args[0], r, i));
    }
    let r = match args.get(1) {
        None => 0.0,
        Some(v) => match as_complex(v) {
            Some((r, i)) if args.len() == 2 => return Ok(new_complex(r, i)),
            _ => float_from(vm, v)?,
        },
    };
    let i = match args.get(2) {
        None => 0.0,
        Some(v) => float_from(vm, v)?,
    };
    Ok(complex_of_class(&args[0], r, i))
}

/// complex(...) called on `cls`: a subclass's instance is boxed with an instance dict.
fn complex_of_class(cls: &Value, r: f64, i: f64) -> Value {
    match cls {
        Value::Obj(c) if matches!(c.payload(), Payload::Type(_)) && !c.is(&rt().t.complex) => {
            let o = PyRef::new(c, Payload::Complex(r, i));
            o.set_dict(Some(crate::types::dict::new_dict()));
            Value::Obj(o)
        }
        _ => new_complex(r, i),
    }
}

fn self_f(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Obj(o) if matches!(o.payload(), Payload::Float(_)) => Ok(to_f64(v).unwrap_or(0.0)),
        _ => Err(vm.type_error(format!("descriptor requires a 'float' object but received a '{}'", vm.type_name(v)))),
    }
}

fn is_integer(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f(vm, &args[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f(vm, &args[0])?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio".into()));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio".into()));
    }
    let (mut m, mut e) = frexp(f);
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = BigInt::from_f64(m).unwrap();
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(crate::types::tuple::new_tuple(vec![int::from_bigint(num), int::from_bigint(den)]))
}

fn float_conjugate(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(self_f(vm, &args[0])?))
}

fn float_hex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f(vm, &args[0])?;
    if f == 0.0 {
        return Ok(pystr::new_str(if f.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    if !f.is_finite() {
        return Ok(pystr::new_str(&float_repr(f)));
    }
    let (m, e) = frexp(f.abs());
    let mant = ((m * 2.0 - 1.0) * (1u64 << 52) as f64) as u64;
    let hex = format!("{:013x}", mant);
    Ok(pystr::new_str(&format!("{}0x1.{}p{:+}", if f < 0.0 { "-" } else { "" }, hex, e - 1)))
}

/// f * 2**e, scaling in steps so intermediate powers of two stay finite.
pub fn ldexp(mut f: f64, mut e: i64) -> f64 {
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
        if f.is_infinite() {
            return f;
        }
    }
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
        if f == 0.0 {
            return f;
        }
    }
    f * 2f64.powi(e as i32)
}

/// float.fromhex('0x1.8p+1'): exact parsing of hexadecimal floats.
fn float_fromhex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = args.get(1).and_then(pystr::as_str).ok_or_else(|| vm.type_error("fromhex() argument must be str".into()))?;
    let err = || vm.value_error("invalid hexadecimal floating-point string".into());
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    match t {
        "inf" | "infinity" => return Ok(Value::Float(if neg { f64::NEG_INFINITY } else { f64::INFINITY })),
        "nan" => return Ok(Value::Float(f64::NAN)),
        _ => {}
    }
    let t = t.strip_prefix("0x").unwrap_or(t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| err())?),
        None => (t, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(err());
    }
    let mut v = BigInt::from(0);
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(err)?;
        v = v * 16 + d;
    }
    let e2 = exp - 4 * fp.len() as i64;
    let f = v.to_f64().unwrap_or(f64::INFINITY);
    let r = ldexp(f, e2);
    if r.is_infinite() {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float".into()));
    }
    Ok(Value::Float(if neg { -r } else { r }))
}

fn float_format(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = args.get(1).and_then(pystr::as_str).unwrap_or("").to_string();
    Ok(pystr::new_str(&crate::format::format_value(vm, &args[0], &spec)?))
}

fn complex_conjugate(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Complex(r, i) => Ok(new_complex(*r, -i)),
            _ => Ok(args[0].clone()),
        },
        _ => Ok(args[0].clone()),
    }
}

pub fn register() {
    let r = rt();
    crate::types::set_new(&r.t.float, float_new);
    crate::types::add_methods(
        &r.t.float,
        &[("is_integer", is_integer), ("as_integer_ratio", as_integer_ratio), ("conjugate", float_conjugate), ("hex", float_hex), ("__format__", float_format)],
    );
    crate::types::set_new(&r.t.complex, complex_new);
    crate::types::add_methods(&r.t.complex, &[("conjugate", complex_conjugate)]);
    crate::types::add_classmethods(&r.t.float, &[("fromhex", float_fromhex)]);
}
