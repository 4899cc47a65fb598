//! `str`: immutable Unicode text stored as UTF-8 with its code-point count. ASCII strings
//! (the common case) index in O(1); others walk the UTF-8 (docs/objects.md says why, and
//! what a PEP 393 layout would buy). Hashing is CPython's SipHash-1-3 over the PEP 393
//! bytes, so with PYTHONHASHSEED=0 hash values (and set orders) equal CPython's.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{list, tuple};
use crate::Vm;
use gilpy_compiler::BinOp;
use std::hash::Hasher;

pub fn new_str(s: &str) -> Value {
    Value::Obj(new_str_ref(s))
}

pub fn new_str_ref(s: &str) -> PyRef {
    if s.is_empty() {
        return rt().intern("");
    }
    if s.len() == 1 {
        return rt().intern(s);
    }
    PyRef::new(&rt().t.str, Payload::Str(StrData::new(s.into())))
}

pub fn from_string(s: String) -> Value {
    if s.len() <= 1 {
        return new_str(&s);
    }
    Value::Obj(PyRef::new(&rt().t.str, Payload::Str(StrData::new(s.into_boxed_str()))))
}

#[inline(always)]
pub fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(&s.s),
            _ => None,
        },
        _ => None,
    }
}

#[inline(always)]
pub fn data(o: &PyRef) -> &StrData {
    match o.payload() {
        Payload::Str(s) => s,
        _ => panic!("str data of a non-str"),
    }
}

fn siphash(bytes: &[u8]) -> i64 {
    let mut h = crate::modules::sys::hash_hasher();
    h.write(bytes);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

pub fn hash_str(s: &StrData) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let v = if s.s.is_empty() {
        0
    } else if s.is_ascii() {
        siphash(s.s.as_bytes())
    } else {
        let max = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
        let mut bytes = Vec::new();
        for c in s.s.chars() {
            let c = c as u32;
            if max <= 0xff {
                bytes.push(c as u8);
            } else if max <= 0xffff {
                bytes.extend_from_slice(&(c as u16).to_le_bytes());
            } else {
                bytes.extend_from_slice(&c.to_le_bytes());
            }
        }
        siphash(&bytes)
    };
    s.hash.set(v);
    v
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    siphash(b)
}

/// repr() of text, with CPython's choice of quotes and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of Unicode's printable classes (CPython's Py_UNICODE_ISPRINTABLE).
fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n == 0xad || (0x2028..=0x202e).contains(&n) || (0x2060..=0x206f).contains(&n) || (0xd800..=0xdfff).contains(&n) || n == 0xfeff || (0xe000..=0xf8ff).contains(&n) || n == 0xa0 || n == 0x3000 || (0x2000..=0x200f).contains(&n) {
        return false;
    }
    !c.is_control()
}

pub fn ascii_repr(s: &str) -> String {
    let r = repr_str(s);
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
    out
}

/// The character at code-point index i (already bounds-checked).
pub fn char_at(s: &StrData, i: usize) -> char {
    if s.is_ascii() {
        s.s.as_bytes()[i] as char
    } else {
        s.s.chars().nth(i).unwrap()
    }
}

/// Byte offset of code-point index i.
fn byte_offset(s: &StrData, i: usize) -> usize {
    if s.is_ascii() {
        i.min(s.s.len())
    } else {
        s.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.s.len())
    }
}

fn char_index_of_byte(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

pub fn getitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<Value> {
    let s = data(o);
    match k {
        Value::Obj(ko) if matches!(ko.payload(), Payload::Slice(..)) => {
            let (start, stop, step) = crate::types::range::slice_indices(vm, ko, s.chars)?;
            if step == 1 {
                if start >= stop {
                    return Ok(new_str(""));
                }
                let a = byte_offset(s, start as usize);
                let b = byte_offset(s, stop as usize);
                return Ok(new_str(&s.s[a..b]));
            }
            let chars: Vec<char> = s.s.chars().collect();
            let mut out = String::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(chars[i as usize]);
                i += step;
            }
            Ok(from_string(out))
        }
        _ => {
            let i = match k {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                _ => {
                    if let Value::Obj(ko) = k {
                        if matches!(ko.payload(), Payload::BigInt(_)) {
                            return Err(vm.index_error("cannot fit 'int' into an index-sized integer".into()));
                        }
                    }
                    if vm.lookup_special(k, "__index__").is_some() {
                        vm.index_value(k)?
                    } else {
                        return Err(vm.type_error(format!("string indices must be integers, not '{}'", vm.type_name(k))));
                    }
                }
            };
            let n = s.chars as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.index_error("string index out of range".into()));
            }
            let c = char_at(s, j as usize);
            let mut buf = [0u8; 4];
            Ok(new_str(c.encode_utf8(&mut buf)))
        }
    }
}

pub fn binop(vm: &Vm, a: &PyRef, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let s = data(a);
    match op {
        BinOp::Add => match as_str(b) {
            Some(t) => {
                let mut out = String::with_capacity(s.s.len() + t.len());
                out.push_str(&s.s);
                out.push_str(t);
                Ok(Some(from_string(out)))
            }
            None => Ok(None),
        },
        BinOp::Mul => match b {
            Value::Int(_) | Value::Bool(_) => {
                let n = vm.index_value(b)?;
                if n <= 0 {
                    return Ok(Some(new_str("")));
                }
                if (s.s.len() as u128) * (n as u128) > (isize::MAX as u128) {
                    return Err(vm.overflow_error("repeated string is too long".into()));
                }
                if s.s.len() as u128 * n as u128 > 1 << 36 {
                    return Err(vm.new_error(&rt().e.memory_error, String::new()));
                }
                Ok(Some(from_string(s.s.repeat(n as usize))))
            }
            _ => Ok(None),
        },
        BinOp::Mod => Ok(Some(from_string(crate::format::percent_format(vm, &s.s, b)?))),
        _ => Ok(None),
    }
}

// ---- methods -------------------------------------------------------------------------------

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a str> {
    match args.first().and_then(as_str) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a 'str' object".into())),
    }
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v))))
}

fn opt_arg<'a>(args: &'a [Value], i: usize) -> Option<&'a Value> {
    args.get(i).filter(|v| !v.is_none())
}

fn strip_chars(vm: &Vm, args: &[Value]) -> PyResult<Option<Vec<char>>> {
    match opt_arg(args, 1) {
        Some(v) => Ok(Some(arg_str(vm, v, "strip arg")?.chars().collect())),
        None => Ok(None),
    }
}

fn strip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(new_str(match strip_chars(vm, args)? {
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
        None => s.trim(),
    }))
}
fn lstrip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(new_str(match strip_chars(vm, args)? {
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
        None => s.trim_start(),
    }))
}
fn rstrip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(new_str(match strip_chars(vm, args)? {
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
        None => s.trim_end(),
    }))
}

fn sep_and_max(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<(Option<String>, i64)> {
    let sep = args.get(1).or_else(|| kw.get("sep")).filter(|v| !v.is_none());
    let sep = match sep {
        Some(v) => {
            let s = arg_str(vm, v, "must be str or None,")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            Some(s.to_string())
        }
        None => None,
    };
    let max = match args.get(2).or_else(|| kw.get("maxsplit")) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn split(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (sep, max) = sep_and_max(vm, args, kw)?;
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            if max < 0 {
                s.split(sep.as_str()).map(new_str).collect()
            } else {
                s.splitn(max as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(new_str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start();
                n += 1;
            }
            out
        }
    };
    Ok(list::new_list(parts))
}

fn rsplit(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (sep, max) = sep_and_max(vm, args, kw)?;
    let mut parts: Vec<Value> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep.as_str()).map(new_str).collect()
            } else {
                s.rsplitn(max as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end();
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(new_str(rest));
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
                out.push(new_str(&rest[start..]));
                rest = rest[..start].trim_end();
                n += 1;
            }
            out
        }
    };
    parts.reverse();
    Ok(list::new_list(parts))
}

fn join(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let items = vm.collect(args.get(1).ok_or_else(|| vm.type_error("str.join() takes exactly one argument (0 given)".into()))?)?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s);
        }
        match as_str(it) {
            Some(t) => out.push_str(t),
            None => return Err(vm.type_error(format!("sequence item {}: expected str instance, {} found", i, vm.type_name(it)))),
        }
    }
    Ok(from_string(out))
}

fn replace(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let old = arg_str(vm, args.get(1).unwrap_or(&Value::None), "replace() argument 1")?;
    let new = arg_str(vm, args.get(2).unwrap_or(&Value::None), "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if count < 0 {
        Ok(from_string(s.replace(old, new)))
    } else {
        Ok(from_string(s.replacen(old, new, count as usize)))
    }
}

/// Resolve optional start/end arguments to a byte range of s.
fn sub_range(vm: &Vm, s: &str, args: &[Value], first: usize) -> PyResult<(usize, usize, usize)> {
    let n = if s.is_ascii() { s.len() } else { s.chars().count() } as i64;
    let norm = |v: Option<&Value>, dflt: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(dflt),
            Some(x) => {
                let i = vm.index_value(x)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = norm(args.get(first), 0)?;
    let end = norm(args.get(first + 1), n)?;
    if start > end {
        return Ok((1, 0, start as usize));
    }
    let (bs, be) = if s.is_ascii() {
        (start as usize, end as usize)
    } else {
        let idx: Vec<usize> = s.char_indices().map(|(b, _)| b).chain(std::iter::once(s.len())).collect();
        (idx[start as usize], idx[end as usize])
    };
    Ok((bs, be, start as usize))
}

fn find_impl(vm: &Vm, args: &[Value], rev: bool) -> PyResult<i64> {
    let s = this(vm, args)?;
    let sub = arg_str(vm, args.get(1).unwrap_or(&Value::None), "must be str, not")?;
    let (bs, be, _) = sub_range(vm, s, args, 2)?;
    if bs > be {
        return Ok(-1);
    }
    let hay = &s[bs..be];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(b) => char_index_of_byte(s, bs + b) as i64,
        None => -1,
    })
}

fn find(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false)?))
}
fn rfind(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true)?))
}
fn index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, false)? {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, true)? {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let sub = arg_str(vm, args.get(1).unwrap_or(&Value::None), "must be str, not")?;
    let (bs, be, _) = sub_range(vm, s, args, 2)?;
    if bs > be {
        return Ok(Value::Int(0));
    }
    let hay = &s[bs..be];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn starts_ends(vm: &Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (bs, be, _) = sub_range(vm, s, args, 2)?;
    let hay = if bs <= be { &s[bs..be] } else { "" };
    let name = if ends { "endswith" } else { "startswith" };
    let check = |p: &str| if ends { hay.ends_with(p) } else { hay.starts_with(p) };
    match args.get(1) {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::Str(p) => Ok(Value::Bool((bs <= be || p.s.is_empty() && false) && check(&p.s))),
            Payload::Tuple(items) => {
                for it in items.iter() {
                    match as_str(it) {
                        Some(p) => {
                            if bs <= be && check(p) {
                                return Ok(Value::Bool(true));
                            }
                        }
                        None => return Err(vm.type_error(format!("tuple for {} must only contain str, not {}", name, vm.type_name(it)))),
                    }
                }
                Ok(Value::Bool(false))
            }
            _ => Err(vm.type_error(format!("{} first arg must be str or a tuple of str, not {}", name, vm.type_name(&args[1])))),
        },
        Some(v) => Err(vm.type_error(format!("{} first arg must be str or a tuple of str, not {}", name, vm.type_name(v)))),
        None => Err(vm.type_error(format!("{}() takes at least 1 argument (0 given)", name))),
    }
}
fn startswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, false)
}
fn endswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, true)
}

fn upper(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(from_string(this(vm, args)?.to_uppercase()))
}
fn lower(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(from_string(this(vm, args)?.to_lowercase()))
}
fn casefold(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(from_string(this(vm, args)?.to_lowercase().replace('ß', "ss")))
}
fn swapcase(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let mut out = String::new();
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(from_string(out))
}
fn title(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic() && (c.is_uppercase() || c.is_lowercase());
    }
    Ok(from_string(out))
}
fn capitalize(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    Ok(from_string(out))
}

fn pad_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<(usize, char)> {
    let w = vm.index_value(args.get(1).ok_or_else(|| vm.type_error(format!("{}() takes at least 1 argument (0 given)", name)))?)?;
    let fill = match args.get(2) {
        Some(v) => {
            let f = as_str(v).ok_or_else(|| vm.type_error(format!("{}() argument 2 must be str, not {}", name, vm.type_name(v))))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long".into())),
            }
        }
        None => ' ',
    };
    Ok((w.max(0) as usize, fill))
}
fn center(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (w, f) = pad_args(vm, args, "center")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(args[0].clone());
    }
    let total = w - n;
    // CPython puts the extra space on the right when total is odd and n is even
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let mut out: String = std::iter::repeat_n(f, left).collect();
    out.push_str(s);
    out.extend(std::iter::repeat_n(f, right));
    Ok(from_string(out))
}
fn ljust(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (w, f) = pad_args(vm, args, "ljust")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(args[0].clone());
    }
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(f, w - n));
    Ok(from_string(out))
}
fn rjust(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (w, f) = pad_args(vm, args, "rjust")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(args[0].clone());
    }
    let mut out: String = std::iter::repeat_n(f, w - n).collect();
    out.push_str(s);
    Ok(from_string(out))
}
fn zfill(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let w = vm.index_value(args.get(1).unwrap_or(&Value::Int(0)))?.max(0) as usize;
    let n = s.chars().count();
    if w <= n {
        return Ok(args[0].clone());
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = String::new();
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', w - n));
    out.push_str(rest);
    Ok(from_string(out))
}

fn partition_impl(vm: &Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    let sep = arg_str(vm, args.get(1).unwrap_or(&Value::None), "must be str, not")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(tuple::new_tuple(match found {
        Some(i) => vec![new_str(&s[..i]), new_str(sep), new_str(&s[i + sep.len()..])],
        None => {
            if rev {
                vec![new_str(""), new_str(""), args[0].clone()]
            } else {
                vec![args[0].clone(), new_str(""), new_str("")]
            }
        }
    }))
}
fn partition(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn splitlines(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let keep = match args.get(1).or_else(|| kw.get("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(list::new_list(out))
}

fn expandtabs(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let size = match args.get(1).or_else(|| kw.get("tabsize")) {
        Some(v) => vm.index_value(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(from_string(out))
}

fn encode(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let enc = args.get(1).or_else(|| kw.get("encoding")).and_then(as_str).unwrap_or("utf-8").to_lowercase().replace('_', "-");
    let errors = args.get(2).or_else(|| kw.get("errors")).and_then(as_str).unwrap_or("strict").to_string();
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(crate::types::bytes::new_bytes(s.as_bytes().to_vec())),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u8);
                } else {
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
                            return Err(vm.new_error(&rt().e.unicode_encode_error, format!("'{}' codec can't encode character {} in position {}: ordinal not in range({})", codec, ascii_repr(&c.to_string()), i, limit)));
                        }
                    }
                }
            }
            Ok(crate::types::bytes::new_bytes(out))
        }
        _ => Err(vm.new_error(&rt().e.lookup_error, format!("unknown encoding: {}", enc))),
    }
}

fn pred(vm: &Vm, args: &[Value], f: fn(char) -> bool, empty: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    if s.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(s.chars().all(f)))
}
fn isdigit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_ascii_digit() || ('\u{2070}'..='\u{2079}').contains(&c) || ('\u{00b2}'..='\u{00b3}').contains(&c) || c == '\u{00b9}' || c.is_numeric() && c.to_digit(10).is_some(), false)
}
fn isdecimal(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some()), false)
}
fn isnumeric(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_numeric(), false)
}
fn isalpha(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_alphabetic(), false)
}
fn isalnum(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_alphanumeric(), false)
}
fn isspace(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c), false)
}
fn isascii(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, |c| c.is_ascii(), true)
}
fn isprintable(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, is_printable, true)
}
fn isidentifier(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this(vm, a)?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
}
fn isupper(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())))
}
fn islower(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())))
}
fn istitle(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = this(vm, a)?;
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn str_format(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(from_string(crate::format::str_format(vm, s, &args[1..], kw)?))
}

fn format_map(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let m = args.get(1).cloned().unwrap_or(Value::None);
    Ok(from_string(crate::format::str_format_map(vm, s, &m)?))
}

fn dunder_format(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = args.get(1).and_then(as_str).unwrap_or("").to_string();
    Ok(from_string(crate::format::format_value(vm, &args[0], &spec)?))
}

fn maketrans(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = crate::types::dict::new_dict();
    match args.len() {
        1 => {
            for (k, v) in crate::types::dict::items_of(vm, &args[0])? {
                let key = match as_str(&k) {
                    Some(s) if s.chars().count() == 1 => Value::Int(s.chars().next().unwrap() as i64),
                    Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1".into())),
                    None => k,
                };
                crate::types::dict::set_item(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            let a: Vec<char> = arg_str(vm, &args[0], "maketrans() argument 1")?.chars().collect();
            let b: Vec<char> = arg_str(vm, &args[1], "maketrans() argument 2")?.chars().collect();
            if a.len() != b.len() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length".into()));
            }
            for (x, y) in a.iter().zip(b.iter()) {
                crate::types::dict::set_item(vm, &d, Value::Int(*x as i64), Value::Int(*y as i64))?;
            }
            if let Some(z) = args.get(2) {
                for c in arg_str(vm, z, "maketrans() argument 3")?.chars() {
                    crate::types::dict::set_item(vm, &d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at most 3 arguments".into())),
    }
    Ok(Value::Obj(d))
}

fn translate(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let table = args.get(1).cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in s.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => out.push(char::from_u32(n as u32).unwrap_or(c)),
            Ok(v) => match as_str(&v) {
                Some(t) => out.push_str(t),
                None => return Err(vm.type_error("character mapping must return integer, None or str".into())),
            },
            Err(e) => {
                if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.lookup_error) {
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(from_string(out))
}

fn removeprefix(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let p = arg_str(vm, args.get(1).unwrap_or(&Value::None), "removeprefix() argument")?;
    Ok(new_str(s.strip_prefix(p).unwrap_or(s)))
}
fn removesuffix(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let p = arg_str(vm, args.get(1).unwrap_or(&Value::None), "removesuffix() argument")?;
    Ok(new_str(if p.is_empty() { s } else { s.strip_suffix(p).unwrap_or(s) }))
}

/// str(object='') / str(bytes, encoding)
fn str_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let x = args.get(1).or_else(|| kw.get("object"));
    let encoding = args.get(2).or_else(|| kw.get("encoding"));
    let r = match (x, encoding) {
        (None, _) => new_str(""),
        (Some(v), None) => Value::Obj(vm.str_(v)?),
        (Some(v), Some(_)) => match v {
            Value::Obj(o) => match o.payload() {
                Payload::Bytes(b) => crate::types::bytes::decode_bytes(vm, b, args.get(2).or_else(|| kw.get("encoding")), args.get(3).or_else(|| kw.get("errors")))?,
                Payload::ByteArray(b) => {
                    // SAFETY: GIL invariant; copied out.
                    let data = unsafe { (*b.get()).clone() };
                    crate::types::bytes::decode_bytes(vm, &data, args.get(2).or_else(|| kw.get("encoding")), args.get(3).or_else(|| kw.get("errors")))?
                }
                _ => return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(v)))),
            },
            _ => return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(v)))),
        },
    };
    if cls.is(&rt().t.str) {
        return Ok(r);
    }
    // a subclass of str: same text in an instance of the subclass
    let text = as_str(&r).unwrap_or("").to_string();
    let o = PyRef::new(&cls, Payload::Str(StrData::new(text.into())));
    o.set_dict(Some(crate::types::dict::new_dict()));
    Ok(Value::Obj(o))
}

pub fn register() {
    let t = &rt().t.str;
    crate::types::set_new(t, str_new);
    crate::types::add_methods(
        t,
        &[
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("split", split),
            ("rsplit", rsplit),
            ("join", join),
            ("replace", replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("casefold", casefold),
            ("swapcase", swapcase),
            ("title", title),
            ("capitalize", capitalize),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("partition", partition),
            ("rpartition", rpartition),
            ("splitlines", splitlines),
            ("expandtabs", expandtabs),
            ("encode", encode),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isascii", isascii),
            ("isprintable", isprintable),
            ("isidentifier", isidentifier),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("format", str_format),
            ("format_map", format_map),
            ("__format__", dunder_format),
            ("translate", translate),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
        ],
    );
    crate::types::add_static(t, &[("maketrans", maketrans)]);
}
