//! The small builtin types (bool, NoneType, cell, code, module) and the attributes that
//! objects of builtin layouts answer from their payload (`f.__name__`, `e.args`, `x.real`).

use super::payload::*;
use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::{dict, exceptions, int, str as pystr, tuple, typeobj};
use crate::Vm;

/// Attributes answered from the payload; Ok(None) when there is no such attribute.
pub fn special_attr(vm: &Vm, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let n = pystr::data(name).s.as_ref();
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(v).clone())));
    }
    match v {
        Value::Int(_) | Value::Bool(_) => {
            return Ok(match n {
                "real" | "numerator" => Some(Value::Int(vm.index_value(v)?)),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            })
        }
        Value::Float(f) => {
            return Ok(match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            })
        }
        _ => {}
    }
    let o = match v {
        Value::Obj(o) => o,
        _ => return Ok(None),
    };
    if n == "__dict__" && !crate::types::typeobj::type_data(o.ty()).has(TF_SLOTTED) {
        if matches!(o.payload(), Payload::Exception(_)) {
            return crate::types::exceptions::exc_attr(vm, o, n);
        }
        if let Some(d) = o.dict() {
            d.obj().set_flag(crate::object::DICT_EXPOSED, true);
            return Ok(Some(Value::Obj(d)));
        }
        if matches!(o.payload(), Payload::Function(_)) {
            let d = dict::new_dict();
            o.set_dict(Some(d.clone()));
            return Ok(Some(Value::Obj(d)));
        }
    }
    Ok(match o.payload() {
        Payload::MemberDescr { name, owner } => match n {
            "__name__" => Some(Value::Obj(name.clone())),
            "__qualname__" => Some(pystr::new_str(&format!("{}.{}", owner, pystr::data(name).s))),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Payload::BigInt(_) => match n {
            "real" | "numerator" => Some(int::from_bigint(int::to_bigint(v).unwrap())),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Payload::Complex(r, i) => match n {
            "real" => Some(Value::Float(*r)),
            "imag" => Some(Value::Float(*i)),
            _ => None,
        },
        Payload::Function(f) => {
            // SAFETY (reads below): GIL invariant; values are cloned out.
            match n {
                "__name__" => Some(Value::Obj(f.name_ref())),
                "__qualname__" => Some(Value::Obj(f.qualname_ref())),
                // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
                "__doc__" => Some(unsafe { (*f.doc.get()).clone() }),
                // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
                "__module__" => Some(unsafe { (*f.module.get()).clone() }),
                // SAFETY: GIL invariant (object/mod.rs); the value is cloned out or replaced whole, and the old one dropped after the write.
                "__defaults__" => Some(unsafe { (*f.defaults.get()).clone() }.map(Value::Obj).unwrap_or(Value::None)),
                "__kwdefaults__" => Some(f.kwdefaults_ref().map(Value::Obj).unwrap_or(Value::None)),
                "__code__" => Some(Value::Obj(f.code.clone())),
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__closure__" => Some(f.closure.clone().map(Value::Obj).unwrap_or(Value::None)),
                "__annotations__" => {
                    // made on first access and kept, as CPython does
                    let d = dict::new_dict();
                    let fd = match o.dict() {
                        Some(fd) => fd,
                        None => {
                            let fd = dict::new_dict();
                            o.set_dict(Some(fd.clone()));
                            fd
                        }
                    };
                    dict::set_item(vm, &fd, pystr::new_str("__annotations__"), Value::Obj(d.clone()))?;
                    Some(Value::Obj(d))
                }
                _ => None,
            }
        }
        Payload::Method { func, self_ } => match n {
            "__self__" => Some(self_.clone()),
            "__func__" => Some(func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => Some(vm.getattr(func, name)?),
            _ => vm.generic_getattr(func, name)?,
        },
        Payload::Builtin(b) => match n {
            "__name__" => Some(pystr::new_str(b.name)),
            "__qualname__" => Some(pystr::new_str(&match &b.owner {
                Some(t) if b.is_method => format!("{}.{}", typeobj::type_data(t).name(), b.name),
                _ => b.name.to_string(),
            })),
            "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            "__module__" => Some(match (b.module, &b.owner) {
                (Some(m), _) => pystr::new_str(m),
                (None, None) => pystr::new_str("builtins"),
                _ => Value::None,
            }),
            _ => None,
        },
        Payload::Code(c) => match n {
            "co_name" => Some(pystr::new_str(&c.code.name)),
            "co_qualname" => Some(pystr::new_str(&c.code.qualname)),
            "co_filename" => Some(pystr::new_str(&c.code.filename)),
            "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
            "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
            "co_flags" => Some(Value::Int(c.code.flags as i64)),
            "co_varnames" => Some(tuple::new_tuple(c.code.varnames.iter().map(|s| pystr::new_str(s)).collect())),
            "co_cellvars" => Some(tuple::new_tuple(c.code.cellvars.iter().map(|s| pystr::new_str(s)).collect())),
            "co_freevars" => Some(tuple::new_tuple(c.code.freevars.iter().map(|s| pystr::new_str(s)).collect())),
            "co_names" => Some(tuple::new_tuple(c.code.names.iter().map(|s| pystr::new_str(s)).collect())),
            "co_consts" => Some(tuple::new_tuple(c.consts.to_vec())),
            "co_stacksize" => Some(Value::Int(c.code.max_stack as i64)),
            _ => None,
        },
        Payload::Exception(_) => exceptions::exc_attr(vm, o, n)?,
        Payload::Slice(a, b, c) => match n {
            "start" => Some(a.clone()),
            "stop" => Some(b.clone()),
            "step" => Some(c.clone()),
            _ => None,
        },
        Payload::Range { start, stop, step } => match n {
            "start" => Some(Value::Int(*start)),
            "stop" => Some(Value::Int(*stop)),
            "step" => Some(Value::Int(*step)),
            _ => None,
        },
        Payload::BigRange(r) => match n {
            "start" => Some(int::from_bigint(r.0.clone())),
            "stop" => Some(int::from_bigint(r.1.clone())),
            "step" => Some(int::from_bigint(r.2.clone())),
            _ => None,
        },
        Payload::Property(p) => match n {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            "__isabstractmethod__" => {
                let mut any = false;
                for f in [&p.fget, &p.fset, &p.fdel] {
                    if !f.is_none() {
                        if let Ok(v) = vm.getattr_str(f, "__isabstractmethod__") {
                            any |= vm.truthy(&v)?;
                        }
                    }
                }
                Some(Value::Bool(any))
            }
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match n {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__name__" | "__qualname__" | "__doc__" => Some(vm.getattr(f, name)?),
            "__isabstractmethod__" => Some(match vm.getattr_str(f, "__isabstractmethod__") {
                Ok(v) => Value::Bool(vm.truthy(&v)?),
                Err(_) => Value::Bool(false),
            }),
            _ => None,
        },
        Payload::Generator(g) => match n {
            "__name__" => Some(Value::Obj(g.name.clone())),
            "__qualname__" => Some(Value::Obj(g.qualname.clone())),
            _ if !o.ty().is(&rt().t.generator) => crate::types::coroutine::attr(vm, o, g, n)?,
            "gi_running" => Some(Value::Bool(g.running.get())),
            "gi_code" => Some(Value::Obj(g.code.clone())),
            "gi_frame" => Some(crate::types::frame::generator_frame(vm, g)),
            // SAFETY: GIL invariant; plain read.
            "gi_suspended" => Some(Value::Bool(g.started.get() && !g.running.get() && unsafe { (*g.frame.get()).is_some() })),
            "gi_yieldfrom" => Some(crate::types::coroutine::awaiting(o).unwrap_or(Value::None)),
            _ => None,
        },
        Payload::Cell(c) => match n {
            "cell_contents" => {
                // SAFETY: GIL invariant; cloned out.
                let v = unsafe { (*c.get()).clone() };
                if v.is_undef() {
                    return Err(vm.value_error("Cell is empty".into()));
                }
                Some(v)
            }
            _ => None,
        },
        Payload::Native(nd) => nd.attr(vm, n)?,
        Payload::File(fd) => match n {
            "name" => Some(fd.name.clone()),
            "mode" => Some(pystr::new_str(&fd.mode)),
            "closed" => Some(Value::Bool(fd.closed.get())),
            "encoding" if !fd.binary => Some(pystr::new_str(&fd.encoding)),
            "buffer" => crate::types::file::buffer_of(o),
            _ => None,
        },
        Payload::Super { ty, obj } => match n {
            "__thisclass__" => Some(Value::Obj(ty.clone())),
            "__self_class__" => Some(match obj {
                Value::Obj(t) if matches!(t.payload(), Payload::Type(_)) && crate::types::typeobj::is_subtype(t, ty) => obj.clone(),
                Value::None => Value::None,
                _ => Value::Obj(vm.type_of(obj).clone()),
            }),
            "__self__" => Some(obj.clone()),
            _ => None,
        },
        _ => None,
    })
}

fn bool_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments".into()));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", args.len() - 1)));
    }
    match args.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn none_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments".into()));
    }
    Ok(Value::None)
}

fn module_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = args.get(1).cloned().ok_or_else(|| vm.type_error("module() missing required argument 'name' (pos 1)".into()))?;
    let d = dict::new_dict();
    dict::set_item(vm, &d, pystr::new_str("__name__"), name)?;
    dict::set_item(vm, &d, pystr::new_str("__doc__"), args.get(2).cloned().unwrap_or(Value::None))?;
    Ok(Value::Obj(PyRef::new(&rt().t.module, Payload::Module(ModuleData { dict: d }))))
}

pub fn register() {
    let r = rt();
    crate::types::set_new(&r.t.bool_, bool_new);
    crate::types::set_new(&r.t.none, none_new);
    crate::types::set_new(&r.t.module, module_new);
}
