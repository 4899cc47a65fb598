//! `_pickle_accel`: a native fast path for `pickle.dumps` at protocols 4 and 5, the default
//! ones and what multiprocessing sends. It writes what lib/pickle.py writes (CPython's C
//! pickler's bytes: batching, framing, memo) for the exact builtin types and for functions
//! and classes found by their module and qualified name. On anything else (instances, the
//! reduce protocol, subclasses, errors to report) it gives up and returns None, and
//! pickle.py starts over in Python: the Python pickler stays the one that defines the
//! output, and one call never mixes the two.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, dict, list, set, str as pystr};
use crate::Vm;
use std::collections::HashMap;

const FRAME_TARGET: usize = 64 * 1024;
const BATCH: usize = 1000;

enum Stop {
    /// not for the fast path: let pickle.py do it
    GiveUp,
    Err(crate::PyErr),
}

impl From<crate::PyErr> for Stop {
    fn from(e: crate::PyErr) -> Stop {
        Stop::Err(e)
    }
}

type R<T> = Result<T, Stop>;

struct Pickler<'a> {
    vm: &'a Vm,
    out: Vec<u8>,
    frame: Vec<u8>,
    memo: HashMap<usize, u32>,
    /// memoized objects stay alive until the end, so no address is reused (CPython's memo
    /// holds references too)
    keep: Vec<PyRef>,
    depth: usize,
    /// copyreg.dispatch_table: a class registered there is pickled by its function
    dispatch_table: Option<PyRef>,
}

impl<'a> Pickler<'a> {
    fn w(&mut self, b: &[u8]) {
        self.frame.extend_from_slice(b);
    }

    fn commit(&mut self, force: bool) {
        if force || self.frame.len() >= FRAME_TARGET {
            if self.frame.len() >= 4 {
                self.out.push(0x95);
                self.out.extend_from_slice(&(self.frame.len() as u64).to_le_bytes());
            }
            self.out.append(&mut self.frame);
        }
    }

    fn write_large(&mut self, header: &[u8], payload: &[u8]) {
        self.commit(true);
        self.out.extend_from_slice(header);
        self.out.extend_from_slice(payload);
    }

    fn memoize(&mut self, o: &PyRef) {
        let idx = self.memo.len() as u32;
        self.w(&[0x94]);
        self.memo.insert(o.as_ptr() as usize, idx);
        self.keep.push(o.clone());
    }

    fn get(&mut self, idx: u32) {
        if idx < 256 {
            self.w(&[b'h', idx as u8]);
        } else {
            let mut b = vec![b'j'];
            b.extend_from_slice(&idx.to_le_bytes());
            self.w(&b);
        }
    }

    fn memo_of(&self, o: &PyRef) -> Option<u32> {
        self.memo.get(&(o.as_ptr() as usize)).copied()
    }

    fn save(&mut self, v: &Value) -> R<()> {
        self.commit(false);
        match v {
            Value::None => self.w(b"N"),
            Value::Bool(b) => self.w(if *b { &[0x88] } else { &[0x89] }),
            Value::Int(i) => self.save_int(*i),
            Value::Float(f) => {
                let mut b = vec![b'G'];
                b.extend_from_slice(&f.to_bits().to_be_bytes());
                self.w(&b);
            }
            Value::Obj(o) => {
                if let Some(idx) = self.memo_of(o) {
                    self.get(idx);
                    return Ok(());
                }
                self.depth += 1;
                // deep nesting is pickle.py's to report (RecursionError), not a native overflow
                if self.depth > 200 {
                    return Err(Stop::GiveUp);
                }
                let r = self.save_obj(o);
                self.depth -= 1;
                r?;
            }
            _ => return Err(Stop::GiveUp),
        }
        Ok(())
    }

    fn save_int(&mut self, i: i64) {
        if (0..=0xff).contains(&i) {
            self.w(&[b'K', i as u8]);
        } else if (0..=0xffff).contains(&i) {
            let b = (i as u16).to_le_bytes();
            self.w(&[b'M', b[0], b[1]]);
        } else if (i32::MIN as i64..=i32::MAX as i64).contains(&i) {
            let mut b = vec![b'J'];
            b.extend_from_slice(&(i as i32).to_le_bytes());
            self.w(&b);
        } else {
            self.save_long_bytes(&num_bigint::BigInt::from(i));
        }
    }

    fn save_long_bytes(&mut self, x: &num_bigint::BigInt) {
        let mut enc = if x.sign() == num_bigint::Sign::NoSign { Vec::new() } else { x.to_signed_bytes_le() };
        // the fewest two's-complement bytes, as pickle's encode_long
        while enc.len() > 1 {
            let last = enc[enc.len() - 1];
            let prev = enc[enc.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                enc.pop();
            } else {
                break;
            }
        }
        if enc.len() < 256 {
            let mut b = vec![0x8a, enc.len() as u8];
            b.extend_from_slice(&enc);
            self.w(&b);
        } else {
            let mut b = vec![0x8b];
            b.extend_from_slice(&(enc.len() as i32).to_le_bytes());
            b.extend_from_slice(&enc);
            self.w(&b);
        }
    }

    fn save_obj(&mut self, o: &PyRef) -> R<()> {
        let r = rt();
        let ty = o.ty();
        match o.payload() {
            Payload::BigInt(b) if ty.is(&r.t.int) => {
                match num_traits::ToPrimitive::to_i64(b) {
                    Some(i) => self.save_int(i),
                    None => self.save_long_bytes(b),
                }
                Ok(())
            }
            Payload::Str(s) if ty.is(&r.t.str) => {
                self.sized(0x8c, b'X', s.s.as_bytes());
                self.memoize(o);
                Ok(())
            }
            Payload::Bytes(b) if ty.is(&r.t.bytes) => {
                self.sized(b'C', b'B', b);
                self.memoize(o);
                Ok(())
            }
            Payload::Tuple(items) if ty.is(&r.t.tuple) => {
                let items = items.to_vec();
                let n = items.len();
                if n == 0 {
                    self.w(b")");
                    return Ok(());
                }
                if n <= 3 {
                    for x in &items {
                        self.save(x)?;
                    }
                    if let Some(idx) = self.memo_of(o) {
                        self.w(&vec![b'0'; n]);
                        self.get(idx);
                    } else {
                        self.w(&[0x84 + n as u8]);
                        self.memoize(o);
                    }
                    return Ok(());
                }
                self.w(b"(");
                for x in &items {
                    self.save(x)?;
                }
                self.close_marked(o, b't');
                Ok(())
            }
            Payload::List(_) if ty.is(&r.t.list) => {
                self.w(b"]");
                self.memoize(o);
                let items = list::snapshot(o);
                if items.len() == 1 {
                    self.save(&items[0])?;
                    self.w(b"a");
                } else if !items.is_empty() {
                    for chunk in items.chunks(BATCH) {
                        self.w(b"(");
                        for x in chunk {
                            self.save(x)?;
                        }
                        self.w(b"e");
                    }
                }
                Ok(())
            }
            Payload::Dict(_) if ty.is(&r.t.dict) => {
                self.w(b"}");
                self.memoize(o);
                let items = dict::items(o);
                if items.len() == 1 {
                    self.save(&items[0].0)?;
                    self.save(&items[0].1)?;
                    self.w(b"s");
                } else if !items.is_empty() {
                    // CPython's batching of an exact dict: a full last batch is followed by
                    // an empty one
                    self.batches(
                        &items,
                        |p, (k, v)| {
                            p.save(k)?;
                            p.save(v)
                        },
                        b'u',
                    )?;
                }
                Ok(())
            }
            Payload::Set(_) if ty.is(&r.t.set) => {
                self.w(&[0x8f]);
                self.memoize(o);
                let items = set::items(o);
                if !items.is_empty() {
                    self.batches(&items, |p, x| p.save(x), 0x90)?;
                }
                Ok(())
            }
            Payload::Set(_) if ty.is(&r.t.frozenset) => {
                let items = set::items(o);
                self.w(b"(");
                for x in &items {
                    self.save(x)?;
                }
                self.close_marked(o, 0x91);
                Ok(())
            }
            Payload::Type(_) => {
                if o.is(&r.t.none) || o.is(&r.t.notimpl) || o.is(&r.t.ellipsis) {
                    return Err(Stop::GiveUp);
                }
                self.save_global(o)
            }
            Payload::Function(_) if ty.is(&r.t.function) => self.save_global(o),
            Payload::Object if self.plain_instance(ty) => self.save_plain_instance(o),
            _ => Err(Stop::GiveUp),
        }
    }

    /// An instance whose class leaves the whole reduce protocol to object (no __reduce__,
    /// __reduce_ex__, __getstate__, __getnewargs(_ex)__, __slots__, copyreg entry): pickle.py
    /// writes it as cls.__new__(cls) (NEWOBJ) and its __dict__ (BUILD).
    fn plain_instance(&self, ty: &PyRef) -> bool {
        let td = crate::types::typeobj::type_data(ty);
        if !td.has(TF_HEAP) || td.has(TF_SLOTTED) {
            return false;
        }
        let object = &rt().t.object;
        for name in ["__reduce_ex__", "__reduce__", "__getstate__", "__getattribute__"] {
            match (crate::types::typeobj::lookup_str(ty, name), crate::types::typeobj::lookup_str(object, name)) {
                (Some(a), Some(b)) if a.is(&b) => {}
                _ => return false,
            }
        }
        for name in ["__getnewargs_ex__", "__getnewargs__", "__slots__", "__slotnames__"] {
            if crate::types::typeobj::lookup_str(ty, name).is_some() {
                return false;
            }
        }
        if let Some(table) = &self.dispatch_table {
            if dict::get_item(self.vm, table, &Value::Obj(ty.clone())).ok().flatten().is_some() {
                return false;
            }
        }
        true
    }

    fn save_plain_instance(&mut self, o: &PyRef) -> R<()> {
        if let Some(d) = o.dict() {
            // an instance attribute can stand in for the protocol's methods
            for name in ["__reduce_ex__", "__reduce__", "__getstate__", "__class__"] {
                if dict::get_str(&d, &rt().intern(name)).is_some() {
                    return Err(Stop::GiveUp);
                }
            }
        }
        let cls = o.ty().clone();
        self.save(&Value::Obj(cls))?;
        self.w(b")");
        self.w(&[0x81]);
        if let Some(idx) = self.memo_of(o) {
            self.w(b"0");
            self.get(idx);
        } else {
            self.memoize(o);
        }
        if let Some(d) = o.dict() {
            if dict::len(&d) > 0 {
                self.save(&Value::Obj(d))?;
                self.w(b"b");
            }
        }
        Ok(())
    }

    /// A str's or bytes' data after its opcode: a one-byte length up to 255 bytes, else a
    /// four-byte one, and 64 KiB or more written outside the frame.
    fn sized(&mut self, short_op: u8, long_op: u8, b: &[u8]) {
        if b.len() <= 0xff {
            let mut h = vec![short_op, b.len() as u8];
            h.extend_from_slice(b);
            self.w(&h);
            return;
        }
        let mut h = vec![long_op];
        h.extend_from_slice(&(b.len() as u32).to_le_bytes());
        if b.len() >= FRAME_TARGET {
            self.write_large(&h, b);
        } else {
            h.extend_from_slice(b);
            self.w(&h);
        }
    }

    /// The end of a MARK-ed tuple or frozenset: a reference back when saving its items
    /// memoized it already (a cycle through it), else `op` and the memo entry.
    fn close_marked(&mut self, o: &PyRef, op: u8) {
        if let Some(idx) = self.memo_of(o) {
            self.w(b"1");
            self.get(idx);
        } else {
            self.w(&[op]);
            self.memoize(o);
        }
    }

    /// MARK, up to BATCH items, op; again while the batch was full (an empty last batch
    /// when the size is a multiple of BATCH, as in CPython's batch_dict_exact/save_set).
    fn batches<T>(&mut self, items: &[T], mut one: impl FnMut(&mut Self, &T) -> R<()>, op: u8) -> R<()> {
        let mut i = 0;
        loop {
            self.w(b"(");
            let mut n = 0;
            while i < items.len() && n < BATCH {
                one(self, &items[i])?;
                i += 1;
                n += 1;
            }
            self.w(&[op]);
            if n != BATCH {
                return Ok(());
            }
        }
    }

    fn save_global(&mut self, o: &PyRef) -> R<()> {
        let vm = self.vm;
        let obj = Value::Obj(o.clone());
        let qual = vm.getattr_str(&obj, "__qualname__").map_err(|_| Stop::GiveUp)?;
        let qual = pystr::as_str(&qual).ok_or(Stop::GiveUp)?.to_string();
        if qual.split('.').any(|p| p == "<locals>") {
            return Err(Stop::GiveUp);
        }
        let module = vm.getattr_str(&obj, "__module__").map_err(|_| Stop::GiveUp)?;
        let module = pystr::as_str(&module).ok_or(Stop::GiveUp)?.to_string();
        let m = dict::get_item(vm, &rt().modules, &pystr::new_str(&module))?.ok_or(Stop::GiveUp)?;
        let mut cur = m;
        for part in qual.split('.') {
            cur = vm.getattr_str(&cur, part).map_err(|_| Stop::GiveUp)?;
        }
        if !cur.is(&obj) {
            return Err(Stop::GiveUp);
        }
        // interned, as pickle.py interns them: the memo shares equal names
        let ms = Value::Obj(rt().intern(&module));
        let qs = Value::Obj(rt().intern(&qual));
        self.save(&ms)?;
        self.save(&qs)?;
        self.w(&[0x93]);
        self.memoize(o);
        Ok(())
    }
}

/// dumps(obj, protocol) -> bytes, or None when pickle.py must do it
fn a_dumps(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let proto = match a.get(1) {
        Some(Value::Int(p)) if (4..=5).contains(p) => *p as u8,
        _ => return Ok(Value::None),
    };
    // registered extension codes change how globals are written: pickle.py handles them
    if let Ok(cr) = crate::runtime::import::import_module(vm, "copyreg") {
        if let Ok(Value::Obj(reg)) = vm.getattr_str(&Value::Obj(cr), "_extension_registry") {
            if matches!(reg.payload(), Payload::Dict(_)) && dict::len(&reg) > 0 {
                return Ok(Value::None);
            }
        }
    }
    let mut dispatch_table = None;
    if let Ok(cr) = crate::runtime::import::import_module(vm, "copyreg") {
        if let Ok(Value::Obj(t)) = vm.getattr_str(&Value::Obj(cr), "dispatch_table") {
            if matches!(t.payload(), Payload::Dict(_)) {
                dispatch_table = Some(t);
            }
        }
    }
    let mut p = Pickler { vm, out: vec![0x80, proto], frame: Vec::new(), memo: HashMap::new(), keep: Vec::new(), depth: 0, dispatch_table };
    match p.save(a.first().unwrap_or(&Value::None)) {
        Ok(()) => {}
        Err(Stop::GiveUp) => return Ok(Value::None),
        Err(Stop::Err(e)) => return Err(e),
    }
    p.w(b".");
    if !p.frame.is_empty() {
        p.commit(true);
    }
    Ok(bytes::new_bytes(std::mem::take(&mut p.out)))
}

/// The loading half: a pickle of protocol 2 to 5 (what dumps and multiprocessing send),
/// read natively. Anything else (the text opcodes of protocols 0 and 1, persistent ids,
/// extension codes, Python 2 names, out-of-band buffers, malformed data) gives up before the
/// Python loader starts over and reports it; a call a pickle makes (REDUCE, NEWOBJ, BUILD's
/// __setstate__) runs once, and its exception is the result.
struct Loader<'a> {
    vm: &'a Vm,
    data: &'a [u8],
    pos: usize,
    stack: Vec<Value>,
    marks: Vec<usize>,
    memo: Vec<Option<Value>>,
    proto: u8,
}

impl<'a> Loader<'a> {
    fn take(&mut self, n: usize) -> R<&'a [u8]> {
        if self.pos + n > self.data.len() {
            return Err(Stop::GiveUp);
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self) -> R<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> R<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> R<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    fn pop(&mut self) -> R<Value> {
        let floor = self.marks.last().copied().unwrap_or(0);
        if self.stack.len() <= floor {
            return Err(Stop::GiveUp);
        }
        Ok(self.stack.pop().unwrap())
    }

    fn top(&self) -> R<Value> {
        let floor = self.marks.last().copied().unwrap_or(0);
        if self.stack.len() <= floor {
            return Err(Stop::GiveUp);
        }
        Ok(self.stack[self.stack.len() - 1].clone())
    }

    fn pop_mark(&mut self) -> R<Vec<Value>> {
        let m = self.marks.pop().ok_or(Stop::GiveUp)?;
        Ok(self.stack.split_off(m))
    }

    fn memo_put(&mut self, idx: usize, v: Value) {
        if self.memo.len() <= idx {
            self.memo.resize(idx + 1, None);
        }
        self.memo[idx] = Some(v);
    }

    fn memo_get(&mut self, idx: usize) -> R<()> {
        let v = self.memo.get(idx).cloned().flatten().ok_or(Stop::GiveUp)?;
        self.stack.push(v);
        Ok(())
    }

    fn text(&mut self, n: usize) -> R<Value> {
        let b = self.take(n)?;
        let s = std::str::from_utf8(b).map_err(|_| Stop::GiveUp)?;
        Ok(pystr::new_str(s))
    }

    fn find_class(&mut self, module: &str, name: &str) -> R<Value> {
        let vm = self.vm;
        let imp = dict::get_str(&rt().builtins_dict, &rt().intern("__import__")).ok_or(Stop::GiveUp)?;
        vm.call(&imp, &[pystr::new_str(module)], KwArgs::EMPTY)?;
        let mut cur = dict::get_item(vm, &rt().modules, &pystr::new_str(module))?.ok_or(Stop::GiveUp)?;
        let parts: Vec<&str> = if self.proto >= 4 { name.split('.').collect() } else { vec![name] };
        for part in parts {
            cur = vm.getattr_str(&cur, part).map_err(|_| Stop::GiveUp)?;
        }
        Ok(cur)
    }

    fn run(&mut self) -> R<Value> {
        let vm = self.vm;
        let r = rt();
        loop {
            let op = self.u8()?;
            match op {
                0x80 => {
                    let p = self.u8()?;
                    if !(2..=5).contains(&p) {
                        return Err(Stop::GiveUp);
                    }
                    self.proto = p;
                }
                0x95 => {
                    let n = self.u64()? as usize;
                    if self.pos + n > self.data.len() {
                        return Err(Stop::GiveUp);
                    }
                }
                b'.' => {
                    if self.marks.last().map(|&m| self.stack.len() <= m).unwrap_or(false) {
                        return Err(Stop::GiveUp);
                    }
                    return self.pop();
                }
                b'(' => self.marks.push(self.stack.len()),
                b'0' => {
                    self.pop()?;
                }
                b'1' => {
                    self.pop_mark()?;
                }
                b'2' => {
                    let v = self.top()?;
                    self.stack.push(v);
                }
                b'N' => self.stack.push(Value::None),
                0x88 => self.stack.push(Value::Bool(true)),
                0x89 => self.stack.push(Value::Bool(false)),
                b'J' => {
                    let v = self.u32()? as i32;
                    self.stack.push(Value::Int(v as i64));
                }
                b'K' => {
                    let v = self.u8()?;
                    self.stack.push(Value::Int(v as i64));
                }
                b'M' => {
                    let b = self.take(2)?;
                    self.stack.push(Value::Int(u16::from_le_bytes([b[0], b[1]]) as i64));
                }
                0x8a | 0x8b => {
                    let n = if op == 0x8a { self.u8()? as usize } else { self.u32()? as i32 as usize };
                    if op == 0x8b && (n as i64) < 0 {
                        return Err(Stop::GiveUp);
                    }
                    let b = self.take(n)?;
                    let v = if n == 0 { num_bigint::BigInt::from(0) } else { num_bigint::BigInt::from_signed_bytes_le(b) };
                    self.stack.push(crate::types::int::from_bigint(v));
                }
                b'G' => {
                    let b = self.take(8)?;
                    let mut a = [0u8; 8];
                    a.copy_from_slice(b);
                    self.stack.push(Value::Float(f64::from_bits(u64::from_be_bytes(a))));
                }
                0x8c => {
                    let n = self.u8()? as usize;
                    let v = self.text(n)?;
                    self.stack.push(v);
                }
                b'X' => {
                    let n = self.u32()? as usize;
                    let v = self.text(n)?;
                    self.stack.push(v);
                }
                0x8d => {
                    let n = self.u64()? as usize;
                    let v = self.text(n)?;
                    self.stack.push(v);
                }
                b'C' | b'B' | 0x8e | 0x96 => {
                    let n = match op {
                        b'C' => self.u8()? as usize,
                        b'B' => self.u32()? as usize,
                        _ => self.u64()? as usize,
                    };
                    let b = self.take(n)?.to_vec();
                    self.stack.push(if op == 0x96 { bytes::new_bytearray(b) } else { bytes::new_bytes(b) });
                }
                b')' => self.stack.push(crate::types::tuple::new_tuple(Vec::new())),
                b't' => {
                    let items = self.pop_mark()?;
                    self.stack.push(crate::types::tuple::new_tuple(items));
                }
                0x85..=0x87 => {
                    let n = (op - 0x84) as usize;
                    let floor = self.marks.last().copied().unwrap_or(0);
                    if self.stack.len() < floor + n {
                        return Err(Stop::GiveUp);
                    }
                    let items = self.stack.split_off(self.stack.len() - n);
                    self.stack.push(crate::types::tuple::new_tuple(items));
                }
                b']' => self.stack.push(list::new_list(Vec::new())),
                b'l' => {
                    let items = self.pop_mark()?;
                    self.stack.push(list::new_list(items));
                }
                b'}' => self.stack.push(Value::Obj(dict::new_dict())),
                b'd' => {
                    let items = self.pop_mark()?;
                    if items.len() % 2 != 0 {
                        return Err(Stop::GiveUp);
                    }
                    let d = dict::new_dict();
                    for kv in items.chunks(2) {
                        dict::set_item(vm, &d, kv[0].clone(), kv[1].clone())?;
                    }
                    self.stack.push(Value::Obj(d));
                }
                0x8f => self.stack.push(Value::Obj(set::new_set(false))),
                0x91 => {
                    let items = self.pop_mark()?;
                    let fs = set::new_set(true);
                    for x in items {
                        set::add(vm, &fs, x)?;
                    }
                    self.stack.push(Value::Obj(fs));
                }
                b'a' => {
                    let v = self.pop()?;
                    let l = self.top()?;
                    self.append_to(&l, vec![v])?;
                }
                b'e' => {
                    let items = self.pop_mark()?;
                    let l = self.top()?;
                    self.append_to(&l, items)?;
                }
                b's' => {
                    let v = self.pop()?;
                    let k = self.pop()?;
                    let d = self.top()?;
                    self.set_items(&d, vec![k, v])?;
                }
                b'u' => {
                    let items = self.pop_mark()?;
                    if items.len() % 2 != 0 {
                        return Err(Stop::GiveUp);
                    }
                    let d = self.top()?;
                    self.set_items(&d, items)?;
                }
                0x90 => {
                    let items = self.pop_mark()?;
                    let s = self.top()?;
                    match &s {
                        Value::Obj(o) if o.ty().is(&r.t.set) => {
                            for x in items {
                                set::add(vm, o, x)?;
                            }
                        }
                        _ => {
                            for x in items {
                                vm.call_method(&s, "add", &[x])?;
                            }
                        }
                    }
                }
                b'h' => {
                    let i = self.u8()? as usize;
                    self.memo_get(i)?;
                }
                b'j' => {
                    let i = self.u32()? as usize;
                    self.memo_get(i)?;
                }
                b'q' => {
                    let i = self.u8()? as usize;
                    let v = self.top()?;
                    self.memo_put(i, v);
                }
                b'r' => {
                    let i = self.u32()? as usize;
                    let v = self.top()?;
                    self.memo_put(i, v);
                }
                0x94 => {
                    let v = self.top()?;
                    let i = self.memo.len();
                    self.memo_put(i, v);
                }
                0x93 => {
                    let name = self.pop()?;
                    let module = self.pop()?;
                    let (m, n) = match (pystr::as_str(&module), pystr::as_str(&name)) {
                        (Some(m), Some(n)) => (m.to_string(), n.to_string()),
                        _ => return Err(Stop::GiveUp),
                    };
                    let c = self.find_class(&m, &n)?;
                    self.stack.push(c);
                }
                b'c' if self.proto >= 3 => {
                    let m = self.line()?;
                    let n = self.line()?;
                    let c = self.find_class(&m, &n)?;
                    self.stack.push(c);
                }
                b'R' => {
                    let args = self.pop()?;
                    let f = self.pop()?;
                    let args = match &args {
                        Value::Obj(t) if matches!(t.payload(), Payload::Tuple(_)) => crate::types::tuple::items(t).to_vec(),
                        _ => return Err(Stop::GiveUp),
                    };
                    let v = vm.call(&f, &args, KwArgs::EMPTY)?;
                    self.stack.push(v);
                }
                0x81 => {
                    let args = self.pop()?;
                    let cls = self.pop()?;
                    let mut argv = vec![cls.clone()];
                    match &args {
                        Value::Obj(t) if matches!(t.payload(), Payload::Tuple(_)) => argv.extend(crate::types::tuple::items(t).iter().cloned()),
                        _ => return Err(Stop::GiveUp),
                    }
                    if !matches!(&cls, Value::Obj(c) if matches!(c.payload(), Payload::Type(_))) {
                        return Err(Stop::GiveUp);
                    }
                    let new = vm.getattr_str(&cls, "__new__")?;
                    let v = vm.call(&new, &argv, KwArgs::EMPTY)?;
                    self.stack.push(v);
                }
                b'b' => {
                    let state = self.pop()?;
                    let inst = self.top()?;
                    self.build(&inst, state)?;
                }
                _ => return Err(Stop::GiveUp),
            }
        }
    }

    fn line(&mut self) -> R<String> {
        let rest = &self.data[self.pos..];
        let end = rest.iter().position(|&b| b == b'\n').ok_or(Stop::GiveUp)?;
        let s = std::str::from_utf8(&rest[..end]).map_err(|_| Stop::GiveUp)?.to_string();
        self.pos += end + 1;
        Ok(s)
    }

    fn append_to(&mut self, l: &Value, items: Vec<Value>) -> R<()> {
        match l {
            Value::Obj(o) if o.ty().is(&rt().t.list) => {
                for x in items {
                    list::append(o, x);
                }
                Ok(())
            }
            _ => {
                let vm = self.vm;
                match vm.getattr_str(l, "extend") {
                    Ok(ext) => {
                        vm.call(&ext, &[list::new_list(items)], KwArgs::EMPTY)?;
                    }
                    Err(_) => {
                        for x in items {
                            vm.call_method(l, "append", &[x])?;
                        }
                    }
                }
                Ok(())
            }
        }
    }

    fn set_items(&mut self, d: &Value, items: Vec<Value>) -> R<()> {
        let vm = self.vm;
        for kv in items.chunks(2) {
            match d {
                Value::Obj(o) if o.ty().is(&rt().t.dict) => dict::set_item(vm, o, kv[0].clone(), kv[1].clone())?,
                _ => vm.setitem(d, &kv[0], kv[1].clone())?,
            }
        }
        Ok(())
    }

    fn build(&mut self, inst: &Value, state: Value) -> R<()> {
        let vm = self.vm;
        if let Ok(setstate) = vm.getattr_str(inst, "__setstate__") {
            vm.call(&setstate, &[state], KwArgs::EMPTY)?;
            return Ok(());
        }
        let (state, slots) = match &state {
            Value::Obj(t) if matches!(t.payload(), Payload::Tuple(_)) && crate::types::tuple::items(t).len() == 2 => {
                let it = crate::types::tuple::items(t);
                (it[0].clone(), it[1].clone())
            }
            _ => (state, Value::None),
        };
        if !state.is_none() {
            let d = match &state {
                Value::Obj(d) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
                _ => return Err(Stop::GiveUp),
            };
            let inst_dict = vm.getattr_str(inst, "__dict__")?;
            for (k, v) in dict::items(&d) {
                let k = match pystr::as_str(&k) {
                    Some(s) => Value::Obj(rt().intern(s)),
                    None => k,
                };
                vm.setitem(&inst_dict, &k, v)?;
            }
        }
        if !slots.is_none() {
            let d = match &slots {
                Value::Obj(d) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
                _ => return Err(Stop::GiveUp),
            };
            for (k, v) in dict::items(&d) {
                let name = match &k {
                    Value::Obj(s) if matches!(s.payload(), Payload::Str(_)) => s.clone(),
                    _ => return Err(Stop::GiveUp),
                };
                vm.setattr(inst, &name, v)?;
            }
        }
        Ok(())
    }
}

/// loads(data) -> the object, or None when pickle.py must do it (a pickle of None itself
/// is b'\x80\x04N.', which pickle.py answers without asking here)
fn a_loads(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let data = match a.first().and_then(crate::modules::bytes_like) {
        Some(d) => d.into_owned(),
        None => return Ok(Value::None),
    };
    if data.len() < 2 || data[0] != 0x80 {
        return Ok(Value::None);
    }
    let mut l = Loader { vm, data: &data, pos: 0, stack: Vec::new(), marks: Vec::new(), memo: Vec::new(), proto: 0 };
    match l.run() {
        Ok(v) => Ok(crate::types::tuple::new_tuple(vec![v])),
        Err(Stop::GiveUp) => Ok(Value::None),
        Err(Stop::Err(e)) => Err(e),
    }
}

pub fn make(_vm: &Vm) -> PyRef {
    super::new_module("_pickle_accel", &[("dumps", a_dumps), ("loads", a_loads)])
}
