//! `type`: type objects, the C3 method resolution order, attribute lookup along it, calling
//! a type to make an instance, and `__build_class__` for the class statement.

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::{rt, Types};
use crate::types::{dict, str as pystr, tuple};
use crate::{PyErr, Vm};
use std::cell::{Cell, UnsafeCell};

pub(crate) fn raw_type(name: &str, base: Option<&PyRef>, layout: Layout, new: Option<NativeFn>, flags: u32) -> PyRef {
    let d = PyRef::new_immortal(None, Payload::Dict(dict::DictData::new()));
    let bases: Vec<PyRef> = base.into_iter().cloned().collect();
    let mut mro = Vec::new();
    if let Some(b) = base {
        mro.push(b.clone());
        mro.extend(type_data(b).mro_vec().iter().cloned());
    }
    PyRef::new_immortal(
        None,
        Payload::Type(Box::new(TypeData {
            name: UnsafeCell::new(name.to_string()),
            qualname: UnsafeCell::new(name.to_string()),
            module: UnsafeCell::new("builtins".to_string()),
            bases: UnsafeCell::new(bases),
            mro: UnsafeCell::new(mro),
            dict: d,
            layout,
            flags: Cell::new(flags),
            new,
            doc: UnsafeCell::new(None),
            subclasses: UnsafeCell::new(Vec::new()),
            version_tag: Cell::new(0),
            init_cache: Cell::new((0, 0, std::ptr::null())),
            mro_tuple: UnsafeCell::new(None),
            bases_tuple: UnsafeCell::new(None),
        })),
    )
}

/// A class being freed (at address `me`) leaves its bases' subclass lists.
pub fn forget_subclass(td: &TypeData, me: usize) {
    for b in td.bases_vec() {
        // SAFETY: GIL invariant; plain vector edit.
        unsafe { (*type_data(b).subclasses.get()).retain(|a| *a != me) };
    }
}

/// The live direct subclasses of a type, oldest first.
pub fn subclasses_of(t: &PyRef) -> Vec<PyRef> {
    // SAFETY: GIL invariant; each address is a live type object (see forget_subclass).
    let subs = unsafe { (*type_data(t).subclasses.get()).clone() };
    subs.iter()
        .map(|a| {
            // SAFETY: the address is a live type; cloning the borrowed view takes a reference.
            let r = unsafe { &*(a as *const usize as *const PyRef) };
            r.clone()
        })
        .collect()
}

/// A builtin type made after start-up (singleton types and the like).
pub fn make_simple_type(name: &str, base: &PyRef) -> PyRef {
    let t = raw_type(name, Some(base), Layout::Other, None, 0);
    t.set_ty(&rt().t.type_);
    if let Payload::Dict(_) = t.payload() {}
    type_data(&t).dict.set_ty(&rt().t.dict);
    t
}

/// A builtin type that user classes may subclass.
pub fn make_builtin_subclassable(name: &str, base: &PyRef, layout: Layout) -> PyRef {
    let t = raw_type(name, Some(base), layout, None, TF_BASETYPE);
    t.set_ty(&rt().t.type_);
    type_data(&t).dict.set_ty(&rt().t.dict);
    t
}

pub fn make_builtin_types() -> Types {
    let object = raw_type("object", None, Layout::Object, None, TF_BASETYPE);
    let o = Some(&object);
    let type_ = raw_type("type", o, Layout::Type, None, TF_BASETYPE);
    let int = raw_type("int", o, Layout::Int, None, TF_BASETYPE);
    let t = Types {
        none: raw_type("NoneType", o, Layout::NoneType, None, 0),
        notimpl: raw_type("NotImplementedType", o, Layout::Other, None, 0),
        ellipsis: raw_type("ellipsis", o, Layout::Other, None, 0),
        bool_: raw_type("bool", Some(&int), Layout::Bool, None, 0),
        float: raw_type("float", o, Layout::Float, None, TF_BASETYPE),
        complex: raw_type("complex", o, Layout::Other, None, TF_BASETYPE),
        str: raw_type("str", o, Layout::Str, None, TF_BASETYPE),
        bytes: raw_type("bytes", o, Layout::Bytes, None, TF_BASETYPE),
        bytearray: raw_type("bytearray", o, Layout::ByteArray, None, TF_BASETYPE),
        tuple: raw_type("tuple", o, Layout::Tuple, None, TF_BASETYPE),
        list: raw_type("list", o, Layout::List, None, TF_BASETYPE),
        dict: raw_type("dict", o, Layout::Dict, None, TF_BASETYPE),
        set: raw_type("set", o, Layout::Set, None, TF_BASETYPE),
        frozenset: raw_type("frozenset", o, Layout::FrozenSet, None, TF_BASETYPE),
        range: raw_type("range", o, Layout::Other, None, 0),
        slice: raw_type("slice", o, Layout::Other, None, 0),
        function: raw_type("function", o, Layout::Other, None, 0),
        builtin: raw_type("builtin_function_or_method", o, Layout::Other, None, 0),
        method_descr: raw_type("method_descriptor", o, Layout::Other, None, 0),
        method: raw_type("method", o, Layout::Other, None, 0),
        code: raw_type("code", o, Layout::Other, None, 0),
        cell: raw_type("cell", o, Layout::Other, None, 0),
        module: raw_type("module", o, Layout::Other, None, TF_BASETYPE),
        generator: raw_type("generator", o, Layout::Other, None, 0),
        coroutine: raw_type("coroutine", o, Layout::Other, None, 0),
        coroutine_wrapper: raw_type("coroutine_wrapper", o, Layout::Other, None, 0),
        async_generator: raw_type("async_generator", o, Layout::Other, None, 0),
        async_gen_asend: raw_type("async_generator_asend", o, Layout::Other, None, 0),
        async_gen_athrow: raw_type("async_generator_athrow", o, Layout::Other, None, 0),
        async_gen_value: raw_type("async_generator_wrapped_value", o, Layout::Other, None, 0),
        property: raw_type("property", o, Layout::Other, None, TF_BASETYPE),
        classmethod: raw_type("classmethod", o, Layout::Other, None, TF_BASETYPE),
        staticmethod: raw_type("staticmethod", o, Layout::Other, None, TF_BASETYPE),
        super_: raw_type("super", o, Layout::Other, None, TF_BASETYPE),
        iterator: raw_type("iterator", o, Layout::Other, None, 0),
        dict_keys: raw_type("dict_keys", o, Layout::Other, None, 0),
        dict_values: raw_type("dict_values", o, Layout::Other, None, 0),
        dict_items: raw_type("dict_items", o, Layout::Other, None, 0),
        file: raw_type("TextIOWrapper", o, Layout::Other, None, 0),
        enumerate: raw_type("enumerate", o, Layout::Other, None, TF_BASETYPE),
        zip: raw_type("zip", o, Layout::Other, None, TF_BASETYPE),
        map: raw_type("map", o, Layout::Other, None, TF_BASETYPE),
        filter: raw_type("filter", o, Layout::Other, None, TF_BASETYPE),
        reversed: raw_type("reversed", o, Layout::Other, None, TF_BASETYPE),
        object: object.clone(),
        type_: type_.clone(),
        int,
    };
    for ty in [
        &t.object,
        &t.type_,
        &t.none,
        &t.notimpl,
        &t.ellipsis,
        &t.bool_,
        &t.int,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.function,
        &t.builtin,
        &t.method_descr,
        &t.method,
        &t.code,
        &t.cell,
        &t.module,
        &t.generator,
        &t.coroutine,
        &t.coroutine_wrapper,
        &t.async_generator,
        &t.async_gen_value,
        &t.async_gen_asend,
        &t.async_gen_athrow,
        &t.property,
        &t.classmethod,
        &t.staticmethod,
        &t.super_,
        &t.iterator,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.file,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        ty.set_ty(&t.type_);
        type_data(ty).dict.set_ty(&t.dict);
    }
    // SAFETY: start-up, single-threaded; the module name of the file type is not builtins.
    unsafe { *type_data(&t.file).module.get() = "_io".into() };
    t
}

#[inline(always)]
pub fn type_data(t: &PyRef) -> &TypeData {
    match t.payload() {
        Payload::Type(d) => d,
        _ => panic!("type_data of a non-type"),
    }
}

impl TypeData {
    pub fn name(&self) -> &str {
        // SAFETY: GIL invariant; the name is only replaced by `__name__` assignment, which
        // holds no outstanding borrows.
        unsafe { &*self.name.get() }
    }
    pub fn qualname(&self) -> &str {
        // SAFETY: as for name().
        unsafe { &*self.qualname.get() }
    }
    pub fn module(&self) -> &str {
        // SAFETY: as for name().
        unsafe { &*self.module.get() }
    }
    pub fn mro_vec(&self) -> &Vec<PyRef> {
        // SAFETY: the MRO is written only at class creation (and `__bases__` assignment, not
        // supported); readers clone what they keep.
        unsafe { &*self.mro.get() }
    }
    pub fn bases_vec(&self) -> &Vec<PyRef> {
        // SAFETY: as for mro_vec().
        unsafe { &*self.bases.get() }
    }
    pub fn has(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }
}

/// The name messages use (CPython's tp_name): a class's own name, but `module.name` for a
/// builtin type that a native module defines (`_hashlib.HASH`, `time.struct_time`), since
/// C types spell their module into tp_name; exception types made at run time do not.
pub fn type_name(t: &PyRef) -> String {
    let td = type_data(t);
    let m = td.module();
    if td.has(TF_HEAP) || td.has(TF_EXCEPTION) || m == "builtins" || m.is_empty() {
        td.name().to_string()
    } else {
        format!("{}.{}", m, td.name())
    }
}

/// The attribute cache (CPython's method cache): (type, version tag, name) -> what the MRO
/// walk found. Values are held *borrowed*: a cached value lives in one of the type's MRO
/// dicts, and any change to those dicts gives the type (and its subclasses) a new tag
/// first (`modified`), so a stale entry can never be read. Tags come from one counter and
/// are never reused, so a type freed and another allocated at the same address cannot
/// match; only interned (immortal) names are cached, for the same reason.
/// Under the GIL one thread at a time uses it; free-threaded mode will need it per thread.
struct CacheEntry {
    ty: usize,
    tag: u64,
    name: usize,
    value: std::mem::ManuallyDrop<Option<Value>>,
}

const CACHE_SIZE: usize = 4096;

struct AttrCache(UnsafeCell<Vec<CacheEntry>>);
// SAFETY: only the GIL holder reads or writes the cache (object/mod.rs's invariant).
unsafe impl Sync for AttrCache {}
// SAFETY: as above.
unsafe impl Send for AttrCache {}

static ATTR_CACHE: std::sync::OnceLock<AttrCache> = std::sync::OnceLock::new();
static NEXT_TAG: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn new_tag() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    // a load and a store suffice: only the GIL holder assigns tags
    let v = NEXT_TAG.load(Relaxed);
    NEXT_TAG.store(v + 1, Relaxed);
    v
}

/// The type's dict (or a base's) changed: retag it and every subclass.
pub fn modified(t: &PyRef) {
    type_data(t).version_tag.set(0);
    for sub in subclasses_of(t) {
        modified(&sub);
    }
}

/// Find `name` in the type's dict, then along its MRO (CPython's _PyType_Lookup).
pub fn lookup(t: &PyRef, name: &PyRef) -> Option<Value> {
    let td = type_data(t);
    if name.refcount() < crate::object::IMMORTAL {
        return lookup_uncached(td, name);
    }
    let mut tag = td.version_tag.get();
    if tag == 0 {
        tag = new_tag();
        td.version_tag.set(tag);
    }
    let cache = ATTR_CACHE.get_or_init(|| {
        AttrCache(UnsafeCell::new((0..CACHE_SIZE).map(|_| CacheEntry { ty: 0, tag: 0, name: 0, value: std::mem::ManuallyDrop::new(None) }).collect()))
    });
    let (tp, np) = (t.as_ptr() as usize, name.as_ptr() as usize);
    let slot = ((tp >> 4) ^ (np >> 3) ^ (tag as usize).wrapping_mul(0x9e37)) & (CACHE_SIZE - 1);
    // SAFETY: GIL invariant; the entry is read and written without running Python code.
    let e = unsafe { &mut (&mut *cache.0.get())[slot] };
    if e.ty == tp && e.tag == tag && e.name == np {
        return (*e.value).clone();
    }
    let found = lookup_uncached(td, name);
    e.ty = tp;
    e.tag = tag;
    e.name = np;
    // a borrowed copy: no count is taken and none is released when the entry is replaced
    // SAFETY: the bits of a Value the dict owns; the copy is never dropped (ManuallyDrop).
    e.value = std::mem::ManuallyDrop::new(found.as_ref().map(|v| unsafe { std::ptr::read(v) }));
    found
}

fn lookup_uncached(td: &TypeData, name: &PyRef) -> Option<Value> {
    if let Some(v) = dict::get_str(&td.dict, name) {
        return Some(v);
    }
    for b in td.mro_vec() {
        if let Some(v) = dict::get_str(&type_data(b).dict, name) {
            return Some(v);
        }
    }
    None
}

pub fn lookup_str(t: &PyRef, name: &str) -> Option<Value> {
    lookup(t, &rt().intern(name))
}

/// Is `a` the same type as `b` or a subclass of it?
#[inline]
pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    if a.is(b) {
        return true;
    }
    type_data(a).mro_vec().iter().any(|m| m.is(b))
}

/// C3 linearization of the bases (CPython's mro_internal); the result excludes the new type.
pub fn c3_mro(bases: &[PyRef]) -> Result<Vec<PyRef>, String> {
    let mut seqs: Vec<Vec<PyRef>> = Vec::new();
    for b in bases {
        let mut s = vec![b.clone()];
        s.extend(type_data(b).mro_vec().iter().cloned());
        seqs.push(s);
    }
    seqs.push(bases.to_vec());
    let mut out: Vec<PyRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let names: Vec<String> = seqs.iter().map(|s| type_name(&s[0])).collect();
                let mut uniq: Vec<String> = Vec::new();
                for n in names {
                    if !uniq.contains(&n) {
                        uniq.push(n);
                    }
                }
                return Err(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", uniq.join(", ")));
            }
        }
    }
}

/// The builtin layout a new class inherits from its bases.
fn solid_layout(bases: &[PyRef]) -> Result<Layout, String> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = type_data(b).layout;
        if l == Layout::Object {
            continue;
        }
        if layout == Layout::Object || layout == l {
            layout = l;
        } else {
            return Err("multiple bases have instance lay-out conflict".into());
        }
    }
    Ok(layout)
}

/// Recompute the cached special-method flags after a class dict changed.
pub fn update_flags(t: &PyRef) {
    let td = type_data(t);
    let mut f = td.flags.get() & !(TF_HAS_DEL | TF_HAS_GETATTR | TF_HAS_SETATTR | TF_HAS_GETATTRIBUTE | TF_HAS_DELATTR);
    let heap_defines = |n: &str| -> bool {
        let key = rt().intern(n);
        if dict::get_str(&td.dict, &key).is_some() && td.has(TF_HEAP) {
            return true;
        }
        td.mro_vec().iter().any(|b| (type_data(b).has(TF_HEAP) || type_data(b).has(TF_NATIVE_HOOKS)) && dict::get_str(&type_data(b).dict, &key).is_some())
    };
    if heap_defines("__del__") {
        f |= TF_HAS_DEL;
    }
    if heap_defines("__getattr__") {
        f |= TF_HAS_GETATTR;
    }
    if heap_defines("__setattr__") {
        f |= TF_HAS_SETATTR;
    }
    if heap_defines("__delattr__") {
        f |= TF_HAS_DELATTR;
    }
    if heap_defines("__getattribute__") {
        f |= TF_HAS_GETATTRIBUTE;
    }
    td.flags.set(f);
    // subclasses inherit special methods added to a base later
    for sub in subclasses_of(t) {
        update_flags(&sub);
    }
}

/// type(name, bases, dict) and the end of a class statement.
pub fn new_heap_type(vm: &Vm, meta: &PyRef, name: &str, bases: Vec<PyRef>, ns: &PyRef) -> Result<PyRef, PyErr> {
    let r = rt();
    let bases = if bases.is_empty() { vec![r.t.object.clone()] } else { bases };
    for b in &bases {
        if !type_data(b).has(TF_BASETYPE) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", type_name(b))));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    let layout = solid_layout(&bases).map_err(|m| vm.type_error(m))?;
    let mro = c3_mro(&bases).map_err(|m| vm.type_error(m))?;
    let d = dict::new_dict();
    for (k, v) in dict::items(ns) {
        dict::set_item(vm, &d, k, v)?;
    }
    let module = match dict::get_str(&d, &crate::name!("__module__")) {
        Some(Value::Obj(m)) => pystr::as_str(&Value::Obj(m.clone())).unwrap_or("builtins").to_string(),
        _ => "builtins".to_string(),
    };
    let qualname = match dict::get_str(&d, &crate::name!("__qualname__")) {
        Some(v) => {
            let q = pystr::as_str(&v).map(|s| s.to_string());
            dict::del_str(&d, &crate::name!("__qualname__"));
            q.unwrap_or_else(|| name.to_string())
        }
        None => name.to_string(),
    };
    let is_exc = bases.iter().any(|b| type_data(b).has(TF_EXCEPTION));
    // __slots__ without "__dict__" takes the instance dict away, unless a base gives one
    let slots: Option<Vec<String>> = match dict::get_str(&d, &r.intern("__slots__")) {
        Some(sv) => {
            let items = match pystr::as_str(&sv) {
                Some(s) => vec![s.to_string()],
                None => vm
                    .collect(&sv)?
                    .iter()
                    .map(|x| {
                        pystr::as_str(x)
                            .map(|s| s.to_string())
                            .ok_or_else(|| vm.type_error(format!("__slots__ items must be strings, not '{}'", vm.type_name(x))))
                    })
                    .collect::<Result<_, _>>()?,
            };
            Some(items)
        }
        None => None,
    };
    // a class whose own __slots__ add storage is a layout of its own (CPython's solid base):
    // bases with two unrelated ones cannot be combined
    let slot_base = |b: &PyRef| -> Option<PyRef> {
        std::iter::once(b.clone()).chain(type_data(b).mro_vec().iter().cloned()).find(|t| {
            type_data(t).has(TF_HEAP)
                && match dict::get_str(&type_data(t).dict, &r.intern("__slots__")) {
                    Some(v) => match pystr::as_str(&v) {
                        Some(one) => one != "__dict__" && one != "__weakref__",
                        None => vm
                            .collect(&v)
                            .map(|items| items.iter().any(|x| !matches!(pystr::as_str(x), Some("__dict__") | Some("__weakref__"))))
                            .unwrap_or(false),
                    },
                    None => false,
                }
        })
    };
    let solids: Vec<PyRef> = bases.iter().filter_map(slot_base).collect();
    for (i, a) in solids.iter().enumerate() {
        for b in &solids[i + 1..] {
            if !is_subtype(a, b) && !is_subtype(b, a) {
                return Err(vm.type_error("multiple bases have instance lay-out conflict".into()));
            }
        }
    }
    let base_has_dict = mro.iter().any(|b| type_data(b).has(TF_HAS_DICT));
    let mut flags = TF_HEAP | TF_BASETYPE | TF_HAS_DICT;
    if let Some(names) = &slots {
        let is_identifier = |n: &str| {
            let mut cs = n.chars();
            matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
        };
        if names.iter().any(|n| !is_identifier(n)) {
            return Err(vm.type_error("__slots__ must be identifiers".into()));
        }
        let dicts = names.iter().filter(|n| *n == "__dict__").count();
        if dicts > 1 || (dicts == 1 && base_has_dict) {
            return Err(vm.type_error("__dict__ slot disallowed: we already got one".into()));
        }
        if names.iter().filter(|n| *n == "__weakref__").count() > 1 {
            return Err(vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0".into()));
        }
        if dicts == 0 && !base_has_dict {
            flags = (flags & !TF_HAS_DICT) | TF_SLOTTED;
        }
        let mut made: Vec<&String> = Vec::new();
        for n in names {
            if n == "__dict__" || n == "__weakref__" || made.contains(&n) {
                continue;
            }
            made.push(n);
            if dict::get_str(&d, &r.intern(n)).is_some() {
                return Err(vm.value_error(format!("'{}' in __slots__ conflicts with class variable", n)));
            }
            let md = PyRef::new(&crate::types::function::member_descriptor_type(), Payload::MemberDescr { name: r.intern(n), owner: name.to_string() });
            dict::set_item(vm, &d, pystr::new_str(n), Value::Obj(md))?;
        }
    }
    if mro.iter().any(|b| type_data(b).has(TF_SLOTTED)) && flags & TF_HAS_DICT == 0 {
        flags |= TF_SLOTTED;
    }
    if is_exc {
        flags |= TF_EXCEPTION;
    }
    let new = bases.iter().find_map(|b| type_data(b).new.or_else(|| type_data(b).mro_vec().iter().find_map(|m| type_data(m).new)));
    // wrap plain functions given as __new__ / __init_subclass__ / __class_getitem__ in staticmethod/classmethod
    if let Some(Value::Obj(f)) = dict::get_str(&d, &crate::name!("__new__")) {
        if matches!(f.payload(), Payload::Function(_)) {
            let sm = PyRef::new(&r.t.staticmethod, Payload::StaticMethod(Value::Obj(f.clone())));
            dict::set_item(vm, &d, pystr::new_str("__new__"), Value::Obj(sm))?;
        }
    }
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(Value::Obj(f)) = dict::get_str(&d, &rt().intern(name)) {
            if matches!(f.payload(), Payload::Function(_)) {
                let cm = PyRef::new(&r.t.classmethod, Payload::ClassMethod(Value::Obj(f.clone())));
                dict::set_item(vm, &d, pystr::new_str(name), Value::Obj(cm))?;
            }
        }
    }
    let t = PyRef::new(
        meta,
        Payload::Type(Box::new(TypeData {
            name: UnsafeCell::new(name.to_string()),
            qualname: UnsafeCell::new(qualname),
            module: UnsafeCell::new(module),
            bases: UnsafeCell::new(bases),
            mro: UnsafeCell::new(mro),
            dict: d.clone(),
            layout,
            flags: Cell::new(flags),
            new,
            doc: UnsafeCell::new(None),
            subclasses: UnsafeCell::new(Vec::new()),
            version_tag: Cell::new(0),
            init_cache: Cell::new((0, 0, std::ptr::null())),
            mro_tuple: UnsafeCell::new(None),
            bases_tuple: UnsafeCell::new(None),
        })),
    );
    // the descriptors of what this class is first in its line to give its instances: an
    // attribute dict, room for weak references (CPython's type_new adds them here)
    let slot_names = slots.as_deref().unwrap_or(&[]);
    let base_weakref = type_data(&t).mro_vec().iter().any(|b| {
        let bd = type_data(b);
        dict::get_str(&bd.dict, &r.intern("__weakref__")).is_some()
            || matches!(bd.layout, Layout::Set | Layout::FrozenSet | Layout::Type)
            || (!bd.has(TF_HEAP) && bd.has(TF_NATIVE_DUNDERS))
    });
    let var_sized = matches!(layout, Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes);
    let adds_dict = !base_has_dict && !is_exc && layout != Layout::Type && (slots.is_none() || slot_names.iter().any(|n| n == "__dict__"));
    let adds_weakref = !base_weakref && !var_sized && (slots.is_none() || slot_names.iter().any(|n| n == "__weakref__"));
    if adds_dict && dict::get_str(&d, &r.intern("__dict__")).is_none() {
        dict::set_item(vm, &d, pystr::new_str("__dict__"), crate::types::getset::new_getset("__dict__", &t))?;
    }
    if adds_weakref && dict::get_str(&d, &r.intern("__weakref__")).is_none() {
        dict::set_item(vm, &d, pystr::new_str("__weakref__"), crate::types::getset::new_getset("__weakref__", &t))?;
    }
    if dict::get_str(&d, &crate::name!("__doc__")).is_none() {
        dict::set_item(vm, &d, pystr::new_str("__doc__"), Value::None)?;
    }
    // a class that defines __eq__ but not __hash__ is unhashable (its __hash__ is None)
    if dict::get_str(&d, &crate::name!("__eq__")).is_some() && dict::get_str(&d, &crate::name!("__hash__")).is_none() {
        dict::set_item(vm, &d, pystr::new_str("__hash__"), Value::None)?;
    }
    // __mro__ is a tuple the class keeps (and so refers to itself through, as in CPython)
    {
        let mut items = vec![Value::Obj(t.clone())];
        items.extend(type_data(&t).mro_vec().iter().map(|x| Value::Obj(x.clone())));
        let tup = match crate::types::tuple::new_tuple(items) {
            Value::Obj(o) => o,
            _ => unreachable!(),
        };
        // SAFETY: GIL invariant; the class is new and nothing reads the slot yet.
        unsafe { *type_data(&t).mro_tuple.get() = Some(tup) };
        let mut bases: Vec<Value> = type_data(&t).bases_vec().iter().map(|b| Value::Obj(b.clone())).collect();
        if bases.is_empty() {
            bases.push(Value::Obj(rt().t.object.clone()));
        }
        if let Value::Obj(bt) = crate::types::tuple::new_tuple(bases) {
            // SAFETY: as above.
            unsafe { *type_data(&t).bases_tuple.get() = Some(bt) };
        }
    }
    update_flags(&t);
    modified(&t);
    for b in type_data(&t).bases_vec() {
        // SAFETY: GIL invariant; the list holds plain addresses.
        unsafe { (*type_data(b).subclasses.get()).push(t.as_ptr() as usize) };
    }
    // fill the __class__ cell made by the class body for zero-argument super()
    if let Some(cell) = dict::get_str(&d, &crate::name!("__classcell__")) {
        if let Value::Obj(c) = &cell {
            if let Payload::Cell(slot) = c.payload() {
                // SAFETY: GIL invariant; the old value is dropped after the write.
                let old = unsafe { std::mem::replace(&mut *slot.get(), Value::Obj(t.clone())) };
                drop(old);
            }
        }
        dict::del_str(&d, &crate::name!("__classcell__"));
    }
    // __set_name__ on descriptors, then __init_subclass__ of the parent
    for (k, v) in dict::items(&d) {
        if let Some(sn) = vm.lookup_special(&v, "__set_name__") {
            if let Err(e) = vm.call(&sn, &[Value::Obj(t.clone()), k.clone()], KwArgs::EMPTY) {
                // 3.11 wraps the error, naming the descriptor and the class
                let msg = format!("Error calling __set_name__ on '{}' instance {} in '{}'", vm.type_name(&v), vm.repr_string(&k)?, type_data(&t).name());
                let re = vm.runtime_error(msg);
                if let Some(ed) = crate::types::exceptions::exc_data(&re.exc) {
                    ed.set_cause(Value::Obj(e.exc.clone()));
                    ed.suppress_context.set(true);
                }
                return Err(re);
            }
        }
    }
    Ok(t)
}

/// type.__call__(cls, *args): make an instance the default way (a metaclass's
/// `super().__call__(...)` lands here).
pub fn type_call_method(vm: &Vm, args: &[Value], kw: KwArgs) -> Result<Value, PyErr> {
    let cls = vm.expect_type(args.first().unwrap_or(&Value::None))?;
    type_call_new(vm, &cls, &args[1..], kw)
}

fn type_call_new(vm: &Vm, ty: &PyRef, args: &[Value], kw: KwArgs) -> Result<Value, PyErr> {
    let r = rt();
    // calling a class counts toward the recursion limit (CPython's _PyObject_MakeTpCall)
    let _counted = if type_data(ty).has(TF_HEAP) { Some(vm.enter_native_call()?) } else { None };
    // type(x) with one argument answers the type
    if ty.is(&r.t.type_) && args.len() == 1 && kw.is_empty() {
        return Ok(Value::Obj(vm.type_of(&args[0]).clone()));
    }
    // the first type along the MRO that says how to make instances
    let new_key = crate::name!("__new__");
    let mut obj = None;
    let mro_len = type_data(ty).mro_vec().len();
    for i in 0..=mro_len {
        // the type itself, then its MRO, read by index: the MRO is not borrowed while a
        // `__new__` runs
        let t = if i == 0 { ty.clone() } else { type_data(ty).mro_vec()[i - 1].clone() };
        let t = &t;
        let td = type_data(t);
        if td.has(TF_HEAP) {
            if let Some(Value::Obj(n)) = dict::get_str(&td.dict, &new_key) {
                let f = match n.payload() {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => Value::Obj(n.clone()),
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(ty.clone()));
                full.extend_from_slice(args);
                obj = Some(vm.call_kw(&f, &full, kw)?);
                break;
            }
            continue;
        }
        if let Some(f) = td.new {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Obj(ty.clone()));
            full.extend_from_slice(args);
            obj = Some(f(vm, &full, kw)?);
            break;
        }
        if t.is(&r.t.object) {
            obj = Some(object_new(vm, ty, args, kw)?);
            break;
        }
    }
    let obj = match obj {
        Some(o) => o,
        None => return Err(vm.type_error(format!("cannot create '{}' instances", type_data(ty).name()))),
    };
    // __init__ runs only when __new__ returned an instance of the type; builtin types'
    // constructors do all their work in __new__
    if !is_subtype(vm.type_of(&obj), ty) || !type_data(ty).has(TF_HEAP) {
        return Ok(obj);
    }
    if let Some(init) = lookup(vm.type_of(&obj), &crate::name!("__init__")) {
        if let Value::Obj(f) = &init {
            if let Payload::Function(_) = f.payload() {
                // the instance moves into the argument vector: no extra reference while
                // __init__ runs (getrefcount(self) reads 3 there, as in CPython)
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj);
                full.extend_from_slice(args);
                let res = vm.call_kw(&init, &full, kw)?;
                if !res.is_none() {
                    return Err(vm.type_error(format!("__init__() should return None, not '{}'", vm.type_name(&res))));
                }
                return Ok(full.swap_remove(0));
            } else if let Payload::Builtin(b) = f.payload() {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                (b.f)(vm, &full, kw)?;
            }
        }
    }
    Ok(obj)
}

/// object.__new__: a bare instance of a class whose layout is `Object` (or exceptions).
pub fn object_new(vm: &Vm, ty: &PyRef, args: &[Value], kw: KwArgs) -> Result<Value, PyErr> {
    let td = type_data(ty);
    if (!args.is_empty() || !kw.is_empty()) && lookup(ty, &crate::name!("__init__")).map(|i| is_object_slot(&i, "__init__")).unwrap_or(true) {
        return Err(vm.type_error(format!("{}() takes no arguments", td.name())));
    }
    if td.has(TF_HEAP) {
        if let Some(am) = lookup(ty, &crate::name!("__abstractmethods__")) {
            if vm.truthy(&am)? {
                // abc.ABCMeta's bookkeeping: a class with abstract methods left has no instances
                let mut names: Vec<String> = vm.collect(&am)?.iter().map(|n| vm.str_string(n)).collect::<PyResult<_>>()?;
                names.sort();
                return Err(vm.type_error(format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    td.name(),
                    if names.len() == 1 { "" } else { "s" },
                    names.join(", ")
                )));
            }
        }
    }
    match td.layout {
        Layout::Object => Ok(Value::Obj(alloc_instance(ty))),
        Layout::Exception => crate::types::exceptions::exc_new(vm, ty, args, kw),
        _ => Err(vm.type_error(format!("object.__new__({}) is not safe, use {}.__new__()", td.name(), td.name()))),
    }
}

/// A bare instance of a class whose layout is `Object`, with its dict when it has one.
#[inline]
pub fn alloc_instance(ty: &PyRef) -> PyRef {
    let td = type_data(ty);
    let o = PyRef::new(ty, Payload::Object);
    if td.has(TF_HAS_DICT) || td.has(TF_SLOTTED) {
        o.set_dict(Some(dict::new_dict()));
    }
    o
}

fn is_object_slot(v: &Value, _name: &str) -> bool {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Builtin(b) => b.owner.as_ref().map(|t| t.is(&rt().t.object)).unwrap_or(false),
            _ => false,
        },
        _ => false,
    }
}

/// Calling a type object.
pub fn call_type(vm: &Vm, ty: &PyRef, args: &[Value], kw: KwArgs) -> Result<Value, PyErr> {
    let r = rt();
    // a metaclass with its own __call__
    let meta = ty.ty();
    if !meta.is(&r.t.type_) {
        if let Some(c) = lookup(meta, &crate::name!("__call__")) {
            if matches!(&c, Value::Obj(o) if matches!(o.payload(), Payload::Function(_))) {
                let mut full = vec![Value::Obj(ty.clone())];
                full.extend_from_slice(args);
                return vm.call_kw(&c, &full, kw);
            }
        }
    }
    if ty.is(&r.t.type_) && args.len() == 3 {
        return type_new_from_args(vm, &r.t.type_, args);
    }
    type_call_new(vm, ty, args, kw)
}

fn type_new_from_args(vm: &Vm, meta: &PyRef, args: &[Value]) -> Result<Value, PyErr> {
    let name = pystr::as_str(&args[0]).ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str".into()))?.to_string();
    let bases = match &args[1] {
        Value::Obj(t) if matches!(t.payload(), Payload::Tuple(_)) => tuple::items(t).iter().map(|b| vm.expect_type(b)).collect::<Result<Vec<_>, _>>()?,
        _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple".into())),
    };
    let ns = match &args[2] {
        Value::Obj(d) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
        _ => return Err(vm.type_error("type.__new__() argument 3 must be dict".into())),
    };
    // the most derived metaclass of the bases makes the class, as CPython's type_new hands
    // over to it (type("A", (abc.ABC,), {}) is an ABCMeta)
    let base_vals: Vec<Value> = bases.iter().map(|b| Value::Obj(b.clone())).collect();
    let winner = calculate_meta(vm, meta, &base_vals)?;
    if !winner.is(meta) && type_data(&winner).has(TF_HEAP) {
        if let Some(new) = lookup(&winner, &crate::name!("__new__")) {
            let f = match &new {
                Value::Obj(n) => match n.payload() {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new.clone(),
            };
            if matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Function(_))) {
                let obj = vm.call(&f, &[Value::Obj(winner.clone()), args[0].clone(), args[1].clone(), args[2].clone()], KwArgs::EMPTY)?;
                if let Value::Obj(o) = &obj {
                    if is_subtype(o.ty(), &winner) {
                        if let Some(init) = lookup(o.ty(), &crate::name!("__init__")) {
                            if matches!(&init, Value::Obj(io) if matches!(io.payload(), Payload::Function(_))) {
                                vm.call(&init, &[obj.clone(), args[0].clone(), args[1].clone(), args[2].clone()], KwArgs::EMPTY)?;
                            }
                        }
                    }
                }
                return Ok(obj);
            }
        }
    }
    if dict::get_str(&ns, &crate::name!("__module__")).is_none() {
        // the calling frame's module
        let m = vm.current_module_name();
        dict::set_item(vm, &ns, pystr::new_str("__module__"), m)?;
    }
    let t = new_heap_type(vm, &winner, &name, bases, &ns)?;
    if !winner.is(meta) {
        if let Some(init) = lookup(&winner, &crate::name!("__init__")) {
            if matches!(&init, Value::Obj(io) if matches!(io.payload(), Payload::Function(_))) {
                vm.call(&init, &[Value::Obj(t.clone()), args[0].clone(), args[1].clone(), args[2].clone()], KwArgs::EMPTY)?;
            }
        }
    }
    Ok(Value::Obj(t))
}

/// `__build_class__(func, name, *bases, **kw)`: run the class body, then make the type.
pub fn build_class(vm: &Vm, args: &[Value], kw: KwArgs) -> Result<Value, PyErr> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments".into()));
    }
    let func = &args[0];
    let name = pystr::as_str(&args[1]).unwrap_or("?").to_string();
    let orig_bases: Vec<Value> = args[2..].to_vec();
    let bases_v = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut other_kw_names = Vec::new();
    let mut other_kw_values = Vec::new();
    for (k, v) in kw.iter() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            other_kw_names.push(pystr::new_str(k));
            other_kw_values.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases_v.first() {
            Some(b) => Value::Obj(vm.type_of(b).clone()),
            None => Value::Obj(rt().t.type_.clone()),
        },
    };
    // A metaclass that is a class is replaced by the most derived metaclass of the bases; any
    // other callable is called as it is.
    let meta = match &meta {
        Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => Value::Obj(calculate_meta(vm, m, &bases_v)?),
        _ => meta,
    };
    let bases_tuple = tuple::new_tuple(bases_v.clone());
    let kwa = KwArgs { names: &other_kw_names, values: &other_kw_values };
    let ns = match &meta {
        Value::Obj(m) if m.is(&rt().t.type_) => dict::new_dict(),
        _ => match vm.getattr(&meta, &crate::name!("__prepare__")) {
            Ok(prep) => match vm.call_kw(&prep, &[pystr::new_str(&name), bases_tuple.clone()], kwa)? {
                Value::Obj(d) => d,
                other => {
                    let mname = match &meta {
                        Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => type_data(m).name().to_string(),
                        _ => "<metaclass>".to_string(),
                    };
                    return Err(vm.type_error(format!("{}.__prepare__() must return a mapping, not {}", mname, vm.type_name(&other))));
                }
            },
            Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => dict::new_dict(),
            Err(e) => return Err(e),
        },
    };
    let cell = vm.run_class_body(func, &ns)?;
    if bases_v.len() != orig_bases.len() || bases_v.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        vm.setitem(&Value::Obj(ns.clone()), &pystr::new_str("__orig_bases__"), tuple::new_tuple(orig_bases))?;
    }
    if let Value::Obj(c) = &cell {
        if matches!(c.payload(), Payload::Cell(_)) {
            vm.setitem(&Value::Obj(ns.clone()), &pystr::new_str("__classcell__"), cell.clone())?;
        }
    }
    if let Value::Obj(m) = &meta {
        if m.is(&rt().t.type_) {
            let bases: Vec<PyRef> = bases_v.iter().map(|b| vm.expect_type(b)).collect::<Result<_, _>>()?;
            let t = new_heap_type(vm, m, &name, bases, &ns)?;
            init_subclass(vm, &t, kwa)?;
            return Ok(Value::Obj(t));
        }
    }
    let margs = [pystr::new_str(&name), bases_tuple, Value::Obj(ns)];
    // the class statement's keywords go to the metaclass (and on to __init_subclass__)
    vm.call(&meta, &margs, kwa)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is replaced by what that returns.
fn resolve_mro_entries(vm: &Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut orig: Option<Value> = None;
    for b in bases {
        let is_type = matches!(b, Value::Obj(o) if matches!(o.payload(), Payload::Type(_)));
        if !is_type {
            if let Some(me) = vm.lookup_special(b, "__mro_entries__") {
                let orig_t = orig.get_or_insert_with(|| tuple::new_tuple(bases.to_vec())).clone();
                let r = vm.call(&me, &[orig_t], KwArgs::EMPTY)?;
                if !matches!(&r, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_))) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple".into()));
                }
                out.extend(vm.collect(&r)?);
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok(out)
}

/// The most derived of `meta` and the bases' metaclasses, or CPython's conflict error.
pub fn calculate_meta(vm: &Vm, meta: &PyRef, bases: &[Value]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let t = vm.type_of(b);
        if is_subtype(&winner, t) {
            continue;
        }
        if is_subtype(t, &winner) {
            winner = t.clone();
            continue;
        }
        return Err(
            vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".into())
        );
    }
    Ok(winner)
}

/// Run `__init_subclass__` of the new class's parent (type.__new__ does this).
pub fn init_subclass(vm: &Vm, t: &PyRef, kw: KwArgs) -> Result<(), PyErr> {
    // super(t, t).__init_subclass__: the first class after t in t's MRO that defines it
    let found = type_data(t).mro_vec().iter().find_map(|b| dict::get_str(&type_data(b).dict, &crate::name!("__init_subclass__")));
    if found.is_some() {
        if let Some(isc) = found {
            let f = match &isc {
                Value::Obj(o) => match o.payload() {
                    Payload::ClassMethod(f) => Some(f.clone()),
                    Payload::Function(_) => Some(isc.clone()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(f) = f {
                vm.call_kw(&f, &[Value::Obj(t.clone())], kw)?;
            }
        }
    }
    Ok(())
}
