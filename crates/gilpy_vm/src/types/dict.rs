//! `dict`: CPython's compact, insertion-ordered hash table (an index table of slots into a
//! dense entry vector, perturbed probing). Key comparison may run Python `__eq__`; the table
//! keeps a version number and a lookup restarts if the table changed under it.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{list, str as pystr, tuple, typeobj};
use crate::Vm;
use std::cell::UnsafeCell;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Table {
    entries: Vec<Option<Entry>>,
    indices: Vec<i32>,
    used: usize,
    version: u64,
}

pub struct DictData {
    t: UnsafeCell<Table>,
}

impl DictData {
    pub fn new() -> DictData {
        DictData { t: UnsafeCell::new(Table::default()) }
    }
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

/// Every mutation of any dict takes a fresh number from one counter, so a (dict, version)
/// pair never repeats: LOAD_GLOBAL's cache compares versions without fearing reuse.
static VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline(always)]
fn next_version() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    // a load and a store suffice: only the GIL holder mutates dicts
    let v = VERSION.load(Relaxed) + 1;
    VERSION.store(v, Relaxed);
    v
}

/// The dict's current version (changes with every insertion, deletion or replacement).
#[inline(always)]
pub fn version(d: &PyRef) -> u64 {
    // SAFETY: GIL invariant; plain read.
    unsafe { (*table(d)).version }
}

#[inline(always)]
fn table(d: &PyRef) -> *mut Table {
    match d.payload() {
        Payload::Dict(dd) => dd.t.get(),
        _ => panic!("dict op on a non-dict"),
    }
}

pub fn new_dict() -> PyRef {
    PyRef::new(&rt().t.dict, Payload::Dict(DictData::new()))
}

/// Equality that never runs Python code: Some(answer) for builtin scalar keys.
#[inline]
fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.is(y) {
                return Some(true);
            }
            match (x.payload(), y.payload()) {
                (Payload::Str(s), Payload::Str(t)) => {
                    if !typeobj::type_data(x.ty()).has(TF_HEAP) && !typeobj::type_data(y.ty()).has(TF_HEAP) {
                        Some(s.s == t.s)
                    } else {
                        None
                    }
                }
                (Payload::BigInt(p), Payload::BigInt(q)) => Some(p == q),
                (Payload::Str(_), Payload::BigInt(_)) | (Payload::BigInt(_), Payload::Str(_)) => Some(false),
                _ => None,
            }
        }
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some((*x as f64) == *y && (*y as i64) == *x),
        (Value::Obj(o), Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_))
        | (Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_), Value::Obj(o)) => {
            if matches!(o.payload(), Payload::Str(_) | Payload::Tuple(_)) {
                Some(false)
            } else {
                None
            }
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        _ => None,
    }
}

/// Find the entry index of `key`; may run Python `__eq__`.
fn lookup(vm: Option<&Vm>, d: &PyRef, key: &Value, hash: i64) -> PyResult<Option<(usize, usize)>> {
    'restart: loop {
        // SAFETY: GIL invariant; the borrow is dropped before any Python code runs below.
        let t = unsafe { &*table(d) };
        if t.indices.is_empty() {
            return Ok(None);
        }
        let version = t.version;
        let mask = t.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            // SAFETY: re-borrow each step; see above.
            let t = unsafe { &*table(d) };
            let ix = t.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 {
                let e = t.entries[ix as usize].as_ref().unwrap();
                if e.hash == hash {
                    if e.key.is(key) {
                        return Ok(Some((i, ix as usize)));
                    }
                    match fast_eq(&e.key, key) {
                        Some(true) => return Ok(Some((i, ix as usize))),
                        Some(false) => {}
                        None => {
                            let vm = match vm {
                                Some(vm) => vm,
                                None => return Ok(None),
                            };
                            let k = e.key.clone();
                            let eq = vm.eq(&k, key)?;
                            // SAFETY: re-read after Python code ran.
                            let t2 = unsafe { &*table(d) };
                            if t2.version != version {
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Some((i, ix as usize)));
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }
}

fn find_slot(t: &Table, hash: i64) -> usize {
    let mask = t.indices.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    while t.indices[i] >= 0 {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    i
}

fn resize(t: &mut Table, min_used: usize) {
    let mut size = 8;
    while size * 2 < min_used * 3 + 1 {
        size *= 2;
    }
    // room for every entry the new index table admits (2/3 of its slots), so a growing
    // dict reallocates its entries once per resize, not once per doubling of the Vec
    let mut entries: Vec<Option<Entry>> = Vec::with_capacity(size * 2 / 3);
    entries.extend(std::mem::take(&mut t.entries).into_iter().filter(|e| e.is_some()));
    t.indices = vec![EMPTY; size];
    for (ix, e) in entries.iter().enumerate() {
        let slot = find_slot(t, e.as_ref().unwrap().hash);
        t.indices[slot] = ix as i32;
    }
    t.entries = entries;
}

pub fn set_with_hash(vm: Option<&Vm>, d: &PyRef, key: Value, hash: i64, value: Value) -> PyResult<()> {
    set_with_hash_ix(vm, d, key, hash, value).map(|_| ())
}

/// `set_with_hash`, answering the entry index the key now has.
fn set_with_hash_ix(vm: Option<&Vm>, d: &PyRef, key: Value, hash: i64, value: Value) -> PyResult<usize> {
    crate::runtime::gc::dict_stored(d, &key, &value);
    if let Some((_, ix)) = lookup(vm, d, &key, hash)? {
        // SAFETY: GIL invariant; the old value is moved out and dropped after the write.
        let old = unsafe {
            let t = &mut *table(d);
            t.version = next_version();
            std::mem::replace(&mut t.entries[ix].as_mut().unwrap().value, value)
        };
        drop(old);
        return Ok(ix);
    }
    // SAFETY: GIL invariant; no Python code runs while the table is borrowed here.
    let t = unsafe { &mut *table(d) };
    if t.indices.is_empty() || (t.entries.len() + 1) * 3 >= t.indices.len() * 2 {
        resize(t, t.used + 1);
    }
    let slot = find_slot(t, hash);
    let ix = t.entries.len();
    t.indices[slot] = ix as i32;
    t.entries.push(Some(Entry { hash, key, value }));
    t.used += 1;
    t.version = next_version();
    Ok(ix)
}

/// The value of entry `ix` if that entry's key is `name` itself (attribute caches: instances
/// of one class usually give their attributes the same entry indices).
#[inline(always)]
pub fn value_if_key_at(d: &PyRef, ix: usize, name: &PyRef) -> Option<Value> {
    // SAFETY: GIL invariant; the entry is read and its value cloned out, no Python code runs.
    let t = unsafe { &*table(d) };
    match t.entries.get(ix) {
        Some(Some(e)) if matches!(&e.key, Value::Obj(k) if k.is(name)) => Some(e.value.clone()),
        _ => None,
    }
}

/// Store under the str key `name`, trying entry `hint` first; answers the entry index used.
#[inline]
pub fn store_str_hinted(vm: &Vm, d: &PyRef, name: &PyRef, value: Value, hint: usize) -> PyResult<usize> {
    // SAFETY: GIL invariant; the old value is moved out and dropped after the write.
    let t = unsafe { &mut *table(d) };
    if let Some(Some(e)) = t.entries.get_mut(hint) {
        if matches!(&e.key, Value::Obj(k) if k.is(name)) {
            crate::runtime::gc::dict_stored(d, &e.key, &value);
            let old = std::mem::replace(&mut e.value, value);
            t.version = next_version();
            drop(old);
            return Ok(hint);
        }
    }
    let h = pystr::hash_str(pystr::data(name));
    set_with_hash_ix(Some(vm), d, Value::Obj(name.clone()), h, value)
}

/// Is the str key `name` present? Never runs Python code.
#[inline]
pub fn contains_str(d: &PyRef, name: &PyRef) -> bool {
    // SAFETY: GIL invariant; plain read.
    if unsafe { (*table(d)).used } == 0 {
        return false;
    }
    lookup_str_index(d, name).is_some()
}

pub fn set_item(vm: &Vm, d: &PyRef, key: Value, value: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    set_with_hash(Some(vm), d, key, h, value)
}

/// Insert under an exact str key (attribute names): its hash is the str's own, with no
/// dispatch through `__hash__`.
pub fn set_str_item(vm: &Vm, d: &PyRef, name: &PyRef, value: Value) -> PyResult<()> {
    let h = pystr::hash_str(pystr::data(name));
    set_with_hash(Some(vm), d, Value::Obj(name.clone()), h, value)
}

/// Start-up only: insert with a str key without a Vm.
pub fn set_str_raw(d: &PyRef, name: &str, value: Value) {
    let k = rt().intern(name);
    let h = pystr::hash_str(pystr::data(&k));
    let _ = set_with_hash(None, d, Value::Obj(k), h, value);
}

/// The entry index of a str key (for LOAD_GLOBAL's cache); never runs Python code.
pub fn lookup_str_index(d: &PyRef, name: &PyRef) -> Option<usize> {
    let h = pystr::hash_str(pystr::data(name));
    match lookup(None, d, &borrowed_key(name), h) {
        Ok(Some((_, ix))) => Some(ix),
        _ => None,
    }
}

/// The value of entry `ix` (which the caller knows is live).
#[inline(always)]
pub fn value_at(d: &PyRef, ix: usize) -> Value {
    // SAFETY: GIL invariant; the caller validated `ix` by the dict's version; cloned out.
    unsafe { (&*table(d)).entries[ix].as_ref().map(|e| e.value.clone()).unwrap_or(Value::None) }
}

/// `name` seen as a key Value without taking a reference: lookups that run no Python
/// code compare keys only while `name` is borrowed, so the count is left alone.
#[inline(always)]
fn borrowed_key(name: &PyRef) -> std::mem::ManuallyDrop<Value> {
    // SAFETY: the copy is never dropped (ManuallyDrop) and lives no longer than the borrow
    // of `name`, which keeps the object alive.
    std::mem::ManuallyDrop::new(Value::Obj(unsafe { std::ptr::read(name) }))
}

/// Lookup by a str key; never runs Python code.
#[inline]
pub fn get_str(d: &PyRef, name: &PyRef) -> Option<Value> {
    let h = pystr::hash_str(pystr::data(name));
    match lookup(None, d, &borrowed_key(name), h) {
        // SAFETY: GIL invariant; cloned out.
        Ok(Some((_, ix))) => unsafe { Some((&*table(d)).entries[ix].as_ref().unwrap().value.clone()) },
        _ => None,
    }
}

fn remove_at(d: &PyRef, slot: usize, ix: usize) -> Entry {
    // SAFETY: GIL invariant; the entry is moved out and returned for the caller to drop.
    let t = unsafe { &mut *table(d) };
    t.indices[slot] = DUMMY;
    t.used -= 1;
    t.version = next_version();
    let e = t.entries[ix].take().unwrap();
    // keep the entry vector compact when the dict empties
    if t.used == 0 {
        t.entries.clear();
        t.indices = Vec::new();
    }
    e
}

pub fn del_str(d: &PyRef, name: &PyRef) -> bool {
    let h = pystr::hash_str(pystr::data(name));
    match lookup(None, d, &Value::Obj(name.clone()), h) {
        Ok(Some((slot, ix))) => {
            let e = remove_at(d, slot, ix);
            drop(e);
            true
        }
        _ => false,
    }
}

pub fn get_item(vm: &Vm, d: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match lookup(Some(vm), d, key, h)? {
        // SAFETY: GIL invariant; cloned out.
        Some((_, ix)) => Ok(unsafe { Some((&*table(d)).entries[ix].as_ref().unwrap().value.clone()) }),
        None => Ok(None),
    }
}

pub fn contains(vm: &Vm, d: &PyRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    Ok(lookup(Some(vm), d, key, h)?.is_some())
}

pub fn getitem(vm: &Vm, d: &PyRef, key: &Value) -> PyResult<Value> {
    match get_item(vm, d, key)? {
        Some(v) => Ok(v),
        None => {
            if typeobj::type_data(d.ty()).has(TF_HEAP) {
                if let Some(m) = vm.lookup_special(&Value::Obj(d.clone()), "__missing__") {
                    return vm.call(&m, std::slice::from_ref(key), KwArgs::EMPTY);
                }
            }
            Err(vm.key_error(key.clone()))
        }
    }
}

pub fn pop_item(vm: &Vm, d: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match lookup(Some(vm), d, key, h)? {
        Some((slot, ix)) => {
            let e = remove_at(d, slot, ix);
            Ok(Some(e.value))
        }
        None => Ok(None),
    }
}

pub fn delitem(vm: &Vm, d: &PyRef, key: &Value) -> PyResult<()> {
    match pop_item(vm, d, key)? {
        Some(v) => {
            drop(v);
            Ok(())
        }
        None => Err(vm.key_error(key.clone())),
    }
}

pub fn len(d: &PyRef) -> usize {
    // SAFETY: GIL invariant; plain read.
    unsafe { (*table(d)).used }
}

/// The entry at or after position `pos` (for iterators): (next position, key, value).
pub fn entry_from(d: &PyRef, mut pos: usize) -> Option<(usize, Value, Value)> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(d) };
    while pos < t.entries.len() {
        if let Some(e) = &t.entries[pos] {
            return Some((pos + 1, e.key.clone(), e.value.clone()));
        }
        pos += 1;
    }
    None
}

pub fn items(d: &PyRef) -> Vec<(Value, Value)> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(d) };
    t.entries.iter().flatten().map(|e| (e.key.clone(), e.value.clone())).collect()
}
pub fn keys(d: &PyRef) -> Vec<Value> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(d) };
    t.entries.iter().flatten().map(|e| e.key.clone()).collect()
}
pub fn values(d: &PyRef) -> Vec<Value> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(d) };
    t.entries.iter().flatten().map(|e| e.value.clone()).collect()
}

/// The keys and values, for the cycle collector.
pub(crate) fn traverse(d: &DictData, visit: &mut dyn FnMut(&crate::object::PyObject)) {
    // SAFETY: GIL invariant; the collector runs no code while it traverses.
    let t = unsafe { &*d.t.get() };
    for e in t.entries.iter().flatten() {
        if let Value::Obj(v) = &e.value {
            visit(v.obj());
        }
        if let Value::Obj(k) = &e.key {
            visit(k.obj());
        }
    }
}

/// Whether no key or value may be tracked by the cycle collector (it may untrack the dict).
pub(crate) fn holds_nothing_tracked(o: &crate::object::PyObject) -> bool {
    let Payload::Dict(d) = &o.payload else { return false };
    // SAFETY: GIL invariant; the collector runs no code while it reads.
    let t = unsafe { &*d.t.get() };
    !t.entries.iter().flatten().any(|e| crate::runtime::gc::may_be_tracked(&e.key) || crate::runtime::gc::may_be_tracked(&e.value))
}

/// Empty the dict (the cycle collector breaking a cycle).
pub(crate) fn clear_data(d: &DictData) {
    // SAFETY: GIL invariant; the old table is moved out and dropped after the dict is empty.
    let old = unsafe { std::mem::take(&mut *d.t.get()) };
    // SAFETY: as above.
    unsafe { (*d.t.get()).version = next_version() };
    drop(old);
}

pub fn clear(d: &PyRef) {
    // SAFETY: GIL invariant; the old table is moved out and dropped after the dict is empty.
    let old = unsafe { std::mem::take(&mut *table(d)) };
    // SAFETY: as above; keep versions increasing so live lookups restart.
    unsafe { (*table(d)).version = next_version() };
    drop(old);
}

pub fn copy(d: &PyRef) -> PyRef {
    let n = new_dict();
    for (k, v) in items(d) {
        let h = hash_of_entry(d, &k);
        let _ = set_with_hash(None, &n, k, h, v);
    }
    n
}

fn hash_of_entry(d: &PyRef, k: &Value) -> i64 {
    // SAFETY: GIL invariant; plain reads.
    let t = unsafe { &*table(d) };
    t.entries.iter().flatten().find(|e| e.key.is(k)).map(|e| e.hash).unwrap_or(0)
}

/// The (key, value) pairs of a mapping or an iterable of pairs.
pub fn items_of(vm: &Vm, src: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(o) = src {
        if matches!(o.payload(), Payload::Dict(_)) && !typeobj::type_data(o.ty()).has(TF_HEAP) {
            return Ok(items(o));
        }
        // a dict subclass that keeps dict's iteration is copied from its table, as CPython's
        // dict_merge does: its own __getitem__ and keys() are not called
        if matches!(o.payload(), Payload::Dict(_)) {
            let own = typeobj::lookup(o.ty(), &crate::name!("__iter__"));
            let dicts = typeobj::lookup(&rt().t.dict, &crate::name!("__iter__"));
            if matches!((&own, &dicts), (Some(a), Some(b)) if a.is(b)) {
                return Ok(items(o));
            }
        }
        if let Some(keys_m) = vm.lookup_special(src, "keys") {
            let ks = vm.call(&keys_m, &[], KwArgs::EMPTY)?;
            let mut out = Vec::new();
            for k in vm.collect(&ks)? {
                let v = vm.getitem(src, &k)?;
                out.push((k, v));
            }
            return Ok(out);
        }
    }
    let mut out = Vec::new();
    for (i, item) in vm.collect(src)?.into_iter().enumerate() {
        let pair = vm.collect(&item).map_err(|_| vm.type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i)))?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!("dictionary update sequence element #{} has length {}; 2 is required", i, pair.len())));
        }
        let mut it = pair.into_iter();
        out.push((it.next().unwrap(), it.next().unwrap()));
    }
    Ok(out)
}

pub fn update_from(vm: &Vm, d: &PyRef, src: &Value) -> PyResult<()> {
    for (k, v) in items_of(vm, src)? {
        set_item(vm, d, k, v)?;
    }
    Ok(())
}

pub fn dict_eq(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in items(a) {
        match get_item(vm, b, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object".into())),
    }
}

fn m_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!("get expected at least 1 argument, got {}", args.len() - 1)));
    }
    Ok(get_item(vm, &d, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn m_setdefault(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!("setdefault expected at least 1 argument, got {}", args.len() - 1)));
    }
    let k = args[1].clone();
    if let Some(v) = get_item(vm, &d, &k)? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::None);
    set_item(vm, &d, k, v.clone())?;
    Ok(v)
}

fn m_pop(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    let k = args.get(1).cloned().ok_or_else(|| vm.type_error("pop expected at least 1 argument, got 0".into()))?;
    match pop_item(vm, &d, &k)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(k)),
        },
    }
}

fn m_popitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "dict.popitem", args)?;
    let d = this(vm, args)?;
    let last = {
        // SAFETY: GIL invariant; cloned out.
        let t = unsafe { &*table(&d) };
        t.entries.iter().rev().flatten().next().map(|e| e.key.clone())
    };
    match last {
        Some(k) => {
            let v = pop_item(vm, &d, &k)?.unwrap();
            Ok(tuple::new_tuple(vec![k, v]))
        }
        None => Err(vm.new_error(&rt().e.key_error, "popitem(): dictionary is empty".into())),
    }
}

fn view(d: PyRef, kind: u8) -> Value {
    let r = rt();
    let ty = match kind {
        0 => &r.t.dict_keys,
        1 => &r.t.dict_values,
        _ => &r.t.dict_items,
    };
    Value::Obj(PyRef::new(ty, Payload::DictView { dict: d, kind }))
}

fn m_keys(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "dict.keys", args)?;
    Ok(view(this(vm, args)?, 0))
}
fn m_values(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "dict.values", args)?;
    Ok(view(this(vm, args)?, 1))
}
fn m_items(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "dict.items", args)?;
    Ok(view(this(vm, args)?, 2))
}

fn m_update(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(src) = args.get(1) {
        update_from(vm, &d, src)?;
    }
    for (k, v) in kw.iter() {
        set_item(vm, &d, pystr::new_str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn m_clear(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "dict.clear", args)?;
    clear(&this(vm, args)?);
    Ok(Value::None)
}

fn m_copy(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "dict.copy", args)?;
    Ok(Value::Obj(copy(&this(vm, args)?)))
}

fn m_fromkeys(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    if args.len() < 2 || args.len() > 3 {
        let n = args.len() - 1;
        let bound = if n == 0 { "at least 1 argument" } else { "at most 2 arguments" };
        return Err(vm.type_error(format!("fromkeys expected {}, got {}", bound, n)));
    }
    let dv = vm.call(&Value::Obj(cls), &[], KwArgs::EMPTY)?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    for k in vm.collect(args.get(1).unwrap_or(&Value::None))? {
        vm.setitem(&dv, &k, v.clone())?;
    }
    Ok(dv)
}

fn dict_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let d = PyRef::new(&cls, Payload::Dict(DictData::new()));
    if !cls.is(&rt().t.dict) {
        d.set_dict(Some(new_dict()));
    }
    Ok(Value::Obj(d))
}

fn dict_init(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(src) = args.get(1) {
        update_from(vm, &d, src)?;
    }
    for (k, v) in kw.iter() {
        set_item(vm, &d, pystr::new_str(k), v.clone())?;
    }
    Ok(Value::None)
}

/// dict(...) for the builtin type: __new__ and __init__ in one step.
fn dict_construct(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_new(vm, &args[..1], KwArgs::EMPTY)?;
    let cls = vm.expect_type(&args[0])?;
    if cls.is(&rt().t.dict) {
        let mut full = vec![d.clone()];
        full.extend_from_slice(&args[1..]);
        dict_init(vm, &full, kw)?;
    }
    Ok(d)
}

fn m_contains(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    Ok(Value::Bool(contains(vm, &d, args.get(1).unwrap_or(&Value::None))?))
}

fn m_getitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    getitem(vm, &d, args.get(1).unwrap_or(&Value::None))
}

fn m_setitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    set_item(vm, &d, args.get(1).cloned().unwrap_or(Value::None), args.get(2).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn m_delitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args)?;
    delitem(vm, &d, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn view_mapping(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match &args[0] {
        Value::Obj(o) => match o.payload() {
            Payload::DictView { dict: d, .. } => Ok(Value::Obj(d.clone())),
            _ => Err(vm.type_error("not a dict view".into())),
        },
        _ => Err(vm.type_error("not a dict view".into())),
    }
}

pub fn register() {
    let r = rt();
    let t = &r.t.dict;
    crate::types::set_new(t, dict_construct);
    crate::types::add_methods(
        t,
        &[
            ("get", m_get),
            ("setdefault", m_setdefault),
            ("pop", m_pop),
            ("popitem", m_popitem),
            ("keys", m_keys),
            ("values", m_values),
            ("items", m_items),
            ("update", m_update),
            ("clear", m_clear),
            ("copy", m_copy),
            ("__init__", dict_init),
            ("__contains__", m_contains),
            ("__getitem__", m_getitem),
            ("__setitem__", m_setitem),
            ("__delitem__", m_delitem),
        ],
    );
    crate::types::add_classmethods(t, &[("fromkeys", m_fromkeys)]);
    for v in [&r.t.dict_keys, &r.t.dict_values, &r.t.dict_items] {
        crate::types::add_methods(v, &[("mapping", view_mapping)]);
    }
    let _ = list::new_list;
}
