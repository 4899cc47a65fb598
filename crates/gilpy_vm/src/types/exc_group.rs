//! BaseExceptionGroup and ExceptionGroup (PEP 654), and the runtime half of `except*`:
//! matching a clause against a group (CHECK_EG_MATCH) and building what leaves the try
//! statement from what the handlers raised (PREP_RERAISE_STAR).

use crate::object::{PyRef, Value};
use crate::runtime::{rt, Types};
use crate::types::payload::*;
use crate::types::typeobj::{self, type_data};
use crate::types::{dict, list, str as pystr, tuple};
use crate::{KwArgs, PyResult, Vm};

/// The two group types: BaseExceptionGroup(BaseException) and
/// ExceptionGroup(BaseExceptionGroup, Exception).
pub fn group_types(t: &Types, base_exception: &PyRef, exception: &PyRef) -> (PyRef, PyRef) {
    let beg = typeobj::raw_type("BaseExceptionGroup", Some(base_exception), Layout::Exception, None, TF_EXCEPTION | TF_BASETYPE);
    beg.set_ty(&t.type_);
    type_data(&beg).dict.set_ty(&t.dict);
    let eg = typeobj::raw_type("ExceptionGroup", Some(&beg), Layout::Exception, None, TF_EXCEPTION | TF_BASETYPE);
    eg.set_ty(&t.type_);
    type_data(&eg).dict.set_ty(&t.dict);
    let td = type_data(&eg);
    // SAFETY: start of the type's life; nothing reads its bases or MRO yet.
    unsafe {
        *td.bases.get() = vec![beg.clone(), exception.clone()];
        *td.mro.get() = vec![beg.clone(), exception.clone(), base_exception.clone(), t.object.clone()];
    }
    (beg, eg)
}

pub fn is_group(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if typeobj::is_subtype(o.ty(), &rt().e.base_exception_group))
}

fn is_exception(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)))
}

/// The group's sub-exceptions (the `exceptions` tuple).
pub fn members(vm: &Vm, g: &Value) -> PyResult<Vec<Value>> {
    let e = vm.getattr_str(g, "exceptions")?;
    vm.collect(&e)
}

fn group_new(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.expect_type(&args[0])?;
    let rest = &args[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", rest.len())));
    }
    let (message, excs) = (&rest[0], &rest[1]);
    if pystr::as_str(message).is_none() {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_name(message))));
    }
    let is_seq = matches!(excs, Value::Obj(o) if matches!(o.payload(), Payload::List(_) | Payload::Tuple(_)))
        || (vm.lookup_special(excs, "__getitem__").is_some()
            && vm.lookup_special(excs, "__len__").is_some()
            && !matches!(excs, Value::Obj(o) if matches!(o.payload(), Payload::Dict(_) | Payload::Set(_))));
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence".into()));
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence".into()));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !is_exception(e) {
            return Err(vm.value_error(format!("Item {} of second argument (exceptions) is not an exception", i)));
        }
        if !vm.isinstance_of(e, &rt().e.exception) {
            nested_base = true;
        }
    }
    let r = rt();
    let mut cls = cls;
    if cls.is(&r.e.base_exception_group) {
        if !nested_base {
            cls = r.e.exception_group.clone();
        }
    } else if nested_base && typeobj::is_subtype(&cls, &r.e.exception) {
        return Err(vm.type_error(if cls.is(&r.e.exception_group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", type_data(&cls).name())
        }));
    }
    let o = crate::types::exceptions::new_exc_instance(&cls, tuple::new_tuple_ref(vec![message.clone(), excs.clone()]));
    let d = dict::new_dict();
    dict::set_str_raw(&d, "message", message.clone());
    dict::set_str_raw(&d, "exceptions", tuple::new_tuple(items));
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

pub fn group_str(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let msg = vm.getattr_str(&args[0], "message")?;
    let n = members(vm, &args[0])?.len();
    Ok(pystr::new_str(&format!("{} ({} sub-exception{})", vm.str_string(&msg)?, n, if n == 1 { "" } else { "s" })))
}

fn group_derive(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let msg = vm.getattr_str(&args[0], "message")?;
    let excs = args.get(1).cloned().unwrap_or(Value::None);
    vm.call(&Value::Obj(rt().e.base_exception_group.clone()), &[msg, excs], KwArgs::EMPTY)
}

/// What a split condition tests: a class or tuple of classes (isinstance), or a predicate.
enum Cond {
    Types(Value),
    Pred(Value),
    /// the leaves to keep, by identity (PREP_RERAISE_STAR's projection)
    Leaves(Vec<usize>),
}

fn cond_of(vm: &Vm, c: &Value) -> PyResult<Cond> {
    let is_exc_class = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) && typeobj::is_subtype(o, &rt().e.base_exception));
    if is_exc_class(c) {
        return Ok(Cond::Types(c.clone()));
    }
    if let Value::Obj(o) = c {
        if let Payload::Tuple(items) = o.payload() {
            if items.iter().all(is_exc_class) {
                return Ok(Cond::Types(c.clone()));
            }
        }
    }
    if vm.is_callable(c) && !matches!(c, Value::Obj(o) if matches!(o.payload(), Payload::Type(_))) {
        return Ok(Cond::Pred(c.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types".into()))
}

fn matches(vm: &Vm, e: &Value, c: &Cond) -> PyResult<bool> {
    match c {
        Cond::Types(t) => {
            let r = crate::modules::builtins::b_isinstance(vm, &[e.clone(), t.clone()], KwArgs::EMPTY)?;
            vm.truthy(&r)
        }
        Cond::Pred(f) => {
            let r = vm.call(f, &[e.clone()], KwArgs::EMPTY)?;
            vm.truthy(&r)
        }
        Cond::Leaves(ids) => Ok(matches!(e, Value::Obj(o) if ids.contains(&(o.as_ptr() as usize)))),
    }
}

/// A new group from `exc.derive(items)` that keeps exc's traceback, cause, context and notes.
fn derive_like(vm: &Vm, exc: &Value, items: Vec<Value>) -> PyResult<Value> {
    let derive = vm.getattr_str(exc, "derive")?;
    let g = vm.call(&derive, &[list::new_list(items)], KwArgs::EMPTY)?;
    if !is_exception(&g) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup".into()));
    }
    if let (Value::Obj(src), Value::Obj(dst)) = (exc, &g) {
        if let (Some(s), Some(d)) = (crate::types::exceptions::exc_data(src), crate::types::exceptions::exc_data(dst)) {
            // SAFETY: GIL invariant; the traceback entries are cloned, then the new vector written.
            unsafe { *d.traceback.get() = (*s.traceback.get()).clone() };
            d.set_cause(s.cause());
            d.set_context(s.context());
            d.suppress_context.set(s.suppress_context.get());
        }
    }
    if let Ok(Some(notes)) = vm.generic_getattr(exc, &crate::name!("__notes__")) {
        let copy = list::new_list(vm.collect(&notes)?);
        vm.setattr(&g, &crate::name!("__notes__"), copy)?;
    }
    Ok(g)
}

/// (match, rest) of `exc` under `c`; `want_rest` false skips building the rest (subgroup).
fn split_rec(vm: &Vm, exc: &Value, c: &Cond, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, exc, c)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, Some(exc.clone())));
    }
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for e in members(vm, exc)? {
        let (em, er) = split_rec(vm, &e, c, want_rest)?;
        if let Some(x) = em {
            m.push(x);
        }
        if let Some(x) = er {
            r.push(x);
        }
    }
    let m = if m.is_empty() { None } else { Some(derive_like(vm, exc, m)?) };
    let r = if !want_rest || r.is_empty() { None } else { Some(derive_like(vm, exc, r)?) };
    Ok((m, r))
}

fn group_split(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = cond_of(vm, args.get(1).unwrap_or(&Value::None))?;
    let (m, r) = split_rec(vm, &args[0], &c, true)?;
    Ok(tuple::new_tuple(vec![m.unwrap_or(Value::None), r.unwrap_or(Value::None)]))
}

fn group_subgroup(vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = cond_of(vm, args.get(1).unwrap_or(&Value::None))?;
    Ok(split_rec(vm, &args[0], &c, false)?.0.unwrap_or(Value::None))
}

fn class_getitem(_vm: &Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::genericalias::class_getitem(_vm, args, KwArgs::EMPTY)
}

/// CHECK_EG_MATCH: (rest, match) of `exc` for an `except* T` clause.
pub fn check_match(vm: &Vm, exc: &Value, t: &Value) -> PyResult<(Value, Value)> {
    let types: Vec<Value> = match t {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => tuple::items(o).to_vec(),
        _ => vec![t.clone()],
    };
    for ty in &types {
        match ty {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) && typeobj::is_subtype(o, &rt().e.base_exception) => {
                if typeobj::is_subtype(o, &rt().e.base_exception_group) {
                    return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.".into()));
                }
            }
            _ => return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed".into())),
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    let whole = crate::modules::builtins::b_isinstance(vm, &[exc.clone(), t.clone()], KwArgs::EMPTY)?;
    if vm.truthy(&whole)? && !is_group(exc) {
        // a naked exception is caught wrapped in a group with an empty message
        let g = vm.call(&Value::Obj(rt().e.exception_group.clone()), &[pystr::new_str(""), tuple::new_tuple(vec![exc.clone()])], KwArgs::EMPTY)?;
        if let (Value::Obj(src), Value::Obj(dst)) = (exc, &g) {
            if let (Some(s), Some(d)) = (crate::types::exceptions::exc_data(src), crate::types::exceptions::exc_data(dst)) {
                // SAFETY: GIL invariant; cloned entries written into the new exception.
                unsafe { *d.traceback.get() = (*s.traceback.get()).clone() };
            }
        }
        return Ok((Value::None, g));
    }
    if !is_group(exc) {
        return Ok((exc.clone(), Value::None));
    }
    let split = vm.getattr_str(exc, "split")?;
    let pair = vm.collect(&vm.call(&split, &[t.clone()], KwArgs::EMPTY)?)?;
    if pair.len() != 2 {
        return Err(vm.type_error("X.split(T) must return a tuple of 2".into()));
    }
    Ok((pair[1].clone(), pair[0].clone()))
}

fn leaf_ids(vm: &Vm, e: &Value, out: &mut Vec<usize>) -> PyResult<()> {
    if is_group(e) {
        for m in members(vm, e)? {
            leaf_ids(vm, &m, out)?;
        }
    } else if let Value::Obj(o) = e {
        out.push(o.as_ptr() as usize);
    }
    Ok(())
}

/// PREP_RERAISE_STAR: what the try statement raises once its except* clauses ran: the
/// exceptions the handlers raised, then the original group narrowed to the parts that were
/// re-raised or not handled; None when nothing is left.
pub fn prep_reraise(vm: &Vm, orig: &Value, raised: &Value, rest: &Value) -> PyResult<Value> {
    let mut excs = match raised {
        Value::Obj(l) => list::snapshot(l),
        _ => Vec::new(),
    };
    if !rest.is_none() {
        excs.push(rest.clone());
    }
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // a naked exception: only one handler can have run
        return Ok(excs.swap_remove(0));
    }
    let mut orig_leaves = Vec::new();
    leaf_ids(vm, orig, &mut orig_leaves)?;
    let mut keep = Vec::new();
    let mut new_raised = Vec::new();
    for e in excs {
        let mut ls = Vec::new();
        leaf_ids(vm, &e, &mut ls)?;
        if !ls.is_empty() && ls.iter().all(|l| orig_leaves.contains(l)) {
            keep.extend(ls);
        } else {
            new_raised.push(e);
        }
    }
    if !keep.is_empty() {
        if let (Some(projected), _) = split_rec(vm, orig, &Cond::Leaves(keep), false)? {
            new_raised.push(projected);
        }
    }
    match new_raised.len() {
        0 => Ok(Value::None),
        1 => Ok(new_raised.pop().unwrap()),
        _ => vm.call(&Value::Obj(rt().e.exception_group.clone()), &[pystr::new_str(""), list::new_list(new_raised)], KwArgs::EMPTY),
    }
}

pub fn register() {
    let e = &rt().e;
    crate::types::set_new(&e.base_exception_group, group_new);
    crate::types::set_new(&e.exception_group, group_new);
    crate::types::add_methods(
        &e.base_exception_group,
        &[("__str__", group_str), ("derive", group_derive), ("split", group_split), ("subgroup", group_subgroup)],
    );
    crate::types::add_classmethods(&e.base_exception_group, &[("__class_getitem__", class_getitem)]);
}
