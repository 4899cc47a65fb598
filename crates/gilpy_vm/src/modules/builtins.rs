//! The `builtins` module: the builtin functions, the builtin types and exceptions by name.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, type_data};
use crate::types::{dict, float, int, list, str as pystr, tuple};
use crate::Vm;
use gilpy_compiler::{BinOp, CmpOp};

fn no_kw(vm: &Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// A builtin that takes no keyword arguments, given some.
fn no_keywords(vm: &Vm, name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
}

fn exactly(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        if n == 1 {
            return Err(vm.type_error(format!("{}() takes exactly one argument ({} given)", name, args.len())));
        }
        return Err(vm.type_error(format!("{} expected {} arguments, got {}", name, n, args.len())));
    }
    Ok(())
}

pub fn print_to(vm: &Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Value::Obj(o) = file {
        if let Payload::File(_) = o.payload() {
            return crate::types::file::write_text(vm, o, text);
        }
    }
    vm.call_method(file, "write", &[pystr::new_str(text)])?;
    Ok(())
}

fn b_print(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kw.iter() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = pystr::as_str(v).ok_or_else(|| vm.type_error(format!("sep must be None or a string, not {}", vm.type_name(v))))?.to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = pystr::as_str(v).ok_or_else(|| vm.type_error(format!("end must be None or a string, not {}", vm.type_name(v))))?.to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            _ => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for print()", k))),
        }
    }
    if file.is_none() {
        file = crate::modules::sys::get_std("stdout");
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    let native = matches!(&file, Value::Obj(o) if matches!(o.payload(), Payload::File(_)));
    if native {
        // a file of ours: one write of the whole line (what was converted before a failing
        // str() is still written, as CPython's piecewise writes would have left it)
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match a {
                Value::Obj(o) if o.ty().is(&rt().t.str) => out.push_str(&pystr::data(o).s),
                Value::Int(n) => out.push_str(&n.to_string()),
                _ => match vm.str_(a) {
                    Ok(s) => out.push_str(&pystr::data(&s).s),
                    Err(e) => {
                        print_to(vm, &file, &out)?;
                        return Err(e);
                    }
                },
            }
        }
        out.push_str(&end);
        print_to(vm, &file, &out)?;
    } else {
        // any other object sees CPython's calls: write(str(arg)) for each argument, write(sep)
        // between them, write(end)
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                print_to(vm, &file, &sep)?;
            }
            let s = vm.str_(a)?;
            vm.call_method(&file, "write", &[Value::Obj(s)])?;
        }
        print_to(vm, &file, &end)?;
    }
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

fn b_input(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let out = crate::modules::sys::get_std("stdout");
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        print_to(vm, &out, &s)?;
    }
    let _ = vm.call_method(&out, "flush", &[]);
    let inp = crate::modules::sys::get_std("stdin");
    let line = vm.call_method(&inp, "readline", &[])?;
    let s = pystr::as_str(&line).unwrap_or("").to_string();
    if s.is_empty() {
        return Err(vm.new_error(&rt().e.eof_error, "EOF when reading a line".into()));
    }
    Ok(pystr::new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

fn b_len(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_kw(vm, "len", kw)?;
    no_keywords(vm, "len", &kw)?;
    exactly(vm, "len", args, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn b_repr(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "repr", &kw)?;
    exactly(vm, "repr", args, 1)?;
    // repr is a METH_O builtin, and CPython 3.11 counts a call of one toward the recursion
    // limit (" while calling a Python object"), beside PyObject_Repr's own level
    let _counted = vm.enter_native_call()?;
    Ok(Value::Obj(vm.repr(&args[0])?))
}

fn b_ascii(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "ascii", &kw)?;
    exactly(vm, "ascii", args, 1)?;
    Ok(pystr::new_str(&crate::format::ascii_of(vm, &args[0])?))
}

fn b_id(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "id", &kw)?;
    exactly(vm, "id", args, 1)?;
    Ok(Value::Int(args[0].id()))
}

fn b_hash(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "hash", &kw)?;
    exactly(vm, "hash", args, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn class_check_error(vm: &Vm, what: &str) -> crate::PyErr {
    if what == "issubclass" {
        vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union".into())
    } else {
        vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union".into())
    }
}

/// `type(cls).__instancecheck__` / `__subclasscheck__` of an object that is not a class (a
/// typing alias such as `typing.List`, or any object defining the hook): CPython asks it
/// before insisting on a class.
fn check_hook(vm: &Vm, cls: &Value, arg: &Value, what: &str) -> PyResult<Option<bool>> {
    let hook = if what == "issubclass" { crate::name!("__subclasscheck__") } else { crate::name!("__instancecheck__") };
    let ty = vm.type_of(cls);
    if !typeobj::type_data(ty).has(TF_HEAP) {
        return Ok(None);
    }
    match typeobj::lookup(ty, &hook) {
        Some(f) => {
            let r = vm.call(&f, &[cls.clone(), arg.clone()], KwArgs::EMPTY)?;
            Ok(Some(vm.truthy(&r)?))
        }
        None => Ok(None),
    }
}

fn class_check(vm: &Vm, cls: &Value, f: &dyn Fn(&PyRef) -> PyResult<bool>, what: &str, arg: &Value) -> PyResult<bool> {
    if let Some(ms) = crate::types::union::members(cls) {
        for m in &ms {
            if class_check(vm, m, f, what, arg)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match cls {
        Value::Obj(o) => match o.payload() {
            Payload::Type(_) => f(o),
            Payload::Tuple(items) => {
                for i in items.iter() {
                    if class_check(vm, i, f, what, arg)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // list[int] and the like: CPython's GenericAlias refuses the check
            _ if crate::types::genericalias::is_alias(cls) => Err(vm.type_error(format!("{}() argument 2 cannot be a parameterized generic", what))),
            _ => match check_hook(vm, cls, arg, what)? {
                Some(b) => Ok(b),
                None => Err(class_check_error(vm, what)),
            },
        },
        _ => Err(class_check_error(vm, what)),
    }
}

pub(crate) fn b_isinstance(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "isinstance", &kw)?;
    exactly(vm, "isinstance", args, 2)?;
    let obj = &args[0];
    let r = class_check(
        vm,
        &args[1],
        &|t: &PyRef| {
            if vm.isinstance_of(obj, t) {
                return Ok(true);
            }
            // a metaclass may define __instancecheck__
            let meta = t.ty();
            if !meta.is(&rt().t.type_) {
                if let Some(f) = typeobj::lookup(meta, &crate::name!("__instancecheck__")) {
                    if matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Function(_))) {
                        let r = vm.call(&f, &[Value::Obj(t.clone()), obj.clone()], KwArgs::EMPTY)?;
                        return vm.truthy(&r);
                    }
                }
            }
            // __class__ may be overridden
            if let Ok(Value::Obj(c)) = vm.getattr_str(obj, "__class__") {
                if matches!(c.payload(), Payload::Type(_)) && !c.is(vm.type_of(obj)) {
                    return Ok(typeobj::is_subtype(&c, t));
                }
            }
            Ok(false)
        },
        "isinstance",
        obj,
    )?;
    Ok(Value::Bool(r))
}

fn b_issubclass(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "issubclass", &kw)?;
    exactly(vm, "issubclass", args, 2)?;
    let c = match &args[0] {
        Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("issubclass() arg 1 must be a class".into())),
    };
    let r = class_check(
        vm,
        &args[1],
        &|t: &PyRef| {
            let meta = t.ty();
            if !meta.is(&rt().t.type_) {
                if let Some(f) = typeobj::lookup(meta, &crate::name!("__subclasscheck__")) {
                    if matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Function(_))) {
                        let r = vm.call(&f, &[Value::Obj(t.clone()), Value::Obj(c.clone())], KwArgs::EMPTY)?;
                        return vm.truthy(&r);
                    }
                }
            }
            Ok(typeobj::is_subtype(&c, t))
        },
        "issubclass",
        &args[0],
    )?;
    Ok(Value::Bool(r))
}

fn b_iter(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.len() {
        1 => vm.iter(&args[0]),
        2 => {
            if !vm.is_callable(&args[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable".into()));
            }
            Ok(crate::types::iter::new_iter("callable_iterator", IterKind::Callable { f: args[0].clone(), sentinel: args[1].clone() }))
        }
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {}", n))),
    }
}

fn b_next(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!("next expected at least 1 argument, got {}", args.len())));
    }
    let it = &args[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(o.payload(), Payload::Iter(_) | Payload::File(_))
                || (matches!(o.payload(), Payload::Generator(_)) && o.ty().is(&rt().t.generator))
                || typeobj::lookup(o.ty(), &crate::name!("__next__")).is_some()
        }
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Value::Obj(o) = it {
        if let Payload::Generator(_) = o.payload() {
            return match crate::eval::gen_send(vm, o, Value::None)? {
                crate::eval::Exit::Yield(v) => Ok(v),
                crate::eval::Exit::Return(v) => match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(v)),
                },
            };
        }
        // a class's __next__, or a native iterator's (a coroutine's __await__ wrapper): its
        // StopIteration, value and all, is next()'s
        if type_data(o.ty()).has(TF_HEAP) || matches!(o.payload(), Payload::Native(_)) {
            if let Some(f) = typeobj::lookup(o.ty(), &crate::name!("__next__")) {
                return match vm.call(&f, std::slice::from_ref(it), KwArgs::EMPTY) {
                    Ok(v) => Ok(v),
                    Err(e) if args.len() == 2 && vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.stop_iteration) => Ok(args[1].clone()),
                    Err(e) => Err(e),
                };
            }
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn b_sorted(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    // sorted() builds a list first (list_extend, with its length hint)
    let items = crate::types::list::collect_sized(vm, &args[0])?;
    let key = kw.get("key").cloned().unwrap_or(Value::None);
    let reverse = match kw.get("reverse") {
        Some(r) => vm.index_value(r)? != 0,
        None => false,
    };
    for (k, _) in kw.iter() {
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
        }
    }
    Ok(list::new_list(list::sort_values(vm, items, &key, reverse)?))
}

fn min_max(vm: &Vm, args: &[Value], kw: KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = kw.get("key").cloned().unwrap_or(Value::None);
    let default = kw.get("default").cloned();
    for (k, _) in kw.iter() {
        if k != "key" && k != "default" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", k, name)));
        }
    }
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = if key.is_none() { x.clone() } else { vm.call(&key, std::slice::from_ref(&x), KwArgs::EMPTY)? };
        match &best {
            None => best = Some((k, x)),
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, op)?;
                if vm.truthy(&r)? {
                    best = Some((k, x));
                }
            }
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn b_min(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpOp::Lt)
}
fn b_max(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpOp::Gt)
}

fn b_sum(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)".into()));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut acc = args.get(1).or_else(|| kw.get("start")).cloned().unwrap_or(Value::Int(0));
    if pystr::as_str(&acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    if matches!(&acc, Value::Obj(o) if matches!(o.payload(), Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]".into()));
    }
    if matches!(&acc, Value::Obj(o) if matches!(o.payload(), Payload::ByteArray(_))) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]".into()));
    }
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binop(&acc, &x, BinOp::Add)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binop(&acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn b_abs(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "abs", &kw)?;
    exactly(vm, "abs", args, 1)?;
    let v = &args[0];
    if let Some(f) = vm.heap_override(v, "__abs__") {
        return vm.call(&f, &[], KwArgs::EMPTY);
    }
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Ok(int::from_bigint(num_traits::Signed::abs(b))),
            Payload::Complex(r, i) => Ok(Value::Float(r.hypot(*i))),
            _ => match vm.lookup_special(v, "__abs__") {
                Some(f) => vm.call(&f, &[], KwArgs::EMPTY),
                None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
            },
        },
        _ => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

/// Round half to even on the exact decimal value (CPython's float round).
pub fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 22 {
        return x;
    }
    if nd < -308 {
        return 0.0 * x.signum();
    }
    // format with enough digits exactly, then round half even in decimal
    let s = format!("{:.*e}", 40, x);
    let _ = s;
    let formatted = if nd >= 0 { format!("{:.*}", nd as usize, x) } else { String::new() };
    if nd >= 0 {
        // Rust's formatting rounds the exact binary value half to even
        return formatted.parse::<f64>().unwrap_or(x);
    }
    // exact: the float's integer part in full, rounded half to even at 10**-nd, read back
    let digits = format!("{:.0}", x.abs().trunc());
    let whole = num_bigint::BigInt::parse_bytes(digits.as_bytes(), 10).unwrap_or_default();
    let p = num_traits::Pow::pow(num_bigint::BigInt::from(10), (-nd) as u32);
    let (q, r) = num_integer::Integer::div_rem(&whole, &p);
    let twice = &r * 2;
    let frac_nonzero = x.abs().fract() != 0.0;
    let up = twice > p || (twice == p && (frac_nonzero || num_integer::Integer::is_odd(&q)));
    let q = if up { q + 1 } else { q };
    let v: f64 = (q * p).to_string().parse().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

fn b_round(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = args.first().or_else(|| kw.get("number")).cloned().ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)".into()))?;
    let nd = args.get(1).or_else(|| kw.get("ndigits")).cloned().unwrap_or(Value::None);
    if let Some(f) = vm.heap_override(&x, "__round__") {
        return if nd.is_none() { vm.call(&f, &[], KwArgs::EMPTY) } else { vm.call(&f, &[nd], KwArgs::EMPTY) };
    }
    match &x {
        Value::Float(f) => {
            if nd.is_none() {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer".into()));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer".into()));
                }
                let r = f.round();
                let r = if (f - f.trunc()).abs() == 0.5 { 2.0 * (f / 2.0).round() } else { r };
                return int::float_to_int(vm, r);
            }
            // CPython clamps an ndigits past the machine word (PyNumber_AsSsize_t, NULL)
            let n = match int::to_bigint(&nd) {
                Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
                None => vm.index_value(&nd)?,
            };
            Ok(Value::Float(round_float(*f, n)))
        }
        _ if int::is_int(&x) && matches!(&x, Value::Int(_) | Value::Bool(_))
            || matches!(&x, Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) && o.ty().is(&rt().t.int)) =>
        {
            let whole = int::from_bigint(int::to_bigint(&x).unwrap());
            if nd.is_none() {
                return Ok(whole);
            }
            let n = vm.index_value(&nd)?;
            if n >= 0 {
                return Ok(whole);
            }
            let b = int::to_bigint(&x).unwrap();
            let p = num_traits::Pow::pow(num_bigint::BigInt::from(10), (-n) as u32);
            let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(int::from_bigint(q * p))
        }
        _ => match vm.lookup_special(&x, "__round__") {
            Some(f) => {
                if nd.is_none() {
                    vm.call(&f, &[], KwArgs::EMPTY)
                } else {
                    vm.call(&f, &[nd], KwArgs::EMPTY)
                }
            }
            None => {
                if int::is_int(&x) {
                    return Ok(x.clone());
                }
                Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(&x))))
            }
        },
    }
}

fn b_divmod(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "divmod", &kw)?;
    exactly(vm, "divmod", args, 2)?;
    // classes answer through __divmod__ / __rdivmod__
    let (a, b) = (&args[0], &args[1]);
    for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if let Value::Obj(o) = x {
            if type_data(o.ty()).has(TF_HEAP) {
                if let Some(f) = typeobj::lookup(o.ty(), &rt().intern(name)) {
                    let r = vm.call(&f, &[x.clone(), y.clone()], KwArgs::EMPTY)?;
                    if !crate::protocol::is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
        }
    }
    let q = vm.binop(&args[0], &args[1], BinOp::FloorDiv).map_err(|e| {
        if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.type_error) {
            vm.type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(&args[0]), vm.type_name(&args[1])))
        } else if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.zero_division_error)
            && matches!((&args[0], &args[1]), (Value::Float(_), _) | (_, Value::Float(_)))
        {
            vm.zero_division("float divmod()")
        } else {
            e
        }
    })?;
    let r = vm.binop(&args[0], &args[1], BinOp::Mod)?;
    Ok(tuple::new_tuple(vec![q, r]))
}

pub(crate) fn b_pow(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let base = args.first().or_else(|| kw.get("base")).cloned().ok_or_else(|| vm.type_error("pow() missing required argument 'base' (pos 1)".into()))?;
    let exp = args.get(1).or_else(|| kw.get("exp")).cloned().ok_or_else(|| vm.type_error("pow() missing required argument 'exp' (pos 2)".into()))?;
    let m = args.get(2).or_else(|| kw.get("mod")).cloned().unwrap_or(Value::None);
    if m.is_none() {
        return vm.binop(&base, &exp, BinOp::Pow);
    }
    if let Some(f) = vm.heap_override(&base, "__pow__") {
        let r = vm.call(&f, &[exp.clone(), m.clone()], KwArgs::EMPTY)?;
        if !crate::protocol::is_notimpl(&r) {
            return Ok(r);
        }
    }
    let (b, e, md) = match (int::to_bigint(&base), int::to_bigint(&exp), int::to_bigint(&m)) {
        (Some(b), Some(e), Some(md)) => (b, e, md),
        _ => {
            // float's power refuses a modulus; for other types no power takes three arguments
            // (a class's __rpow__ is not tried with one)
            let floaty = [&base, &exp, &m].iter().any(|v| matches!(v, Value::Float(_)) || vm.isinstance_of(v, &rt().t.float));
            return Err(vm.type_error(if floaty {
                "pow() 3rd argument not allowed unless all arguments are integers".into()
            } else {
                format!("unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", vm.type_name(&base), vm.type_name(&exp), vm.type_name(&m))
            }));
        }
    };
    if num_traits::Zero::is_zero(&md) {
        return Err(vm.value_error("pow() 3rd argument cannot be 0".into()));
    }
    let r = if num_traits::Signed::is_negative(&e) {
        let inv = modinv(&b, &md).ok_or_else(|| vm.value_error("base is not invertible for the given modulus".into()))?;
        inv.modpow(&-e, &md)
    } else {
        b.modpow(&e, &md)
    };
    let r = if !num_traits::Zero::is_zero(&r) && (num_traits::Signed::is_negative(&r) != num_traits::Signed::is_negative(&md)) { r + &md } else { r };
    Ok(int::from_bigint(r))
}

fn modinv(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let e = a.mod_floor(m).extended_gcd(m);
    if e.gcd != num_bigint::BigInt::from(1) && e.gcd != num_bigint::BigInt::from(-1) {
        return None;
    }
    Some(e.x.mod_floor(m))
}

fn b_all(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "all", &kw)?;
    exactly(vm, "all", args, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_any(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "any", &kw)?;
    exactly(vm, "any", args, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_chr(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "chr", &kw)?;
    exactly(vm, "chr", args, 1)?;
    let i = match &args[0] {
        Value::Float(_) => return Err(vm.type_error("'float' object cannot be interpreted as an integer".into())),
        v => {
            vm.index_value(v).map_err(|e| if int::to_bigint(v).is_some() { vm.overflow_error("Python int too large to convert to C int".into()) } else { e })?
        }
    };
    match u32::try_from(i).ok().filter(|n| *n < 0x110000) {
        Some(n) => match char::from_u32(n) {
            Some(c) => Ok(pystr::new_str(&c.to_string())),
            None => Err(vm.value_error("surrogate code points are not supported by gilpy".into())),
        },
        None => Err(vm.value_error("chr() arg not in range(0x110000)".into())),
    }
}

fn b_ord(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "ord", &kw)?;
    exactly(vm, "ord", args, 1)?;
    if let Some(s) = pystr::as_str(&args[0]) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.chars().count()))),
        };
    }
    if let Some(b) = crate::types::bytes::bytes_of(&args[0]) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(&args[0]))))
}

fn radix(vm: &Vm, args: &[Value], name: &str, spec: &str) -> PyResult<Value> {
    exactly(vm, name, args, 1)?;
    let v = &args[0];
    let v = if int::is_int(v) {
        v.clone()
    } else {
        match vm.lookup_special(v, "__index__") {
            Some(f) => vm.call(&f, &[], KwArgs::EMPTY)?,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        }
    };
    Ok(pystr::from_string(crate::format::format_value(vm, &v, spec)?))
}
fn b_hex(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, "hex", "#x")
}
fn b_oct(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, "oct", "#o")
}
fn b_bin(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, "bin", "#b")
}

fn b_format(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!("format expected at most 2 arguments, got {}", args.len())));
    }
    let spec = match args.get(1) {
        Some(s) => pystr::as_str(s).ok_or_else(|| vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(s))))?.to_string(),
        None => String::new(),
    };
    crate::format::format_builtin(vm, &args[0], &spec)
}

fn attr_name(vm: &Vm, v: &Value, what: &str) -> PyResult<PyRef> {
    match pystr::as_str(v) {
        Some(s) => Ok(rt().intern(s)),
        None => {
            let _ = what;
            Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v))))
        }
    }
}

fn b_getattr(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error(format!("getattr expected at least 2 arguments, got {}", args.len())));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("getattr expected at most 3 arguments, got {}", args.len())));
    }
    let name = match pystr::as_str(&args[1]) {
        Some(s) => rt().intern(s),
        None => return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(&args[1])))),
    };
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "setattr", &kw)?;
    exactly(vm, "setattr", args, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn b_hasattr(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "hasattr", &kw)?;
    exactly(vm, "hasattr", args, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    match vm.getattr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_delattr(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "delattr", &kw)?;
    exactly(vm, "delattr", args, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn b_callable(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_keywords(vm, "callable", &kw)?;
    exactly(vm, "callable", args, 1)?;
    Ok(Value::Bool(vm.is_callable(&args[0])))
}

fn frame_locals(vm: &Vm) -> PyResult<Value> {
    let f = vm.current_frame().ok_or_else(|| vm.runtime_error("no current frame".into()))?;
    if let Some(d) = &f.locals_dict {
        return Ok(Value::Obj(d.clone()));
    }
    let d = match &f.locals_cache {
        Some(d) => d.clone(),
        None => {
            let d = dict::new_dict();
            // SAFETY: cur_frame is this thread's executing frame; only this field is written.
            unsafe { (*vm.cur_frame.get()).locals_cache = Some(d.clone()) };
            d
        }
    };
    let cd = crate::eval::frame::code_data(&f.code);
    let nl = cd.code.varnames.len();
    for (i, n) in cd.code.varnames.iter().enumerate() {
        if !f.fast[i].is_undef() {
            dict::set_item(vm, &d, pystr::new_str(n), f.fast[i].clone())?;
        }
    }
    for (i, n) in cd.code.cellvars.iter().chain(cd.code.freevars.iter()).enumerate() {
        if let Value::Obj(c) = &f.fast[nl + i] {
            if let Payload::Cell(slot) = c.payload() {
                // SAFETY: GIL invariant; cloned out.
                let v = unsafe { (*slot.get()).clone() };
                if !v.is_undef() {
                    dict::set_item(vm, &d, pystr::new_str(n), v)?;
                }
            }
        }
    }
    Ok(Value::Obj(d))
}

fn b_globals(vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = vm.current_frame().ok_or_else(|| vm.runtime_error("no current frame".into()))?;
    Ok(Value::Obj(f.globals.clone()))
}

fn b_locals(vm: &Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    frame_locals(vm)
}

fn b_vars(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        None => frame_locals(vm),
        Some(v) => match vm.getattr_str(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute".into())),
        },
    }
}

fn b_dir(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        None => {
            let l = frame_locals(vm)?;
            let mut keys: Vec<String> = match &l {
                Value::Obj(d) => dict::keys(d).iter().filter_map(|k| pystr::as_str(k).map(|s| s.to_string())).collect(),
                _ => vec![],
            };
            keys.sort();
            Ok(list::new_list(keys.iter().map(|s| pystr::new_str(s)).collect()))
        }
        Some(v) => {
            let names: Vec<String> = match v {
                Value::Obj(o) if matches!(o.payload(), Payload::Module(_)) => {
                    let d = match o.payload() {
                        Payload::Module(m) => m.dict.clone(),
                        _ => unreachable!(),
                    };
                    dict::keys(&d).iter().filter_map(|k| pystr::as_str(k).map(|s| s.to_string())).collect()
                }
                // a metaclass's own __dir__ (EnumType's) answers for its classes
                Value::Obj(o)
                    if matches!(o.payload(), Payload::Type(_))
                        && matches!(typeobj::lookup(o.ty(), &crate::name!("__dir__")), Some(Value::Obj(f)) if matches!(f.payload(), Payload::Function(_))) =>
                {
                    let f = typeobj::lookup(o.ty(), &crate::name!("__dir__")).unwrap();
                    let r = vm.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                    vm.collect(&r)?.iter().filter_map(|k| pystr::as_str(k).map(|s| s.to_string())).collect()
                }
                Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => {
                    let mut out = Vec::new();
                    let mut types = vec![o.clone()];
                    types.extend(type_data(o).mro_vec().iter().cloned());
                    for t in types {
                        for k in dict::keys(&type_data(&t).dict) {
                            if let Some(s) = pystr::as_str(&k) {
                                out.push(s.to_string());
                            }
                        }
                        out.extend(crate::types::typeobj_methods::builtin_descriptor_names(&t).iter().map(|s| s.to_string()));
                    }
                    // as for instances (object_dir): found by lookup, listed by CPython
                    out.push("__class__".into());
                    out.push("__doc__".into());
                    out
                }
                _ => {
                    let r = match vm.lookup_special(v, "__dir__") {
                        Some(f) => vm.call(&f, &[], KwArgs::EMPTY)?,
                        None => list::new_list(vec![]),
                    };
                    vm.collect(&r)?.iter().filter_map(|k| pystr::as_str(k).map(|s| s.to_string())).collect()
                }
            };
            let mut names = names;
            names.sort();
            names.dedup();
            Ok(list::new_list(names.iter().map(|s| pystr::new_str(s)).collect()))
        }
    }
}

fn b_exit(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.new_error_args(&rt().e.system_exit, args.to_vec()))
}

fn b_build_class(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    typeobj::build_class(vm, args, kw)
}

fn b_import(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name =
        args.first().or_else(|| kw.get("name")).and_then(pystr::as_str).ok_or_else(|| vm.type_error("__import__() argument 1 must be str".into()))?.to_string();
    let globals = match args.get(1).or_else(|| kw.get("globals")) {
        Some(Value::Obj(g)) if matches!(g.payload(), Payload::Dict(_)) => g.clone(),
        _ => dict::new_dict(),
    };
    let fromlist = args.get(3).or_else(|| kw.get("fromlist")).cloned().unwrap_or(Value::None);
    let level = args.get(4).or_else(|| kw.get("level")).cloned().unwrap_or(Value::Int(0));
    crate::runtime::import::import_name(vm, &rt().intern(&name), &globals, &fromlist, &level)
}

/// compile-and-run helpers for exec() and eval()
fn run_source(vm: &Vm, args: &[Value], mode: gilpy_compiler::compile::Mode, what: &str) -> PyResult<Value> {
    let src = match args.first() {
        Some(v) => match pystr::as_str(v) {
            Some(s) => s.to_string(),
            None => match v {
                Value::Obj(o) if matches!(o.payload(), Payload::Code(_)) => {
                    let (g, l) = exec_namespaces(vm, args)?;
                    return crate::eval::run_code_in(vm, o.clone(), &g, &l);
                }
                _ => return Err(vm.type_error(format!("{}() arg 1 must be a string, bytes or code object", what))),
            },
        },
        None => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", what))),
    };
    let code =
        gilpy_compiler::compile::compile_mode(src.trim_start_matches([' ', '\t']), "<string>", mode).map_err(|e| crate::modules::syntax_error_from(vm, &e))?;
    crate::modules::compile_warnings(vm, "<string>")?;
    let code = crate::eval::make_code(code);
    let (g, l) = exec_namespaces(vm, args)?;
    crate::eval::run_code_in(vm, code, &g, &l)
}

/// compile(source, filename, mode): a code object for exec() or eval(); the source is kept for
/// tracebacks under `filename`.
fn b_compile(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = crate::modules::Params {
        fname: "compile",
        names: &["source", "filename", "mode", "flags", "dont_inherit", "optimize"],
        posonly: 0,
        minpos: 3,
        maxpos: 6,
    };
    let v = crate::modules::parse_args(vm, &p, args, kw)?;
    let src_v = v[0].clone().unwrap();
    let src = match pystr::as_str(&src_v) {
        Some(s) => s.to_string(),
        None => match crate::modules::bytes_like(&src_v) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                if let Value::Obj(o) = &src_v {
                    if matches!(o.payload(), Payload::Code(_)) {
                        return Ok(src_v);
                    }
                }
                return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object".into()));
            }
        },
    };
    let filename = vm.str_string(v[1].as_ref().unwrap())?;
    let mode_v = v[2].clone().unwrap();
    let mode = match pystr::as_str(&mode_v) {
        Some("exec") => gilpy_compiler::compile::Mode::Exec,
        Some("single") => gilpy_compiler::compile::Mode::Single,
        Some("eval") => gilpy_compiler::compile::Mode::Eval,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'".into())),
    };
    let flags = match &v[3] {
        Some(f) => vm.index_value(f)?,
        None => 0,
    };
    if flags & !(COMPILE_FLAGS | FUTURE_FLAGS | 0x10) != 0 {
        return Err(vm.value_error("compile(): unrecognised flags".into()));
    }
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.new_error(&rt().e.module_not_found_error, "compile(): an AST needs the ast module, which gilpy does not have".into()));
    }
    let exec = mode == gilpy_compiler::compile::Mode::Exec;
    let incomplete_ok = flags & PYCF_ALLOW_INCOMPLETE_INPUT != 0;
    // `from __future__ import annotations`: asked for in the flags, or in force where compile()
    // is called unless dont_inherit
    let dont_inherit = match &v[4] {
        Some(d) => vm.truthy(d)?,
        None => false,
    };
    let caller_has = || {
        vm.current_frame().is_some_and(|f| match f.code.payload() {
            Payload::Code(c) => c.code.flags & gilpy_compiler::bytecode::CO_FUTURE_ANNOTATIONS != 0,
            _ => false,
        })
    };
    let annotations = flags & i64::from(gilpy_compiler::bytecode::CO_FUTURE_ANNOTATIONS) != 0 || (!dont_inherit && caller_has());
    let result = gilpy_compiler::compile::compile_with_future(&src, &filename, mode, annotations).and_then(|code| {
        // without the implied dedent, a compound statement at the prompt needs the newline
        // that ends it (codeop then asks for more lines)
        if mode == gilpy_compiler::compile::Mode::Single && flags & PYCF_DONT_IMPLY_DEDENT != 0 && !src.ends_with('\n') && ends_in_compound(&src) {
            let mut e = end_error(&src, &filename, false);
            if !incomplete_ok {
                e.msg = "invalid syntax".into();
                e.offset = 0;
                e.end_offset = 0;
            }
            return Err(e);
        }
        Ok(code)
    });
    let code = result.map_err(|e| {
        if incomplete_ok
            && (e.msg == "incomplete input" || gilpy_compiler::parse::incomplete::incomplete_input(&src, exec, mode == gilpy_compiler::compile::Mode::Eval, &e))
        {
            let _ = gilpy_compiler::take_warnings();
            let mut at = end_error(&src, &filename, exec || src.ends_with('\n'));
            if e.msg.starts_with("unterminated") {
                // a string that runs out is reported where it starts
                (at.lineno, at.offset, at.end_lineno, at.end_offset, at.text) = (e.lineno, e.offset, e.end_lineno, e.end_offset, e.text.clone());
            } else if src.is_empty() {
                (at.lineno, at.offset, at.end_lineno, at.end_offset) = (0, 0, 0, 0);
            }
            return crate::modules::syntax_error_from(vm, &at);
        }
        crate::modules::syntax_error_from(vm, &e)
    })?;
    rt().add_source(&filename, &src);
    crate::modules::compile_warnings(vm, &filename)?;
    Ok(Value::Obj(crate::eval::make_code(code)))
}

const PYCF_DONT_IMPLY_DEDENT: i64 = 0x200;
const PYCF_ONLY_AST: i64 = 0x400;
const PYCF_ALLOW_INCOMPLETE_INPUT: i64 = 0x4000;
/// ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, DONT_IMPLY_DEDENT, ALLOW_INCOMPLETE_INPUT
const COMPILE_FLAGS: i64 = 0x400 | 0x1000 | 0x2000 | 0x200 | 0x4000;
/// the `__future__` features' CO_FUTURE_* bits
const FUTURE_FLAGS: i64 = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

/// Whether the source's (single) statement is a compound one: `if`, `def`, a decorated
/// definition...
fn ends_in_compound(src: &str) -> bool {
    let first = src.lines().map(str::trim_start).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
    gilpy_compiler::parse::incomplete::opens_compound(first)
}

/// "incomplete input" where CPython's parser stopped: after the last line's last character
/// (past its newline when the input has one).
fn end_error(src: &str, filename: &str, newline: bool) -> gilpy_compiler::SyntaxErrorInfo {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let lineno = body.split('\n').count() as u32;
    let last = body.rsplit('\n').next().unwrap_or("");
    let offset = last.chars().count() as u32 + u32::from(newline);
    let start = (body.len() - last.len()) as u32;
    let mut e = gilpy_compiler::parse::make_error(src, filename, start, start, "incomplete input".into());
    e.lineno = lineno;
    e.end_lineno = lineno;
    e.offset = offset;
    e.end_offset = offset as i32;
    e
}

fn exec_namespaces(vm: &Vm, args: &[Value]) -> PyResult<(PyRef, PyRef)> {
    let f = vm.current_frame();
    let g = match args.get(1) {
        Some(Value::Obj(d)) if matches!(d.payload(), Payload::Dict(_)) => d.clone(),
        Some(Value::None) | None => match f {
            Some(f) => f.globals.clone(),
            None => dict::new_dict(),
        },
        Some(v) => return Err(vm.type_error(format!("globals must be a dict, not {}", vm.type_name(v)))),
    };
    if dict::get_str(&g, &crate::name!("__builtins__")).is_none() {
        dict::set_item(vm, &g, pystr::new_str("__builtins__"), Value::Obj(rt().builtins.clone()))?;
    }
    let l = match args.get(2) {
        Some(Value::Obj(d)) => d.clone(),
        _ => {
            if args.get(1).map(|v| !v.is_none()).unwrap_or(false) {
                g.clone()
            } else {
                match frame_locals(vm)? {
                    Value::Obj(d) => d,
                    _ => g.clone(),
                }
            }
        }
    };
    Ok((g, l))
}

fn b_exec(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    run_source(vm, args, gilpy_compiler::compile::Mode::Exec, "exec")?;
    Ok(Value::None)
}

fn b_eval(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    run_source(vm, args, gilpy_compiler::compile::Mode::Eval, "eval")
}

fn b_open(vm: &Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::types::file::open(vm, args, kw)
}

pub fn init_builtins() {
    let r = rt();
    let d = &r.builtins_dict;
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("compile", b_compile),
        ("input", b_input),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("id", b_id),
        ("hash", b_hash),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("next", b_next),
        ("aiter", crate::types::coroutine::b_aiter),
        ("anext", crate::types::coroutine::b_anext),
        ("sorted", b_sorted),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("abs", b_abs),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("all", b_all),
        ("any", b_any),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("format", b_format),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("callable", b_callable),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("exit", b_exit),
        ("quit", b_exit),
        ("__build_class__", b_build_class),
        ("__import__", b_import),
        ("exec", b_exec),
        ("eval", b_eval),
        ("open", b_open),
    ];
    for (name, f) in fns {
        dict::set_str_raw(d, name, Value::Obj(crate::types::builtin_fn(name, *f)));
    }
    let t = &r.t;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bool", &t.bool_),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ] {
        dict::set_str_raw(d, name, Value::Obj(ty.clone()));
    }
    for e in crate::types::exceptions::all_exception_types() {
        let n = type_data(&e).name().to_string();
        dict::set_str_raw(d, &n, Value::Obj(e.clone()));
    }
    dict::set_str_raw(d, "EnvironmentError", Value::Obj(r.e.os_error.clone()));
    dict::set_str_raw(d, "IOError", Value::Obj(r.e.os_error.clone()));
    dict::set_str_raw(d, "NotImplemented", Value::Obj(r.not_implemented.clone()));
    dict::set_str_raw(d, "Ellipsis", Value::Obj(r.ellipsis.clone()));
    dict::set_str_raw(d, "None", Value::None);
    dict::set_str_raw(d, "True", Value::Bool(true));
    dict::set_str_raw(d, "False", Value::Bool(false));
    dict::set_str_raw(d, "__debug__", Value::Bool(gilpy_compiler::optimize_level() == 0));
    dict::set_str_raw(d, "__name__", pystr::new_str("builtins"));
    dict::set_str_raw(d, "__doc__", Value::None);
    let _ = float::float_repr;
    crate::runtime::import::register_builtin_module("builtins", r.builtins.clone());
}
