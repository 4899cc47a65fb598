//! `mappingproxy`: the read-only view a class's `__dict__` is (types.MappingProxyType). It
//! reads through to the mapping it wraps, so it shows later changes; it has no way to write.

use crate::object::{PyRef, Value};
use crate::types::payload::*;
use crate::types::{dict, str as pystr};
use crate::{KwArgs, PyResult, Vm};

struct Proxy {
    mapping: Value,
}
impl NativeData for Proxy {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn proxy_type() -> PyRef {
    static TY: std::sync::OnceLock<crate::object::StaticRef> = std::sync::OnceLock::new();
    crate::object::StaticRef::get(&TY, || {
        let t = crate::modules::native_type(
            "builtins",
            "mappingproxy",
            None,
            &[
                ("__getitem__", getitem),
                ("__contains__", contains),
                ("__iter__", iter),
                ("__len__", len),
                ("__repr__", repr),
                ("__str__", str_m),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__or__", or),
                ("__ror__", ror),
                ("__reversed__", reversed),
                ("get", get),
                ("keys", keys),
                ("values", values),
                ("items", items),
                ("copy", copy),
            ],
        );
        crate::types::set_new(&t, proxy_new);
        let td = crate::types::typeobj::type_data(&t);
        td.flags.set(td.flags.get() | TF_OWN_REPR | TF_NATIVE_DUNDERS);
        t
    })
}

/// The type object, for `types.MappingProxyType`.
pub fn mappingproxy_type() -> PyRef {
    proxy_type()
}

/// A read-only view of `d`.
pub fn new_proxy(d: Value) -> Value {
    Value::Obj(PyRef::new(&proxy_type(), Payload::Native(Box::new(Proxy { mapping: d }))))
}

fn proxy_new(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = match (args.get(1), kw.get("mapping")) {
        (Some(m), _) | (None, Some(m)) => m.clone(),
        _ => return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)".into())),
    };
    let is_mapping = match &m {
        Value::Obj(o) => {
            !matches!(o.payload(), Payload::List(_) | Payload::Tuple(_))
                && vm.lookup_special(&m, "__getitem__").is_some()
                && vm.lookup_special(&m, "keys").is_some()
        }
        _ => false,
    };
    if !is_mapping {
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(&m))));
    }
    Ok(new_proxy(m))
}

fn target(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => match native::<Proxy>(o) {
            Some(p) => Ok(p.mapping.clone()),
            None => Err(vm.type_error("descriptor requires a 'mappingproxy' object".into())),
        },
        _ => Err(vm.type_error("descriptor requires a 'mappingproxy' object".into())),
    }
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

fn getitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.getitem(&target(vm, args)?, &arg(args, 1))
}

fn contains(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(&target(vm, args)?, &arg(args, 1))?))
}

fn iter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.iter(&target(vm, args)?)
}

fn len(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&target(vm, args)?)? as i64))
}

fn repr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(pystr::new_str(&format!("mappingproxy({})", vm.repr_string(&target(vm, args)?)?)))
}

fn str_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.str_(&target(vm, args)?)?))
}

fn eq(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.compare(&target(vm, args)?, &arg(args, 1), gilpy_compiler::CmpOp::Eq)
}

fn ne(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.compare(&target(vm, args)?, &arg(args, 1), gilpy_compiler::CmpOp::Ne)
}

fn or(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let other = match &arg(args, 1) {
        Value::Obj(o) if native::<Proxy>(o).is_some() => native::<Proxy>(o).unwrap().mapping.clone(),
        v => v.clone(),
    };
    vm.binop(&copy(vm, args, KwArgs::EMPTY)?, &other, gilpy_compiler::BinOp::Or)
}

fn ror(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.binop(&arg(args, 1), &copy(vm, args, KwArgs::EMPTY)?, gilpy_compiler::BinOp::Or)
}

fn reversed(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = dict::get_str(&crate::runtime::rt().builtins_dict, &crate::name!("reversed")).unwrap_or(Value::None);
    vm.call(&f, &[target(vm, args)?], KwArgs::EMPTY)
}

fn method(vm: &Vm, args: &[Value], name: &str, rest: &[Value]) -> PyResult<Value> {
    let m = vm.getattr_str(&target(vm, args)?, name)?;
    vm.call(&m, rest, KwArgs::EMPTY)
}

fn get(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method(vm, args, "get", &args[1..])
}

fn keys(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method(vm, args, "keys", &[])
}

fn values(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method(vm, args, "values", &[])
}

fn items(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method(vm, args, "items", &[])
}

fn copy(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    method(vm, args, "copy", &[])
}
