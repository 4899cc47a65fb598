//! The special methods of the builtin types as attributes (`int.__lt__`, `(1).__neg__()`,
//! `str.__hash__`, `super().__eq__(other)` in a subclass). The interpreter itself never calls
//! these: it works on the payload directly. They exist so Python code can name them, and so a
//! builtin base comes before a mixin in the method resolution order, as in CPython
//! (`class Color(int, Enum)` hashes and compares as an int).
//!
//! Each method first turns its receiver into the plain builtin value (a subclass instance's
//! payload copied into an exact int/str/list...), so it can never reach a subclass's override
//! of the same method and recurse.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::{bytes, dict, float, int, list, set, str as pystr, tuple, typeobj};
use crate::{KwArgs, PyResult, Vm};
use gilpy_compiler::CmpOp;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Set,
    Dict,
    Range,
}

fn kind_of(v: &Value) -> Option<Kind> {
    Some(match v {
        Value::Int(_) | Value::Bool(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(_) => Kind::Int,
            Payload::Float(_) => Kind::Float,
            Payload::Complex(..) => Kind::Complex,
            Payload::Str(_) => Kind::Str,
            Payload::Bytes(_) | Payload::ByteArray(_) => Kind::Bytes,
            Payload::List(_) => Kind::List,
            Payload::Tuple(_) => Kind::Tuple,
            Payload::Set(_) => Kind::Set,
            Payload::Dict(_) => Kind::Dict,
            Payload::Range { .. } | Payload::BigRange(_) => Kind::Range,
            _ => return None,
        },
        _ => return None,
    })
}

/// The receiver as an exact builtin value.
fn plain(vm: &Vm, v: &Value) -> PyResult<Value> {
    let o = match v {
        Value::Obj(o) => o,
        _ => return Ok(v.clone()),
    };
    if !typeobj::type_data(o.ty()).has(TF_HEAP) {
        return Ok(v.clone());
    }
    Ok(match o.payload() {
        Payload::BigInt(b) => int::from_bigint(b.clone()),
        Payload::Float(f) => Value::Float(*f),
        Payload::Complex(r, i) => float::new_complex(*r, *i),
        Payload::Str(s) => pystr::new_str(&s.s),
        Payload::Bytes(b) => bytes::new_bytes(b.to_vec()),
        Payload::List(_) => list::new_list(list::snapshot(o)),
        Payload::Tuple(t) => tuple::new_tuple(t.to_vec()),
        Payload::Set(_) => {
            let frozen = typeobj::is_subtype(o.ty(), &rt().t.frozenset);
            Value::Obj(set::copy_set(vm, o, frozen)?)
        }
        Payload::Dict(_) => {
            let d = dict::new_dict();
            for (k, v) in dict::items(o) {
                dict::set_item(vm, &d, k, v)?;
            }
            Value::Obj(d)
        }
        _ => v.clone(),
    })
}

fn not_impl() -> Value {
    Value::Obj(rt().not_implemented.clone())
}

fn recv(vm: &Vm, args: &[Value], want: Kind, name: &str) -> PyResult<Value> {
    match args.first() {
        Some(v) if kind_of(v) == Some(want) || (want == Kind::Float && matches!(v, Value::Float(_))) => plain(vm, v),
        Some(v) => {
            let tn = match want {
                Kind::Int => "int",
                Kind::Float => "float",
                Kind::Complex => "complex",
                Kind::Str => "str",
                Kind::Bytes => "bytes",
                Kind::List => "list",
                Kind::Tuple => "tuple",
                Kind::Set => "set",
                Kind::Dict => "dict",
                Kind::Range => "range",
            };
            Err(vm.type_error(format!("descriptor '{}' requires a '{}' object but received a '{}'", name, tn, vm.type_name(v))))
        }
        None => Err(vm.type_error(format!("descriptor '{}' needs an argument", name))),
    }
}

/// Which kinds of right operand a type's comparison accepts.
fn accepts(me: Kind, other: Kind) -> bool {
    match me {
        Kind::Int => other == Kind::Int,
        Kind::Float => matches!(other, Kind::Int | Kind::Float),
        Kind::Complex => matches!(other, Kind::Int | Kind::Float | Kind::Complex),
        k => k == other,
    }
}

fn compare(vm: &Vm, args: &[Value], me: Kind, op: CmpOp) -> PyResult<Value> {
    let a = recv(vm, args, me, op.dunder())?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    match kind_of(&other) {
        Some(k) if accepts(me, k) => {
            // complex, dict and range have only equality
            if matches!(me, Kind::Complex | Kind::Dict | Kind::Range) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(not_impl());
            }
            let b = plain(vm, &other)?;
            vm.compare(&a, &b, op)
        }
        _ => Ok(not_impl()),
    }
}

macro_rules! cmp_fns {
    ($($fname:ident, $kind:ident, $op:ident;)*) => {
        $(fn $fname(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> { compare(vm, args, Kind::$kind, CmpOp::$op) })*
    };
}

macro_rules! kind_cmps {
    ($($kind:ident: $lt:ident $le:ident $eq:ident $ne:ident $gt:ident $ge:ident;)*) => {
        $(cmp_fns! { $lt, $kind, Lt; $le, $kind, Le; $eq, $kind, Eq; $ne, $kind, Ne; $gt, $kind, Gt; $ge, $kind, Ge; })*
    };
}

kind_cmps! {
    Int: int_lt int_le int_eq int_ne int_gt int_ge;
    Float: float_lt float_le float_eq float_ne float_gt float_ge;
    Complex: complex_lt complex_le complex_eq complex_ne complex_gt complex_ge;
    Str: str_lt str_le str_eq str_ne str_gt str_ge;
    Bytes: bytes_lt bytes_le bytes_eq bytes_ne bytes_gt bytes_ge;
    List: list_lt list_le list_eq list_ne list_gt list_ge;
    Tuple: tuple_lt tuple_le tuple_eq tuple_ne tuple_gt tuple_ge;
    Set: set_lt set_le set_eq set_ne set_gt set_ge;
    Dict: dict_lt dict_le dict_eq dict_ne dict_gt dict_ge;
    Range: range_lt range_le range_eq range_ne range_gt range_ge;
}

fn hash_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = plain(vm, &args[0])?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn repr_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // on the object itself, so a container that holds itself prints as [...] / {...}
    Ok(pystr::new_str(&crate::format::native_repr(vm, &args[0])?))
}

fn bool_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = plain(vm, &args[0])?;
    Ok(Value::Bool(vm.truthy(&v)?))
}

fn neg_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.unary_neg(&plain(vm, &args[0])?)
}

fn pos_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.unary_pos(&plain(vm, &args[0])?)
}

fn invert_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.unary_invert(&plain(vm, &args[0])?)
}

fn builtin(name: &str) -> Value {
    dict::get_str(&rt().builtins_dict, &rt().intern(name)).unwrap_or(Value::None)
}

/// `builtin_name(plain(self), *rest)`
fn via_builtin(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let mut a = vec![plain(vm, &args[0])?];
    a.extend_from_slice(&args[1..]);
    vm.call(&builtin(name), &a, KwArgs::EMPTY)
}

fn abs_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    via_builtin(vm, "abs", &args[..1])
}

fn int_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    via_builtin(vm, "int", &args[..1])
}

fn float_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    via_builtin(vm, "float", &args[..1])
}

fn complex_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    via_builtin(vm, "complex", &args[..1])
}

fn round_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = args.len().min(2);
    let mut a = args[..n].to_vec();
    if a.len() == 2 && a[1].is_none() {
        a.pop();
    }
    via_builtin(vm, "round", &a)
}

fn math_fn(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::runtime::import::import_module(vm, "math")?;
    let f = vm.getattr_str(&Value::Obj(m), name)?;
    vm.call(&f, &[plain(vm, &args[0])?], KwArgs::EMPTY)
}

fn trunc_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    math_fn(vm, "trunc", args)
}

fn floor_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    math_fn(vm, "floor", args)
}

fn ceil_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    math_fn(vm, "ceil", args)
}

fn numeric_other(me: Kind, other: &Value) -> bool {
    matches!(kind_of(other), Some(k) if accepts(me, k))
}

/// divmod with the receiver on the left (or, `reflected`, on the right), for `me`'s operands.
fn divmod_as(vm: &Vm, args: &[Value], me: Kind, reflected: bool) -> PyResult<Value> {
    let o = args.get(1).cloned().unwrap_or(Value::None);
    if !numeric_other(me, &o) {
        return Ok(not_impl());
    }
    let (a, b) = (plain(vm, &args[0])?, plain(vm, &o)?);
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    vm.call(&builtin("divmod"), &[x, y], KwArgs::EMPTY)
}

fn divmod_int(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod_as(vm, args, Kind::Int, false)
}

fn rdivmod_int(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod_as(vm, args, Kind::Int, true)
}

fn divmod_float(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod_as(vm, args, Kind::Float, false)
}

fn rdivmod_float(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    divmod_as(vm, args, Kind::Float, true)
}

fn reversed_m(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    via_builtin(vm, "reversed", &args[..1])
}

fn bytes_str(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    repr_m(vm, args, KwArgs::EMPTY)
}

fn bytes_bytes(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    plain(vm, &args[0])
}

/// Reflected and in-place set operators: `a.__rsub__(b)` is `b - a` on plain sets.
macro_rules! set_ops {
    ($($fname:ident, $op:ident, $reflected:expr, $inplace:expr;)*) => {
        $(fn $fname(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let other = args.get(1).cloned().unwrap_or(Value::None);
            if kind_of(&other) != Some(Kind::Set) {
                return Ok(not_impl());
            }
            if $inplace {
                if let Value::Obj(o) = &args[0] {
                    return match set::inplace(vm, o, &other, gilpy_compiler::BinOp::$op)? {
                        Some(v) => Ok(v),
                        None => Ok(not_impl()),
                    };
                }
            }
            let (a, b) = if $reflected { (plain(vm, &other)?, plain(vm, &args[0])?) } else { (plain(vm, &args[0])?, plain(vm, &other)?) };
            vm.native_binop(&a, &b, gilpy_compiler::BinOp::$op)
        })*
    };
}

set_ops! {
    set_rand, And, true, false; set_ror, Or, true, false; set_rsub, Sub, true, false; set_rxor, Xor, true, false;
    set_iand, And, false, true; set_ior, Or, false, true; set_isub, Sub, false, true; set_ixor, Xor, false, true;
}

fn dict_ror(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if kind_of(&other) != Some(Kind::Dict) {
        return Ok(not_impl());
    }
    vm.native_binop(&plain(vm, &other)?, &plain(vm, &args[0])?, gilpy_compiler::BinOp::Or)
}

fn dict_ior(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if let Value::Obj(d) = &args[0] {
        dict::update_from(vm, d, &other)?;
    }
    Ok(args[0].clone())
}

type Methods = &'static [(&'static str, NativeFn)];

pub fn register() {
    let r = rt();
    let add = |t: &PyRef, m: Methods| {
        // a method the type already has (written elsewhere with its own semantics) stays
        let td = typeobj::type_data(t);
        let missing: Vec<(&'static str, NativeFn)> = m.iter().copied().filter(|(n, _)| dict::get_str(&td.dict, &rt().intern(n)).is_none()).collect();
        crate::types::add_methods(t, &missing);
    };
    macro_rules! cmps {
        ($lt:ident $le:ident $eq:ident $ne:ident $gt:ident $ge:ident) => {
            &[("__lt__", $lt as NativeFn), ("__le__", $le), ("__eq__", $eq), ("__ne__", $ne), ("__gt__", $gt), ("__ge__", $ge)]
        };
    }
    let common: Methods = &[("__hash__", hash_m), ("__repr__", repr_m)];
    let number: Methods = &[("__bool__", bool_m), ("__neg__", neg_m), ("__pos__", pos_m), ("__abs__", abs_m)];
    add(&r.t.int, cmps!(int_lt int_le int_eq int_ne int_gt int_ge));
    add(&r.t.float, cmps!(float_lt float_le float_eq float_ne float_gt float_ge));
    add(&r.t.complex, cmps!(complex_lt complex_le complex_eq complex_ne complex_gt complex_ge));
    add(&r.t.str, cmps!(str_lt str_le str_eq str_ne str_gt str_ge));
    add(&r.t.bytes, cmps!(bytes_lt bytes_le bytes_eq bytes_ne bytes_gt bytes_ge));
    add(&r.t.list, cmps!(list_lt list_le list_eq list_ne list_gt list_ge));
    add(&r.t.tuple, cmps!(tuple_lt tuple_le tuple_eq tuple_ne tuple_gt tuple_ge));
    add(&r.t.set, cmps!(set_lt set_le set_eq set_ne set_gt set_ge));
    add(&r.t.frozenset, cmps!(set_lt set_le set_eq set_ne set_gt set_ge));
    add(&r.t.dict, cmps!(dict_lt dict_le dict_eq dict_ne dict_gt dict_ge));
    add(&r.t.range, cmps!(range_lt range_le range_eq range_ne range_gt range_ge));
    for t in [&r.t.int, &r.t.float, &r.t.complex, &r.t.str, &r.t.bytes, &r.t.tuple, &r.t.frozenset, &r.t.range] {
        add(t, common);
    }
    for t in [&r.t.list, &r.t.dict, &r.t.set, &r.t.bytearray] {
        add(t, &[("__repr__", repr_m)]);
        // mutable containers are unhashable: their __hash__ is None
        let td = typeobj::type_data(t);
        dict::set_str_raw(&td.dict, "__hash__", Value::None);
    }
    for t in [&r.t.int, &r.t.float, &r.t.complex] {
        add(t, number);
    }
    add(&r.t.int, &[("__invert__", invert_m), ("__float__", float_m), ("__divmod__", divmod_int), ("__rdivmod__", rdivmod_int)]);
    add(&r.t.int, &[("__round__", round_m), ("__trunc__", trunc_m), ("__floor__", floor_m), ("__ceil__", ceil_m)]);
    add(
        &r.t.float,
        &[
            ("__int__", int_m),
            ("__float__", float_m),
            ("__divmod__", divmod_float),
            ("__rdivmod__", rdivmod_float),
            ("__round__", round_m),
            ("__trunc__", trunc_m),
            ("__floor__", floor_m),
            ("__ceil__", ceil_m),
        ],
    );
    add(&r.t.complex, &[("__complex__", complex_m)]);
    add(&r.t.range, &[("__bool__", bool_m), ("__reversed__", reversed_m)]);
    add(&r.t.list, &[("__reversed__", reversed_m)]);
    add(&r.t.dict, &[("__reversed__", reversed_m), ("__ror__", dict_ror), ("__ior__", dict_ior)]);
    add(&r.t.bytes, &[("__str__", bytes_str), ("__bytes__", bytes_bytes)]);
    let set_reflected: Methods = &[("__rand__", set_rand), ("__ror__", set_ror), ("__rsub__", set_rsub), ("__rxor__", set_rxor)];
    add(&r.t.set, set_reflected);
    add(&r.t.frozenset, set_reflected);
    add(&r.t.set, &[("__iand__", set_iand), ("__ior__", set_ior), ("__isub__", set_isub), ("__ixor__", set_ixor)]);
}
