//! The methods of `object` and `type`, and the attributes every type object answers
//! (`__name__`, `__mro__`, `__dict__`, ...).

use super::payload::*;
use super::typeobj::{self, type_data};
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{dict, list, str as pystr, tuple};
use crate::Vm;

fn object_init(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let ty = vm.type_of(&args[0]);
        // object.__init__ complains about arguments only when __new__ was not overridden
        let new_overridden =
            typeobj::lookup_str(ty, "__new__").map(|n| matches!(&n, Value::Obj(o) if matches!(o.payload(), Payload::StaticMethod(_)))).unwrap_or(false);
        let init_overridden =
            typeobj::lookup_str(ty, "__init__").map(|n| matches!(&n, Value::Obj(o) if matches!(o.payload(), Payload::Function(_)))).unwrap_or(false);
        if !new_overridden || init_overridden {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)".into()));
        }
    }
    Ok(Value::None)
}

fn object_new_m(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = vm
        .expect_type(args.first().unwrap_or(&Value::None))
        .map_err(|_| vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(args.first().unwrap_or(&Value::None)))))?;
    if args.len() > 1 || !kw.is_empty() {
        let new_overridden = typeobj::lookup_str(&cls, "__new__").map(|n| matches!(&n, Value::Obj(o) if matches!(o.payload(), Payload::StaticMethod(f) if matches!(f, Value::Obj(fo) if matches!(fo.payload(), Payload::Function(_)))))).unwrap_or(false);
        let init_overridden =
            typeobj::lookup_str(&cls, "__init__").map(|n| matches!(&n, Value::Obj(o) if matches!(o.payload(), Payload::Function(_)))).unwrap_or(false);
        if new_overridden {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)".into()));
        }
        if !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", type_data(&cls).name())));
        }
    }
    typeobj::object_new(vm, &cls, &[], KwArgs::EMPTY)
}

fn object_repr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(pystr::new_str(&crate::format::native_repr(vm, &args[0])?))
}

fn object_str(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.repr(&args[0])?))
}

fn object_eq(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 && args[0].is(&args[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Obj(rt().not_implemented.clone()))
}

fn object_ne(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let r = match typeobj::lookup(vm.type_of(&args[0]), &crate::name!("__eq__")) {
        Some(eq) => vm.call(&eq, &[args[0].clone(), other], KwArgs::EMPTY)?,
        None => Value::Obj(rt().not_implemented.clone()),
    };
    if crate::protocol::is_notimpl(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match &args[0] {
        Value::Obj(o) => {
            let a = o.as_ptr() as usize;
            (((a >> 4) | (a << 60)) as i64) & i64::MAX
        }
        v => vm.hash(v)?,
    }))
}

fn object_setattr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let name = match &args[1] {
        Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => rt().intern(&pystr::data(o).s),
        _ => return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(&args[1])))),
    };
    vm.generic_setattr(&args[0], &name, Some(args[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = match args.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => rt().intern(&pystr::data(o).s),
        _ => return Err(vm.type_error("attribute name must be string".into())),
    };
    vm.generic_setattr(&args[0], &name, None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = match args.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => rt().intern(&pystr::data(o).s),
        _ => return Err(vm.type_error("attribute name must be string".into())),
    };
    match vm.generic_getattr(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(&args[0], &name)),
    }
}

fn object_format(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = args.get(1).and_then(pystr::as_str).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&args[0]))));
    }
    Ok(Value::Obj(vm.str_(&args[0])?))
}

/// Attributes that CPython keeps in a builtin type's `__dict__` as getset or member
/// descriptors and gilpy answers in its attribute lookup instead (types/misc.rs
/// special_attr, the exception and code attribute functions): dir() lists them, as CPython's
/// does, for instances and for the types and their subclasses. Every name here resolves on
/// an instance (tests/programs/builtins/dir_descriptor_attrs.py checks them all).
pub fn builtin_descriptor_names(t: &PyRef) -> &'static [&'static str] {
    let td = type_data(t);
    if td.has(TF_HEAP) || td.module() != "builtins" {
        return &[];
    }
    match td.name() {
        "int" => &["denominator", "imag", "numerator", "real"],
        "float" | "complex" => &["imag", "real"],
        "range" | "slice" => &["start", "step", "stop"],
        "function" => &[
            "__annotations__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ],
        "builtin_function_or_method" => &["__module__", "__name__", "__qualname__", "__self__"],
        "method" => &["__func__", "__self__"],
        "generator" => &["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"],
        "property" => &["__isabstractmethod__", "fdel", "fget", "fset"],
        "staticmethod" | "classmethod" => &["__dict__", "__func__", "__isabstractmethod__", "__wrapped__"],
        "super" => &["__self__", "__self_class__", "__thisclass__"],
        "BaseException" => &["__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__", "args"],
        "type" => &["__base__", "__bases__", "__dict__", "__flags__", "__module__", "__mro__", "__name__", "__qualname__"],
        "module" => &["__dict__"],
        "code" => &[
            "co_argcount",
            "co_cellvars",
            "co_consts",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_freevars",
            "co_kwonlyargcount",
            "co_name",
            "co_names",
            "co_nlocals",
            "co_posonlyargcount",
            "co_qualname",
            "co_stacksize",
            "co_varnames",
        ],
        "frame" => &["f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals", "f_trace", "f_trace_lines", "f_trace_opcodes"],
        "StopIteration" => &["value"],
        "SystemExit" => &["code"],
        "OSError" => &["errno", "filename", "filename2", "strerror"],
        "ImportError" => &["name", "path"],
        "AttributeError" => &["name", "obj"],
        "NameError" => &["name"],
        "SyntaxError" => &["end_lineno", "end_offset", "filename", "lineno", "msg", "offset", "print_file_and_line", "text"],
        "UnicodeDecodeError" | "UnicodeEncodeError" => &["encoding", "end", "object", "reason", "start"],
        _ => &[],
    }
}

fn object_dir(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let obj = &args[0];
    // as CPython's object.__dir__: the instance's `__dict__` and `__class__` as attribute
    // lookup gives them (an overridden __getattribute__ may answer)
    if let Ok(Value::Obj(d)) = vm.getattr_str(obj, "__dict__") {
        if matches!(d.payload(), Payload::Dict(_)) {
            for k in dict::keys(&d) {
                if let Some(s) = pystr::as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    }
    let cls = match vm.getattr_str(obj, "__class__") {
        Ok(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c,
        _ => vm.type_of(obj).clone(),
    };
    let ty = &cls;
    let mut types = vec![ty.clone()];
    types.extend(type_data(ty).mro_vec().iter().cloned());
    for t in types {
        for k in dict::keys(&type_data(&t).dict) {
            if let Some(s) = pystr::as_str(&k) {
                names.push(s.to_string());
            }
        }
        names.extend(builtin_descriptor_names(&t).iter().map(|s| s.to_string()));
    }
    // object's __class__ and __doc__ are handled by the attribute lookup itself, not stored
    // in its dict; CPython lists them for every object
    names.push("__class__".into());
    names.push("__doc__".into());
    names.sort();
    names.dedup();
    Ok(list::new_list(names.iter().map(|s| pystr::new_str(s)).collect()))
}

/// object.__lt__ and friends: objects have no order of their own.
fn object_no_order(_vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(rt().not_implemented.clone()))
}

/// object.__subclasshook__: no opinion (abc's issubclass falls back to the usual rules).
fn object_subclasshook(_vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(rt().not_implemented.clone()))
}

fn object_init_subclass(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => type_data(t).qualname().to_string(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
    }
    Ok(Value::None)
}

fn object_sizeof(_vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::mem::size_of::<crate::object::PyObject>() as i64))
}

fn type_mro(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = vm.expect_type(&args[0])?;
    let mut v = vec![Value::Obj(t.clone())];
    v.extend(type_data(&t).mro_vec().iter().map(|x| Value::Obj(x.clone())));
    Ok(list::new_list(v))
}

fn type_instancecheck(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = vm.expect_type(&args[0])?;
    Ok(Value::Bool(vm.isinstance_of(args.get(1).unwrap_or(&Value::None), &t)))
}

fn type_subclasscheck(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = vm.expect_type(&args[0])?;
    let c = vm.expect_type(args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Bool(typeobj::is_subtype(&c, &t)))
}

fn type_new_static(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // type.__new__(meta, name, bases, ns) as called by metaclasses
    let meta = vm.expect_type(&args[0])?;
    if args.len() == 2 {
        return Ok(Value::Obj(vm.type_of(&args[1]).clone()));
    }
    if args.len() != 4 {
        if meta.is(&rt().t.type_) {
            return Err(vm.type_error("type() takes 1 or 3 arguments".into()));
        }
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments".into()));
    }
    let name = pystr::as_str(&args[1]).ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str".into()))?.to_string();
    let bases = match &args[2] {
        Value::Obj(t) if matches!(t.payload(), Payload::Tuple(_)) => tuple::items(t).iter().map(|b| vm.expect_type(b)).collect::<Result<Vec<_>, _>>()?,
        _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple".into())),
    };
    let ns = match &args[3] {
        Value::Obj(d) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
        _ => return Err(vm.type_error("type.__new__() argument 3 must be dict".into())),
    };
    let t = typeobj::new_heap_type(vm, &meta, &name, bases, &ns)?;
    typeobj::init_subclass(vm, &t, kw)?;
    Ok(Value::Obj(t))
}

fn type_init(_vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_subclasses(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = vm.expect_type(&args[0])?;
    Ok(list::new_list(typeobj::subclasses_of(&t).into_iter().map(Value::Obj).collect()))
}

/// Attributes that type objects answer without finding them in a dict.
pub fn type_special_attr(vm: &Vm, t: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
    let td = type_data(t);
    let n = pystr::data(name).s.as_ref();
    Ok(Some(match n {
        "__name__" => pystr::new_str(td.name()),
        "__qualname__" => pystr::new_str(td.qualname()),
        "__module__" => match dict::get_str(&td.dict, name) {
            Some(m) => m,
            None => pystr::new_str(td.module()),
        },
        "__bases__" => {
            // SAFETY: GIL invariant; cloned out.
            if let Some(bt) = unsafe { (*td.bases_tuple.get()).clone() } {
                return Ok(Some(Value::Obj(bt)));
            }
            let b = td.bases_vec();
            if b.is_empty() && !t.is(&rt().t.object) {
                tuple::new_tuple(vec![Value::Obj(rt().t.object.clone())])
            } else {
                tuple::new_tuple(b.iter().map(|x| Value::Obj(x.clone())).collect())
            }
        }
        "__base__" => match td.bases_vec().first() {
            Some(b) => Value::Obj(b.clone()),
            None => {
                if t.is(&rt().t.object) {
                    Value::None
                } else {
                    Value::Obj(rt().t.object.clone())
                }
            }
        },
        "__mro__" => {
            // SAFETY: GIL invariant; cloned out.
            if let Some(m) = unsafe { (*td.mro_tuple.get()).clone() } {
                return Ok(Some(Value::Obj(m)));
            }
            let mut v = vec![Value::Obj(t.clone())];
            v.extend(td.mro_vec().iter().map(|x| Value::Obj(x.clone())));
            tuple::new_tuple(v)
        }
        "__dict__" => crate::types::mappingproxy::new_proxy(Value::Obj(td.dict.clone())),
        "__doc__" => Value::None,
        "__flags__" => Value::Int(crate::types::reduce::type_flags(t)),
        "__class__" => Value::Obj(t.ty().clone()),
        "__annotations__" if td.has(TF_HEAP) => {
            typeobj::modified(t);
            let d = dict::new_dict();
            dict::set_item(vm, &td.dict, Value::Obj(name.clone()), Value::Obj(d.clone()))?;
            Value::Obj(d)
        }
        _ => return Ok(None),
    }))
}

pub fn register() {
    let r = rt();
    crate::types::add_methods(
        &r.t.object,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_no_order),
            ("__le__", object_no_order),
            ("__gt__", object_no_order),
            ("__ge__", object_no_order),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
        ],
    );
    crate::types::add_static(&r.t.object, &[("__new__", object_new_m)]);
    crate::types::add_classmethods(&r.t.object, &[("__init_subclass__", object_init_subclass), ("__subclasshook__", object_subclasshook)]);
    crate::types::add_methods(
        &r.t.type_,
        &[
            ("mro", type_mro),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__init__", type_init),
            ("__subclasses__", type_subclasses),
            ("__call__", typeobj::type_call_method),
        ],
    );
    crate::types::add_classmethods(&r.t.type_, &[("__prepare__", type_prepare)]);
    crate::types::set_new(&r.t.type_, type_new_static);
}

/// `type.__prepare__(name, bases, **kw)`: the namespace a class body runs in.
fn type_prepare(_vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(crate::types::dict::new_dict()))
}
