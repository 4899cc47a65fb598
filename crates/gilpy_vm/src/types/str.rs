//! `str`: immutable Unicode text stored as UTF-8 with its code-point count. ASCII strings
//! (the common case) index in O(1); others walk the UTF-8 (docs/objects.md says why, and
//! what a PEP 393 layout would buy). Hashing is CPython's SipHash-1-3 over the PEP 393
//! bytes, so with PYTHONHASHSEED=0 hash values (and set orders) equal CPython's.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{list, tuple};
use crate::{PyErr, Vm};
use gilpy_compiler::BinOp;
use std::hash::Hasher;

pub fn new_str(s: &str) -> Value {
    Value::Obj(new_str_ref(s))
}

pub fn new_str_ref(s: &str) -> PyRef {
    if s.is_empty() {
        return crate::name!("");
    }
    if s.len() == 1 {
        return rt().intern(s);
    }
    PyRef::new(&rt().t.str, Payload::Str(StrData::new(s.into())))
}

/// A new str object even for one character (those are otherwise shared, as CPython shares
/// its Latin-1 one-character strings).
pub fn fresh_str_ref(s: &str) -> PyRef {
    if s.is_empty() {
        return crate::name!("");
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

/// An instance of str itself (a subclass may override `__hash__` and `__eq__`).
#[inline(always)]
pub fn is_exact_str(o: &PyRef) -> bool {
    o.ty().is(&rt().t.str)
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

/// Characters CPython's repr() escapes and isprintable() rejects besides controls:
/// format characters (Cf), separators other than the space (Zs, Zl, Zp), surrogates (Cs)
/// and private use (Co), as of Unicode 14 (CPython 3.11's). Unassigned code points (Cn)
/// are not listed.
const NOT_PRINTABLE: &[(u32, u32)] = &[
    (0xa0, 0xa0),
    (0xad, 0xad),
    (0x600, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70f, 0x70f),
    (0x890, 0x891),
    (0x8e2, 0x8e2),
    (0x1680, 0x1680),
    (0x180e, 0x180e),
    (0x2000, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x2064),
    (0x2066, 0x206f),
    (0x3000, 0x3000),
    (0xd800, 0xf8ff),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x13438),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0xe0001, 0xe0001),
    (0xe0020, 0xe007f),
    (0xf0000, 0x10ffff),
];

/// CPython's Py_UNICODE_ISPRINTABLE (see NOT_PRINTABLE).
fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_control();
    }
    !c.is_control() && !in_table(NOT_PRINTABLE, c)
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
        s.s[s.byte_offset(i)..].chars().next().unwrap()
    }
}

/// Byte offset of code-point index i.
fn byte_offset(s: &StrData, i: usize) -> usize {
    s.byte_offset(i)
}

pub fn getitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<Value> {
    let s = data(o);
    match k {
        Value::Obj(ko) if matches!(ko.payload(), Payload::Slice(..)) => {
            let (start, stop, step) = crate::types::range::slice_indices(vm, ko, s.chars)?;
            if step == 1 {
                // a full slice of an exact str is the str itself, as in CPython
                if start == 0 && stop as usize == s.chars && o.ty().is(&rt().t.str) {
                    return Ok(Value::Obj(o.clone()));
                }
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
                        if let Payload::BigInt(b) = ko.payload() {
                            if num_traits::ToPrimitive::to_i64(b).is_none() {
                                return Err(vm.index_error("cannot fit 'int' into an index-sized integer".into()));
                            }
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
                let n = vm.size_value(b, "cannot fit 'int' into an index-sized integer")?;
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

/// `self` as the str's data (length in code points and the index cache).
fn this_data<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a StrData> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => Ok(data(o)),
        _ => Err(vm.type_error("descriptor requires a 'str' object".into())),
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a str> {
    match args.first().and_then(as_str) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a 'str' object".into())),
    }
}

/// `self` unchanged: CPython hands back the very object for an exact str and a plain str
/// copy for an instance of a subclass.
fn unchanged(args: &[Value]) -> Value {
    match &args[0] {
        Value::Obj(o) if !o.ty().is(&rt().t.str) => new_str(&data(o).s),
        v => v.clone(),
    }
}

/// A str argument; `what` prefixes CPython's "must be str, not T" ("" or e.g. "replace() argument 1 ").
fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| vm.type_error(format!("{}must be str, not {}", what, vm.type_name(v))))
}

fn opt_arg(args: &[Value], i: usize) -> Option<&Value> {
    args.get(i).filter(|v| !v.is_none())
}

/// The first argument of a method that takes at least one.
fn first_arg<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.get(1).ok_or_else(|| vm.type_error(format!("{}() takes at least 1 argument (0 given)", name)))
}

fn no_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error(format!("str.{}() takes no arguments ({} given)", name, args.len() - 1)));
    }
    Ok(())
}

/// CPython's Py_UNICODE_ISSPACE, used by isspace(), split() and strip(): Unicode's
/// White_Space plus U+001C..U+001F, which CPython counts as whitespace by their
/// bidirectional class (B/S).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn trim_by(s: &str, pred: impl Fn(char) -> bool, left: bool, right: bool) -> &str {
    let s = if left { s.trim_start_matches(&pred) } else { s };
    if right {
        s.trim_end_matches(&pred)
    } else {
        s
    }
}

fn strip_impl(vm: &Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    let r = match opt_arg(args, 1) {
        Some(v) => {
            let chars = as_str(v).ok_or_else(|| vm.type_error(format!("{} arg must be None or str", name)))?;
            trim_by(s, |c| chars.contains(c), left, right)
        }
        None => trim_by(s, is_space, left, right),
    };
    Ok(if r.len() == s.len() { unchanged(args) } else { new_str(r) })
}
fn strip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn sep_and_max(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<(Option<String>, i64)> {
    let sep = args.get(1).or_else(|| kw.get("sep")).filter(|v| !v.is_none());
    let sep = match sep {
        Some(v) => {
            let s = as_str(v).ok_or_else(|| vm.type_error(format!("must be str or None, not {}", vm.type_name(v))))?;
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
            let mut rest = s.trim_start_matches(is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(new_str(rest));
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_space);
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
            let mut rest = s.trim_end_matches(is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(new_str(rest));
                    break;
                }
                let start = rest.rfind(is_space).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
                out.push(new_str(&rest[start..]));
                rest = rest[..start].trim_end_matches(is_space);
                n += 1;
            }
            out
        }
    };
    parts.reverse();
    Ok(list::new_list(parts))
}

fn is_type_error(vm: &Vm, e: &PyErr) -> bool {
    vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error)
}

fn join(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("str.join() takes exactly one argument ({} given)", args.len() - 1)));
    }
    // CPython's PySequence_Fast: only a failure to iterate at all gets the join wording
    let items = match &args[1] {
        Value::Obj(o) if matches!(o.payload(), Payload::List(_) | Payload::Tuple(_)) => vm.collect(&args[1])?,
        v => {
            let it = vm.iter(v).map_err(|e| if is_type_error(vm, &e) { vm.type_error("can only join an iterable".into()) } else { e })?;
            let mut items = Vec::new();
            while let Some(x) = vm.next(&it)? {
                items.push(x);
            }
            items
        }
    };
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

fn replace(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error("str.replace() takes no keyword arguments".into()));
    }
    if args.len() < 3 {
        return Err(vm.type_error(format!("replace expected at least 2 arguments, got {}", args.len() - 1)));
    }
    let old = arg_str(vm, &args[1], "replace() argument 1 ")?;
    let new = arg_str(vm, &args[2], "replace() argument 2 ")?;
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

/// A start/end argument of find() and friends (CPython's _PyEval_SliceIndex): None, or
/// anything with __index__, huge ints clamped.
pub fn slice_index(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(x) => {
            if let Some(b) = crate::types::int::to_bigint(x) {
                use num_traits::Signed;
                return Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }));
            }
            if vm.lookup_special(x, "__index__").is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method".into()));
            }
            Ok(Some(vm.index_value(x)?))
        }
    }
}

/// The byte range of s selected by optional start/end arguments at args[first..], after
/// CPython's ADJUST_INDICES; None when start lies past end (start is not clamped to the
/// length, so "abc".find("", 4) finds nothing).
fn sub_range(vm: &Vm, sd: &StrData, args: &[Value], first: usize) -> PyResult<Option<(usize, usize)>> {
    let n = sd.chars as i64;
    let mut start = slice_index(vm, args.get(first))?.unwrap_or(0);
    let mut end = slice_index(vm, args.get(first + 1))?.unwrap_or(n);
    if end > n {
        end = n;
    } else if end < 0 {
        end = (end.saturating_add(n)).max(0);
    }
    if start < 0 {
        start = (start.saturating_add(n)).max(0);
    }
    if start > end {
        return Ok(None);
    }
    Ok(Some((sd.byte_offset(start as usize), sd.byte_offset(end as usize))))
}

fn find_impl(vm: &Vm, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    let sd = this_data(vm, args)?;
    let s = &*sd.s;
    let sub = arg_str(vm, first_arg(vm, args, name)?, "")?;
    let Some((bs, be)) = sub_range(vm, sd, args, 2)? else {
        return Ok(-1);
    };
    let hay = &s[bs..be];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(b) => sd.char_index(bs + b) as i64,
        None => -1,
    })
}

fn find(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "find", false)?))
}
fn rfind(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "rfind", true)?))
}
fn index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found".into())),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let sd = this_data(vm, args)?;
    let s = &*sd.s;
    let sub = arg_str(vm, first_arg(vm, args, "count")?, "")?;
    let Some((bs, be)) = sub_range(vm, sd, args, 2)? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[bs..be];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn starts_ends(vm: &Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let sd = this_data(vm, args)?;
    let s = &*sd.s;
    let name = if ends { "endswith" } else { "startswith" };
    let prefix = first_arg(vm, args, name)?;
    let range = sub_range(vm, sd, args, 2)?;
    let check = |p: &str| match range {
        Some((bs, be)) => {
            let hay = &s[bs..be];
            if ends {
                hay.ends_with(p)
            } else {
                hay.starts_with(p)
            }
        }
        None => false,
    };
    if let Some(p) = as_str(prefix) {
        return Ok(Value::Bool(check(p)));
    }
    match prefix {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => {
            for it in tuple::items(o).iter() {
                match as_str(it) {
                    Some(p) => {
                        if check(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => return Err(vm.type_error(format!("tuple for {} must only contain str, not {}", name, vm.type_name(it)))),
                }
            }
            Ok(Value::Bool(false))
        }
        v => Err(vm.type_error(format!("{} first arg must be str or a tuple of str, not {}", name, vm.type_name(v)))),
    }
}
fn startswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, false)
}
fn endswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, true)
}

// ---- case mapping --------------------------------------------------------------------------
//
// CPython maps case code point by code point with the full (SpecialCasing) mappings, plus
// one context rule: a capital sigma lowercases to the final form at the end of a word.
// Rust's char::to_uppercase/to_lowercase give the same full mappings; the titlecase
// mapping, the Cased property and case folding are filled in below.

/// General category Lt: the titlecase digraphs and Greek capitals with prosgegrammeni.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// Unicode's Cased property (CPython's _PyUnicode_IsCased).
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The full titlecase mapping (CPython's _PyUnicode_ToTitleFull). It equals the full
/// uppercase mapping except for the code points matched here (UnicodeData.txt and
/// SpecialCasing.txt).
fn push_title(c: char, out: &mut String) {
    let n = c as u32;
    let t = match n {
        // the DŽ, LJ, NJ and DZ digraphs: each triple titlecases to its middle letter
        0x1c4..=0x1c6 => 0x1c5,
        0x1c7..=0x1c9 => 0x1c8,
        0x1ca..=0x1cc => 0x1cb,
        0x1f1..=0x1f3 => 0x1f2,
        // Georgian Mkhedruli has uppercase (Mtavruli) forms but titlecases to itself
        0x10d0..=0x10fa | 0x10fd..=0x10ff => n,
        // Greek with ypogegrammeni titlecases to the capital with prosgegrammeni (Lt)...
        0x1f80..=0x1faf => n | 8,
        0x1fb3 | 0x1fbc => 0x1fbc,
        0x1fc3 | 0x1fcc => 0x1fcc,
        0x1ff3 | 0x1ffc => 0x1ffc,
        // ...or, where no such capital exists, keeps a combining ypogegrammeni instead of
        // the capital iota the uppercase mapping appends
        0x1fb2 | 0x1fb4 | 0x1fb7 | 0x1fc2 | 0x1fc4 | 0x1fc7 | 0x1ff2 | 0x1ff4 | 0x1ff7 => {
            out.extend(c.to_uppercase().map(|u| if u == '\u{399}' { '\u{345}' } else { u }));
            return;
        }
        // ligatures (ß, ﬀ..ﬆ, the Armenian ones): only the first letter is capitalized
        0xdf | 0x587 | 0xfb00..=0xfb06 | 0xfb13..=0xfb17 => {
            let mut u = c.to_uppercase();
            out.extend(u.next());
            out.extend(u.flat_map(char::to_lowercase));
            return;
        }
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push(char::from_u32(t).unwrap_or(c));
}

/// Lowercases s code point by code point, calling `f` with each original char and its
/// lowercase mapping in context. Only U+03A3 depends on context (Final_Sigma: a cased
/// letter before it and none after, skipping case-ignorables). Rust's str::to_lowercase
/// applies that same rule, so its choice is read back from the lowered string rather
/// than carrying a Case_Ignorable table.
fn with_context_lower(s: &str, mut f: impl FnMut(usize, char, &mut dyn Iterator<Item = char>)) {
    let lowered = if s.contains('Σ') { Some(s.to_lowercase()) } else { None };
    let mut low = lowered.as_deref().map(str::chars);
    for (i, c) in s.chars().enumerate() {
        match &mut low {
            Some(low) => {
                let n = if c == 'Σ' { 1 } else { c.to_lowercase().count() };
                let mut mapped = low.by_ref().take(n);
                f(i, c, &mut mapped);
                // keep the lowered string in step whether or not f used the mapping
                mapped.for_each(drop);
            }
            None => f(i, c, &mut c.to_lowercase()),
        }
    }
}

fn upper(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, args, "upper")?;
    Ok(from_string(this(vm, args)?.to_uppercase()))
}
fn lower(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, args, "lower")?;
    // str::to_lowercase applies the same Final_Sigma rule as CPython
    Ok(from_string(this(vm, args)?.to_lowercase()))
}
fn casefold(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, args, "casefold")?;
    let s = this(vm, args)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            // Cherokee folds to its uppercase letters, for stability with older versions
            0x13a0..=0x13ff | 0xab70..=0xabbf => out.extend(c.to_uppercase()),
            // dotless i has no folding; capital sharp s folds like ß
            0x131 => out.push(c),
            0x1e9e => out.push_str("ss"),
            // everywhere else Unicode's full case folding is the lowercase of the full
            // uppercase mapping (checked against CPython's for every code point), which
            // also drops context: ς folds to σ
            _ => out.extend(c.to_uppercase().flat_map(char::to_lowercase)),
        }
    }
    Ok(from_string(out))
}
fn swapcase(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, args, "swapcase")?;
    let s = this(vm, args)?;
    let mut out = String::with_capacity(s.len());
    with_context_lower(s, |_, c, lower| {
        if c.is_uppercase() {
            out.extend(lower);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    });
    Ok(from_string(out))
}
fn title(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, args, "title")?;
    let s = this(vm, args)?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    with_context_lower(s, |_, c, lower| {
        if prev_cased {
            out.extend(lower);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    });
    Ok(from_string(out))
}
fn capitalize(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    no_args(vm, args, "capitalize")?;
    let s = this(vm, args)?;
    let mut out = String::with_capacity(s.len());
    with_context_lower(s, |i, c, lower| {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            out.extend(lower);
        }
    });
    Ok(from_string(out))
}

// ---- padding -------------------------------------------------------------------------------

fn pad_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<(usize, char)> {
    let w = vm.size_value(
        args.get(1).ok_or_else(|| vm.type_error(format!("{} expected at least 1 argument, got 0", name)))?,
        "Python int too large to convert to C ssize_t",
    )?;
    let fill = match args.get(2) {
        Some(v) => {
            let f = as_str(v).ok_or_else(|| vm.type_error(format!("The fill character must be a unicode character, not {}", vm.type_name(v))))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long".into())),
            }
        }
        None => ' ',
    };
    crate::types::check_alloc(vm, w.max(0) as u128 * fill.len_utf8() as u128)?;
    Ok((w.max(0) as usize, fill))
}
fn center(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (w, f) = pad_args(vm, args, "center")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(unchanged(args));
    }
    let total = w - n;
    // CPython puts the extra fill on the left only when both the padding and width are odd
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
        return Ok(unchanged(args));
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
        return Ok(unchanged(args));
    }
    let mut out: String = std::iter::repeat_n(f, w - n).collect();
    out.push_str(s);
    Ok(from_string(out))
}
fn zfill(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("str.zfill() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let w = vm.size_value(&args[1], "Python int too large to convert to C ssize_t")?.max(0) as usize;
    crate::types::check_alloc(vm, w as u128)?;
    let n = s.chars().count();
    if w <= n {
        return Ok(unchanged(args));
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
    let sep = arg_str(vm, args.get(1).unwrap_or(&Value::None), "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(tuple::new_tuple(match found {
        Some(i) => vec![new_str(&s[..i]), new_str(sep), new_str(&s[i + sep.len()..])],
        None => {
            if rev {
                vec![new_str(""), new_str(""), unchanged(args)]
            } else {
                vec![unchanged(args), new_str(""), new_str("")]
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

/// The line boundaries of str.splitlines() (CPython's Py_UNICODE_ISLINEBREAK).
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
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
        if is_linebreak(c) {
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
        // a C int in CPython
        Some(v) => match vm.index_value(v) {
            Ok(n) if i32::try_from(n).is_ok() => n,
            Err(e) if !vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.index_error) => return Err(e),
            _ => return Err(vm.overflow_error("Python int too large to convert to C int".into())),
        },
        None => 8,
    };
    let tabs = s.matches('\t').count() as u128;
    crate::types::check_alloc(vm, s.len() as u128 + tabs * size.max(0) as u128)?;
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

// ---- codecs --------------------------------------------------------------------------------

/// The codecs gilpy implements natively.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 / UTF-32; `Some(true)` big-endian, `Some(false)` little-endian, `None` with a BOM
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    /// unicode_escape, or raw_unicode_escape when true (types/escape_codec.rs)
    UnicodeEscape(bool),
}

impl Codec {
    /// Looks an encoding name up the way CPython's encodings package does: case-insensitive,
    /// with runs of punctuation and spaces equivalent to one underscore, through the aliases.
    pub fn lookup(name: &str) -> Option<Codec> {
        let mut norm = String::with_capacity(name.len());
        let mut gap = false;
        for c in name.chars() {
            if c.is_ascii_alphanumeric() || c == '.' {
                if gap && !norm.is_empty() {
                    norm.push('_');
                }
                gap = false;
                norm.push(c.to_ascii_lowercase());
            } else {
                gap = true;
            }
        }
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
            "utf_8_sig" => Codec::Utf8Sig,
            "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1"
            | "ibm819" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
            "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(false)),
            "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(true)),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
            "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
            "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
            "unicode_escape" => Codec::UnicodeEscape(false),
            "raw_unicode_escape" => Codec::UnicodeEscape(true),
            _ => return None,
        })
    }

    /// The codec's name in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(false)) => "utf-32-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::UnicodeEscape(false) => "unicode_escape",
            Codec::UnicodeEscape(true) => "raw_unicode_escape",
        }
    }
}

pub fn lookup_codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    Codec::lookup(name).ok_or_else(|| vm.new_error(&rt().e.lookup_error, format!("unknown encoding: {}", name)))
}

pub fn unknown_error_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(&rt().e.lookup_error, format!("unknown error handler name '{}'", errors))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest that holds the code point.
pub fn escape_code_point(n: u32) -> String {
    if n <= 0xff {
        format!("\\x{:02x}", n)
    } else if n <= 0xffff {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

fn encode_error(vm: &Vm, codec: Codec, chars: &[char], start: usize, end: usize, reason: &str) -> PyErr {
    // args and attributes as CPython's codecs make them; str() is built from the attributes
    let text: String = chars.iter().collect();
    vm.new_error_args(
        &rt().e.unicode_encode_error,
        vec![new_str(codec.name()), new_str(&text), Value::Int(start as i64), Value::Int(end as i64), new_str(reason)],
    )
}

/// str.encode(): text to bytes through `encoding`, with CPython's error handlers.
pub fn encode_text(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    Ok(match codec {
        // Rust strings hold no lone surrogates, so the UTF encodings cannot fail
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => [b"\xef\xbb\xbf".as_slice(), s.as_bytes()].concat(),
        Codec::UnicodeEscape(raw) => super::escape_codec::encode(s, raw),
        Codec::Utf16(be) => {
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            let be = be.unwrap_or_else(|| {
                out.extend_from_slice(&[0xff, 0xfe]);
                false
            });
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::Utf32(be) => {
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            let be = be.unwrap_or_else(|| {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
                false
            });
            for c in s.chars() {
                out.extend_from_slice(&if be { (c as u32).to_be_bytes() } else { (c as u32).to_le_bytes() });
            }
            out
        }
        Codec::Ascii | Codec::Latin1 => {
            let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            if s.chars().all(|c| (c as u32) < limit) {
                return Ok(s.chars().map(|c| c as u8).collect());
            }
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                if (chars[i] as u32) < limit {
                    out.push(chars[i] as u8);
                    i += 1;
                    continue;
                }
                // the handlers see each run of unencodable characters at once
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let bad = &chars[i..end];
                match errors {
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
                    "backslashreplace" => bad.iter().for_each(|c| out.extend_from_slice(escape_code_point(*c as u32).as_bytes())),
                    "xmlcharrefreplace" => bad.iter().for_each(|c| out.extend_from_slice(format!("&#{};", *c as u32).as_bytes())),
                    // the surrogate handlers only act on surrogates, which a Rust string never holds
                    "strict" | "surrogateescape" | "surrogatepass" => {
                        return Err(encode_error(vm, codec, &chars, i, end, &format!("ordinal not in range({})", limit)))
                    }
                    other => return Err(unknown_error_handler(vm, other)),
                }
                i = end;
            }
            out
        }
    })
}

fn encode(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let encoding = match args.get(1).or_else(|| kw.get("encoding")) {
        Some(v) => arg_str(vm, v, "encode() argument 'encoding' ")?,
        None => "utf-8",
    };
    let errors = match args.get(2).or_else(|| kw.get("errors")) {
        Some(v) => arg_str(vm, v, "encode() argument 'errors' ")?,
        None => "strict",
    };
    Ok(crate::types::bytes::new_bytes(encode_text(vm, s, encoding, errors)?))
}

// ---- predicates ----------------------------------------------------------------------------

fn pred(vm: &Vm, args: &[Value], name: &str, f: fn(char) -> bool, empty: bool) -> PyResult<Value> {
    no_args(vm, args, name)?;
    let s = this(vm, args)?;
    if s.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(s.chars().all(f)))
}

/// The range of `table` (sorted, inclusive) holding c.
fn table_range(table: &[(u32, u32)], c: char) -> Option<(u32, u32)> {
    let n = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < n);
    table.get(i).copied().filter(|&(lo, _)| lo <= n)
}
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    table_range(table, c).is_some()
}

/// The value of a decimal digit (general category Nd, CPython's Py_UNICODE_TODECIMAL).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    // every Nd range is made of whole runs of 0..9
    table_range(DECIMAL, c).map(|(lo, _)| (c as u32 - lo) % 10)
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(DECIMAL, c))
}
fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_table(DIGIT_EXTRA, c))
}
/// Anything with a numeric value: general categories Nd, Nl, No (Rust's is_numeric) and
/// the ideographs Unihan gives a numeric value.
fn is_numeric(c: char) -> bool {
    c.is_numeric() || (!c.is_ascii() && in_table(NUMERIC_EXTRA, c))
}
/// Letters, general categories L* (CPython's Py_UNICODE_ISALPHA). Unicode's Alphabetic
/// property (Rust's is_alphabetic) also holds letter numbers (Nl) and Other_Alphabetic
/// marks and symbols, which CPython does not count.
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !in_table(OTHER_ALPHABETIC, c) && !unicode_normalization::char::is_combining_mark(c)
}
fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

fn isdigit(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isdigit", is_digit, false)
}
fn isdecimal(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isdecimal", is_decimal, false)
}
fn isnumeric(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isnumeric", is_numeric, false)
}
fn isalpha(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isalpha", is_alpha, false)
}
fn isalnum(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isalnum", is_alnum, false)
}
fn isspace(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isspace", is_space, false)
}
fn isascii(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isascii", |c| c.is_ascii(), true)
}
fn isprintable(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    pred(vm, a, "isprintable", is_printable, true)
}
fn isidentifier(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, "isidentifier")?;
    let s = this(vm, a)?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => (c == '_' || unicode_ident::is_xid_start(c)) && cs.all(unicode_ident::is_xid_continue),
        None => false,
    };
    Ok(Value::Bool(ok))
}
fn isupper(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, "isupper")?;
    let s = this(vm, a)?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}
fn islower(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, "islower")?;
    let s = this(vm, a)?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}
fn istitle(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    no_args(vm, a, "istitle")?;
    let s = this(vm, a)?;
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
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
    if args.len() != 2 {
        return Err(vm.type_error(format!("str.format_map() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Ok(from_string(crate::format::str_format_map(vm, s, &args[1])?))
}

fn dunder_format(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = match args.get(1) {
        Some(v) => arg_str(vm, v, "__format__() argument ")?,
        None => return Err(vm.type_error("str.__format__() takes exactly one argument (0 given)".into())),
    };
    Ok(from_string(crate::format::format_value(vm, &args[0], spec)?))
}

fn maketrans(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = crate::types::dict::new_dict();
    match args.len() {
        1 => {
            if !matches!(&args[0], Value::Obj(o) if matches!(o.payload(), Payload::Dict(_))) {
                return Err(vm.type_error("if you give only one argument to maketrans it must be a dict".into()));
            }
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
            let a: Vec<char> = arg_str(vm, &args[0], "maketrans() argument 1 ")?.chars().collect();
            let b: Vec<char> = arg_str(vm, &args[1], "maketrans() argument 2 ")?.chars().collect();
            if a.len() != b.len() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length".into()));
            }
            for (x, y) in a.iter().zip(b.iter()) {
                crate::types::dict::set_item(vm, &d, Value::Int(*x as i64), Value::Int(*y as i64))?;
            }
            if let Some(z) = args.get(2) {
                for c in arg_str(vm, z, "maketrans() argument 3 ")?.chars() {
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
    if args.len() != 2 {
        return Err(vm.type_error(format!("str.translate() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let table = args[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)".into())),
            },
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
    let p = arg_str(vm, args.get(1).unwrap_or(&Value::None), "removeprefix() argument ")?;
    Ok(match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => new_str(r),
        _ => unchanged(args),
    })
}
fn removesuffix(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let p = arg_str(vm, args.get(1).unwrap_or(&Value::None), "removesuffix() argument ")?;
    Ok(match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => new_str(r),
        _ => unchanged(args),
    })
}

/// str(object='') / str(bytes, encoding)
fn str_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    if args.len() > 4 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({} given)", args.len() - 1)));
    }
    let x = args.get(1).or_else(|| kw.get("object"));
    let text_arg = |v: Option<&'_ Value>, name: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => {
                as_str(v).map(|s| Some(s.to_string())).ok_or_else(|| vm.type_error(format!("str() argument '{}' must be str, not {}", name, vm.type_name(v))))
            }
        }
    };
    let encoding = text_arg(args.get(2).or_else(|| kw.get("encoding")), "encoding")?;
    let errors = text_arg(args.get(3).or_else(|| kw.get("errors")), "errors")?;
    let r = match x {
        None => new_str(""),
        Some(v) if encoding.is_none() && errors.is_none() => Value::Obj(vm.str_(v)?),
        // with an encoding or errors argument, str() decodes
        Some(v) => {
            let Some(b) = crate::types::bytes::bytes_of(v) else {
                if as_str(v).is_some() {
                    return Err(vm.type_error("decoding str is not supported".into()));
                }
                return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(v))));
            };
            from_string(crate::types::bytes::decode_text(vm, &b, encoding.as_deref().unwrap_or("utf-8"), errors.as_deref().unwrap_or("strict"))?)
        }
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

// ---- Unicode property tables ---------------------------------------------------------------
//
// Generated from CPython 3.11's unicodedata (Unicode 14.0), for properties Rust's std
// does not expose; inclusive code point ranges, sorted.

/// Decimal digits, general category Nd; each range is whole runs of 0..9.
const DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6f0, 0x6f9),
    (0x7c0, 0x7c9),
    (0x966, 0x96f),
    (0x9e6, 0x9ef),
    (0xa66, 0xa6f),
    (0xae6, 0xaef),
    (0xb66, 0xb6f),
    (0xbe6, 0xbef),
    (0xc66, 0xc6f),
    (0xce6, 0xcef),
    (0xd66, 0xd6f),
    (0xde6, 0xdef),
    (0xe50, 0xe59),
    (0xed0, 0xed9),
    (0xf20, 0xf29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17e0, 0x17e9),
    (0x1810, 0x1819),
    (0x1946, 0x194f),
    (0x19d0, 0x19d9),
    (0x1a80, 0x1a89),
    (0x1a90, 0x1a99),
    (0x1b50, 0x1b59),
    (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49),
    (0x1c50, 0x1c59),
    (0xa620, 0xa629),
    (0xa8d0, 0xa8d9),
    (0xa900, 0xa909),
    (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9),
    (0xaa50, 0xaa59),
    (0xabf0, 0xabf9),
    (0xff10, 0xff19),
    (0x104a0, 0x104a9),
    (0x10d30, 0x10d39),
    (0x11066, 0x1106f),
    (0x110f0, 0x110f9),
    (0x11136, 0x1113f),
    (0x111d0, 0x111d9),
    (0x112f0, 0x112f9),
    (0x11450, 0x11459),
    (0x114d0, 0x114d9),
    (0x11650, 0x11659),
    (0x116c0, 0x116c9),
    (0x11730, 0x11739),
    (0x118e0, 0x118e9),
    (0x11950, 0x11959),
    (0x11c50, 0x11c59),
    (0x11d50, 0x11d59),
    (0x11da0, 0x11da9),
    (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9),
    (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff),
    (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9),
    (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];

/// Digits that are not decimal (Numeric_Type=Digit: superscripts, circled digits...).
const DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// Characters with a numeric value outside the N* categories (Han numerals and the like).
const NUMERIC_EXTRA: &[(u32, u32)] = &[
    (0x3405, 0x3405),
    (0x3483, 0x3483),
    (0x382a, 0x382a),
    (0x3b4d, 0x3b4d),
    (0x4e00, 0x4e00),
    (0x4e03, 0x4e03),
    (0x4e07, 0x4e07),
    (0x4e09, 0x4e09),
    (0x4e5d, 0x4e5d),
    (0x4e8c, 0x4e8c),
    (0x4e94, 0x4e94),
    (0x4e96, 0x4e96),
    (0x4ebf, 0x4ec0),
    (0x4edf, 0x4edf),
    (0x4ee8, 0x4ee8),
    (0x4f0d, 0x4f0d),
    (0x4f70, 0x4f70),
    (0x5104, 0x5104),
    (0x5146, 0x5146),
    (0x5169, 0x5169),
    (0x516b, 0x516b),
    (0x516d, 0x516d),
    (0x5341, 0x5341),
    (0x5343, 0x5345),
    (0x534c, 0x534c),
    (0x53c1, 0x53c4),
    (0x56db, 0x56db),
    (0x58f1, 0x58f1),
    (0x58f9, 0x58f9),
    (0x5e7a, 0x5e7a),
    (0x5efe, 0x5eff),
    (0x5f0c, 0x5f0e),
    (0x5f10, 0x5f10),
    (0x62fe, 0x62fe),
    (0x634c, 0x634c),
    (0x67d2, 0x67d2),
    (0x6f06, 0x6f06),
    (0x7396, 0x7396),
    (0x767e, 0x767e),
    (0x8086, 0x8086),
    (0x842c, 0x842c),
    (0x8cae, 0x8cae),
    (0x8cb3, 0x8cb3),
    (0x8d30, 0x8d30),
    (0x9621, 0x9621),
    (0x9646, 0x9646),
    (0x964c, 0x964c),
    (0x9678, 0x9678),
    (0x96f6, 0x96f6),
    (0xf96b, 0xf96b),
    (0xf973, 0xf973),
    (0xf978, 0xf978),
    (0xf9b2, 0xf9b2),
    (0xf9d1, 0xf9d1),
    (0xf9d3, 0xf9d3),
    (0xf9fd, 0xf9fd),
    (0x20001, 0x20001),
    (0x20064, 0x20064),
    (0x200e2, 0x200e2),
    (0x20121, 0x20121),
    (0x2092a, 0x2092a),
    (0x20983, 0x20983),
    (0x2098c, 0x2098c),
    (0x2099c, 0x2099c),
    (0x20aea, 0x20aea),
    (0x20afd, 0x20afd),
    (0x20b19, 0x20b19),
    (0x22390, 0x22390),
    (0x22998, 0x22998),
    (0x23b1b, 0x23b1b),
    (0x2626d, 0x2626d),
    (0x2f890, 0x2f890),
];

/// Alphabetic characters that are neither letters nor letter numbers (Other_Alphabetic:
/// combining marks and circled letters).
const OTHER_ALPHABETIC: &[(u32, u32)] = &[
    (0x345, 0x345),
    (0x5b0, 0x5bd),
    (0x5bf, 0x5bf),
    (0x5c1, 0x5c2),
    (0x5c4, 0x5c5),
    (0x5c7, 0x5c7),
    (0x610, 0x61a),
    (0x64b, 0x657),
    (0x659, 0x65f),
    (0x670, 0x670),
    (0x6d6, 0x6dc),
    (0x6e1, 0x6e4),
    (0x6e7, 0x6e8),
    (0x6ed, 0x6ed),
    (0x711, 0x711),
    (0x730, 0x73f),
    (0x7a6, 0x7b0),
    (0x816, 0x817),
    (0x81b, 0x823),
    (0x825, 0x827),
    (0x829, 0x82c),
    (0x8d4, 0x8df),
    (0x8e3, 0x8e9),
    (0x8f0, 0x903),
    (0x93a, 0x93b),
    (0x93e, 0x94c),
    (0x94e, 0x94f),
    (0x955, 0x957),
    (0x962, 0x963),
    (0x981, 0x983),
    (0x9be, 0x9c4),
    (0x9c7, 0x9c8),
    (0x9cb, 0x9cc),
    (0x9d7, 0x9d7),
    (0x9e2, 0x9e3),
    (0xa01, 0xa03),
    (0xa3e, 0xa42),
    (0xa47, 0xa48),
    (0xa4b, 0xa4c),
    (0xa51, 0xa51),
    (0xa70, 0xa71),
    (0xa75, 0xa75),
    (0xa81, 0xa83),
    (0xabe, 0xac5),
    (0xac7, 0xac9),
    (0xacb, 0xacc),
    (0xae2, 0xae3),
    (0xafa, 0xafc),
    (0xb01, 0xb03),
    (0xb3e, 0xb44),
    (0xb47, 0xb48),
    (0xb4b, 0xb4c),
    (0xb56, 0xb57),
    (0xb62, 0xb63),
    (0xb82, 0xb82),
    (0xbbe, 0xbc2),
    (0xbc6, 0xbc8),
    (0xbca, 0xbcc),
    (0xbd7, 0xbd7),
    (0xc00, 0xc03),
    (0xc3e, 0xc44),
    (0xc46, 0xc48),
    (0xc4a, 0xc4c),
    (0xc55, 0xc56),
    (0xc62, 0xc63),
    (0xc81, 0xc83),
    (0xcbe, 0xcc4),
    (0xcc6, 0xcc8),
    (0xcca, 0xccc),
    (0xcd5, 0xcd6),
    (0xce2, 0xce3),
    (0xd00, 0xd03),
    (0xd3e, 0xd44),
    (0xd46, 0xd48),
    (0xd4a, 0xd4c),
    (0xd57, 0xd57),
    (0xd62, 0xd63),
    (0xd81, 0xd83),
    (0xdcf, 0xdd4),
    (0xdd6, 0xdd6),
    (0xdd8, 0xddf),
    (0xdf2, 0xdf3),
    (0xe31, 0xe31),
    (0xe34, 0xe3a),
    (0xe4d, 0xe4d),
    (0xeb1, 0xeb1),
    (0xeb4, 0xeb9),
    (0xebb, 0xebc),
    (0xecd, 0xecd),
    (0xf71, 0xf81),
    (0xf8d, 0xf97),
    (0xf99, 0xfbc),
    (0x102b, 0x1036),
    (0x1038, 0x1038),
    (0x103b, 0x103e),
    (0x1056, 0x1059),
    (0x105e, 0x1060),
    (0x1062, 0x1064),
    (0x1067, 0x106d),
    (0x1071, 0x1074),
    (0x1082, 0x108d),
    (0x108f, 0x108f),
    (0x109a, 0x109d),
    (0x1712, 0x1713),
    (0x1732, 0x1733),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17b6, 0x17c8),
    (0x1885, 0x1886),
    (0x18a9, 0x18a9),
    (0x1920, 0x192b),
    (0x1930, 0x1938),
    (0x1a17, 0x1a1b),
    (0x1a55, 0x1a5e),
    (0x1a61, 0x1a74),
    (0x1abf, 0x1ac0),
    (0x1acc, 0x1ace),
    (0x1b00, 0x1b04),
    (0x1b35, 0x1b43),
    (0x1b80, 0x1b82),
    (0x1ba1, 0x1ba9),
    (0x1bac, 0x1bad),
    (0x1be7, 0x1bf1),
    (0x1c24, 0x1c36),
    (0x1de7, 0x1df4),
    (0x24b6, 0x24e9),
    (0x2de0, 0x2dff),
    (0xa674, 0xa67b),
    (0xa69e, 0xa69f),
    (0xa802, 0xa802),
    (0xa80b, 0xa80b),
    (0xa823, 0xa827),
    (0xa880, 0xa881),
    (0xa8b4, 0xa8c3),
    (0xa8c5, 0xa8c5),
    (0xa8ff, 0xa8ff),
    (0xa926, 0xa92a),
    (0xa947, 0xa952),
    (0xa980, 0xa983),
    (0xa9b4, 0xa9bf),
    (0xa9e5, 0xa9e5),
    (0xaa29, 0xaa36),
    (0xaa43, 0xaa43),
    (0xaa4c, 0xaa4d),
    (0xaa7b, 0xaa7d),
    (0xaab0, 0xaab0),
    (0xaab2, 0xaab4),
    (0xaab7, 0xaab8),
    (0xaabe, 0xaabe),
    (0xaaeb, 0xaaef),
    (0xaaf5, 0xaaf5),
    (0xabe3, 0xabea),
    (0xfb1e, 0xfb1e),
    (0x10376, 0x1037a),
    (0x10a01, 0x10a03),
    (0x10a05, 0x10a06),
    (0x10a0c, 0x10a0f),
    (0x10d24, 0x10d27),
    (0x10eab, 0x10eac),
    (0x11000, 0x11002),
    (0x11038, 0x11045),
    (0x11073, 0x11074),
    (0x11082, 0x11082),
    (0x110b0, 0x110b8),
    (0x110c2, 0x110c2),
    (0x11100, 0x11102),
    (0x11127, 0x11132),
    (0x11145, 0x11146),
    (0x11180, 0x11182),
    (0x111b3, 0x111bf),
    (0x111ce, 0x111cf),
    (0x1122c, 0x11234),
    (0x11237, 0x11237),
    (0x1123e, 0x1123e),
    (0x112df, 0x112e8),
    (0x11300, 0x11303),
    (0x1133e, 0x11344),
    (0x11347, 0x11348),
    (0x1134b, 0x1134c),
    (0x11357, 0x11357),
    (0x11362, 0x11363),
    (0x11435, 0x11441),
    (0x11443, 0x11445),
    (0x114b0, 0x114c1),
    (0x115af, 0x115b5),
    (0x115b8, 0x115be),
    (0x115dc, 0x115dd),
    (0x11630, 0x1163e),
    (0x11640, 0x11640),
    (0x116ab, 0x116b5),
    (0x1171d, 0x1172a),
    (0x1182c, 0x11838),
    (0x11930, 0x11935),
    (0x11937, 0x11938),
    (0x1193b, 0x1193c),
    (0x11940, 0x11940),
    (0x11942, 0x11942),
    (0x119d1, 0x119d7),
    (0x119da, 0x119df),
    (0x119e4, 0x119e4),
    (0x11a01, 0x11a0a),
    (0x11a35, 0x11a39),
    (0x11a3b, 0x11a3e),
    (0x11a51, 0x11a5b),
    (0x11a8a, 0x11a97),
    (0x11c2f, 0x11c36),
    (0x11c38, 0x11c3e),
    (0x11c92, 0x11ca7),
    (0x11ca9, 0x11cb6),
    (0x11d31, 0x11d36),
    (0x11d3a, 0x11d3a),
    (0x11d3c, 0x11d3d),
    (0x11d3f, 0x11d41),
    (0x11d43, 0x11d43),
    (0x11d47, 0x11d47),
    (0x11d8a, 0x11d8e),
    (0x11d90, 0x11d91),
    (0x11d93, 0x11d96),
    (0x11ef3, 0x11ef6),
    (0x16f4f, 0x16f4f),
    (0x16f51, 0x16f87),
    (0x16f8f, 0x16f92),
    (0x16ff0, 0x16ff1),
    (0x1bc9e, 0x1bc9e),
    (0x1e000, 0x1e006),
    (0x1e008, 0x1e018),
    (0x1e01b, 0x1e021),
    (0x1e023, 0x1e024),
    (0x1e026, 0x1e02a),
    (0x1e947, 0x1e947),
    (0x1f130, 0x1f149),
    (0x1f150, 0x1f169),
    (0x1f170, 0x1f189),
];
