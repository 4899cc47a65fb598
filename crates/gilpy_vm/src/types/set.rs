//! `set` and `frozenset`: CPython's open-addressing table (linear probes of 9, then perturbed
//! probing; resize at 3/5 full) reproduced step by step, because programs print sets and
//! CPython's iteration order for ints and tuples is deterministic.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::typeobj;
use crate::Vm;
use gilpy_compiler::{BinOp, CmpOp};
use std::cell::UnsafeCell;

const LINEAR_PROBES: usize = 9;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// where the next pop() starts looking (CPython's `finger`)
    finger: usize,
}

impl Table {
    fn new() -> Table {
        Table { slots: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, finger: 0 }
    }
}

pub struct SetData {
    t: UnsafeCell<Table>,
}

impl SetData {
    pub fn new() -> SetData {
        SetData { t: UnsafeCell::new(Table::new()) }
    }
    pub fn len(&self) -> usize {
        // SAFETY: GIL invariant; plain read.
        unsafe { (*self.t.get()).used }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

fn data(o: &PyRef) -> &SetData {
    match o.payload() {
        Payload::Set(s) => s,
        _ => panic!("set op on a non-set"),
    }
}

fn table(o: &PyRef) -> *mut Table {
    data(o).t.get()
}

pub fn new_set(frozen: bool) -> PyRef {
    let r = rt();
    PyRef::new(if frozen { &r.t.frozenset } else { &r.t.set }, Payload::Set(SetData::new()))
}

/// The members, for the cycle collector.
pub(crate) fn traverse(s: &SetData, visit: &mut dyn FnMut(&crate::object::PyObject)) {
    // SAFETY: GIL invariant; the collector runs no code while it traverses.
    let t = unsafe { &*s.t.get() };
    for slot in &t.slots {
        if let Slot::Full(_, Value::Obj(o)) = slot {
            visit(o.obj());
        }
    }
}

/// Empty the set (the cycle collector breaking a cycle).
pub(crate) fn clear_data(s: &SetData) {
    // SAFETY: GIL invariant; the old table is moved out and dropped after the set is empty.
    let old = unsafe { std::mem::replace(&mut *s.t.get(), Table::new()) };
    drop(old);
}

/// The values in table order (iteration order).
pub fn items(o: &PyRef) -> Vec<Value> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(o) };
    t.slots.iter().filter_map(|s| if let Slot::Full(_, v) = s { Some(v.clone()) } else { None }).collect()
}

fn entries(o: &PyRef) -> Vec<(i64, Value)> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(o) };
    t.slots.iter().filter_map(|s| if let Slot::Full(h, v) = s { Some((*h, v.clone())) } else { None }).collect()
}

/// The next full slot at or after `pos`: (next position, value).
pub fn entry_from(o: &PyRef, mut pos: usize) -> Option<(usize, Value)> {
    // SAFETY: GIL invariant; cloned out.
    let t = unsafe { &*table(o) };
    while pos < t.slots.len() {
        if let Slot::Full(_, v) = &t.slots[pos] {
            return Some((pos + 1, v.clone()));
        }
        pos += 1;
    }
    None
}

fn insert_clean(slots: &mut [Slot], hash: i64, v: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Full(hash, v);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Full(hash, v);
                    return;
                }
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

fn resize(t: &mut Table, minused: usize) {
    let mut size = MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    let old = std::mem::replace(&mut t.slots, vec![Slot::Empty; size]);
    for s in old {
        if let Slot::Full(h, v) = s {
            insert_clean(&mut t.slots, h, v);
        }
    }
    t.fill = t.used;
}

fn key_eq(vm: Option<&Vm>, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    match vm {
        Some(vm) => vm.eq(a, b),
        None => Ok(false),
    }
}

/// Find the slot holding `key`.
fn find(vm: &Vm, o: &PyRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    // a comparison that resizes the table restarts the probe, as CPython's set_lookkey does
    'search: loop {
        // SAFETY: GIL invariant; re-borrowed after every Python call.
        let t = unsafe { &*table(o) };
        let mask = t.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let start_len = t.slots.len();
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                // SAFETY: as above.
                let t = unsafe { &*table(o) };
                if t.slots.len() != start_len {
                    continue 'search;
                }
                match &t.slots[i + j] {
                    Slot::Empty => return Ok(None),
                    Slot::Full(h, v) if *h == hash => {
                        let v = v.clone();
                        if key_eq(Some(vm), &v, key)? {
                            return Ok(Some(i + j));
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

pub fn add_with_hash(vm: &Vm, o: &PyRef, key: Value, hash: i64) -> PyResult<()> {
    if find(vm, o, &key, hash)?.is_some() {
        return Ok(());
    }
    // SAFETY: GIL invariant; no Python code runs while the table is borrowed below.
    let t = unsafe { &mut *table(o) };
    let mask = t.slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    let mut freeslot: Option<usize> = None;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in 0..=probes {
            match &t.slots[i + j] {
                Slot::Empty => {
                    if let Some(f) = freeslot {
                        t.slots[f] = Slot::Full(hash, key);
                        t.used += 1;
                        return Ok(());
                    }
                    t.slots[i + j] = Slot::Full(hash, key);
                    t.fill += 1;
                    t.used += 1;
                    if t.fill * 5 >= mask * 3 {
                        let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
                        resize(t, n);
                    }
                    return Ok(());
                }
                // CPython 3.11 reuses the last dummy passed before the empty slot
                Slot::Dummy => freeslot = Some(i + j),
                _ => {}
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

pub fn add(vm: &Vm, o: &PyRef, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    add_with_hash(vm, o, key, h)
}

pub fn discard(vm: &Vm, o: &PyRef, key: &Value) -> PyResult<bool> {
    let h = match vm.hash(key) {
        Ok(h) => h,
        Err(e) => {
            // a set being looked up is compared as a frozenset
            if let Value::Obj(k) = key {
                if matches!(k.payload(), Payload::Set(_)) {
                    let fz = frozenset_hash(vm, data(k))?;
                    return discard_hashed(vm, o, key, fz);
                }
            }
            return Err(e);
        }
    };
    discard_hashed(vm, o, key, h)
}

fn discard_hashed(vm: &Vm, o: &PyRef, key: &Value, h: i64) -> PyResult<bool> {
    match find(vm, o, key, h)? {
        Some(i) => {
            // SAFETY: GIL invariant; the old value is dropped after the slot is updated.
            let old = unsafe {
                let t = &mut *table(o);
                t.used -= 1;
                std::mem::replace(&mut t.slots[i], Slot::Dummy)
            };
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

pub fn contains(vm: &Vm, o: &PyRef, key: &Value) -> PyResult<bool> {
    let h = match vm.hash(key) {
        Ok(h) => h,
        Err(e) => {
            if let Value::Obj(k) = key {
                if matches!(k.payload(), Payload::Set(_)) {
                    let fz = frozenset_hash(vm, data(k))?;
                    return Ok(find(vm, o, key, fz)?.is_some());
                }
            }
            return Err(e);
        }
    };
    Ok(find(vm, o, key, h)?.is_some())
}

/// set_update_internal: merge another set's table or add an iterable's items.
pub fn update(vm: &Vm, o: &PyRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(x) = other {
        if let Payload::Set(_) = x.payload() {
            let other_entries = entries(x);
            // SAFETY: GIL invariant; no Python code runs while borrowed.
            let t = unsafe { &mut *table(o) };
            let ou = other_entries.len();
            if ou == 0 {
                return Ok(());
            }
            let mask = t.slots.len() - 1;
            if (t.fill + ou) * 5 >= mask * 3 {
                resize(t, (t.used + ou) * 2);
            }
            // SAFETY: as above.
            let ot = unsafe { &*table(x) };
            if t.fill == 0 && t.slots.len() == ot.slots.len() && ot.fill == ot.used {
                t.slots = ot.slots.clone();
                t.fill = ot.used;
                t.used = ot.used;
                return Ok(());
            }
            if t.fill == 0 {
                for (h, v) in other_entries {
                    insert_clean(&mut t.slots, h, v);
                    t.fill += 1;
                    t.used += 1;
                }
                return Ok(());
            }
            for (h, v) in other_entries {
                add_with_hash(vm, o, v, h)?;
            }
            return Ok(());
        }
        if let Payload::Dict(_) = x.payload() {
            if !typeobj::type_data(x.ty()).has(TF_HEAP) {
                let keys = crate::types::dict::keys(x);
                // SAFETY: GIL invariant.
                let t = unsafe { &mut *table(o) };
                let mask = t.slots.len() - 1;
                if (t.fill + keys.len()) * 5 >= mask * 3 {
                    resize(t, (t.used + keys.len()) * 2);
                }
                for k in keys {
                    add(vm, o, k)?;
                }
                return Ok(());
            }
        }
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        add(vm, o, x)?;
    }
    Ok(())
}

pub fn copy_set(vm: &Vm, o: &PyRef, frozen: bool) -> PyResult<PyRef> {
    let n = new_set(frozen);
    update(vm, &n, &Value::Obj(o.clone()))?;
    Ok(n)
}

fn is_frozen(o: &PyRef) -> bool {
    typeobj::is_subtype(o.ty(), &rt().t.frozenset)
}

fn as_set(vm: &Vm, v: &Value) -> PyResult<Option<PyRef>> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Set(_)) => Ok(Some(o.clone())),
        _ => {
            let _ = vm;
            Ok(None)
        }
    }
}

fn intersection(vm: &Vm, a: &PyRef, b: &Value) -> PyResult<PyRef> {
    let res = new_set(is_frozen(a));
    if let Some(bs) = as_set(vm, b)? {
        let (small, big) = if data(bs.as_ref_set()).len() > data(a).len() { (a.clone(), bs) } else { (bs, a.clone()) };
        for (h, v) in entries(&small) {
            if find(vm, &big, &v, h)?.is_some() {
                add_with_hash(vm, &res, v, h)?;
            }
        }
        return Ok(res);
    }
    let it = vm.iter(b)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if find(vm, a, &x, h)?.is_some() {
            add_with_hash(vm, &res, x, h)?;
        }
    }
    Ok(res)
}

trait AsRefSet {
    fn as_ref_set(&self) -> &PyRef;
}
impl AsRefSet for PyRef {
    fn as_ref_set(&self) -> &PyRef {
        self
    }
}

fn difference(vm: &Vm, a: &PyRef, b: &Value) -> PyResult<PyRef> {
    let res = new_set(is_frozen(a));
    let other = match as_set(vm, b)? {
        Some(s) => s,
        None => {
            let s = new_set(true);
            update(vm, &s, b)?;
            s
        }
    };
    if data(a).len() >> 2 > data(&other).len() {
        update(vm, &res, &Value::Obj(a.clone()))?;
        for v in items(&other) {
            discard(vm, &res, &v)?;
        }
        return Ok(res);
    }
    for (h, v) in entries(a) {
        if find(vm, &other, &v, h)?.is_none() {
            add_with_hash(vm, &res, v, h)?;
        }
    }
    Ok(res)
}

fn symmetric_difference(vm: &Vm, a: &PyRef, b: &Value) -> PyResult<PyRef> {
    let res = new_set(is_frozen(a));
    update(vm, &res, b)?;
    for (h, v) in entries(a) {
        if find(vm, &res, &v, h)?.is_some() {
            discard(vm, &res, &v)?;
        } else {
            add_with_hash(vm, &res, v, h)?;
        }
    }
    Ok(res)
}

fn union(vm: &Vm, a: &PyRef, b: &Value) -> PyResult<PyRef> {
    let res = copy_set(vm, a, is_frozen(a))?;
    update(vm, &res, b)?;
    Ok(res)
}

pub fn binop(vm: &Vm, a: &PyRef, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if as_set(vm, b)?.is_none() {
        return Ok(None);
    }
    Ok(Some(Value::Obj(match op {
        BinOp::Or => union(vm, a, b)?,
        BinOp::And => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    })))
}

/// Set operators on dict views (keys and items views behave as sets).
pub fn view_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    if op == BinOp::And {
        // CPython's _PyDictView_Intersect: walk the smaller side, test membership in the
        // other (an items view answers `in` without hashing the dict's values)
        let (la, lb) = (vm.len(a).unwrap_or(usize::MAX), vm.len(b).unwrap_or(usize::MAX));
        let (small, big) = if la <= lb { (a, b) } else { (b, a) };
        let res = new_set(false);
        let it = vm.iter(small)?;
        while let Some(x) = vm.next(&it)? {
            if vm.contains(big, &x)? {
                add(vm, &res, x)?;
            }
        }
        return Ok(Some(Value::Obj(res)));
    }
    let s = new_set(false);
    update(vm, &s, a)?;
    let bs = new_set(false);
    update(vm, &bs, b)?;
    binop(vm, &s, &Value::Obj(bs), op)
}

pub fn inplace(vm: &Vm, a: &PyRef, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if as_set(vm, b)?.is_none() {
        return Ok(None);
    }
    match op {
        BinOp::Or => update(vm, a, b)?,
        BinOp::And => {
            let r = intersection(vm, a, b)?;
            replace_contents(a, &r);
        }
        BinOp::Sub => {
            for v in vm.collect(b)? {
                discard(vm, a, &v)?;
            }
        }
        BinOp::Xor => {
            let bs = match as_set(vm, b)? {
                Some(s) => s,
                None => return Ok(None),
            };
            for (h, v) in entries(&bs) {
                if find(vm, a, &v, h)?.is_some() {
                    discard(vm, a, &v)?;
                } else {
                    add_with_hash(vm, a, v, h)?;
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(Value::Obj(a.clone())))
}

fn replace_contents(a: &PyRef, from: &PyRef) {
    // SAFETY: GIL invariant; the old table is moved out and dropped afterwards.
    let old = unsafe {
        let src = &*table(from);
        let new = Table { slots: src.slots.clone(), fill: src.fill, used: src.used, finger: src.finger };
        std::mem::replace(&mut *table(a), new)
    };
    drop(old);
}

fn is_subset(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if data(a).len() > data(b).len() {
        return Ok(false);
    }
    for (h, v) in entries(a) {
        if find(vm, b, &v, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<Value> {
    let (la, lb) = (data(a).len(), data(b).len());
    Ok(Value::Bool(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
    }))
}

pub fn frozenset_hash(_vm: &Vm, s: &SetData) -> PyResult<i64> {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    // SAFETY: GIL invariant; plain reads.
    let t = unsafe { &*s.t.get() };
    let mut hash: u64 = 0;
    for slot in &t.slots {
        if let Slot::Full(h, _) = slot {
            hash ^= shuffle(*h as u64);
        }
    }
    if (t.fill - t.used) & 1 == 1 {
        hash ^= shuffle(u64::MAX);
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Ok(hash as i64)
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Set(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object".into())),
    }
}

fn m_add(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    add(vm, &o, args.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}
fn m_discard(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    discard(vm, &o, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}
fn m_remove(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let k = args.get(1).cloned().unwrap_or(Value::None);
    if !discard(vm, &o, &k)? {
        return Err(vm.key_error(k));
    }
    Ok(Value::None)
}
fn m_pop(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "set.pop", args)?;
    let o = this(vm, args)?;
    // SAFETY: GIL invariant; no Python code runs while the table is borrowed.
    let t = unsafe { &mut *table(&o) };
    if t.used == 0 {
        return Err(vm.new_error(&rt().e.key_error, "pop from an empty set".into()));
    }
    // from the finger onwards, wrapping, as CPython's set_pop
    let mask = t.slots.len() - 1;
    let mut i = t.finger & mask;
    while !matches!(t.slots[i], Slot::Full(..)) {
        i = (i + 1) & mask;
    }
    let v = match std::mem::replace(&mut t.slots[i], Slot::Dummy) {
        Slot::Full(_, v) => v,
        _ => unreachable!(),
    };
    t.used -= 1;
    t.finger = i + 1;
    Ok(v)
}
fn m_clear(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::no_args(vm, "set.clear", args)?;
    let o = this(vm, args)?;
    // SAFETY: GIL invariant; the old table is dropped after replacement.
    let old = unsafe { std::mem::replace(&mut *table(&o), Table::new()) };
    drop(old);
    Ok(Value::None)
}
fn m_copy(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if is_frozen(&o) && o.ty().is(&rt().t.frozenset) {
        return Ok(args[0].clone());
    }
    Ok(Value::Obj(copy_set(vm, &o, is_frozen(&o))?))
}
fn multi(vm: &Vm, args: &[Value], f: fn(&Vm, &PyRef, &Value) -> PyResult<PyRef>) -> PyResult<Value> {
    let mut cur = this(vm, args)?;
    if args.len() == 1 {
        return Ok(Value::Obj(copy_set(vm, &cur, is_frozen(&cur))?));
    }
    for other in &args[1..] {
        cur = f(vm, &cur, other)?;
    }
    Ok(Value::Obj(cur))
}
fn m_union(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // one copy, then every other merged into it (CPython's set_union): the table grows as
    // CPython's does, so the order matches
    let o = this(vm, args)?;
    let res = copy_set(vm, &o, is_frozen(&o))?;
    for a in &args[1..] {
        update(vm, &res, a)?;
    }
    Ok(Value::Obj(res))
}
fn m_intersection(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, intersection)
}
fn m_difference(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, difference)
}
fn m_symmetric_difference(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    Ok(Value::Obj(symmetric_difference(vm, &o, args.get(1).unwrap_or(&Value::None))?))
}
fn m_update(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    for a in &args[1..] {
        update(vm, &o, a)?;
    }
    Ok(Value::None)
}
fn m_intersection_update(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let mut cur = o.clone();
    for a in &args[1..] {
        cur = intersection(vm, &cur, a)?;
    }
    replace_contents(&o, &cur);
    Ok(Value::None)
}
fn m_difference_update(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    for a in &args[1..] {
        for v in vm.collect(a)? {
            discard(vm, &o, &v)?;
        }
    }
    Ok(Value::None)
}
fn m_symmetric_difference_update(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    let other = new_set(false);
    update(vm, &other, args.get(1).unwrap_or(&Value::None))?;
    inplace(vm, &o, &Value::Obj(other), BinOp::Xor)?;
    Ok(Value::None)
}
fn to_set(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    match as_set(vm, v)? {
        Some(s) => Ok(s),
        None => {
            let s = new_set(false);
            update(vm, &s, v)?;
            Ok(s)
        }
    }
}
fn m_issubset(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    Ok(Value::Bool(is_subset(vm, &o, &to_set(vm, args.get(1).unwrap_or(&Value::None))?)?))
}
fn m_issuperset(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    Ok(Value::Bool(is_subset(vm, &to_set(vm, args.get(1).unwrap_or(&Value::None))?, &o)?))
}
fn m_isdisjoint(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    for v in vm.collect(args.get(1).unwrap_or(&Value::None))? {
        if contains(vm, &o, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("{} expected at most 1 argument, got {}", typeobj::type_name(&cls), args.len() - 1)));
    }
    let frozen = typeobj::is_subtype(&cls, &rt().t.frozenset);
    if frozen && cls.is(&rt().t.frozenset) {
        if let Some(Value::Obj(o)) = args.get(1) {
            if o.ty().is(&rt().t.frozenset) {
                return Ok(args[1].clone());
            }
        }
    }
    let o = PyRef::new(&cls, Payload::Set(SetData::new()));
    if let Some(src) = args.get(1) {
        if frozen || cls.is(&rt().t.set) {
            update(vm, &o, src)?;
        }
    }
    if typeobj::type_data(&cls).has(TF_HEAP) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn set_init(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let o = this(vm, args)?;
    if typeobj::type_data(o.ty()).has(TF_HEAP) && !is_frozen(&o) {
        if let Some(src) = args.get(1) {
            update(vm, &o, src)?;
        }
    }
    Ok(Value::None)
}

pub fn register() {
    let r = rt();
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", m_copy),
        ("union", m_union),
        ("intersection", m_intersection),
        ("difference", m_difference),
        ("symmetric_difference", m_symmetric_difference),
        ("issubset", m_issubset),
        ("issuperset", m_issuperset),
        ("isdisjoint", m_isdisjoint),
    ];
    for t in [&r.t.set, &r.t.frozenset] {
        crate::types::set_new(t, set_new);
        crate::types::add_methods(t, common);
    }
    crate::types::add_methods(
        &r.t.set,
        &[
            ("add", m_add),
            ("discard", m_discard),
            ("remove", m_remove),
            ("pop", m_pop),
            ("clear", m_clear),
            ("update", m_update),
            ("intersection_update", m_intersection_update),
            ("difference_update", m_difference_update),
            ("symmetric_difference_update", m_symmetric_difference_update),
            ("__init__", set_init),
        ],
    );
}
