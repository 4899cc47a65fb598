//! One file per builtin type, named after it. Each file ends with a `register` function that
//! lists the type's methods in a table a grep finds. This file holds what they share.

pub mod bytes;
pub mod dict;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod misc;
pub mod payload;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
pub mod typeobj;

use crate::object::{PyObject, PyRef, Value};
use crate::runtime::rt;
use payload::*;

pub trait PayloadDrop {
    fn before_drop(&mut self);
}

/// Does freeing this object need to run Python code first (`__del__`)?
#[inline]
pub fn needs_finalizer(o: &PyObject) -> bool {
    if let Payload::Generator(g) = &o.payload {
        // a suspended generator is closed (its finally blocks run) when it dies
        // SAFETY: GIL invariant; plain read.
        return g.started.get() && unsafe { (*g.frame.get()).as_ref().map(|f| !f.blocks.is_empty()).unwrap_or(false) };
    }
    match o.ty().payload() {
        Payload::Type(td) => td.flags.get() & TF_HAS_DEL != 0,
        _ => false,
    }
}

/// A builtin function object (immortal: it lives in a type or module dict forever).
pub fn builtin_fn(name: &'static str, f: NativeFn) -> PyRef {
    PyRef::new_immortal(Some(&rt().t.builtin), Payload::Builtin(BuiltinData { name, f, self_: None, owner: None, is_method: false }))
}

/// Put methods into a builtin type's dict.
pub fn add_methods(ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    let td = typeobj::type_data(ty);
    for (name, f) in methods {
        let m = PyRef::new_immortal(Some(&rt().t.builtin), Payload::Builtin(BuiltinData { name, f: *f, self_: None, owner: Some(ty.clone()), is_method: true }));
        dict::set_str_raw(&td.dict, name, Value::Obj(m));
    }
}

/// Put static attributes (class-level functions called without a receiver) into a type.
pub fn add_static(ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    let td = typeobj::type_data(ty);
    for (name, f) in methods {
        let m = PyRef::new_immortal(Some(&rt().t.builtin), Payload::Builtin(BuiltinData { name, f: *f, self_: None, owner: Some(ty.clone()), is_method: false }));
        let sm = PyRef::new_immortal(Some(&rt().t.staticmethod), Payload::StaticMethod(Value::Obj(m)));
        dict::set_str_raw(&td.dict, name, Value::Obj(sm));
    }
}

/// Put class methods (receiving the type) into a builtin type.
pub fn add_classmethods(ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    let td = typeobj::type_data(ty);
    for (name, f) in methods {
        let m = PyRef::new_immortal(Some(&rt().t.builtin), Payload::Builtin(BuiltinData { name, f: *f, self_: None, owner: Some(ty.clone()), is_method: false }));
        let cm = PyRef::new_immortal(Some(&rt().t.classmethod), Payload::ClassMethod(Value::Obj(m)));
        dict::set_str_raw(&td.dict, name, Value::Obj(cm));
    }
}

pub fn set_new(ty: &PyRef, f: NativeFn) {
    // SAFETY: start-up only, single-threaded, before the type is used; `new` is otherwise
    // immutable. TypeData is behind a shared reference, so write through a raw pointer.
    unsafe {
        let td = typeobj::type_data(ty) as *const TypeData as *mut TypeData;
        (*td).new = Some(f);
    }
}

pub fn register_all_methods() {
    typeobj_methods::register();
    int::register();
    float::register();
    str::register();
    bytes::register();
    list::register();
    tuple::register();
    dict::register();
    set::register();
    range::register();
    function::register();
    exceptions::register();
    iter::register();
    misc::register();
    file::register();
}

pub mod typeobj_methods;

impl crate::Vm {
    /// The type of any value.
    #[inline(always)]
    pub fn type_of<'a>(&self, v: &'a Value) -> &'a PyRef {
        let r = rt();
        match v {
            Value::Obj(o) => o.ty(),
            Value::Int(_) => &r.t.int,
            Value::Float(_) => &r.t.float,
            Value::Bool(_) => &r.t.bool_,
            Value::None => &r.t.none,
            Value::Undef => &r.t.none,
        }
    }
    pub fn type_name(&self, v: &Value) -> String {
        typeobj::type_name(self.type_of(v))
    }
    pub fn isinstance_of(&self, v: &Value, t: &PyRef) -> bool {
        typeobj::is_subtype(self.type_of(v), t)
    }
    pub fn expect_type(&self, v: &Value) -> PyResult<PyRef> {
        match v {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => Ok(o.clone()),
            _ => Err(self.type_error(format!("'{}' object is not a type", self.type_name(v)))),
        }
    }
}
