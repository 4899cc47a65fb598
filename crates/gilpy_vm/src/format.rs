//! Text conversions: repr() and str() of every builtin, the format-spec mini-language
//! (format(), f-strings, str.format) and printf-style `%` formatting, as CPython 3.11 does
//! them, including float formatting rounded on the exact binary value.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, type_data};
use crate::types::{dict, float, int, list, str as pystr, tuple};
use crate::Vm;
use num_bigint::BigInt;
use num_traits::Signed;
use std::cell::RefCell;

thread_local! {
    /// containers whose repr is in progress (CPython's Py_ReprEnter)
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

struct ReprGuard(usize);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if let Some(p) = r.iter().rposition(|x| *x == self.0) {
                r.remove(p);
            }
        });
    }
}

fn repr_enter(o: &PyRef) -> Option<ReprGuard> {
    let id = o.as_ptr() as usize;
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&id) {
            None
        } else {
            r.push(id);
            Some(ReprGuard(id))
        }
    })
}

fn depth_guard(vm: &Vm) -> PyResult<DepthGuard<'_>> {
    let d = vm.native_depth.get();
    if d > rt().recursion_limit.get() + 50 {
        return Err(vm.new_error(&rt().e.recursion_error, "maximum recursion depth exceeded while getting the repr of an object".into()));
    }
    vm.native_depth.set(d + 1);
    Ok(DepthGuard(vm))
}

struct DepthGuard<'a>(&'a Vm);
impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.0.native_depth.set(self.0.native_depth.get() - 1);
    }
}

pub fn addr(o: &PyRef) -> String {
    format!("0x{:x}", o.as_ptr() as usize)
}

fn class_name_for_repr(t: &PyRef) -> String {
    let td = type_data(t);
    let m = td.module();
    if m == "builtins" {
        td.qualname().to_string()
    } else {
        format!("{}.{}", m, td.qualname())
    }
}

pub fn default_repr(_vm: &Vm, v: &Value) -> String {
    match v {
        Value::Obj(o) => format!("<{} object at {}>", class_name_for_repr(o.ty()), addr(o)),
        _ => String::new(),
    }
}

pub fn repr(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    let s = match v {
        Value::None => return Ok(rt().intern("None")),
        Value::Bool(true) => return Ok(rt().intern("True")),
        Value::Bool(false) => return Ok(rt().intern("False")),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float::float_repr(*f),
        Value::Undef => "<NULL>".into(),
        Value::Obj(o) => {
            let ty = o.ty();
            if type_data(ty).has(TF_HEAP) {
                if let Some(f) = typeobj::lookup(ty, &rt().intern("__repr__")) {
                    let _g = depth_guard(vm)?;
                    let r = vm.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                    return match &r {
                        Value::Obj(ro) if matches!(ro.payload(), Payload::Str(_)) => Ok(ro.clone()),
                        _ => Err(vm.type_error(format!("__repr__ returned non-string (type {})", vm.type_name(&r)))),
                    };
                }
            }
            native_repr(vm, v)?
        }
    };
    Ok(pystr::new_str_ref(&s))
}

/// repr() by payload, ignoring user overrides (object.__repr__ and builtin layouts).
pub fn native_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let o = match v {
        Value::Obj(o) => o,
        _ => return Ok(pystr::data(&repr(vm, v)?).s.to_string()),
    };
    let _g = depth_guard(vm)?;
    Ok(match o.payload() {
        Payload::Str(s) => pystr::repr_str(&s.s),
        Payload::BigInt(_) => int::int_repr(vm, v)?,
        Payload::List(_) => {
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok("[...]".into()),
            };
            let items = list::snapshot(o);
            let mut parts = Vec::with_capacity(items.len());
            for x in &items {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            drop(g);
            format!("[{}]", parts.join(", "))
        }
        Payload::Tuple(items) => {
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok("(...)".into()),
            };
            let mut parts = Vec::with_capacity(items.len());
            for x in items.iter() {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            drop(g);
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Payload::Dict(_) => {
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok("{...}".into()),
            };
            let mut parts = Vec::new();
            for (k, val) in dict::items(o) {
                parts.push(format!("{}: {}", pystr::data(&repr(vm, &k)?).s, pystr::data(&repr(vm, &val)?).s));
            }
            drop(g);
            let body = format!("{{{}}}", parts.join(", "));
            if type_data(o.ty()).has(TF_HEAP) && false {
                body
            } else {
                body
            }
        }
        Payload::Set(_) => {
            let frozen = typeobj::is_subtype(o.ty(), &rt().t.frozenset);
            let name = type_data(o.ty()).name().to_string();
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok(format!("{}(...)", name)),
            };
            let items = crate::types::set::items(o);
            if items.is_empty() {
                return Ok(format!("{}()", name));
            }
            let mut parts = Vec::new();
            for x in &items {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            drop(g);
            if frozen || !o.ty().is(&rt().t.set) {
                format!("{}({{{}}})", name, parts.join(", "))
            } else {
                format!("{{{}}}", parts.join(", "))
            }
        }
        Payload::Range { start, stop, step } => {
            if *step == 1 {
                format!("range({}, {})", start, stop)
            } else {
                format!("range({}, {}, {})", start, stop, step)
            }
        }
        Payload::Slice(a, b, c) => format!("slice({}, {}, {})", vm.repr_string(a)?, vm.repr_string(b)?, vm.repr_string(c)?),
        Payload::Bytes(b) => crate::types::bytes::bytes_repr(b, "b"),
        Payload::ByteArray(b) => {
            // SAFETY: GIL invariant; copied out.
            let data = unsafe { (*b.get()).clone() };
            format!("bytearray({})", crate::types::bytes::bytes_repr(&data, "b"))
        }
        Payload::Complex(r, i) => float::complex_repr(*r, *i),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Type(_) => format!("<class '{}'>", class_name_for_repr(o)),
        Payload::Function(f) => format!("<function {} at {}>", pystr::data(&f.qualname_ref()).s, addr(o)),
        Payload::Builtin(b) => match &b.self_ {
            Some(s) if !matches!(s, Value::Obj(m) if matches!(m.payload(), Payload::Module(_))) => format!("<built-in method {} of {} object at {}>", b.name, vm.type_name(s), match s {
                Value::Obj(so) => addr(so),
                _ => "0x0".into(),
            }),
            _ => match &b.owner {
                Some(t) if b.is_method => format!("<method '{}' of '{}' objects>", b.name, type_data(t).name()),
                _ => format!("<built-in function {}>", b.name),
            },
        },
        Payload::Method { func, self_ } => {
            let fname = match vm.getattr_str(func, "__qualname__") {
                Ok(n) => pystr::as_str(&n).unwrap_or("?").to_string(),
                Err(_) => "?".into(),
            };
            format!("<bound method {} of {}>", fname, vm.repr_string(self_)?)
        }
        Payload::Module(m) => {
            let name = dict::get_str(&m.dict, &rt().intern("__name__")).and_then(|n| pystr::as_str(&n).map(|s| s.to_string())).unwrap_or_else(|| "?".into());
            match dict::get_str(&m.dict, &rt().intern("__file__")) {
                Some(f) if !f.is_none() => format!("<module '{}' from {}>", name, vm.repr_string(&f)?),
                _ => format!("<module '{}' (built-in)>", name),
            }
        }
        Payload::Exception(_) => crate::types::exceptions::exc_repr(vm, o)?,
        Payload::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.code.name, addr(o), c.code.filename, c.code.first_line),
        Payload::Cell(c) => {
            // SAFETY: GIL invariant; cloned out.
            let v = unsafe { (*c.get()).clone() };
            if v.is_undef() {
                format!("<cell at {}: empty>", addr(o))
            } else {
                format!("<cell at {}: {} object at {}>", addr(o), vm.type_name(&v), match &v {
                    Value::Obj(x) => addr(x),
                    _ => "0x0".into(),
                })
            }
        }
        Payload::Generator(g) => format!("<generator object {} at {}>", pystr::data(&g.qualname).s, addr(o)),
        Payload::DictView { dict: d, kind } => {
            let (name, items) = match kind {
                0 => ("dict_keys", dict::keys(d)),
                1 => ("dict_values", dict::values(d)),
                _ => ("dict_items", dict::items(d).into_iter().map(|(k, v)| tuple::new_tuple(vec![k, v])).collect()),
            };
            let mut parts = Vec::new();
            for x in &items {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            format!("{}([{}])", name, parts.join(", "))
        }
        Payload::File(f) => {
            if f.binary {
                format!("<_io.BufferedReader name={}>", vm.repr_string(&f.name)?)
            } else {
                format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", vm.repr_string(&f.name)?, f.mode, f.encoding)
            }
        }
        Payload::Super { ty, obj } => format!("<super: <class '{}'>, <{} object>>", type_data(ty).name(), vm.type_name(obj)),
        Payload::Property(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) | Payload::Iter(_) | Payload::Object => default_repr(vm, v),
    })
}

pub fn str_(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    if let Value::Obj(o) = v {
        let ty = o.ty();
        if type_data(ty).has(TF_HEAP) {
            if let Some(f) = typeobj::lookup(ty, &rt().intern("__str__")) {
                let _g = depth_guard(vm)?;
                let r = vm.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                return match &r {
                    Value::Obj(ro) if matches!(ro.payload(), Payload::Str(_)) => Ok(ro.clone()),
                    _ => Err(vm.type_error(format!("__str__ returned non-string (type {})", vm.type_name(&r)))),
                };
            }
        }
        match o.payload() {
            Payload::Str(_) => return Ok(if ty.is(&rt().t.str) { o.clone() } else { pystr::new_str_ref(&pystr::data(o).s) }),
            Payload::Exception(_) => return Ok(pystr::new_str_ref(&crate::types::exceptions::exc_str(vm, o)?)),
            _ => {}
        }
    }
    repr(vm, v)
}

impl crate::types::payload::StrData {}

/// ascii() of a value.
pub fn ascii_of(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    let mut out = String::new();
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    Ok(out)
}

// ---- the format-spec mini-language ----------------------------------------------------------

#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(vm: &Vm, s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        sp.width = Some(w.parse().map_err(|_| vm.value_error("Too many decimal digits in format string".into()))?);
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision".into()));
        }
        let p: String = c[start..i].iter().collect();
        sp.precision = Some(p.parse().map_err(|_| vm.value_error("Too many decimal digits in format string".into()))?);
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(vm.value_error("Invalid format specifier".into()));
    }
    Ok(sp)
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Pad `body` (with `sign` prefix) to the spec's width and alignment.
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{}{}", sign, body);
    }
    let fill_n = width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() { ('0', '=') } else { (sp.fill.unwrap_or(' '), sp.align.unwrap_or(default_align)) };
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{}{}{}", sign, body, f(fill_n)),
        '^' => format!("{}{}{}{}", f(fill_n / 2), sign, body, f(fill_n - fill_n / 2)),
        '=' => format!("{}{}{}", sign, f(fill_n), body),
        _ => format!("{}{}{}", f(fill_n), sign, body),
    }
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(vm: &Vm, b: &BigInt, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    if sp.precision.is_some() && matches!(ty, 'd' | 'b' | 'o' | 'x' | 'X' | 'c' | 'n') {
        return Err(vm.value_error("Precision not allowed in integer format specifier".into()));
    }
    let neg = b.is_negative();
    let mag = b.abs();
    let (prefix, digits) = match ty {
        'd' | 'n' => ("", mag.to_string()),
        'b' => ("0b", mag.to_str_radix(2)),
        'o' => ("0o", mag.to_str_radix(8)),
        'x' => ("0x", mag.to_str_radix(16)),
        'X' => ("0X", mag.to_str_radix(16).to_uppercase()),
        'c' => {
            let cp = num_traits::ToPrimitive::to_u32(b).and_then(char::from_u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)".into()))?;
            return Ok(pad(sp, "", &cp.to_string(), '<'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY);
            return format_float(vm, f, sp);
        }
        's' => return Err(vm.value_error("Unknown format code 's' for object of type 'int'".into())),
        other => return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'int'", other))),
    };
    let digits = match sp.grouping {
        Some(g) => {
            if matches!(ty, 'b' | 'o' | 'x' | 'X') {
                if g == ',' {
                    return Err(vm.value_error(format!("Cannot specify ',' with '{}'.", ty)));
                }
                group_digits(&digits, g, 4)
            } else {
                group_digits(&digits, g, 3)
            }
        }
        None => digits,
    };
    let prefix = if sp.alt { prefix } else { "" };
    let sign = format!("{}{}", sign_str(neg, sp), prefix);
    if sp.zero && sp.align.is_none() && sp.grouping.is_some() {
        // zero padding also gets separators
        let width = sp.width.unwrap_or(0).saturating_sub(sign.len());
        let mut raw: String = digits.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let every = if matches!(ty, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
        let g = sp.grouping.unwrap();
        let mut grouped = group_digits(&raw, g, every);
        while grouped.chars().count() < width {
            raw.insert(0, '0');
            grouped = group_digits(&raw, g, every);
        }
        return Ok(format!("{}{}", sign, grouped));
    }
    Ok(pad(sp, &sign, &digits, '>'))
}

/// Exponent notation in Python's style: mantissa digits and e+XX.
fn fmt_exp(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    let mut m = m.to_string();
    if alt && !m.contains('.') {
        m.push('.');
    }
    let out = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

fn strip_zeros(s: &str) -> String {
    if let Some((m, e)) = s.split_once('e') {
        let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
        format!("{}e{}", m, e)
    } else if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// 'g' formatting of a non-negative finite value.
fn fmt_general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        let s = if alt { format!("{:.*}", p - 1, 0.0) } else { "0".to_string() };
        return s;
    }
    let e_repr = format!("{:.*e}", p - 1, x);
    let exp: i32 = e_repr.split_once('e').unwrap().1.parse().unwrap();
    let s = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        fmt_exp(x, p - 1, false, alt)
    };
    let s = if alt { s } else { strip_zeros(&s) };
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

fn format_float(vm: &Vm, f: f64, sp: &Spec) -> PyResult<String> {
    let neg = f.is_sign_negative() && !(f == 0.0 && false) && !f.is_nan();
    let a = f.abs();
    let ty = sp.ty;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    } else {
        match ty {
            Some('f' | 'F') => format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some('e' | 'E') => fmt_exp(a, sp.precision.unwrap_or(6), upper, sp.alt),
            Some('g' | 'G') => fmt_general(a, sp.precision.unwrap_or(6), upper, sp.alt),
            Some('n') => fmt_general(a, sp.precision.unwrap_or(6), false, sp.alt),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            None => match sp.precision {
                None => {
                    let r = float::float_repr(a);
                    r
                }
                Some(p) => {
                    let s = fmt_general(a, p, false, sp.alt);
                    if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("nan") {
                        s
                    } else {
                        format!("{}.0", s)
                    }
                }
            },
            Some(c) => return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'float'", c))),
        }
    };
    if sp.alt && matches!(ty, Some('f' | 'F')) && !body.contains('.') {
        body.push('.');
    }
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| c == '.' || c == 'e' || c == '%') {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        if int_part.chars().all(|c| c.is_ascii_digit()) {
            body = format!("{}{}", group_digits(&int_part, g, 3), rest);
        }
    }
    let neg = neg && !(f == 0.0 && f.is_sign_negative() && false);
    Ok(pad(sp, sign_str(neg, sp), &body, '>'))
}

fn format_str(vm: &Vm, s: &str, sp: &Spec) -> PyResult<String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'str'", t)));
        }
    }
    if sp.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier".into()));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier".into()));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(sp, "", &body, '<'))
}

/// format(value, spec) for builtin values (user classes go through __format__).
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(i.to_string());
            }
            format_int(vm, &BigInt::from(*i), &parse_spec(vm, spec)?)
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(if *b { "True".into() } else { "False".into() });
            }
            format_int(vm, &BigInt::from(*b as i64), &parse_spec(vm, spec)?)
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(float::float_repr(*f));
            }
            format_float(vm, *f, &parse_spec(vm, spec)?)
        }
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => {
                if spec.is_empty() {
                    return int::int_repr(vm, v);
                }
                format_int(vm, b, &parse_spec(vm, spec)?)
            }
            Payload::Str(s) => format_str(vm, &s.s, &parse_spec(vm, spec)?),
            _ => {
                if !spec.is_empty() {
                    return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(v))));
                }
                vm.str_string(v)
            }
        },
        Value::None => {
            if !spec.is_empty() {
                return Err(vm.type_error("unsupported format string passed to NoneType.__format__".into()));
            }
            Ok("None".into())
        }
        Value::Undef => Ok(String::new()),
    }
}

/// format(v, spec) including user `__format__`.
pub fn format_builtin(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if type_data(o.ty()).has(TF_HEAP) {
            if let Some(f) = typeobj::lookup(o.ty(), &rt().intern("__format__")) {
                let r = vm.call(&f, &[v.clone(), pystr::new_str(spec)], KwArgs::EMPTY)?;
                if pystr::as_str(&r).is_none() {
                    return Err(vm.type_error(format!("__format__ must return a str, not {}", vm.type_name(&r))));
                }
                return Ok(r);
            }
        }
    }
    Ok(pystr::from_string(format_value(vm, v, spec)?))
}

// ---- str.format --------------------------------------------------------------------------------

fn resolve_field(vm: &Vm, field: &str, args: &[Value], kw: &dyn Fn(&str) -> PyResult<Option<Value>>, auto: &mut usize) -> PyResult<Value> {
    let bytes: Vec<char> = field.chars().collect();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != '.' && bytes[i] != '[' {
        i += 1;
    }
    let head: String = bytes[..i].iter().collect();
    let mut v = if head.is_empty() {
        if *auto == usize::MAX {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering".into()));
        }
        let n = *auto;
        *auto += 1;
        args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {} out of range for positional args tuple", n)))?
    } else if head.chars().all(|c| c.is_ascii_digit()) {
        if *auto > 0 && *auto != usize::MAX {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification".into()));
        }
        let n: usize = head.parse().unwrap();
        args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {} out of range for positional args tuple", n)))?
    } else {
        kw(&head)?.ok_or_else(|| vm.key_error(pystr::new_str(&head)))?
    };
    while i < bytes.len() {
        if bytes[i] == '.' {
            let start = i + 1;
            i = start;
            while i < bytes.len() && bytes[i] != '.' && bytes[i] != '[' {
                i += 1;
            }
            let attr: String = bytes[start..i].iter().collect();
            v = vm.getattr_str(&v, &attr)?;
        } else {
            let start = i + 1;
            while i < bytes.len() && bytes[i] != ']' {
                i += 1;
            }
            let key: String = bytes[start..i].iter().collect();
            i += 1;
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => pystr::new_str(&key),
            };
            v = vm.getitem(&v, &k)?;
        }
    }
    Ok(v)
}

fn format_template(vm: &Vm, s: &str, args: &[Value], kw: &dyn Fn(&str) -> PyResult<Option<Value>>, auto: &mut usize, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded".into()));
    }
    let c: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '{' if i + 1 < c.len() && c[i + 1] == '{' => {
                out.push('{');
                i += 2;
            }
            '}' if i + 1 < c.len() && c[i + 1] == '}' => {
                out.push('}');
                i += 2;
            }
            '}' => return Err(vm.value_error("Single '}' encountered in format string".into())),
            '{' => {
                let mut level = 1;
                let start = i + 1;
                i += 1;
                while i < c.len() && level > 0 {
                    if c[i] == '{' {
                        level += 1;
                    } else if c[i] == '}' {
                        level -= 1;
                    }
                    i += 1;
                }
                if level > 0 {
                    return Err(vm.value_error("expected '}' before end of string".into()));
                }
                let inner: String = c[start..i - 1].iter().collect();
                // split field, conversion, spec (outside brackets)
                let mut field_end = inner.len();
                let mut bracket = 0;
                for (j, ch) in inner.char_indices() {
                    match ch {
                        '[' => bracket += 1,
                        ']' => bracket -= 1,
                        '!' | ':' if bracket == 0 => {
                            field_end = j;
                            break;
                        }
                        _ => {}
                    }
                }
                let field = &inner[..field_end];
                let rest = &inner[field_end..];
                let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
                    let mut cs = r.chars();
                    let cv = cs.next();
                    let after = cs.as_str();
                    let spec = if let Some(sp) = after.strip_prefix(':') {
                        sp
                    } else if after.is_empty() {
                        ""
                    } else {
                        return Err(vm.value_error("expected ':' after conversion specifier".into()));
                    };
                    (cv, spec)
                } else if let Some(sp) = rest.strip_prefix(':') {
                    (None, sp)
                } else {
                    (None, "")
                };
                let v = resolve_field(vm, field, args, kw, auto)?;
                let v = match conv {
                    Some('r') => Value::Obj(vm.repr(&v)?),
                    Some('s') => Value::Obj(vm.str_(&v)?),
                    Some('a') => pystr::new_str(&ascii_of(vm, &v)?),
                    None => v,
                    Some(o) => return Err(vm.value_error(format!("Unknown conversion specifier {}", o))),
                };
                let spec = if spec.contains('{') { format_template(vm, spec, args, kw, auto, depth + 1)? } else { spec.to_string() };
                let r = format_builtin(vm, &v, &spec)?;
                out.push_str(pystr::as_str(&r).unwrap_or(""));
            }
            ch => {
                out.push(ch);
                i += 1;
            }
        }
    }
    Ok(out)
}

pub fn str_format(vm: &Vm, s: &str, args: &[Value], kw: KwArgs) -> PyResult<String> {
    let mut auto = 0usize;
    let lookup = |name: &str| -> PyResult<Option<Value>> { Ok(kw.get(name).cloned()) };
    format_template(vm, s, args, &lookup, &mut auto, 0)
}

pub fn str_format_map(vm: &Vm, s: &str, m: &Value) -> PyResult<String> {
    let mut auto = 0usize;
    let lookup = |name: &str| -> PyResult<Option<Value>> { vm.getitem(m, &pystr::new_str(name)).map(Some) };
    format_template(vm, s, &[], &lookup, &mut auto, 0)
}

// ---- printf-style formatting ---------------------------------------------------------------

pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let is_mapping = matches!(args, Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)));
    let items: Vec<Value> = match args {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => tuple::items(o).to_vec(),
        _ => vec![args.clone()],
    };
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut argi = 0;
    let mut used_mapping = false;
    let mut next_arg = |vm: &Vm| -> PyResult<Value> {
        let r = items.get(argi).cloned().ok_or_else(|| vm.type_error("not enough arguments for format string".into()));
        argi += 1;
        r
    };
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= c.len() {
            return Err(vm.value_error("incomplete format".into()));
        }
        let mut key_val: Option<Value> = None;
        if c[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < c.len() && depth > 0 {
                if c[i] == '(' {
                    depth += 1;
                } else if c[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            let key: String = c[start..i - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping".into()));
            }
            key_val = Some(vm.getitem(args, &pystr::new_str(&key))?);
            used_mapping = true;
        }
        let mut sp = Spec::default();
        while i < c.len() && "-+ #0".contains(c[i]) {
            match c[i] {
                '-' => sp.align = Some('<'),
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => {}
            }
            i += 1;
        }
        if i < c.len() && c[i] == '*' {
            sp.width = Some(vm.index_value(&next_arg(vm)?)? as usize);
            i += 1;
        } else {
            let start = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                sp.width = Some(c[start..i].iter().collect::<String>().parse().unwrap());
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                sp.precision = Some(vm.index_value(&next_arg(vm)?)? as usize);
                i += 1;
            } else {
                let start = i;
                while i < c.len() && c[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(c[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < c.len() && "hlL".contains(c[i]) {
            i += 1;
        }
        if i >= c.len() {
            return Err(vm.value_error("incomplete format".into()));
        }
        let conv = c[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if sp.align == Some('<') {
            sp.zero = false;
        }
        let v = match key_val.take() {
            Some(v) => v,
            None => next_arg(vm)?,
        };
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(&v)?,
                    'r' => vm.repr_string(&v)?,
                    _ => ascii_of(vm, &v)?,
                };
                let s: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                sp.zero = false;
                pad(&sp, "", &s, '>')
            }
            'd' | 'i' | 'u' => {
                let n = match &v {
                    Value::Float(f) => int::to_bigint(&int::float_to_int(vm, *f)?).unwrap(),
                    _ => match int::to_bigint(&v) {
                        Some(b) => b,
                        None => match vm.lookup_special(&v, "__int__").or_else(|| vm.lookup_special(&v, "__index__")) {
                            Some(f) => int::to_bigint(&vm.call(&f, &[], KwArgs::EMPTY)?).unwrap_or_default(),
                            None => return Err(vm.type_error(format!("%{} format: a real number is required, not {}", conv, vm.type_name(&v)))),
                        },
                    },
                };
                sp.ty = Some('d');
                let prec = sp.precision.take();
                let mut s = n.abs().to_string();
                if let Some(p) = prec {
                    while s.len() < p {
                        s.insert(0, '0');
                    }
                }
                pad(&sp, sign_str(n.is_negative(), &sp), &s, '>')
            }
            'x' | 'X' | 'o' => {
                let n = int::to_bigint(&v).ok_or_else(|| vm.type_error(format!("%{} format: an integer is required, not {}", conv, vm.type_name(&v))))?;
                let mut s = match conv {
                    'x' => n.abs().to_str_radix(16),
                    'X' => n.abs().to_str_radix(16).to_uppercase(),
                    _ => n.abs().to_str_radix(8),
                };
                if let Some(p) = sp.precision {
                    while s.len() < p {
                        s.insert(0, '0');
                    }
                }
                let prefix = if sp.alt {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        _ => "0o",
                    }
                } else {
                    ""
                };
                let sign = format!("{}{}", sign_str(n.is_negative(), &sp), prefix);
                pad(&sp, &sign, &s, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &v {
                    Value::Float(f) => *f,
                    _ => float::float_from(vm, &v).map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name(&v))))?,
                };
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(vm, f, &sp)?
            }
            'c' => {
                let ch = match &v {
                    Value::Int(n) => char::from_u32(*n as u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)".into()))?.to_string(),
                    _ => match pystr::as_str(&v) {
                        Some(s) if s.chars().count() == 1 => s.to_string(),
                        _ => return Err(vm.type_error("%c requires int or char".into())),
                    },
                };
                pad(&sp, "", &ch, '>')
            }
            other => return Err(vm.value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1))),
        };
        out.push_str(&piece);
    }
    if !used_mapping && argi < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting".into()));
    }
    Ok(out)
}

