//! One file per builtin type, named after it. Each file ends with a `register` function that
//! lists the type's methods in a table a grep finds. This file holds what they share.

pub mod builtin_dunders;
pub mod bytes;
pub mod coroutine;
pub mod dict;
pub mod escape_codec;
pub mod exc_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod genericalias;
pub mod getset;
pub mod int;
pub mod iter;
pub mod list;
pub mod listsort;
pub mod mappingproxy;
pub mod misc;
pub mod payload;
pub mod range;
pub mod reduce;
pub mod set;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod union;
pub mod weakref;

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
        // SAFETY: GIL invariant; plain reads.
        if !g.started.get() && o.ty().is(&rt().t.coroutine) && unsafe { (*g.frame.get()).is_some() } {
            // "coroutine ... was never awaited"
            return true;
        }
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
/// A native module's function, whose `__module__` names the module.
pub fn module_fn(name: &'static str, f: NativeFn, module: &'static str) -> PyRef {
    PyRef::new_immortal(
        Some(&rt().t.builtin),
        Payload::Builtin(Box::new(BuiltinData { name, f, self_: None, owner: None, is_method: false, module: Some(module) })),
    )
}

pub fn builtin_fn(name: &'static str, f: NativeFn) -> PyRef {
    PyRef::new_immortal(Some(&rt().t.builtin), Payload::Builtin(Box::new(BuiltinData { name, f, self_: None, owner: None, is_method: false, module: None })))
}

/// Methods that take no arguments check it, as CPython's METH_NOARGS does.
pub fn no_args(vm: &crate::Vm, qualname: &str, args: &[Value]) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error(format!("{}() takes no arguments ({} given)", qualname, args.len() - 1)));
    }
    Ok(())
}

/// Put methods into a builtin type's dict.
pub fn add_methods(ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    let td = typeobj::type_data(ty);
    for (name, f) in methods {
        let m =
            // unbound, a builtin type's method is a method_descriptor, as in CPython
            PyRef::new_immortal(Some(&rt().t.method_descr), Payload::Builtin(Box::new(BuiltinData { name, f: *f, self_: None, owner: Some(ty.clone()), is_method: true, module: None })));
        dict::set_str_raw(&td.dict, name, Value::Obj(m));
    }
}

/// Put static attributes (class-level functions called without a receiver) into a type.
pub fn add_static(ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    let td = typeobj::type_data(ty);
    for (name, f) in methods {
        let m = PyRef::new_immortal(
            Some(&rt().t.builtin),
            Payload::Builtin(Box::new(BuiltinData { name, f: *f, self_: None, owner: Some(ty.clone()), is_method: false, module: None })),
        );
        let sm = PyRef::new_immortal(Some(&rt().t.staticmethod), Payload::StaticMethod(Value::Obj(m)));
        dict::set_str_raw(&td.dict, name, Value::Obj(sm));
    }
}

/// Put class methods (receiving the type) into a builtin type.
pub fn add_classmethods(ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    let td = typeobj::type_data(ty);
    for (name, f) in methods {
        let m = PyRef::new_immortal(
            Some(&rt().t.builtin),
            Payload::Builtin(Box::new(BuiltinData { name, f: *f, self_: None, owner: Some(ty.clone()), is_method: false, module: None })),
        );
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
    // `cls.__new__` and super().__new__(cls, ...) find the native constructor
    let td = typeobj::type_data(ty);
    let m = PyRef::new_immortal(
        Some(&rt().t.builtin),
        Payload::Builtin(Box::new(BuiltinData { name: "__new__", f, self_: None, owner: Some(ty.clone()), is_method: false, module: None })),
    );
    let sm = PyRef::new_immortal(Some(&rt().t.staticmethod), Payload::StaticMethod(Value::Obj(m)));
    dict::set_str_raw(&td.dict, "__new__", Value::Obj(sm));
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
    exc_group::register();
    iter::register();
    misc::register();
    file::register();
    dunders::register();
    genericalias::register();
    reduce::register();
    coroutine::register();
    builtin_dunders::register();
}

pub mod slots;
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

/// The item and size special methods of the builtin containers (`list.__getitem__`,
/// `super().__len__()` in a subclass): they act on the payload directly, never through a
/// subclass's override.
pub mod dunders {
    use super::payload::*;
    use crate::object::{PyRef, Value};
    use crate::Vm;

    fn recv(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
        match args.first() {
            Some(Value::Obj(o)) => Ok(o.clone()),
            _ => Err(vm.type_error("descriptor needs an object receiver".into())),
        }
    }
    fn arg(args: &[Value], i: usize) -> Value {
        args.get(i).cloned().unwrap_or(Value::None)
    }

    pub fn getitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let o = recv(vm, args)?;
        let k = arg(args, 1);
        match o.payload() {
            Payload::List(_) => super::list::getitem(vm, &o, &k),
            Payload::Tuple(_) => super::tuple::getitem(vm, &o, &k),
            Payload::Str(_) => super::str::getitem(vm, &o, &k),
            Payload::Range { .. } => super::range::getitem(vm, &o, &k),
            Payload::Bytes(_) | Payload::ByteArray(_) => super::bytes::getitem(vm, &o, &k),
            Payload::Dict(_) => super::dict::getitem(vm, &o, &k),
            _ => Err(vm.type_error(format!("'{}' object is not subscriptable", vm.type_name(&args[0])))),
        }
    }
    pub fn setitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let o = recv(vm, args)?;
        match o.payload() {
            Payload::List(_) => super::list::setitem(vm, &o, &arg(args, 1), arg(args, 2))?,
            Payload::ByteArray(_) => super::bytes::bytearray_setitem(vm, &o, &arg(args, 1), arg(args, 2))?,
            _ => return Err(vm.type_error(format!("'{}' object does not support item assignment", vm.type_name(&args[0])))),
        }
        Ok(Value::None)
    }
    pub fn delitem(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let o = recv(vm, args)?;
        match o.payload() {
            Payload::List(_) => super::list::delitem(vm, &o, &arg(args, 1))?,
            _ => return Err(vm.type_error(format!("'{}' object doesn't support item deletion", vm.type_name(&args[0])))),
        }
        Ok(Value::None)
    }
    pub fn len(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let o = recv(vm, args)?;
        let n = match o.payload() {
            Payload::Str(s) => s.chars,
            Payload::List(_) => super::list::len(&o),
            Payload::Tuple(t) => t.len(),
            Payload::Dict(_) => super::dict::len(&o),
            Payload::Set(s) => s.len(),
            Payload::Bytes(b) => b.len(),
            Payload::Range { start, stop, step } => super::range::range_len(*start, *stop, *step) as usize,
            // SAFETY: GIL invariant; plain read.
            Payload::ByteArray(b) => unsafe { (*b.get()).len() },
            Payload::BigRange(r) => {
                return num_traits::ToPrimitive::to_usize(&super::range::big_len(r))
                    .filter(|n| *n <= isize::MAX as usize)
                    .map(|n| Value::Int(n as i64))
                    .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t".into()));
            }
            _ => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(&args[0])))),
        };
        Ok(Value::Int(n as i64))
    }
    pub fn contains(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let o = recv(vm, args)?;
        let k = arg(args, 1);
        // the builtin containment of the payload, whatever the subclass says
        let plain = match o.payload() {
            Payload::List(_) => Value::Obj(super::list::new_list_ref(super::list::snapshot(&o))),
            Payload::Tuple(t) => super::tuple::new_tuple(t.to_vec()),
            Payload::Str(s) => super::str::new_str(&s.s),
            Payload::Set(_) => return Ok(Value::Bool(super::set::contains(vm, &o, &k)?)),
            Payload::Dict(_) => return Ok(Value::Bool(super::dict::contains(vm, &o, &k)?)),
            _ => args[0].clone(),
        };
        Ok(Value::Bool(vm.contains(&plain, &k)?))
    }
    pub fn iter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let o = recv(vm, args)?;
        let plain = match o.payload() {
            Payload::List(_) => return Ok(super::iter::new_iter("list_iterator", IterKind::Seq { seq: o.clone(), idx: 0 })),
            Payload::Tuple(_) => return Ok(super::iter::new_iter("tuple_iterator", IterKind::Seq { seq: o.clone(), idx: 0 })),
            Payload::Dict(_) => {
                return Ok(super::iter::new_iter(
                    "dict_keyiterator",
                    IterKind::Dict { dict: o.clone(), pos: 0, kind: 0, len: super::dict::len(&o), remaining: super::dict::len(&o), last: None },
                ))
            }
            Payload::Str(s) => super::str::new_str(&s.s),
            _ => args[0].clone(),
        };
        vm.iter(&plain)
    }

    /// int's operator methods take only ints (`(3).__truediv__(0.5)` is NotImplemented;
    /// Python then asks float)
    fn int_only(receiver: &Value, other: &Value) -> bool {
        super::int::is_int(receiver)
            && !super::int::is_int(other)
            && !matches!(other, Value::Obj(o) if matches!(o.payload(), Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
    }

    macro_rules! operator_methods {
        ($($name:ident, $rname:ident, $op:ident;)*) => {
            $(
                fn $name(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                    let other = args.get(1).unwrap_or(&Value::None);
                    if int_only(&args[0], other) {
                        return Ok(Value::Obj(crate::runtime::rt().not_implemented.clone()));
                    }
                    vm.native_binop(&args[0], other, gilpy_compiler::BinOp::$op)
                }
                fn $rname(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                    let other = args.get(1).unwrap_or(&Value::None);
                    if int_only(&args[0], other) {
                        return Ok(Value::Obj(crate::runtime::rt().not_implemented.clone()));
                    }
                    vm.native_binop(other, &args[0], gilpy_compiler::BinOp::$op)
                }
            )*
        };
    }
    /// int.__pow__ and friends with a modulus: three-argument pow()
    fn op_pow3(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        match args.get(2) {
            Some(m) if !m.is_none() => {
                if int_only(&args[0], &args[1]) {
                    return Ok(Value::Obj(crate::runtime::rt().not_implemented.clone()));
                }
                crate::modules::builtins::b_pow(vm, args, KwArgs::EMPTY)
            }
            _ => op_pow(vm, args, kw),
        }
    }

    /// the `+` of str, list, tuple, bytes: a non-sequence operand is an error, not
    /// NotImplemented (CPython's sq_concat)
    fn op_seq_add(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        let r = op_add(vm, args, kw)?;
        if crate::protocol::is_notimpl(&r) {
            let other = args.get(1).unwrap_or(&Value::None);
            let (me, them) = (vm.type_name(&args[0]), vm.type_name(other));
            let msg = match me.as_str() {
                "bytes" | "bytearray" => format!("can't concat {} to {}", them, me),
                _ => format!("can only concatenate {} (not \"{}\") to {}", me, them, me),
            };
            return Err(vm.type_error(msg));
        }
        Ok(r)
    }

    /// bool.__repr__: 'True' / 'False'
    fn bool_repr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        match args.first() {
            Some(Value::Bool(b)) => Ok(super::str::new_str(if *b { "True" } else { "False" })),
            Some(v) => Err(vm.type_error(format!("descriptor '__repr__' requires a 'bool' object but received a '{}'", vm.type_name(v)))),
            None => Err(vm.type_error("descriptor '__repr__' of 'bool' object needs an argument".into())),
        }
    }

    operator_methods! {
        op_add, op_radd, Add; op_sub, op_rsub, Sub; op_mul, op_rmul, Mul; op_truediv, op_rtruediv, TrueDiv;
        op_floordiv, op_rfloordiv, FloorDiv; op_mod, op_rmod, Mod; op_pow, op_rpow, Pow;
        op_and, op_rand, And; op_or, op_ror, Or; op_xor, op_rxor, Xor; op_lshift, op_rlshift, LShift; op_rshift, op_rrshift, RShift;
    }

    /// int.__repr__: the digits, also for bools (`int.__repr__(True)` is '1')
    pub fn int_repr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let v = match &args[0] {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        };
        Ok(super::str::new_str(&super::int::int_repr(vm, &v)?))
    }

    /// str.__str__: the text as an exact str (a subclass prints its text, not its repr)
    pub fn str_str(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        match args.first() {
            Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => Ok(super::str::new_str(&super::str::data(o).s)),
            _ => Err(vm.type_error("descriptor '__str__' requires a 'str' object".into())),
        }
    }

    fn none_bool(_vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        Ok(Value::Bool(false))
    }

    /// NotImplemented is true, with the DeprecationWarning CPython 3.9+ gives for using it so
    fn notimpl_bool(vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
        let warnings = crate::runtime::import::import_module(vm, "warnings")?;
        let warn = vm.getattr_str(&Value::Obj(warnings), "warn")?;
        let msg = super::str::new_str("NotImplemented should not be used in a boolean context");
        let category = Value::Obj(crate::runtime::rt().e.deprecation_warning.clone());
        vm.call(&warn, &[msg, category], KwArgs::EMPTY)?;
        Ok(Value::Bool(true))
    }

    pub fn register() {
        let r = crate::runtime::rt();
        super::add_methods(&r.t.str, &[("__str__", str_str)]);
        super::add_methods(&r.t.none, &[("__bool__", none_bool)]);
        super::add_methods(r.not_implemented.ty(), &[("__bool__", notimpl_bool)]);
        // truth tests look for its __bool__ (the warning) instead of answering True themselves
        let nt = super::typeobj::type_data(r.not_implemented.ty());
        nt.flags.set(nt.flags.get() | TF_DISPATCH);
        let numeric: &[(&'static str, NativeFn)] = &[
            ("__add__", op_add),
            ("__radd__", op_radd),
            ("__sub__", op_sub),
            ("__rsub__", op_rsub),
            ("__mul__", op_mul),
            ("__rmul__", op_rmul),
            ("__truediv__", op_truediv),
            ("__rtruediv__", op_rtruediv),
            ("__floordiv__", op_floordiv),
            ("__rfloordiv__", op_rfloordiv),
            ("__mod__", op_mod),
            ("__rmod__", op_rmod),
            ("__pow__", op_pow3),
            ("__rpow__", op_rpow),
        ];
        let bits: &[(&'static str, NativeFn)] = &[
            ("__and__", op_and),
            ("__rand__", op_rand),
            ("__or__", op_or),
            ("__ror__", op_ror),
            ("__xor__", op_xor),
            ("__rxor__", op_rxor),
            ("__lshift__", op_lshift),
            ("__rlshift__", op_rlshift),
            ("__rshift__", op_rshift),
            ("__rrshift__", op_rrshift),
        ];
        for t in [&r.t.int, &r.t.float] {
            super::add_methods(t, numeric);
        }
        // complex has no // or % since Python 3.0 (its operators say "unsupported operand")
        let complex_ops: Vec<(&'static str, NativeFn)> = numeric.iter().filter(|(n, _)| !n.contains("floordiv") && !n.contains("mod")).copied().collect();
        super::add_methods(&r.t.complex, &complex_ops);
        super::add_methods(&r.t.int, bits);
        super::add_methods(
            &r.t.bool_,
            &[("__and__", op_and), ("__rand__", op_rand), ("__or__", op_or), ("__ror__", op_ror), ("__xor__", op_xor), ("__rxor__", op_rxor)],
        );
        super::add_methods(&r.t.int, &[("__repr__", int_repr)]);
        super::add_methods(&r.t.bool_, &[("__repr__", bool_repr)]);
        for t in [&r.t.str, &r.t.list, &r.t.tuple, &r.t.bytes, &r.t.bytearray] {
            super::add_methods(t, &[("__add__", op_seq_add), ("__mul__", op_mul), ("__rmul__", op_rmul)]);
        }
        for t in [&r.t.str, &r.t.bytes, &r.t.bytearray] {
            super::add_methods(t, &[("__mod__", op_mod), ("__rmod__", op_rmod)]);
        }
        for t in [&r.t.set, &r.t.frozenset] {
            super::add_methods(t, &[("__or__", op_or), ("__and__", op_and), ("__sub__", op_sub), ("__xor__", op_xor)]);
        }
        super::add_methods(&r.t.dict, &[("__or__", op_or)]);
        let all: &[(&'static str, NativeFn)] = &[("__len__", len), ("__contains__", contains), ("__iter__", iter)];
        for t in [&r.t.list, &r.t.tuple, &r.t.str, &r.t.bytes, &r.t.bytearray, &r.t.range, &r.t.set, &r.t.frozenset] {
            super::add_methods(t, all);
        }
        for t in [&r.t.list, &r.t.tuple, &r.t.str, &r.t.bytes, &r.t.bytearray, &r.t.range] {
            super::add_methods(t, &[("__getitem__", getitem)]);
        }
        super::add_methods(&r.t.dict, &[("__len__", len), ("__iter__", iter)]);
        super::add_methods(&r.t.list, &[("__setitem__", setitem), ("__delitem__", delitem)]);
        super::add_methods(&r.t.bytearray, &[("__setitem__", setitem)]);
    }
}

/// Whether the machine can give `bytes` bytes: MemoryError (with no message, as CPython's
/// failed malloc gives) when it cannot. Rust aborts the process on a failed allocation, so
/// every size a program chooses (widths, repeat counts, lengths) is asked for here first.
/// Small sizes cost one comparison; a large one is reserved and released at once (the
/// kernel maps it lazily, so a size that fits costs no memory).
pub fn check_alloc(vm: &crate::Vm, bytes: u128) -> PyResult<()> {
    if bytes < (1 << 28) {
        return Ok(());
    }
    let fits = bytes <= isize::MAX as u128 && Vec::<u8>::new().try_reserve_exact(bytes as usize).is_ok();
    if fits {
        Ok(())
    } else {
        Err(vm.new_error_args(&crate::runtime::rt().e.memory_error, vec![]))
    }
}
