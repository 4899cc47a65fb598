//! Functions, bound methods, generators, and the descriptor types property, classmethod,
//! staticmethod and super. `load_method` is LOAD_METHOD: it finds a method without making a
//! bound-method object when the call follows at once.

use super::payload::*;
use crate::eval::frame::Frame;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{dict, str as pystr, typeobj};
use crate::Vm;
use std::cell::{Cell, UnsafeCell};

pub fn new_function(code: PyRef, globals: PyRef, defaults: Option<PyRef>, kwdefaults: Option<PyRef>, closure: Option<PyRef>) -> Value {
    let cd = crate::eval::frame::code_data(&code);
    let name = rt().intern(&cd.code.name);
    let qualname = pystr::new_str_ref(&cd.code.qualname);
    let doc = match &cd.code.docstring {
        Some(d) => pystr::new_str(d),
        None => Value::None,
    };
    let module = dict::get_str(&globals, &crate::name!("__name__")).unwrap_or(Value::None);
    Value::Obj(PyRef::new(
        &rt().t.function,
        Payload::Function(Box::new(FunctionData {
            code,
            globals,
            name: UnsafeCell::new(name),
            qualname: UnsafeCell::new(qualname),
            defaults: UnsafeCell::new(defaults),
            kwdefaults: UnsafeCell::new(kwdefaults),
            closure,
            doc: UnsafeCell::new(doc),
            module: UnsafeCell::new(module),
        })),
    ))
}

pub fn new_generator(func: &PyRef, frame: Box<Frame>) -> Value {
    let fd = match func.payload() {
        Payload::Function(f) => f,
        _ => unreachable!(),
    };
    let flags = crate::eval::frame::code_data(&fd.code).code.flags;
    let ty = if flags & gilpy_compiler::bytecode::CO_COROUTINE != 0 {
        &rt().t.coroutine
    } else if flags & gilpy_compiler::bytecode::CO_ASYNC_GENERATOR != 0 {
        &rt().t.async_generator
    } else {
        &rt().t.generator
    };
    Value::Obj(PyRef::new(
        ty,
        Payload::Generator(Box::new(GenData {
            exc_state: std::cell::RefCell::new(Value::None),
            frame: UnsafeCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            name: fd.name_ref(),
            qualname: fd.qualname_ref(),
            code: fd.code.clone(),
        })),
    ))
}

/// LOAD_METHOD: (method, self) when `name` is a plain method found on the type, else
/// (attribute, NULL).
pub fn load_method(vm: &Vm, obj: Value, name: &PyRef) -> PyResult<(Value, Value)> {
    let ty = vm.type_of(&obj);
    let td = typeobj::type_data(ty);
    let is_type_or_module = matches!(&obj, Value::Obj(o) if matches!(o.payload(), Payload::Type(_) | Payload::Module(_) | Payload::Super { .. }));
    if !is_type_or_module && !td.has(TF_HAS_GETATTRIBUTE) {
        if let Some(d) = typeobj::lookup(ty, name) {
            let plain = match &d {
                Value::Obj(o) => match o.payload() {
                    Payload::Function(_) => true,
                    Payload::Builtin(b) => b.is_method,
                    _ => false,
                },
                _ => false,
            };
            if plain {
                // an instance attribute shadows the method
                let shadowed = match &obj {
                    Value::Obj(o) => o.dict().map(|dd| dict::get_str(&dd, name).is_some()).unwrap_or(false),
                    _ => false,
                };
                if !shadowed {
                    return Ok((d, obj));
                }
            }
        }
    }
    let v = vm.getattr(&obj, name)?;
    drop(obj);
    Ok((v, Value::Undef))
}

/// "module.qualname()" as call error messages name a callable (CPython's
/// _PyObject_FunctionStr).
pub fn callable_name(vm: &Vm, c: &Value) -> String {
    let qualname = match vm.getattr_str(c, "__qualname__") {
        Ok(q) if pystr::as_str(&q).is_some() => pystr::as_str(&q).unwrap().to_string(),
        _ => return vm.str_string(c).unwrap_or_default(),
    };
    match vm.getattr_str(c, "__module__") {
        Ok(m) if pystr::as_str(&m).map(|s| s != "builtins").unwrap_or(false) => format!("{}.{}()", pystr::as_str(&m).unwrap(), qualname),
        _ => format!("{}()", qualname),
    }
}

pub fn set_function_attr(vm: &Vm, o: &PyRef, name: &PyRef, val: Option<Value>) -> PyResult<()> {
    let fd = match o.payload() {
        Payload::Function(f) => f,
        _ => unreachable!(),
    };
    let n = pystr::data(name).s.to_string();
    let v = val.clone().unwrap_or(Value::None);
    // SAFETY (all arms): GIL invariant; old values are dropped after the write.
    match n.as_str() {
        "__name__" | "__qualname__" => {
            let s = match &v {
                Value::Obj(so) if matches!(so.payload(), Payload::Str(_)) => so.clone(),
                _ => return Err(vm.type_error(format!("{} must be set to a string object", n))),
            };
            let slot = if n == "__name__" { &fd.name } else { &fd.qualname };
            // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
            let old = unsafe { std::mem::replace(&mut *slot.get(), s) };
            drop(old);
        }
        "__doc__" => {
            // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fd.doc.get(), v) };
            drop(old);
        }
        "__module__" => {
            // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fd.module.get(), v) };
            drop(old);
        }
        "__defaults__" => {
            let t = v.as_obj().cloned();
            // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fd.defaults.get(), t) };
            drop(old);
        }
        "__kwdefaults__" => {
            let t = v.as_obj().cloned();
            // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
            let old = unsafe { std::mem::replace(&mut *fd.kwdefaults.get(), t) };
            drop(old);
        }
        _ => {
            let d = match o.dict() {
                Some(d) => d,
                None => {
                    let d = dict::new_dict();
                    o.set_dict(Some(d.clone()));
                    d
                }
            };
            match val {
                Some(v) => dict::set_item(vm, &d, Value::Obj(name.clone()), v)?,
                None => {
                    if !dict::del_str(&d, name) {
                        return Err(vm.attribute_error_for(&Value::Obj(o.clone()), name));
                    }
                }
            }
        }
    }
    Ok(())
}

// ---- generators ----------------------------------------------------------------------------

fn gen_this(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object".into())),
    }
}

pub(crate) fn gen_send_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_this(vm, args)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            crate::types::typeobj::type_data(g.ty()).name(),
            args.len().saturating_sub(1)
        )));
    }
    match crate::eval::gen_send(vm, &g, args.get(1).cloned().unwrap_or(Value::None))? {
        crate::eval::Exit::Yield(v) => Ok(v),
        crate::eval::Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_this(vm, args)?;
    match crate::eval::gen_send(vm, &g, Value::None)? {
        crate::eval::Exit::Yield(v) => Ok(v),
        crate::eval::Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_throw_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_this(vm, args)?;
    if args.len() < 2 || args.len() > 4 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(if n == 0 {
            "throw expected at least 1 argument, got 0".to_string()
        } else {
            format!("throw expected at most 3 arguments, got {}", n)
        }));
    }
    let e = throw_exc(vm, &args[1..])?;
    let gd = match g.payload() {
        Payload::Generator(gd) => gd,
        _ => unreachable!(),
    };
    if !gd.started.get() {
        // a generator that never ran just closes with the exception, which passed through
        // its frame at the `def` line (CPython's RETURN_GENERATOR, which has no columns)
        // SAFETY: GIL invariant; the frame is dropped after the slot is cleared.
        let old = unsafe { (*gd.frame.get()).take() };
        if let (Some(f), Some(ed)) = (&old, crate::types::exceptions::exc_data(&e.exc)) {
            let co = &crate::eval::frame::code_data(&f.code).code;
            ed.push_tb(f.code.clone(), co.first_line, co.positions.len() as u32);
        }
        drop(old);
        return Err(e);
    }
    match crate::eval::gen_resume(vm, &g, Err(e))? {
        crate::eval::Exit::Yield(v) => Ok(v),
        crate::eval::Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises.
pub(crate) fn throw_exc(vm: &Vm, args: &[Value]) -> PyResult<crate::PyErr> {
    let typ = args.first().cloned().unwrap_or(Value::None);
    let val = args.get(1).cloned();
    let exc = match (&typ, &val) {
        (Value::Obj(t), Some(v)) if matches!(t.payload(), Payload::Type(_)) && !v.is_none() => {
            if matches!(v, Value::Obj(vo) if matches!(vo.payload(), Payload::Exception(_))) {
                v.clone()
            } else {
                vm.call(&typ, std::slice::from_ref(v), KwArgs::EMPTY)?
            }
        }
        (Value::Obj(t), _) if matches!(t.payload(), Payload::Type(_)) => vm.call(&typ, &[], KwArgs::EMPTY)?,
        (Value::Obj(t), Some(v)) if matches!(t.payload(), Payload::Exception(_)) && !v.is_none() => {
            return Err(vm.type_error("instance exception may not have a separate value".into()));
        }
        (Value::Obj(t), _) if matches!(t.payload(), Payload::Exception(_)) => typ.clone(),
        _ => return Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &vm.type_name(&typ))),
    };
    match exc {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => Ok(crate::PyErr::new(o)),
        _ => Err(vm.type_error("exceptions must derive from BaseException".into())),
    }
}

pub(crate) fn gen_close_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_this(vm, args)?;
    gen_close(vm, &g)?;
    Ok(Value::None)
}

pub fn gen_close(vm: &Vm, g: &PyRef) -> PyResult<()> {
    let gd = match g.payload() {
        Payload::Generator(gd) => gd,
        _ => return Ok(()),
    };
    if gd.running.get() {
        return Err(vm.value_error("generator already executing".into()));
    }
    // SAFETY: GIL invariant; plain read of whether a frame is present.
    let alive = unsafe { (*gd.frame.get()).is_some() };
    if !alive {
        return Ok(());
    }
    if !gd.started.get() {
        // SAFETY: as above; dropped after the slot is cleared.
        let old = unsafe { (*gd.frame.get()).take() };
        drop(old);
        return Ok(());
    }
    let ge = vm.new_error_args(&rt().e.generator_exit, vec![]);
    match crate::eval::gen_resume(vm, g, Err(ge)) {
        Ok(crate::eval::Exit::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit".into())),
        Ok(crate::eval::Exit::Return(_)) => Ok(()),
        Err(e) => {
            let ev = Value::Obj(e.exc.clone());
            if vm.isinstance_of(&ev, &rt().e.generator_exit) || vm.isinstance_of(&ev, &rt().e.stop_iteration) {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

fn gen_iter_m(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ---- descriptors ---------------------------------------------------------------------------

fn property_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    let given = args.len() - 1 + kw.len();
    if given > 4 {
        return Err(vm.type_error(format!("property() takes at most 4 arguments ({} given)", given)));
    }
    for (k, _) in kw.iter() {
        match NAMES.iter().position(|n| *n == k) {
            None => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for property()", k))),
            Some(i) if i + 1 < args.len() => return Err(vm.type_error(format!("argument for property() given by name ('{}') and position ({})", k, i + 1))),
            _ => {}
        }
    }
    let get = |i: usize, n: &str| args.get(i).or_else(|| kw.get(n)).cloned().unwrap_or(Value::None);
    let fget = get(1, "fget");
    let mut doc = get(4, "doc");
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr_str(&fget, "__doc__").unwrap_or(Value::None);
    }
    let p = PyRef::new(&cls, Payload::Property(Box::new(PropertyData { fget, fset: get(2, "fset"), fdel: get(3, "fdel"), doc })));
    if typeobj::type_data(&cls).has(TF_HEAP) {
        p.set_dict(Some(dict::new_dict()));
    }
    Ok(Value::Obj(p))
}

fn prop_copy(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let (p, ty) = match &args[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Property(p) => (p, o.ty().clone()),
            _ => return Err(vm.type_error("descriptor requires a 'property' object".into())),
        },
        _ => return Err(vm.type_error("descriptor requires a 'property' object".into())),
    };
    let f = args.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let doc = if which == 0 && !g.is_none() { vm.getattr_str(&g, "__doc__").unwrap_or(Value::None) } else { p.doc.clone() };
    Ok(Value::Obj(PyRef::new(&ty, Payload::Property(Box::new(PropertyData { fget: g, fset: s, fdel: d, doc })))))
}
fn prop_getter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    prop_copy(vm, args, 0)
}
fn prop_setter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    prop_copy(vm, args, 1)
}
fn prop_deleter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    prop_copy(vm, args, 2)
}
fn prop_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    match &args[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Property(p) if p.fget.is_none() => Err(vm.attribute_error(format!("property of '{}' object has no getter", vm.type_name(&obj)))),
            Payload::Property(p) => vm.call(&p.fget, &[obj], KwArgs::EMPTY),
            _ => Err(vm.type_error("not a property".into())),
        },
        _ => Err(vm.type_error("not a property".into())),
    }
}

/// classmethod.__get__(obj, type=None): the function bound to the class.
fn classmethod_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = match args.first() {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::ClassMethod(f) => f.clone(),
            _ => return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object".into())),
        },
        _ => return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object".into())),
    };
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let ty = match args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Obj(vm.type_of(&obj).clone()),
    };
    Ok(Value::Obj(PyRef::new(&rt().t.method, Payload::Method { func: f, self_: ty })))
}

/// staticmethod.__get__(obj, type=None): the function itself.
fn staticmethod_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::StaticMethod(f) => Ok(f.clone()),
            _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object".into())),
        },
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object".into())),
    }
}

fn classmethod_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let f = args.get(1).cloned().unwrap_or(Value::None);
    let o = PyRef::new(&cls, Payload::ClassMethod(f));
    o.set_dict(Some(dict::new_dict()));
    Ok(Value::Obj(o))
}

fn staticmethod_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let f = args.get(1).cloned().unwrap_or(Value::None);
    let o = PyRef::new(&cls, Payload::StaticMethod(f));
    o.set_dict(Some(dict::new_dict()));
    Ok(Value::Obj(o))
}

/// super() / super(type, obj)
fn super_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (ty, obj) = match args.len() {
        1 => {
            // zero-argument form: the __class__ cell and the first argument of the caller
            let f = vm.current_frame().ok_or_else(|| vm.runtime_error("super(): no current frame".into()))?;
            let cd = crate::eval::frame::code_data(&f.code);
            let co = &cd.code;
            if co.argcount == 0 && co.flags & gilpy_compiler::bytecode::CO_VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments".into()));
            }
            let nl = co.varnames.len();
            let mut first = f.fast.first().cloned().unwrap_or(Value::Undef);
            if first.is_undef() {
                // the first argument may have moved into a cell
                if let Some(ci) = co.cell2arg.iter().position(|c| *c == Some(0)) {
                    if let Value::Obj(c) = &f.fast[nl + ci] {
                        if let Payload::Cell(slot) = c.payload() {
                            // SAFETY: GIL invariant; cloned out.
                            first = unsafe { (*slot.get()).clone() };
                        }
                    }
                }
            }
            if first.is_undef() {
                return Err(vm.runtime_error("super(): arg[0] deleted".into()));
            }
            let ncells = co.cellvars.len();
            let idx = co.freevars.iter().position(|n| &**n == "__class__").map(|i| nl + ncells + i);
            let cls = match idx {
                Some(i) => match &f.fast[i] {
                    Value::Obj(c) => match c.payload() {
                        // SAFETY: GIL invariant; cloned out.
                        Payload::Cell(slot) => unsafe { (*slot.get()).clone() },
                        _ => Value::Undef,
                    },
                    _ => Value::Undef,
                },
                None => return Err(vm.runtime_error("super(): __class__ cell not found".into())),
            };
            let cls = match cls {
                Value::Obj(c) if matches!(c.payload(), Payload::Type(_)) => c,
                _ => return Err(vm.runtime_error("super(): empty __class__ cell".into())),
            };
            (cls, first)
        }
        2 => (vm.expect_type(&args[1]).map_err(|_| vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&args[1]))))?, Value::None),
        _ => (
            vm.expect_type(&args[1]).map_err(|_| vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&args[1]))))?,
            args[2].clone(),
        ),
    };
    if !obj.is_none() {
        let ok = match &obj {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => typeobj::is_subtype(o, &ty) || vm.isinstance_of(&obj, &ty),
            _ => vm.isinstance_of(&obj, &ty),
        };
        if !ok {
            return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type".into()));
        }
    }
    Ok(Value::Obj(PyRef::new(&rt().t.super_, Payload::Super { ty, obj })))
}

fn method_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error("method expected 2 arguments".into()));
    }
    Ok(Value::Obj(PyRef::new(&rt().t.method, Payload::Method { func: args[1].clone(), self_: args[2].clone() })))
}

/// The type of __slots__ descriptors.
pub fn member_descriptor_type() -> PyRef {
    struct T(PyRef);
    // SAFETY: an immortal type object, only touched by the GIL holder.
    unsafe impl Sync for T {}
    // SAFETY: as above.
    unsafe impl Send for T {}
    static TY: std::sync::OnceLock<T> = std::sync::OnceLock::new();
    TY.get_or_init(|| {
        let t = typeobj::make_simple_type("member_descriptor", &rt().t.object);
        crate::types::add_methods(&t, &[("__get__", member_get), ("__set__", member_set), ("__delete__", member_delete)]);
        T(t)
    })
    .0
    .clone()
}

/// member_descriptor.__get__(obj, type=None): the slot's value (the descriptor for None).
fn member_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(1) {
        None | Some(Value::None) => Ok(args[0].clone()),
        Some(obj) => {
            let name = member_name(vm, &args[0])?;
            vm.generic_getattr(obj, &name)?.ok_or_else(|| vm.attribute_error_for(obj, &name))
        }
    }
}

fn member_set(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let name = member_name(vm, &args[0])?;
    vm.generic_setattr(&args[1], &name, Some(args[2].clone()))?;
    Ok(Value::None)
}

fn member_delete(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = member_name(vm, &args[0])?;
    vm.generic_setattr(args.get(1).unwrap_or(&Value::None), &name, None)?;
    Ok(Value::None)
}

fn member_name(vm: &Vm, d: &Value) -> PyResult<PyRef> {
    match d {
        Value::Obj(o) => match o.payload() {
            Payload::MemberDescr { name, .. } => Ok(name.clone()),
            _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object".into())),
        },
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object".into())),
    }
}

fn function_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    let _ = vm;
    Ok(Value::Obj(PyRef::new(&rt().t.method, Payload::Method { func: args[0].clone(), self_: obj })))
}

/// method_descriptor.__get__(obj, type=None): the method bound to obj (itself for None).
fn method_descr_get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let (name, f, owner) = match &args[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Builtin(b) => (b.name, b.f, b.owner.clone()),
            _ => return Err(vm.type_error("descriptor '__get__' requires a 'method_descriptor' object".into())),
        },
        _ => return Err(vm.type_error("descriptor '__get__' requires a 'method_descriptor' object".into())),
    };
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    if let Some(t) = &owner {
        if !crate::types::typeobj::is_subtype(vm.type_of(&obj), t) {
            return Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name,
                crate::types::typeobj::type_data(t).name(),
                vm.type_name(&obj)
            )));
        }
    }
    Ok(Value::Obj(PyRef::new(&rt().t.builtin, Payload::Builtin(Box::new(BuiltinData { name, f, self_: Some(obj), owner, is_method: true, module: None })))))
}

/// `__call__` of functions, methods and builtins: calling the object itself (what
/// collections.abc.Callable's check looks for in the type's dict)
fn call_self(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match args.split_first() {
        Some((f, rest)) => vm.call_kw(f, rest, kw),
        None => Err(vm.type_error("descriptor '__call__' needs an argument".into())),
    }
}

pub fn register() {
    let r = rt();
    crate::types::add_methods(&r.t.function, &[("__get__", function_get)]);
    for t in [&r.t.function, &r.t.method, &r.t.builtin] {
        crate::types::add_methods(t, &[("__call__", call_self)]);
    }
    crate::types::add_methods(&r.t.method_descr, &[("__get__", method_descr_get)]);
    crate::types::add_methods(
        &r.t.generator,
        &[("send", gen_send_m), ("throw", gen_throw_m), ("close", gen_close_m), ("__next__", gen_next_m), ("__iter__", gen_iter_m)],
    );
    crate::types::set_new(&r.t.property, property_new);
    crate::types::add_methods(&r.t.property, &[("getter", prop_getter), ("setter", prop_setter), ("deleter", prop_deleter), ("__get__", prop_get)]);
    crate::types::set_new(&r.t.classmethod, classmethod_new);
    crate::types::add_methods(&r.t.classmethod, &[("__get__", classmethod_get)]);
    crate::types::add_methods(&r.t.staticmethod, &[("__get__", staticmethod_get)]);
    crate::types::set_new(&r.t.staticmethod, staticmethod_new);
    crate::types::set_new(&r.t.super_, super_new);
    crate::types::set_new(&r.t.method, method_new);
}
