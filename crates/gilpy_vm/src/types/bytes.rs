//! `bytes` and `bytearray`: the basics (construction, indexing, slicing, concatenation,
//! decode, hex, the common search and split methods).

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::range::slice_indices;
use crate::types::{list, str as pystr};
use crate::Vm;
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
    let i = vm.index_value(k).map_err(|_| vm.type_error(format!("byte indices must be integers or slices, not {}", vm.type_name(k))))?;
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if is_ba { "bytearray index out of range".into() } else { "index out of range".into() }));
    }
    Ok(Value::Int(data[j as usize] as i64))
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
                let n = vm.index_value(b)?.max(0) as usize;
                Ok(Some(wrap(x.repeat(n))))
            }
            _ => Ok(None),
        },
        BinOp::Mod => Ok(None),
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
            Some(sub) => Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice())),
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

pub fn bytearray_setitem(vm: &Vm, o: &PyRef, k: &Value, v: Value) -> PyResult<()> {
    let i = vm.index_value(k)?;
    let b = vm.index_value(&v)?;
    if !(0..256).contains(&b) {
        return Err(vm.value_error("byte must be in range(0, 256)".into()));
    }
    // SAFETY: GIL invariant; no Python code runs while borrowed.
    let data = unsafe { &mut *ba_ptr(o) };
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range".into()));
    }
    data[j as usize] = b as u8;
    Ok(())
}

pub fn bytearray_extend(vm: &Vm, o: &PyRef, src: &Value) -> PyResult<()> {
    let add = match bytes_of(src) {
        Some(b) => b,
        None => {
            let mut v = Vec::new();
            for x in vm.collect(src)? {
                v.push(vm.index_value(&x)? as u8);
            }
            v
        }
    };
    // SAFETY: GIL invariant.
    unsafe { (*ba_ptr(o)).extend(add) };
    Ok(())
}

pub fn decode_bytes(vm: &Vm, b: &[u8], encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let enc = encoding.and_then(pystr::as_str).unwrap_or("utf-8").to_lowercase().replace('_', "-");
    let errors = errors.and_then(pystr::as_str).unwrap_or("strict");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(pystr::new_str(s)),
            Err(e) => match errors {
                "replace" => Ok(pystr::from_string(String::from_utf8_lossy(b).into_owned())),
                "ignore" => {
                    let s = String::from_utf8_lossy(b).replace('\u{fffd}', "");
                    Ok(pystr::from_string(s))
                }
                _ => {
                    let pos = e.valid_up_to();
                    Err(vm.new_error(&rt().e.unicode_decode_error, format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", b[pos], pos)))
                }
            },
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|c| *c >= 0x80) {
                if errors == "strict" {
                    return Err(vm.new_error(&rt().e.unicode_decode_error, format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", b[pos], pos)));
                }
            }
            Ok(pystr::from_string(b.iter().filter(|c| **c < 0x80 || errors != "ignore").map(|c| if *c < 0x80 { *c as char } else { '\u{fffd}' }).collect()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(pystr::from_string(b.iter().map(|c| *c as char).collect())),
        _ => Err(vm.new_error(&rt().e.lookup_error, format!("unknown encoding: {}", enc))),
    }
}

fn this_bytes(vm: &Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    args.first().and_then(bytes_of).ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object".into()))
}

fn is_ba(args: &[Value]) -> bool {
    matches!(args.first(), Some(Value::Obj(o)) if matches!(o.payload(), Payload::ByteArray(_)))
}

fn m_decode(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    decode_bytes(vm, &b, args.get(1).or_else(|| kw.get("encoding")), args.get(2).or_else(|| kw.get("errors")))
}

fn m_hex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    Ok(pystr::from_string(b.iter().map(|c| format!("{:02x}", c)).collect()))
}

fn m_fromhex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = args.get(1).and_then(pystr::as_str).ok_or_else(|| vm.type_error("fromhex() argument must be str".into()))?;
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    for (i, pair) in digits.chunks(2).enumerate() {
        let t: String = pair.iter().collect();
        match u8::from_str_radix(&t, 16) {
            Ok(v) if t.len() == 2 => out.push(v),
            _ => return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i * 2))),
        }
    }
    let cls = vm.expect_type(&args[0])?;
    Ok(if cls.is(&rt().t.bytearray) { new_bytearray(out) } else { new_bytes(out) })
}

fn m_join(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let sep = this_bytes(vm, args)?;
    let mut out = Vec::new();
    for (i, x) in vm.collect(args.get(1).unwrap_or(&Value::None))?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(x) {
            Some(b) => out.extend(b),
            None => return Err(vm.type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, vm.type_name(x)))),
        }
    }
    Ok(if is_ba(args) { new_bytearray(out) } else { new_bytes(out) })
}

fn m_split(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let wrap = |v: &[u8]| if is_ba(args) { new_bytearray(v.to_vec()) } else { new_bytes(v.to_vec()) };
    let parts: Vec<Value> = match args.get(1).filter(|v| !v.is_none()) {
        Some(sep) => {
            let sep = bytes_of(sep).ok_or_else(|| vm.type_error("a bytes-like object is required".into()))?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= b.len() {
                if b[i..i + sep.len()] == sep[..] {
                    out.push(wrap(&b[start..i]));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(wrap(&b[start..]));
            out
        }
        None => b.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(wrap).collect(),
    };
    Ok(list::new_list(parts))
}

fn m_strip(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let chars: Vec<u8> = match args.get(1).filter(|v| !v.is_none()) {
        Some(c) => bytes_of(c).unwrap_or_default(),
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = b.iter().position(|c| !chars.contains(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !chars.contains(c)).map(|i| i + 1).unwrap_or(start);
    let v = b[start..end.max(start)].to_vec();
    Ok(if is_ba(args) { new_bytearray(v) } else { new_bytes(v) })
}

fn m_startswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let p = args.get(1).and_then(bytes_of).ok_or_else(|| vm.type_error("startswith first arg must be bytes or a tuple of bytes".into()))?;
    Ok(Value::Bool(b.starts_with(&p)))
}

fn m_endswith(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let p = args.get(1).and_then(bytes_of).ok_or_else(|| vm.type_error("endswith first arg must be bytes or a tuple of bytes".into()))?;
    Ok(Value::Bool(b.ends_with(&p)))
}

fn find_sub(b: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    b.windows(sub.len()).position(|w| w == sub)
}

fn m_find(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let sub = match args.get(1) {
        Some(Value::Int(i)) => vec![*i as u8],
        Some(v) => bytes_of(v).ok_or_else(|| vm.type_error("argument should be integer or bytes-like object".into()))?,
        None => return Err(vm.type_error("find() takes at least 1 argument (0 given)".into())),
    };
    Ok(Value::Int(find_sub(&b, &sub).map(|i| i as i64).unwrap_or(-1)))
}

fn m_count(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let sub = match args.get(1) {
        Some(Value::Int(i)) => vec![*i as u8],
        Some(v) => bytes_of(v).ok_or_else(|| vm.type_error("argument should be integer or bytes-like object".into()))?,
        None => return Err(vm.type_error("count() takes at least 1 argument (0 given)".into())),
    };
    if sub.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= b.len() {
        if b[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn m_replace(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?;
    let old = args.get(1).and_then(bytes_of).ok_or_else(|| vm.type_error("a bytes-like object is required".into()))?;
    let new = args.get(2).and_then(bytes_of).ok_or_else(|| vm.type_error("a bytes-like object is required".into()))?;
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &c in &b {
            out.extend_from_slice(&new);
            out.push(c);
        }
        out.extend_from_slice(&new);
    } else {
        while i < b.len() {
            if i + old.len() <= b.len() && b[i..i + old.len()] == old[..] {
                out.extend_from_slice(&new);
                i += old.len();
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    Ok(if is_ba(args) { new_bytearray(out) } else { new_bytes(out) })
}

fn m_upper(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?.to_ascii_uppercase();
    Ok(if is_ba(args) { new_bytearray(b) } else { new_bytes(b) })
}
fn m_lower(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytes(vm, args)?.to_ascii_lowercase();
    Ok(if is_ba(args) { new_bytearray(b) } else { new_bytes(b) })
}

fn ba_append(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = match &args[0] {
        Value::Obj(o) => o.clone(),
        _ => unreachable!(),
    };
    let b = vm.index_value(args.get(1).unwrap_or(&Value::None))?;
    if !(0..256).contains(&b) {
        return Err(vm.value_error("byte must be in range(0, 256)".into()));
    }
    // SAFETY: GIL invariant.
    unsafe { (*ba_ptr(&o)).push(b as u8) };
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = match &args[0] {
        Value::Obj(o) => o.clone(),
        _ => unreachable!(),
    };
    bytearray_extend(vm, &o, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn ba_pop(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = match &args[0] {
        Value::Obj(o) => o.clone(),
        _ => unreachable!(),
    };
    // SAFETY: GIL invariant.
    let data = unsafe { &mut *ba_ptr(&o) };
    match data.pop() {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error("pop from empty bytearray".into())),
    }
}

fn bytes_from_arg(vm: &Vm, v: Option<&Value>, encoding: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        None => Ok(Vec::new()),
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count".into()));
            }
            if *n > 1 << 34 {
                return Err(vm.new_error(&rt().e.memory_error, String::new()));
            }
            Ok(vec![0; *n as usize])
        }
        Some(v) => {
            if let Some(s) = pystr::as_str(v) {
                return match encoding {
                    Some(e) => {
                        let r = vm.call_method(v, "encode", &[e.clone()])?;
                        Ok(bytes_of(&r).unwrap_or_default())
                    }
                    None => Err(vm.type_error("string argument without an encoding".into())),
                }
                .map(|b: Vec<u8>| {
                    let _ = s;
                    b
                });
            }
            if let Some(b) = bytes_of(v) {
                return Ok(b);
            }
            let mut out = Vec::new();
            for x in vm.collect(v)? {
                let i = vm.index_value(&x)?;
                if !(0..256).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)".into()));
                }
                out.push(i as u8);
            }
            Ok(out)
        }
    }
}

fn bytes_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(new_bytes(bytes_from_arg(vm, args.get(1).or_else(|| kw.get("source")), args.get(2).or_else(|| kw.get("encoding")))?))
}

fn bytearray_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(new_bytearray(bytes_from_arg(vm, args.get(1).or_else(|| kw.get("source")), args.get(2).or_else(|| kw.get("encoding")))?))
}

pub fn register() {
    let r = rt();
    let common: &[(&'static str, NativeFn)] = &[
        ("decode", m_decode),
        ("hex", m_hex),
        ("join", m_join),
        ("split", m_split),
        ("strip", m_strip),
        ("startswith", m_startswith),
        ("endswith", m_endswith),
        ("find", m_find),
        ("count", m_count),
        ("replace", m_replace),
        ("upper", m_upper),
        ("lower", m_lower),
    ];
    crate::types::set_new(&r.t.bytes, bytes_new);
    crate::types::set_new(&r.t.bytearray, bytearray_new);
    crate::types::add_methods(&r.t.bytes, common);
    crate::types::add_methods(&r.t.bytearray, common);
    crate::types::add_methods(&r.t.bytearray, &[("append", ba_append), ("extend", ba_extend), ("pop", ba_pop)]);
    crate::types::add_classmethods(&r.t.bytes, &[("fromhex", m_fromhex)]);
    crate::types::add_classmethods(&r.t.bytearray, &[("fromhex", m_fromhex)]);
}
