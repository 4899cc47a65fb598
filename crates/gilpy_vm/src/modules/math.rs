//! `math`: the common functions and constants, with CPython's domain and range errors.

use crate::object::Value;
use crate::types::payload::*;
use crate::types::{float, int};
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

fn arg_f(vm: &Vm, a: &[Value], i: usize) -> PyResult<f64> {
    match a.get(i) {
        Some(v) if crate::types::str::as_str(v).is_some() => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        // an int too large for a float overflows, as float() of it does
        Some(v) if int::is_int(v) => float::float_from(vm, v),
        Some(v) => float::float_from(vm, v).map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        None => Err(vm.type_error("function missing required argument".into())),
    }
}

fn domain(vm: &Vm) -> crate::PyErr {
    vm.value_error("math domain error".into())
}

fn check(vm: &Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error".into()));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
            let x = arg_f(vm, a, 0)?;
            let f: fn(f64) -> f64 = $f;
            check(vm, x, f(x))
        }
    };
}

unary!(m_sin, f64::sin);
unary!(m_cos, f64::cos);
unary!(m_tan, f64::tan);
unary!(m_asin, f64::asin);
unary!(m_acos, f64::acos);
unary!(m_atan, f64::atan);
unary!(m_sinh, f64::sinh);
unary!(m_cosh, f64::cosh);
unary!(m_tanh, f64::tanh);
unary!(m_exp, f64::exp);
unary!(m_expm1, f64::exp_m1);
unary!(m_log1p, f64::ln_1p);
unary!(m_fabs, f64::abs);
unary!(m_degrees, f64::to_degrees);
unary!(m_radians, f64::to_radians);
unary!(m_asinh, libm::asinh);
unary!(m_acosh, libm::acosh);
unary!(m_erf, libm::erf);
unary!(m_erfc, libm::erfc);
unary!(m_cbrt, libm::cbrt);
unary!(m_exp2, libm::exp2);

/// The C library's functions, which CPython's math module calls for these: Rust's own
/// asinh/acosh/atanh use shorter formulas that differ in the last bits.
mod libm {
    mod ffi {
        // glibc's `f64` aliases: the plain names can bind at link time to the Rust
        // compiler-builtins ports (musl's), whose results differ (cbrt(27) is 3.0 there,
        // 3.0000000000000004 in glibc and so in CPython)
        #[link(name = "m")]
        extern "C" {
            #[link_name = "asinhf64"]
            pub fn asinh(x: f64) -> f64;
            #[link_name = "acoshf64"]
            pub fn acosh(x: f64) -> f64;
            #[link_name = "atanhf64"]
            pub fn atanh(x: f64) -> f64;
            #[link_name = "erff64"]
            pub fn erf(x: f64) -> f64;
            #[link_name = "erfcf64"]
            pub fn erfc(x: f64) -> f64;
            #[link_name = "cbrtf64"]
            pub fn cbrt(x: f64) -> f64;
            #[link_name = "exp2f64"]
            pub fn exp2(x: f64) -> f64;
            #[link_name = "remainderf64"]
            pub fn remainder(x: f64, y: f64) -> f64;
            #[link_name = "nextafterf64"]
            pub fn nextafter(x: f64, y: f64) -> f64;
        }
    }
    macro_rules! wrap1 {
        ($($n:ident),*) => {$(
            pub fn $n(x: f64) -> f64 {
                // SAFETY: a pure C math function of a double (no pointers, no global state
                // beyond errno, which nothing here reads).
                unsafe { ffi::$n(x) }
            }
        )*};
    }
    wrap1!(asinh, acosh, atanh, erf, erfc, cbrt, exp2);
    pub fn remainder(x: f64, y: f64) -> f64 {
        // SAFETY: as for wrap1.
        unsafe { ffi::remainder(x, y) }
    }
    pub fn nextafter(x: f64, y: f64) -> f64 {
        // SAFETY: as for wrap1.
        unsafe { ffi::nextafter(x, y) }
    }
}

fn m_atanh(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(libm::atanh(x)))
}

/// math.remainder: IEEE 754 remainder (the quotient rounded to nearest, ties to even)
fn m_remainder(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, a, 0)?, arg_f(vm, a, 1)?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

fn m_nextafter(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, a, 0)?, arg_f(vm, a, 1)?);
    Ok(Value::Float(libm::nextafter(x, y)))
}

/// math.ulp: the gap from |x| to the next float away from zero (toward zero at the top)
fn m_ulp(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

fn m_sqrt(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

/// A positive int too large for a float as m * 2**e with 0.5 <= m < 1, m rounded to
/// nearest-even from all the int's bits (CPython's _PyLong_Frexp).
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = bits - 64;
    let top = (b >> shift as usize).to_u64().unwrap_or(u64::MAX);
    // a lost low bit is kept as a sticky bit, so the conversion to 53 bits rounds right
    let sticky = !(b - (BigInt::from(top) << shift as usize)).is_zero();
    let f = (top | sticky as u64) as f64;
    let m = f / 18446744073709551616.0;
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

/// log, log2 and log10 of any real, ints of any size included (CPython's loghelper).
fn log_of(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = int::to_bigint(v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = arg_f(vm, std::slice::from_ref(v), 0)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn m_log(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = log_of(vm, a.first().ok_or_else(|| vm.type_error("log expected at least 1 argument, got 0".into()))?, f64::ln)?;
    match a.get(1) {
        Some(b) => {
            let lb = log_of(vm, b, f64::ln)?;
            if lb == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(x / lb))
        }
        None => Ok(Value::Float(x)),
    }
}

fn m_log2(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(log_of(vm, a.first().unwrap_or(&Value::None), f64::log2)?))
}

fn m_log10(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(log_of(vm, a.first().unwrap_or(&Value::None), f64::log10)?))
}

fn m_pow(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, a, 0)?, arg_f(vm, a, 1)?);
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error".into()));
    }
    Ok(Value::Float(r))
}

fn m_atan2(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(arg_f(vm, a, 0)?.atan2(arg_f(vm, a, 1)?)))
}

/// The Euclidean norm as CPython 3.11's vector_norm computes it, so hypot() and dist()
/// agree to the last bit: coordinates scaled by a power of two near the largest, squares
/// kept exactly as double-length sums, then one differential correction of the root.
fn norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v {
        let a = x.abs();
        found_nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let abs: Vec<f64> = v.iter().map(|x| x.abs()).collect();
    scaled_norm(&abs, max)
}

/// An exact product a*b as hi + lo (Dekker's mul12, with Veltkamp's splitting).
fn exact_mul(a: f64, b: f64) -> (f64, f64) {
    fn split(x: f64) -> (f64, f64) {
        let t = x * 134217729.0;
        let hi = t - (t - x);
        (hi, x - hi)
    }
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let p = ah * bh;
    let q = ah * bl + al * bh;
    let z = p + q;
    (z, p - z + q + al * bl)
}

/// a + b as hi + lo, for |a| >= |b|.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, b - (x - a))
}

fn scaled_norm(v: &[f64], max: f64) -> f64 {
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: scale the subnormal range up first
        let up: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * scaled_norm(&up, max / f64::MIN_POSITIVE);
    }
    // 2**-max_e, built from its bits (powi(-1024) would go through 1/inf)
    let e = -max_e;
    let scale = if e >= -1022 { f64::from_bits(((e + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (e + 1074)) };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for x in v {
        let x = x * scale;
        let (hi, lo) = exact_mul(x, x);
        let (s, e) = fast_two_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_mul(-h, h);
    let (s, e) = fast_two_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// C's frexp for finite nonzero x: (m, e) with x = m * 2**e and 0.5 <= |m| < 1.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: normalise first
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022u64 << 52));
    (m, e)
}

fn m_hypot(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut v = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        v.push(arg_f(vm, a, i)?);
    }
    Ok(Value::Float(norm(&v)))
}

fn m_copysign(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(arg_f(vm, a, 0)?.copysign(arg_f(vm, a, 1)?)))
}

fn m_fmod(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, a, 0)?, arg_f(vm, a, 1)?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn to_int_result(vm: &Vm, v: &Value, f: fn(f64) -> f64, name: &'static str) -> PyResult<Value> {
    if crate::types::str::as_str(v).is_some() {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
    }
    if int::is_int(v) {
        return Ok(int::from_bigint(int::to_bigint(v).unwrap()));
    }
    if let Value::Float(x) = v {
        return int::float_to_int(vm, f(*x));
    }
    if let Some(m) = vm.lookup_special(v, name) {
        return vm.call(&m, &[], KwArgs::EMPTY);
    }
    let x = float::float_from(vm, v)?;
    int::float_to_int(vm, f(x))
}

fn m_floor(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    to_int_result(vm, a.first().unwrap_or(&Value::None), f64::floor, "__floor__")
}
fn m_ceil(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    to_int_result(vm, a.first().unwrap_or(&Value::None), f64::ceil, "__ceil__")
}
fn m_trunc(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    to_int_result(vm, a.first().unwrap_or(&Value::None), f64::trunc, "__trunc__")
}

fn m_isnan(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg_f(vm, a, 0)?.is_nan()))
}
fn m_isinf(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg_f(vm, a, 0)?.is_infinite()))
}
fn m_isfinite(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg_f(vm, a, 0)?.is_finite()))
}

fn m_isclose(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let (x, y) = (arg_f(vm, a, 0)?, arg_f(vm, a, 1)?);
    let rel = match k.get("rel_tol") {
        Some(v) => float::float_from(vm, v)?,
        None => 1e-9,
    };
    let abs = match k.get("abs_tol") {
        Some(v) => float::float_from(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
}

fn big_arg(vm: &Vm, a: &[Value], i: usize, name: &str) -> PyResult<BigInt> {
    match a.get(i) {
        Some(v) => int::to_bigint(v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        None => Err(vm.type_error(format!("{}() missing required argument", name))),
    }
}

fn m_factorial(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if let Some(Value::Float(_)) = a.first() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
    }
    let n = big_arg(vm, a, 0, "factorial")?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let n = n.to_u64().ok_or_else(|| vm.overflow_error("factorial() argument should not exceed 9223372036854775807".into()))?;
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(int::from_bigint(r))
}

fn m_gcd(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for i in 0..a.len() {
        let x = big_arg(vm, a, i, "gcd")?;
        g = num_integer::Integer::gcd(&g, &x);
    }
    Ok(int::from_bigint(g))
}

fn m_lcm(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut l = BigInt::from(1);
    for i in 0..a.len() {
        let x = big_arg(vm, a, i, "lcm")?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = num_integer::Integer::lcm(&l, &x);
    }
    Ok(int::from_bigint(l))
}

fn m_isqrt(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = big_arg(vm, a, 0, "isqrt")?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(int::from_bigint(n.sqrt()))
}

fn m_comb(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = big_arg(vm, a, 0, "comb")?;
    let k = big_arg(vm, a, 1, "comb")?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0).min((&n - &k).to_u64().unwrap_or(u64::MAX));
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int::from_bigint(r))
}

fn m_perm(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = big_arg(vm, a, 0, "perm")?;
    let k = match a.get(1) {
        Some(Value::None) | None => n.clone(),
        _ => big_arg(vm, a, 1, "perm")?,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::from(1);
    for i in 0..k.to_u64().unwrap_or(0) {
        r *= &n - i;
    }
    Ok(int::from_bigint(r))
}

fn m_prod(vm: &Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let mut acc = k.get("start").cloned().unwrap_or(Value::Int(1));
    for x in vm.collect(a.first().unwrap_or(&Value::None))? {
        acc = vm.binop(&acc, &x, gilpy_compiler::BinOp::Mul)?;
    }
    Ok(acc)
}

fn m_fsum(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    // Shewchuk's exact summation, as CPython's math.fsum
    let mut partials: Vec<f64> = Vec::new();
    // infinities and NaNs are summed apart, as CPython does
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in vm.collect(a.first().unwrap_or(&Value::None))? {
        let mut x = arg_f(vm, std::slice::from_ref(&v), 0)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if !x.is_finite() {
            return Err(vm.overflow_error("intermediate overflow in fsum".into()));
        }
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum".into()));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(0) {
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_modf(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?;
    Ok(crate::types::tuple::new_tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
}

fn m_frexp(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (m, e) = float::frexp(arg_f(vm, a, 0)?);
    Ok(crate::types::tuple::new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?;
    let e = vm.index_value(a.get(1).unwrap_or(&Value::Int(0)))?;
    check(vm, x, float::ldexp(x, e))
}

fn m_dist(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = vm.collect(a.first().unwrap_or(&Value::None))?;
    let q = vm.collect(a.get(1).unwrap_or(&Value::None))?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let mut v = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        v.push(float::float_from(vm, x)? - float::float_from(vm, y)?);
    }
    Ok(Value::Float(norm(&v)))
}

fn m_gamma(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?;
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(gamma(x)))
}

fn gamma(x: f64) -> f64 {
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma(1.0 - x));
    }
    if x.fract() == 0.0 && x < 30.0 {
        let mut r = 1.0;
        let mut i = 2.0;
        while i < x {
            r *= i;
            i += 1.0;
        }
        return r;
    }
    let g = 7.0;
    let c = [
        0.999_999_999_999_809_9,
        676.5203681218851,
        -1259.1392167224028,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507343278686905,
        -0.13857109526572012,
        9.984_369_578_019_572e-6,
        1.5056327351493116e-7,
    ];
    let x = x - 1.0;
    let mut s = c[0];
    for (i, ci) in c.iter().enumerate().skip(1) {
        s += ci / (x + i as f64);
    }
    let t = x + g + 0.5;
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * s
}

fn m_lgamma(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = arg_f(vm, a, 0)?;
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(gamma(x).abs().ln()))
}

pub fn make(_vm: &Vm) -> crate::PyRef {
    let m = crate::modules::new_module(
        "math",
        &[
            ("sqrt", m_sqrt),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("exp", m_exp),
            ("expm1", m_expm1),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("pow", m_pow),
            ("fabs", m_fabs),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("isclose", m_isclose),
            ("factorial", m_factorial),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("isqrt", m_isqrt),
            ("comb", m_comb),
            ("perm", m_perm),
            ("prod", m_prod),
            ("fsum", m_fsum),
            ("hypot", m_hypot),
            ("copysign", m_copysign),
            ("fmod", m_fmod),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("dist", m_dist),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("cbrt", m_cbrt),
            ("exp2", m_exp2),
            ("remainder", m_remainder),
            ("nextafter", m_nextafter),
            ("ulp", m_ulp),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
        ],
    );
    let d = crate::modules::module_dict(&m);
    crate::types::dict::set_str_raw(&d, "pi", Value::Float(std::f64::consts::PI));
    crate::types::dict::set_str_raw(&d, "e", Value::Float(std::f64::consts::E));
    crate::types::dict::set_str_raw(&d, "tau", Value::Float(std::f64::consts::TAU));
    crate::types::dict::set_str_raw(&d, "inf", Value::Float(f64::INFINITY));
    crate::types::dict::set_str_raw(&d, "nan", Value::Float(f64::NAN));
    m
}
