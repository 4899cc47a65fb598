//! `bytes` and `bytearray`: construction, indexing and slicing, concatenation and `%`,
//! decoding, and the methods the two types share with CPython's bytes_methods.c, plus
//! bytearray's mutators.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::range::slice_indices;
use crate::types::str::{self as pystr, Codec};
use crate::types::{list, tuple};
use crate::{PyErr, Vm};
use gilpy_compiler::BinOp;
use std::cell::UnsafeCell;

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Obj(PyRef::new(&rt().t.bytes, Payload::Bytes(b.into_boxed_slice())))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::Obj(PyRef::new(&rt().t.bytearray, Payload::ByteArray(UnsafeCell::new(b))))
}

/// A copy of the bytes of a bytes or bytearray object.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Bytes(b) => Some(b.to_vec()),
            // SAFETY: GIL invariant; copied out.
            Payload::ByteArray(b) => Some(unsafe { (*b.get()).clone() }),
            _ => None,
        },
        _ => None,
    }
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = format!("{}{}", prefix, quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::ByteArray(_)))
}

fn type_label(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

pub fn getitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<Value> {
    let data = bytes_of(&Value::Obj(o.clone())).unwrap();
    let is_ba = matches!(o.payload(), Payload::ByteArray(_));
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            let (start, stop, step) = slice_indices(vm, s, data.len())?;
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(data[i as usize]);
                i += step;
            }
            return Ok(if is_ba { new_bytearray(out) } else { new_bytes(out) });
        }
    }
    let i = index_arg(vm, k, if is_ba { "bytearray" } else { "byte" })?;
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if is_ba { "bytearray index out of range".into() } else { "index out of range".into() }));
    }
    Ok(Value::Int(data[j as usize] as i64))
}

/// An item index; anything without __index__ is a TypeError naming the sequence.
fn index_arg(vm: &Vm, k: &Value, what: &str) -> PyResult<i64> {
    let indexable = matches!(k, Value::Int(_) | Value::Bool(_)) || crate::types::int::to_bigint(k).is_some() || vm.lookup_special(k, "__index__").is_some();
    if !indexable {
        return Err(vm.type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(k))));
    }
    vm.index_value(k)
}

pub fn binop(vm: &Vm, a: &PyRef, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let x = bytes_of(&Value::Obj(a.clone())).unwrap();
    let is_ba = matches!(a.payload(), Payload::ByteArray(_));
    let wrap = |v: Vec<u8>| if is_ba { new_bytearray(v) } else { new_bytes(v) };
    match op {
        BinOp::Add => match bytes_of(b) {
            Some(y) => {
                let mut v = x;
                v.extend(y);
                Ok(Some(wrap(v)))
            }
            None => Err(vm.type_error(format!("can't concat {} to {}", vm.type_name(b), vm.type_name(&Value::Obj(a.clone()))))),
        },
        BinOp::Mul => match b {
            Value::Int(_) | Value::Bool(_) => {
                let n = vm.size_value(b, "cannot fit 'int' into an index-sized integer")?.max(0) as usize;
                let total = x.len() as u128 * n as u128;
                // bytes says a size past the machine word is too long; bytearray, no memory
                if total > isize::MAX as u128 && a.ty().is(&rt().t.bytes) {
                    return Err(vm.overflow_error("repeated bytes are too long".into()));
                }
                crate::types::check_alloc(vm, total)?;
                Ok(Some(wrap(x.repeat(n))))
            }
            _ => Ok(None),
        },
        BinOp::Mod => Ok(Some(wrap(crate::format::percent_format_bytes(vm, &x, b)?))),
        _ => Ok(None),
    }
}

pub fn contains(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<bool> {
    let data = bytes_of(&Value::Obj(o.clone())).unwrap();
    match k {
        Value::Int(_) | Value::Bool(_) => {
            let i = vm.index_value(k)?;
            if !(0..256).contains(&i) {
                return Err(vm.value_error("byte must be in range(0, 256)".into()));
            }
            Ok(data.contains(&(i as u8)))
        }
        _ => match bytes_of(k) {
            Some(sub) => Ok(find_sub(&data, &sub).is_some()),
            None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(k)))),
        },
    }
}

fn ba_ptr(o: &PyRef) -> *mut Vec<u8> {
    match o.payload() {
        Payload::ByteArray(b) => b.get(),
        _ => panic!("not a bytearray"),
    }
}

/// A byte value: an integer in range(256).
fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    let b = vm.index_value(v)?;
    u8::try_from(b).map_err(|_| vm.value_error("byte must be in range(0, 256)".into()))
}

/// The bytes an assignment to a bytearray slice stores.
fn assigned_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    let err = || vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)".into());
    if matches!(v, Value::Int(_) | Value::Bool(_)) || pystr::as_str(v).is_some() {
        return Err(err());
    }
    let items = vm.collect(v).map_err(|_| err())?;
    items.iter().map(|x| byte_value(vm, x)).collect()
}

/// Item or slice assignment on a bytearray.
pub fn bytearray_setitem(vm: &Vm, o: &PyRef, k: &Value, v: Value) -> PyResult<()> {
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            let src = assigned_bytes(vm, &v)?;
            // SAFETY: GIL invariant; Python code (the slice's __index__, the source's
            // iteration) has run already, none runs while borrowed.
            let data = unsafe { &mut *ba_ptr(o) };
            let (start, stop, step) = slice_indices(vm, s, data.len())?;
            if step == 1 {
                let (a, b) = (start as usize, (stop.max(start)) as usize);
                data.splice(a..b, src);
                return Ok(());
            }
            let idx: Vec<usize> = slice_positions(start, stop, step);
            if idx.len() != src.len() {
                return Err(vm.value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", src.len(), idx.len())));
            }
            for (i, b) in idx.into_iter().zip(src) {
                data[i] = b;
            }
            return Ok(());
        }
    }
    let i = index_arg(vm, k, "bytearray")?;
    let b = byte_value(vm, &v)?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    let data = unsafe { &mut *ba_ptr(o) };
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range".into()));
    }
    data[j as usize] = b;
    Ok(())
}

fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    out
}

/// `del ba[k]` for an index or a slice.
pub fn bytearray_delitem(vm: &Vm, o: &PyRef, k: &Value) -> PyResult<()> {
    if let Value::Obj(s) = k {
        if matches!(s.payload(), Payload::Slice(..)) {
            // SAFETY: GIL invariant; only slice_indices runs Python code, before the
            // length is read and the vector changed.
            let n = unsafe { (*ba_ptr(o)).len() };
            let (start, stop, step) = slice_indices(vm, s, n)?;
            // SAFETY: as above; no Python code runs while borrowed.
            let data = unsafe { &mut *ba_ptr(o) };
            let mut doomed = slice_positions(start, stop, step);
            doomed.sort_unstable();
            let mut k = 0;
            let mut i = 0;
            data.retain(|_| {
                let keep = doomed.get(k) != Some(&i);
                if !keep {
                    k += 1;
                }
                i += 1;
                keep
            });
            return Ok(());
        }
    }
    let i = index_arg(vm, k, "bytearray")?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    let data = unsafe { &mut *ba_ptr(o) };
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range".into()));
    }
    data.remove(j as usize);
    Ok(())
}

/// `ba += src`: appends a bytes-like object (CPython's bytearray_iconcat; other
/// iterables need ba.extend()).
pub fn bytearray_extend(vm: &Vm, o: &PyRef, src: &Value) -> PyResult<()> {
    let add = bytes_of(src).ok_or_else(|| vm.type_error(format!("can't concat {} to bytearray", vm.type_name(src))))?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    unsafe { (*ba_ptr(o)).extend(add) };
    Ok(())
}

// ---- decoding ------------------------------------------------------------------------------

pub(crate) fn decode_error_at(vm: &Vm, codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    decode_error(vm, codec, b, start, end, reason)
}

fn decode_error(vm: &Vm, codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    // args and attributes as CPython's codecs make them; str() is built from the attributes
    vm.new_error_args(
        &rt().e.unicode_decode_error,
        vec![pystr::new_str(codec), new_bytes(b.to_vec()), Value::Int(start as i64), Value::Int(end as i64), pystr::new_str(reason)],
    )
}

/// Applies the `errors` handler to the undecodable b[start..end].
fn decode_handler(vm: &Vm, out: &mut String, errors: &str, codec: &str, b: &[u8], bad: std::ops::Range<usize>, reason: &str) -> PyResult<()> {
    let (start, end) = (bad.start, bad.end);
    match errors {
        "replace" => out.push('\u{fffd}'),
        "ignore" => {}
        "backslashreplace" => b[start..end].iter().for_each(|c| out.push_str(&format!("\\x{:02x}", c))),
        // surrogateescape and surrogatepass would need lone surrogates, which a Rust
        // string cannot hold, so they fail like strict
        "strict" | "surrogateescape" | "surrogatepass" => return Err(decode_error(vm, codec, b, start, end, reason)),
        other => return Err(pystr::unknown_error_handler(vm, other)),
    }
    Ok(())
}

fn decode_utf8(vm: &Vm, b: &[u8], errors: &str, codec: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                // SAFETY: from_utf8 vouched for b[pos..good] being valid UTF-8.
                out.push_str(unsafe { std::str::from_utf8_unchecked(&b[pos..good]) });
                // Rust reports the same maximal invalid subparts CPython does
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let lead = b[good];
                        let starts = lead < 0x80 || (0xc2..=0xf4).contains(&lead);
                        (good + n, if n == 1 && !starts { "invalid start byte" } else { "invalid continuation byte" })
                    }
                    None => (b.len(), "unexpected end of data"),
                };
                decode_handler(vm, &mut out, errors, codec, b, good..end, reason)?;
                pos = end;
            }
        }
    }
}

fn decode_utf16(vm: &Vm, b: &[u8], errors: &str, big: Option<bool>) -> PyResult<String> {
    let mut pos = 0;
    let big = match big {
        Some(be) => be,
        None => match b {
            [0xff, 0xfe, ..] => {
                pos = 2;
                false
            }
            [0xfe, 0xff, ..] => {
                pos = 2;
                true
            }
            _ => false,
        },
    };
    // errors name the byte order in use, even one a BOM chose
    let codec = Codec::Utf16(Some(big)).name();
    let unit = |i: usize| if big { u16::from_be_bytes([b[i], b[i + 1]]) } else { u16::from_le_bytes([b[i], b[i + 1]]) };
    let mut out = String::with_capacity(b.len() / 2);
    while pos < b.len() {
        if pos + 2 > b.len() {
            decode_handler(vm, &mut out, errors, codec, b, pos..b.len(), "truncated data")?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap());
            pos += 2;
        } else if u >= 0xdc00 {
            decode_handler(vm, &mut out, errors, codec, b, pos..pos + 2, "illegal encoding")?;
            pos += 2;
        } else if pos + 4 > b.len() {
            decode_handler(vm, &mut out, errors, codec, b, pos..b.len(), "unexpected end of data")?;
            break;
        } else {
            let lo = unit(pos + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                out.push(char::from_u32(c).unwrap());
                pos += 4;
            } else {
                decode_handler(vm, &mut out, errors, codec, b, pos..pos + 2, "illegal UTF-16 surrogate")?;
                pos += 2;
            }
        }
    }
    Ok(out)
}

fn decode_utf32(vm: &Vm, b: &[u8], errors: &str, big: Option<bool>) -> PyResult<String> {
    let mut pos = 0;
    let big = match big {
        Some(be) => be,
        None => match b {
            [0xff, 0xfe, 0, 0, ..] => {
                pos = 4;
                false
            }
            [0, 0, 0xfe, 0xff, ..] => {
                pos = 4;
                true
            }
            _ => false,
        },
    };
    let codec = Codec::Utf32(Some(big)).name();
    let mut out = String::with_capacity(b.len() / 4);
    while pos < b.len() {
        if pos + 4 > b.len() {
            decode_handler(vm, &mut out, errors, codec, b, pos..b.len(), "truncated data")?;
            break;
        }
        let w = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let n = if big { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) };
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None if (0xd800..0xe000).contains(&n) => {
                decode_handler(vm, &mut out, errors, codec, b, pos..pos + 4, "code point in surrogate code point range(0xd800, 0xe000)")?
            }
            None => decode_handler(vm, &mut out, errors, codec, b, pos..pos + 4, "code point not in range(0x110000)")?,
        }
        pos += 4;
    }
    Ok(out)
}

/// bytes.decode(): bytes to text through `encoding`, with CPython's error handlers.
pub fn decode_text(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match pystr::lookup_codec(vm, encoding)? {
        Codec::Utf8 => decode_utf8(vm, b, errors, "utf-8"),
        Codec::Utf8Sig => decode_utf8(vm, b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b), errors, "utf-8-sig"),
        Codec::Latin1 => Ok(b.iter().map(|c| char::from(*c)).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(b.iter().map(|c| char::from(*c)).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, c) in b.iter().enumerate() {
                if c.is_ascii() {
                    out.push(char::from(*c));
                } else {
                    decode_handler(vm, &mut out, errors, "ascii", b, i..i + 1, "ordinal not in range(128)")?;
                }
            }
            Ok(out)
        }
        Codec::Utf16(big) => decode_utf16(vm, b, errors, big),
        Codec::Utf32(big) => decode_utf32(vm, b, errors, big),
        Codec::UnicodeEscape(raw) => super::escape_codec::decode(vm, b, errors, raw),
    }
}

// ---- methods -------------------------------------------------------------------------------

fn this_bytes(vm: &Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    args.first().and_then(bytes_of).ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object".into()))
}

/// A result of the receiver's type: bytearray methods return bytearrays.
fn wrap(args: &[Value], v: Vec<u8>) -> Value {
    if is_bytearray(&args[0]) {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

/// The receiver unchanged: the very object for bytes, a copy for a (mutable) bytearray.
fn unchanged(args: &[Value], b: Vec<u8>) -> Value {
    match &args[0] {
        Value::Obj(o) if o.ty().is(&rt().t.bytes) => args[0].clone(),
        _ => wrap(args, b),
    }
}

fn no_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error(format!("{}.{}() takes no arguments ({} given)", type_label(&args[0]), name, args.len() - 1)));
    }
    Ok(())
}

fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The first argument of a method that takes at least one.
fn first_arg<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.get(1).ok_or_else(|| vm.type_error(format!("{}() takes at least 1 argument (0 given)", name)))
}

/// The needle of find() and friends: a bytes-like object or a single byte value.
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) || vm.lookup_special(v, "__index__").is_some() {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))))
}

/// The range selected by optional start/end arguments at args[first..], after CPython's
/// ADJUST_INDICES; None when start lies past end.
fn sub_range(vm: &Vm, n: usize, args: &[Value], first: usize) -> PyResult<Option<(usize, usize)>> {
    let n = n as i64;
    let mut start = pystr::slice_index(vm, args.get(first))?.unwrap_or(0);
    let mut end = pystr::slice_index(vm, args.get(first + 1))?.unwrap_or(n);
    if end > n {
        end = n;
    } else if end < 0 {
        end = end.saturating_add(n).max(0);
    }
    if start < 0 {
        start = start.saturating_add(n).max(0);
    }
    Ok(if start > end { None } else { Some((start as usize, end as usize)) })
}

fn find_sub(b: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    if sub.len() == 1 {
        return b.iter().position(|c| *c == sub[0]);
    }
    b.windows(sub.len()).position(|w| w == sub)
}

fn rfind_sub(b: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(b.len());
    }
    b.windows(sub.len()).rposition(|w| w == sub)
}

fn find_impl(vm: &Vm, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    let b = this_bytes(vm, args)?;
    let sub = sub_arg(vm, first_arg(vm, args, name)?)?;
    let Some((s, e)) = sub_range(vm, b.len(), args, 2)? else {
        return Ok(-1);
    };
    let hay = &b[s..e];
    let r = if rev { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) };
    Ok(r.map(|i| (s + i) as i64).unwrap_or(-1))
}

fn m_find(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "find", false)?))
}
fn m_rfind(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "rfind", true)?))
}
fn m_index(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found".into())),
        i => Ok(Value::Int(i)),
    }
}
fn m_rindex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found".into())),
        i => Ok(Value::Int(i)),
    }
}

fn count_sub(b: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return b.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= b.len() {
        if &b[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

fn m_count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let sub = sub_arg(vm, first_arg(vm, args, "count")?)?;
    Ok(Value::Int(match sub_range(vm, b.len(), args, 2)? {
        Some((s, e)) => count_sub(&b[s..e], &sub) as i64,
        None => 0,
    }))
}

fn starts_ends(vm: &Vm, args: &[Value], ends: bool) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let name = if ends { "endswith" } else { "startswith" };
    let prefix = first_arg(vm, args, name)?;
    let range = sub_range(vm, b.len(), args, 2)?;
    let check = |p: &[u8]| match range {
        Some((s, e)) => {
            if ends {
                b[s..e].ends_with(p)
            } else {
                b[s..e].starts_with(p)
            }
        }
        None => false,
    };
    if let Some(p) = bytes_of(prefix) {
        return Ok(Value::Bool(check(&p)));
    }
    match prefix {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => {
            for it in tuple::items(o).iter() {
                if check(&bytes_like(vm, it)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        v => Err(vm.type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, vm.type_name(v)))),
    }
}
fn m_startswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, false)
}
fn m_endswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, true)
}

/// ASCII whitespace as bytes methods see it (Py_ISSPACE).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn sep_and_max(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<(Option<Vec<u8>>, i64)> {
    let sep = match args.get(1).or_else(|| kw.get("sep")).filter(|v| !v.is_none()) {
        Some(v) => {
            let s = bytes_like(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            Some(s)
        }
        None => None,
    };
    let max = match args.get(2).or_else(|| kw.get("maxsplit")) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn m_split(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let (sep, max) = sep_and_max(vm, args, kw)?;
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= b.len() && (max < 0 || (parts.len() as i64) < max) {
                if b[i..i + sep.len()] == sep[..] {
                    parts.push(wrap(args, b[start..i].to_vec()));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            parts.push(wrap(args, b[start..].to_vec()));
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if max >= 0 && parts.len() as i64 >= max {
                    parts.push(wrap(args, b[i..].to_vec()));
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(wrap(args, b[start..i].to_vec()));
            }
        }
    }
    Ok(list::new_list(parts))
}

fn m_rsplit(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let (sep, max) = sep_and_max(vm, args, kw)?;
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = b.len();
            let mut i = b.len();
            while i >= sep.len() && (max < 0 || (parts.len() as i64) < max) {
                if b[i - sep.len()..i] == sep[..] {
                    parts.push(wrap(args, b[i..end].to_vec()));
                    i -= sep.len();
                    end = i;
                } else {
                    i -= 1;
                }
            }
            parts.push(wrap(args, b[..end].to_vec()));
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max >= 0 && parts.len() as i64 >= max {
                    parts.push(wrap(args, b[..i].to_vec()));
                    break;
                }
                let end = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                parts.push(wrap(args, b[i..end].to_vec()));
            }
        }
    }
    parts.reverse();
    Ok(list::new_list(parts))
}

fn strip_impl(vm: &Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let chars = match args.get(1).filter(|v| !v.is_none()) {
        Some(c) => Some(bytes_like(vm, c)?),
        None => None,
    };
    let strip = |c: &u8| match &chars {
        Some(cs) => cs.contains(c),
        None => is_space(*c),
    };
    let start = if left { b.iter().position(|c| !strip(c)).unwrap_or(b.len()) } else { 0 };
    let end = if right { b.iter().rposition(|c| !strip(c)).map(|i| i + 1).unwrap_or(start) } else { b.len() };
    let end = end.max(start);
    if start == 0 && end == b.len() {
        return Ok(unchanged(args, b));
    }
    Ok(wrap(args, b[start..end].to_vec()))
}
fn m_strip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn m_lstrip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn m_rstrip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn partition_impl(vm: &Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let sep = bytes_like(vm, args.get(1).unwrap_or(&Value::None))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let found = if rev { rfind_sub(&b, &sep) } else { find_sub(&b, &sep) };
    let sep_v = wrap(args, sep.clone());
    Ok(tuple::new_tuple(match found {
        Some(i) => vec![wrap(args, b[..i].to_vec()), sep_v, wrap(args, b[i + sep.len()..].to_vec())],
        None if rev => vec![wrap(args, Vec::new()), wrap(args, Vec::new()), unchanged(args, b)],
        None => vec![unchanged(args, b), wrap(args, Vec::new()), wrap(args, Vec::new())],
    }))
}
fn m_partition(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn m_rpartition(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn m_join(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let sep = this_bytes(vm, args)?;
    let src = args.get(1).ok_or_else(|| vm.type_error(format!("{}.join() takes exactly one argument (0 given)", type_label(&args[0]))))?;
    let items = vm.collect(src).map_err(|e| {
        if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) {
            vm.type_error("can only join an iterable".into())
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(x) {
            Some(b) => out.extend(b),
            None => return Err(vm.type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, vm.type_name(x)))),
        }
    }
    Ok(wrap(args, out))
}

fn m_replace(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}.replace() takes no keyword arguments", type_label(&args[0]))));
    }
    if args.len() < 3 {
        return Err(vm.type_error(format!("replace expected at least 2 arguments, got {}", args.len() - 1)));
    }
    let old = bytes_like(vm, &args[1])?;
    let new = bytes_like(vm, &args[2])?;
    let mut count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut out = Vec::new();
    if old.is_empty() {
        // the replacement goes before every byte and at the end, up to count times
        for &c in &b {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while i < b.len() {
            if count != 0 && b[i..].starts_with(&old) {
                out.extend_from_slice(&new);
                i += old.len();
                count -= 1;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    Ok(wrap(args, out))
}

fn m_removeprefix(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let p = bytes_like(vm, args.get(1).unwrap_or(&Value::None))?;
    Ok(match b.strip_prefix(p.as_slice()) {
        Some(r) if !p.is_empty() => wrap(args, r.to_vec()),
        _ => unchanged(args, b),
    })
}
fn m_removesuffix(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let p = bytes_like(vm, args.get(1).unwrap_or(&Value::None))?;
    Ok(match b.strip_suffix(p.as_slice()) {
        Some(r) if !p.is_empty() => wrap(args, r.to_vec()),
        _ => unchanged(args, b),
    })
}

// ASCII case mapping and classification, as bytes methods do it

fn map_bytes(vm: &Vm, args: &[Value], name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    no_args(vm, args, name)?;
    let b = this_bytes(vm, args)?;
    Ok(wrap(args, f(&b)))
}
fn m_upper(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}
fn m_lower(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}
fn m_swapcase(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |b| b.iter().map(|c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { *c }).collect())
}
fn m_capitalize(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |b| b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn m_title(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn bytes_pred(vm: &Vm, args: &[Value], name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    no_args(vm, args, name)?;
    Ok(Value::Bool(f(&this_bytes(vm, args)?)))
}
fn m_isalpha(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
}
fn m_isalnum(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
}
fn m_isdigit(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}
fn m_isspace(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "isspace", |b| !b.is_empty() && b.iter().all(|c| is_space(*c)))
}
fn m_isascii(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "isascii", |b| b.is_ascii())
}
fn m_islower(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}
fn m_isupper(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}
fn m_istitle(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bytes_pred(vm, args, "istitle", |b| {
        let mut prev_cased = false;
        let mut cased = false;
        for c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn pad_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<(usize, u8)> {
    let w = vm.size_value(
        args.get(1).ok_or_else(|| vm.type_error(format!("{} expected at least 1 argument, got 0", name)))?,
        "Python int too large to convert to C ssize_t",
    )?;
    let fill = match args.get(2) {
        Some(v) => match bytes_of(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => return Err(vm.type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, vm.type_name(v)))),
        },
        None => b' ',
    };
    crate::types::check_alloc(vm, w.max(0) as u128)?;
    Ok((w.max(0) as usize, fill))
}
fn m_center(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let (w, f) = pad_args(vm, args, "center")?;
    if w <= b.len() {
        return Ok(unchanged(args, b));
    }
    let total = w - b.len();
    // as str.center: the extra fill goes left only when both padding and width are odd
    let left = total / 2 + (total & w & 1);
    let mut out = vec![f; left];
    out.extend_from_slice(&b);
    out.resize(w, f);
    Ok(wrap(args, out))
}
fn m_ljust(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut b = this_bytes(vm, args)?;
    let (w, f) = pad_args(vm, args, "ljust")?;
    if w <= b.len() {
        return Ok(unchanged(args, b));
    }
    b.resize(w, f);
    Ok(wrap(args, b))
}
fn m_rjust(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let (w, f) = pad_args(vm, args, "rjust")?;
    if w <= b.len() {
        return Ok(unchanged(args, b));
    }
    let mut out = vec![f; w - b.len()];
    out.extend_from_slice(&b);
    Ok(wrap(args, out))
}
fn m_zfill(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let w = vm
        .size_value(
            args.get(1).ok_or_else(|| vm.type_error(format!("{}.zfill() takes exactly one argument (0 given)", type_label(&args[0]))))?,
            "Python int too large to convert to C ssize_t",
        )?
        .max(0) as usize;
    crate::types::check_alloc(vm, w as u128)?;
    if w <= b.len() {
        return Ok(unchanged(args, b));
    }
    let sign = matches!(b.first(), Some(b'+' | b'-')) as usize;
    let mut out = b[..sign].to_vec();
    out.extend(std::iter::repeat_n(b'0', w - b.len()));
    out.extend_from_slice(&b[sign..]);
    Ok(wrap(args, out))
}

fn m_expandtabs(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let size = match args.get(1).or_else(|| kw.get("tabsize")) {
        // a C int in CPython
        Some(v) => match vm.index_value(v) {
            Ok(n) if i32::try_from(n).is_ok() => n,
            Err(e) if !vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.index_error) => return Err(e),
            _ => return Err(vm.overflow_error("Python int too large to convert to C int".into())),
        },
        None => 8,
    };
    let tabs = b.iter().filter(|c| **c == b'\t').count() as u128;
    crate::types::check_alloc(vm, b.len() as u128 + tabs * size.max(0) as u128)?;
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0i64;
    for &c in &b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(wrap(args, out))
}

fn m_splitlines(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let keep = match args.get(1).or_else(|| kw.get("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(wrap(args, b[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(wrap(args, b[start..].to_vec()));
    }
    Ok(list::new_list(out))
}

fn m_decode(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let text_arg = |v: Option<&Value>, name: &str, dflt: &'static str| -> PyResult<String> {
        match v {
            None => Ok(dflt.to_string()),
            Some(v) => {
                pystr::as_str(v).map(str::to_string).ok_or_else(|| vm.type_error(format!("decode() argument '{}' must be str, not {}", name, vm.type_name(v))))
            }
        }
    };
    let encoding = text_arg(args.get(1).or_else(|| kw.get("encoding")), "encoding", "utf-8")?;
    let errors = text_arg(args.get(2).or_else(|| kw.get("errors")), "errors", "strict")?;
    Ok(pystr::from_string(decode_text(vm, &b, &encoding, &errors)?))
}

fn m_hex(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let sep = match args.get(1).or_else(|| kw.get("sep")) {
        None => None,
        Some(v) => {
            let s: Vec<char> = match pystr::as_str(v) {
                Some(s) => s.chars().collect(),
                None => bytes_like(vm, v)?.into_iter().map(char::from).collect(),
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1.".into()));
            }
            if !s[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII.".into()));
            }
            Some(s[0])
        }
    };
    let per = match args.get(2).or_else(|| kw.get("bytes_per_sep")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        // a positive bytes_per_sep counts the groups from the right, a negative one from the left
        if let Some(s) = sep {
            if i > 0 && group > 0 && (if per > 0 { (b.len() - i) % group == 0 } else { i % group == 0 }) {
                out.push(s);
            }
        }
        out.push_str(&format!("{:02x}", c));
    }
    Ok(pystr::from_string(out))
}

fn m_fromhex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = match args.get(1) {
        Some(v) => pystr::as_str(v).ok_or_else(|| vm.type_error(format!("fromhex() argument must be str, not {}", vm.type_name(v))))?,
        None => return Err(vm.type_error("fromhex() takes exactly one argument (0 given)".into())),
    };
    let c: Vec<char> = s.chars().collect();
    let bad = |i: usize| vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i));
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        // whitespace may separate the pairs, not split them
        while i < c.len() && c[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= c.len() {
            break;
        }
        let hi = c[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = c.get(i + 1).and_then(|d| d.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = vm.expect_type(&args[0])?;
    Ok(if crate::types::typeobj::is_subtype(&cls, &rt().t.bytearray) { new_bytearray(out) } else { new_bytes(out) })
}

fn m_maketrans(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", args.len())));
    }
    let from = bytes_like(vm, &args[0])?;
    let to = bytes_like(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to) {
        table[*f as usize] = t;
    }
    Ok(new_bytes(table))
}

fn m_translate(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let table = match args.get(1).filter(|v| !v.is_none()) {
        Some(t) => {
            let t = bytes_like(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long".into()));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match args.get(2).or_else(|| kw.get("delete")) {
        Some(d) => bytes_like(vm, d)?,
        None => Vec::new(),
    };
    let out = b.iter().filter(|c| !delete.contains(c)).map(|c| table.as_ref().map_or(*c, |t| t[*c as usize])).collect();
    Ok(wrap(args, out))
}

// ---- bytearray mutators --------------------------------------------------------------------

fn this_ba<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::ByteArray(_)) => Ok(o),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object".into())),
    }
}

fn ba_append(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    let b = byte_value(vm, args.get(1).ok_or_else(|| vm.type_error("bytearray.append() takes exactly one argument (0 given)".into()))?)?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    unsafe { (*ba_ptr(o)).push(b) };
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    let src = args.get(1).ok_or_else(|| vm.type_error("bytearray.extend() takes exactly one argument (0 given)".into()))?;
    let add = match bytes_of(src) {
        Some(b) => b,
        None => {
            let items = vm.collect(src).map_err(|e| {
                if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) {
                    vm.type_error(format!("can't extend bytearray with {}", vm.type_name(src)))
                } else {
                    e
                }
            })?;
            items.iter().map(|x| byte_value(vm, x)).collect::<PyResult<Vec<u8>>>()?
        }
    };
    // SAFETY: GIL invariant; the source was read out before this borrow.
    unsafe { (*ba_ptr(o)).extend(add) };
    Ok(Value::None)
}

fn ba_pop(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    let i = match args.get(1) {
        Some(v) => Some(vm.index_value(v)?),
        None => None,
    };
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    let data = unsafe { &mut *ba_ptr(o) };
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray".into()));
    }
    let n = data.len() as i64;
    let i = i.unwrap_or(-1);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range".into()));
    }
    Ok(Value::Int(data.remove(j as usize) as i64))
}

fn ba_insert(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    if args.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let i = vm.index_value(&args[1])?;
    let b = byte_value(vm, &args[2])?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    let data = unsafe { &mut *ba_ptr(o) };
    let n = data.len() as i64;
    // like list.insert, an out-of-range index clamps to the ends
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(j as usize, b);
    Ok(Value::None)
}

fn ba_remove(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    let b = byte_value(vm, args.get(1).ok_or_else(|| vm.type_error("bytearray.remove() takes exactly one argument (0 given)".into()))?)?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    let data = unsafe { &mut *ba_ptr(o) };
    match data.iter().position(|c| *c == b) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray".into())),
    }
}

fn ba_reverse(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    unsafe { (*ba_ptr(o)).reverse() };
    Ok(Value::None)
}

fn ba_clear(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    unsafe { (*ba_ptr(o)).clear() };
    Ok(Value::None)
}

fn ba_copy(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    Ok(new_bytearray(bytes_of(&Value::Obj(o.clone())).unwrap_or_default()))
}

fn ba_setitem_method(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    if args.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len() - 1)));
    }
    bytearray_setitem(vm, o, &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn ba_delitem_method(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this_ba(vm, args)?;
    bytearray_delitem(vm, o, args.get(1).ok_or_else(|| vm.type_error("expected 1 argument, got 0".into()))?)?;
    Ok(Value::None)
}

// ---- construction --------------------------------------------------------------------------

/// The contents of bytes(source, encoding, errors) / bytearray(...) (`what` names the type).
fn bytes_from_arg(vm: &Vm, v: Option<&Value>, encoding: Option<&Value>, errors: Option<&Value>, what: &str) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error("encoding or errors without sequence argument".into()));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = pystr::as_str(v) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding".into()));
        };
        fn text_arg<'a>(vm: &Vm, a: &'a Value, what: &str, name: &str) -> PyResult<&'a str> {
            pystr::as_str(a).ok_or_else(|| vm.type_error(format!("{}() argument '{}' must be str, not {}", what, name, vm.type_name(a))))
        }
        let enc = text_arg(vm, enc, what, "encoding")?;
        let errors = match errors {
            Some(e) => text_arg(vm, e, what, "errors")?,
            None => "strict",
        };
        return pystr::encode_text(vm, s, enc, errors);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument".into()));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument".into()));
    }
    // __bytes__ comes before __index__ (CPython's bytes_new asks for it first)
    if what == "bytes" && !matches!(v, Value::Int(_) | Value::Bool(_)) {
        if let Some(f) = vm.lookup_special(v, "__bytes__") {
            let r = vm.call(&f, &[], KwArgs::EMPTY)?;
            return bytes_of(&r).ok_or_else(|| vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r))));
        }
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) || crate::types::int::to_bigint(v).is_some() || vm.lookup_special(v, "__index__").is_some() {
        let n = vm.index_value(v).map_err(|_| vm.overflow_error("cannot fit 'int' into an index-sized integer".into()))?;
        if n < 0 {
            return Err(vm.value_error("negative count".into()));
        }
        if n > 1 << 34 {
            return Err(vm.new_error(&rt().e.memory_error, String::new()));
        }
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if what == "bytes" {
        if let Some(f) = vm.lookup_special(v, "__bytes__") {
            let r = vm.call(&f, &[], KwArgs::EMPTY)?;
            return bytes_of(&r).ok_or_else(|| vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r))));
        }
    }
    let it = vm.iter(v).map_err(|e| {
        if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) {
            vm.type_error(format!("cannot convert '{}' object to {}", vm.type_name(v), what))
        } else {
            e
        }
    })?;
    // CPython sizes the buffer from a range's length first: MemoryError before any item
    if let Value::Obj(o) = v {
        if matches!(o.payload(), Payload::Range { .. } | Payload::BigRange(_)) {
            crate::types::check_alloc(vm, vm.len(v).map(|n| n as u128).unwrap_or(u128::MAX))?;
        }
    }
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let i = vm.index_value(&x)?;
        out.push(
            u8::try_from(i)
                .map_err(|_| vm.value_error(if what == "bytes" { "bytes must be in range(0, 256)".into() } else { "byte must be in range(0, 256)".into() }))?,
        );
    }
    Ok(out)
}

fn new_of_type(cls: &PyRef, base: &PyRef, p: Payload) -> Value {
    let o = PyRef::new(cls, p);
    if !cls.is(base) {
        // an instance of a subclass gets its attribute dict
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Value::Obj(o)
}

fn bytes_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let b = bytes_from_arg(
        vm,
        args.get(1).or_else(|| kw.get("source")),
        args.get(2).or_else(|| kw.get("encoding")),
        args.get(3).or_else(|| kw.get("errors")),
        "bytes",
    )?;
    Ok(new_of_type(&cls, &rt().t.bytes, Payload::Bytes(b.into_boxed_slice())))
}

fn bytearray_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let b = bytes_from_arg(
        vm,
        args.get(1).or_else(|| kw.get("source")),
        args.get(2).or_else(|| kw.get("encoding")),
        args.get(3).or_else(|| kw.get("errors")),
        "bytearray",
    )?;
    Ok(new_of_type(&cls, &rt().t.bytearray, Payload::ByteArray(UnsafeCell::new(b))))
}

pub fn register() {
    let r = rt();
    let common: &[(&'static str, NativeFn)] = &[
        ("decode", m_decode),
        ("hex", m_hex),
        ("join", m_join),
        ("split", m_split),
        ("rsplit", m_rsplit),
        ("strip", m_strip),
        ("lstrip", m_lstrip),
        ("rstrip", m_rstrip),
        ("partition", m_partition),
        ("rpartition", m_rpartition),
        ("startswith", m_startswith),
        ("endswith", m_endswith),
        ("find", m_find),
        ("rfind", m_rfind),
        ("index", m_index),
        ("rindex", m_rindex),
        ("count", m_count),
        ("replace", m_replace),
        ("removeprefix", m_removeprefix),
        ("removesuffix", m_removesuffix),
        ("upper", m_upper),
        ("lower", m_lower),
        ("swapcase", m_swapcase),
        ("capitalize", m_capitalize),
        ("title", m_title),
        ("isalpha", m_isalpha),
        ("isalnum", m_isalnum),
        ("isdigit", m_isdigit),
        ("isspace", m_isspace),
        ("isascii", m_isascii),
        ("islower", m_islower),
        ("isupper", m_isupper),
        ("istitle", m_istitle),
        ("center", m_center),
        ("ljust", m_ljust),
        ("rjust", m_rjust),
        ("zfill", m_zfill),
        ("expandtabs", m_expandtabs),
        ("splitlines", m_splitlines),
        ("translate", m_translate),
    ];
    crate::types::set_new(&r.t.bytes, bytes_new);
    crate::types::set_new(&r.t.bytearray, bytearray_new);
    crate::types::add_methods(&r.t.bytes, common);
    crate::types::add_methods(&r.t.bytearray, common);
    crate::types::add_methods(
        &r.t.bytearray,
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("reverse", ba_reverse),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("__setitem__", ba_setitem_method),
            ("__delitem__", ba_delitem_method),
        ],
    );
    crate::types::add_classmethods(&r.t.bytes, &[("fromhex", m_fromhex)]);
    crate::types::add_classmethods(&r.t.bytearray, &[("fromhex", m_fromhex)]);
    crate::types::add_static(&r.t.bytes, &[("maketrans", m_maketrans)]);
    crate::types::add_static(&r.t.bytearray, &[("maketrans", m_maketrans)]);
}
