//! The generic object protocols: attribute access, calls, operators, comparison, hashing,
//! truth, length, iteration, item access, repr and str. Builtin types are handled by direct
//! dispatch on their payload; user classes through their special methods.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, is_subtype, lookup, type_data};
use crate::types::{dict, float, int, list, str as pystr, tuple};
use crate::{PyErr, Vm};
use gilpy_compiler::{BinOp, CmpOp};

impl Vm {
    // ---- attributes ----------------------------------------------------------------------

    pub fn getattr_str(&self, v: &Value, name: &str) -> PyResult<Value> {
        self.getattr(v, &rt().intern(name))
    }

    /// `v.name` (CPython's PyObject_GenericGetAttr plus the type and module special cases).
    pub fn getattr(&self, v: &Value, name: &PyRef) -> PyResult<Value> {
        let ty = self.type_of(v);
        let td = type_data(ty);
        if td.has(TF_HAS_GETATTRIBUTE) {
            if let Some(ga) = lookup(ty, &crate::name!("__getattribute__")) {
                let r = self.call_lending(&ga, v, vec![Value::Obj(name.clone())]);
                return match r {
                    Err(e) if td.has(TF_HAS_GETATTR) && self.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => {
                        self.call_getattr_hook(v, name)
                    }
                    other => other,
                };
            }
        }
        match self.generic_getattr(v, name) {
            Ok(Some(x)) => Ok(x),
            Ok(None) => {
                if td.has(TF_HAS_GETATTR) {
                    return self.call_getattr_hook(v, name);
                }
                // PEP 562: a module's own __getattr__ answers for names it lacks
                if let Value::Obj(o) = v {
                    if let Payload::Module(m) = o.payload() {
                        if let Some(f) = dict::get_str(&m.dict, &crate::name!("__getattr__")) {
                            return self.call(&f, &[Value::Obj(name.clone())], KwArgs::EMPTY);
                        }
                    }
                }
                Err(self.attribute_error_for(v, name))
            }
            Err(e) if td.has(TF_HAS_GETATTR) && self.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.attribute_error) => self.call_getattr_hook(v, name),
            Err(e) => Err(e),
        }
    }

    fn call_getattr_hook(&self, v: &Value, name: &PyRef) -> PyResult<Value> {
        let f = lookup(self.type_of(v), &crate::name!("__getattr__")).unwrap();
        // CPython binds __getattr__ to the instance first (the bound method counts `self`)
        self.call(&f, &[v.clone(), Value::Obj(name.clone())], KwArgs::EMPTY)
    }

    pub fn attribute_error_for(&self, v: &Value, name: &PyRef) -> PyErr {
        let e = self.attribute_error_message(v, name);
        // name and obj, for "Did you mean" when it is printed (and for Python code)
        if let Some(d) = e.exc.dict() {
            let _ = dict::set_item(self, &d, pystr::new_str("name"), Value::Obj(name.clone()));
            let _ = dict::set_item(self, &d, pystr::new_str("obj"), v.clone());
        }
        e
    }

    /// Deleting a `__slots__` member that holds no value: CPython's member descriptor says only
    /// the slot's name.
    fn attribute_error_for_deleted_slot(&self, name: &PyRef) -> PyErr {
        self.attribute_error(pystr::data(name).s.to_string())
    }

    /// The AttributeError without name and obj: what a failed deletion raises in CPython 3.11
    /// (so no "Did you mean" is printed for it).
    fn attribute_error_message(&self, v: &Value, name: &PyRef) -> PyErr {
        let n = Some(&*pystr::data(name).s).unwrap_or("?").to_string();
        match v {
            Value::Obj(o) => match o.payload() {
                Payload::Module(m) => {
                    let mname =
                        dict::get_str(&m.dict, &crate::name!("__name__")).and_then(|x| pystr::as_str(&x).map(|s| s.to_string())).unwrap_or_else(|| "?".into());
                    return self.attribute_error(format!("module '{}' has no attribute '{}'", mname, n));
                }
                Payload::Type(td) => return self.attribute_error(format!("type object '{}' has no attribute '{}'", td.name(), n)),
                _ => {}
            },
            _ => {}
        }
        self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(v), n))
    }

    /// Attribute lookup without `__getattr__`; Ok(None) when not found.
    pub fn generic_getattr(&self, v: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = v {
            match o.payload() {
                Payload::Type(_) => return self.type_getattr(o, name),
                Payload::Module(m) => {
                    if let Some(x) = dict::get_str(&m.dict, name) {
                        return Ok(Some(x));
                    }
                    if Some(&*pystr::data(name).s) == Some("__dict__") {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                    // then the module type's own (object's) methods: __reduce_ex__, __dir__, ...
                    let ty = self.type_of(v);
                    return match lookup(ty, name) {
                        Some(d) => Ok(Some(self.bind_descr(d, v, ty)?)),
                        None if Some(&*pystr::data(name).s) == Some("__class__") => Ok(Some(Value::Obj(ty.clone()))),
                        None => Ok(None),
                    };
                }
                Payload::Super { ty, obj } => {
                    if let Some(x) = self.super_getattr(ty, obj, name)? {
                        return Ok(Some(x));
                    }
                    return crate::types::misc::special_attr(self, v, name);
                }
                _ => {}
            }
        }
        let ty = self.type_of(v);
        let descr = lookup(ty, name);
        if let Some(d) = &descr {
            if let Some(r) = self.data_descr_get(d, v, Some(name))? {
                return Ok(Some(r));
            }
        }
        if let Value::Obj(o) = v {
            if !type_data(o.ty()).has(TF_SLOTTED) {
                if let Some(d) = o.dict_borrowed() {
                    if let Some(x) = dict::get_str(d, name) {
                        return Ok(Some(x));
                    }
                }
            }
        }
        if let Some(d) = descr {
            return Ok(Some(self.bind_descr(d, v, ty)?));
        }
        crate::types::misc::special_attr(self, v, name)
    }

    /// A data descriptor's value (property, or a user object with __set__); None otherwise.
    fn data_descr_get(&self, d: &Value, obj: &Value, name: Option<&PyRef>) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = d {
            match o.payload() {
                Payload::MemberDescr { name, .. } => {
                    let found = match obj {
                        Value::Obj(io) if crate::types::slots::uses_table(io) => crate::types::slots::get(io, name),
                        Value::Obj(io) => io.dict().and_then(|dd| dict::get_str(&dd, name)),
                        _ => None,
                    };
                    return match found {
                        Some(v) => Ok(Some(v)),
                        None => Err(self.attribute_error_for(obj, name)),
                    };
                }
                Payload::Native(_) if crate::types::getset::as_getset(o).is_some() => {
                    return Ok(Some(crate::types::getset::get(self, crate::types::getset::as_getset(o).unwrap(), obj)?));
                }
                Payload::Property(p) => {
                    if p.fget.is_none() {
                        return Err(self.attribute_error(match name {
                            Some(n) => format!("property '{}' of '{}' object has no getter", pystr::data(n).s, self.type_name(obj)),
                            None => format!("property of '{}' object has no getter", self.type_name(obj)),
                        }));
                    }
                    return Ok(Some(self.call(&p.fget, std::slice::from_ref(obj), KwArgs::EMPTY)?));
                }
                Payload::Object => {
                    let dt = o.ty();
                    if type_data(dt).has(TF_HEAP) {
                        if let Some(get) = lookup(dt, &crate::name!("__get__")) {
                            if lookup(dt, &crate::name!("__set__")).is_some() || lookup(dt, &crate::name!("__delete__")).is_some() {
                                let tyv = Value::Obj(self.type_of(obj).clone());
                                return Ok(Some(self.call(&get, &[d.clone(), obj.clone(), tyv], KwArgs::EMPTY)?));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// classmethod.__get__: the wrapped callable bound to the class. As in CPython 3.9-3.12,
    /// a wrapped descriptor (a property, say) is asked with the class instead.
    pub(crate) fn classmethod_bind(&self, f: &Value, ty: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = f {
            match o.payload() {
                Payload::Property(p) => {
                    if p.fget.is_none() {
                        return Err(self.attribute_error("property has no getter".into()));
                    }
                    return self.call(&p.fget, &[Value::Obj(ty.clone())], KwArgs::EMPTY);
                }
                Payload::Object if type_data(o.ty()).has(TF_HEAP) => {
                    if let Some(get) = lookup(o.ty(), &crate::name!("__get__")) {
                        return self.call(&get, &[f.clone(), Value::Obj(ty.clone()), Value::Obj(ty.clone())], KwArgs::EMPTY);
                    }
                }
                _ => {}
            }
        }
        Ok(Value::Obj(PyRef::new(&rt().t.method, Payload::Method { func: f.clone(), self_: Value::Obj(ty.clone()) })))
    }

    /// Bind a non-data descriptor found on the type to the instance.
    pub(crate) fn bind_descr(&self, d: Value, obj: &Value, ty: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = &d {
            match o.payload() {
                Payload::Function(_) => return Ok(Value::Obj(PyRef::new(&rt().t.method, Payload::Method { func: d.clone(), self_: obj.clone() }))),
                Payload::Builtin(b) if b.is_method => {
                    return Ok(Value::Obj(PyRef::new(
                        &rt().t.builtin,
                        Payload::Builtin(Box::new(BuiltinData {
                            name: b.name,
                            f: b.f,
                            self_: Some(obj.clone()),
                            owner: b.owner.clone(),
                            is_method: true,
                            module: None,
                        })),
                    )));
                }
                Payload::ClassMethod(f) => return self.classmethod_bind(f, ty),
                Payload::StaticMethod(f) => return Ok(f.clone()),
                Payload::Object => {
                    let dt = o.ty();
                    if type_data(dt).has(TF_HEAP) {
                        if let Some(get) = lookup(dt, &crate::name!("__get__")) {
                            return self.call(&get, &[d.clone(), obj.clone(), Value::Obj(ty.clone())], KwArgs::EMPTY);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(d)
    }

    fn type_getattr(&self, t: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        // data descriptors of the metatype first (a property on a metaclass), then the MRO
        let meta = t.ty();
        if !meta.is(&rt().t.type_) {
            if let Some(d) = lookup(meta, name) {
                if let Some(r) = self.data_descr_get(&d, &Value::Obj(t.clone()), Some(name))? {
                    return Ok(Some(r));
                }
            }
        }
        // type's own data descriptors win over the class's attributes ('__dict__' in a
        // class's namespace is the descriptor for its instances)
        if matches!(&*pystr::data(name).s, "__dict__" | "__mro__") {
            if let Some(x) = crate::types::typeobj_methods::type_special_attr(self, t, name)? {
                return Ok(Some(x));
            }
        }
        if let Some(d) = lookup(t, name) {
            if let Value::Obj(o) = &d {
                match o.payload() {
                    Payload::ClassMethod(f) => return Ok(Some(self.classmethod_bind(f, t)?)),
                    Payload::StaticMethod(f) => return Ok(Some(f.clone())),
                    Payload::Object => {
                        let dt = o.ty();
                        if type_data(dt).has(TF_HEAP) {
                            if let Some(get) = lookup(dt, &crate::name!("__get__")) {
                                return Ok(Some(self.call(&get, &[d.clone(), Value::None, Value::Obj(t.clone())], KwArgs::EMPTY)?));
                            }
                        }
                    }
                    _ => {}
                }
            }
            return Ok(Some(d));
        }
        if let Some(x) = crate::types::typeobj_methods::type_special_attr(self, t, name)? {
            return Ok(Some(x));
        }
        // methods of the metatype (e.g. type.mro, or a user metaclass's methods)
        let meta = t.ty();
        if let Some(d) = lookup(meta, name) {
            return Ok(Some(self.bind_descr(d, &Value::Obj(t.clone()), meta)?));
        }
        Ok(None)
    }

    fn super_getattr(&self, start: &PyRef, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let objtype = match obj {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) && is_subtype(o, start) => o.clone(),
            _ => self.type_of(obj).clone(),
        };
        let td = type_data(&objtype);
        let mut full = vec![objtype.clone()];
        full.extend(td.mro_vec().iter().cloned());
        let pos = full.iter().position(|t| t.is(start)).map(|i| i + 1).unwrap_or(full.len());
        for t in &full[pos..] {
            if let Some(d) = dict::get_str(&type_data(t).dict, name) {
                // super(cls, cls) in a classmethod binds like a class attribute; a metaclass's
                // super(Meta, cls) binds to the class as an instance of Meta
                let is_type_obj = matches!(obj, Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) && is_subtype(o, start));
                if is_type_obj {
                    if let Value::Obj(o) = &d {
                        if let Payload::ClassMethod(f) = o.payload() {
                            return Ok(Some(Value::Obj(PyRef::new(&rt().t.method, Payload::Method { func: f.clone(), self_: obj.clone() }))));
                        }
                        if let Payload::StaticMethod(f) = o.payload() {
                            return Ok(Some(f.clone()));
                        }
                    }
                    return Ok(Some(d));
                }
                if let Some(r) = self.data_descr_get(&d, obj, Some(name))? {
                    return Ok(Some(r));
                }
                return Ok(Some(self.bind_descr(d, obj, &objtype)?));
            }
        }
        Ok(None)
    }

    pub fn setattr(&self, obj: &Value, name: &PyRef, val: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        let td = type_data(ty);
        if td.has(TF_HAS_SETATTR) {
            let f = lookup(ty, &crate::name!("__setattr__")).unwrap();
            self.call_lending(&f, obj, vec![Value::Obj(name.clone()), val])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, Some(val))
    }

    pub fn delattr(&self, obj: &Value, name: &PyRef) -> PyResult<()> {
        let ty = self.type_of(obj);
        let td = type_data(ty);
        if td.has(TF_HAS_DELATTR) {
            let f = lookup(ty, &crate::name!("__delattr__")).unwrap();
            self.call_lending(&f, obj, vec![Value::Obj(name.clone())])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, None)
    }

    /// object.__setattr__ / object.__delattr__ (val None deletes).
    pub fn generic_setattr(&self, obj: &Value, name: &PyRef, val: Option<Value>) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Some(d) = lookup(ty, name) {
            if let Value::Obj(o) = &d {
                match o.payload() {
                    Payload::MemberDescr { .. } => {
                        if let Value::Obj(io) = obj {
                            if crate::types::slots::uses_table(io) {
                                match val {
                                    Some(v) => crate::types::slots::set(self, io, name, v)?,
                                    None => {
                                        if !crate::types::slots::delete(io, name) {
                                            return Err(self.attribute_error_for_deleted_slot(name));
                                        }
                                    }
                                }
                                return Ok(());
                            }
                            let dd = match io.dict() {
                                Some(dd) => dd,
                                None => {
                                    let dd = dict::new_dict();
                                    io.set_dict(Some(dd.clone()));
                                    dd
                                }
                            };
                            match val {
                                Some(v) => dict::set_item(self, &dd, Value::Obj(name.clone()), v)?,
                                None => {
                                    if !dict::del_str(&dd, name) {
                                        return Err(self.attribute_error_for_deleted_slot(name));
                                    }
                                }
                            }
                            return Ok(());
                        }
                    }
                    Payload::Native(_) if crate::types::getset::as_getset(o).is_some() => {
                        return crate::types::getset::set(self, crate::types::getset::as_getset(o).unwrap(), obj, val);
                    }
                    Payload::Property(p) => {
                        let f = if val.is_some() { &p.fset } else { &p.fdel };
                        if f.is_none() {
                            let n = Some(&*pystr::data(name).s).unwrap_or("?");
                            let msg = if val.is_some() { format!("can't set attribute '{}'", n) } else { format!("can't delete attribute '{}'", n) };
                            let _ = msg;
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no {}",
                                n,
                                self.type_name(obj),
                                if val.is_some() { "setter" } else { "deleter" }
                            )));
                        }
                        match val {
                            Some(v) => self.call(f, &[obj.clone(), v], KwArgs::EMPTY)?,
                            None => self.call(f, std::slice::from_ref(obj), KwArgs::EMPTY)?,
                        };
                        return Ok(());
                    }
                    Payload::Object if type_data(o.ty()).has(TF_HEAP) => {
                        let dt = o.ty();
                        let hook = if val.is_some() { "__set__" } else { "__delete__" };
                        if let Some(set) = lookup(dt, &rt().intern_static(hook)) {
                            match val {
                                Some(v) => self.call(&set, &[d.clone(), obj.clone(), v], KwArgs::EMPTY)?,
                                None => self.call(&set, lent(&[&d, obj]).as_args(), KwArgs::EMPTY)?,
                            };
                            return Ok(());
                        }
                        // a data descriptor without this hook: CPython's slot looks the method
                        // up and fails with its name
                        let other = if val.is_some() { "__delete__" } else { "__set__" };
                        if lookup(dt, &rt().intern_static(other)).is_some() {
                            return Err(self.new_error(&rt().e.attribute_error, hook.into()));
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Value::Obj(o) = obj {
            let nm = &*pystr::data(name).s;
            if nm == "__class__" {
                let new_ty = match &val {
                    Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => t.clone(),
                    Some(v) => return Err(self.type_error(format!("__class__ must be set to a class, not '{}' object", self.type_name(v)))),
                    None => return Err(self.type_error("can't delete __class__ attribute".into())),
                };
                let (old_td, new_td) = (type_data(o.ty()), type_data(&new_ty));
                if !old_td.has(TF_HEAP) || !new_td.has(TF_HEAP) {
                    return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses".into()));
                }
                if old_td.layout != new_td.layout {
                    return Err(self.type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", new_td.name(), old_td.name())));
                }
                o.set_ty(&new_ty);
                return Ok(());
            }
            if matches!(o.payload(), Payload::Exception(_)) && matches!(nm, "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__") {
                return crate::types::exceptions::set_exc_attr(self, o, name, val);
            }
            match o.payload() {
                Payload::Type(td) => {
                    if !td.has(TF_HEAP) {
                        let n = Some(&*pystr::data(name).s).unwrap_or("?");
                        return Err(self.type_error(format!("cannot set '{}' attribute of immutable type '{}'", n, td.name())));
                    }
                    let nm = Some(&*pystr::data(name).s).unwrap_or("");
                    if nm == "__name__" || nm == "__qualname__" {
                        let s = match &val {
                            Some(v) => match pystr::as_str(v) {
                                Some(s) => s.to_string(),
                                None => {
                                    return Err(self.type_error(format!("can only assign string to {}.{}, not '{}'", td.name(), nm, self.type_name(v))));
                                }
                            },
                            None => return Err(self.type_error(format!("cannot delete '{}' attribute of immutable type '{}'", nm, td.name()))),
                        };
                        let slot = if nm == "__name__" { &td.name } else { &td.qualname };
                        // SAFETY: GIL invariant; no borrow of the name is outstanding.
                        unsafe { *slot.get() = s };
                        return Ok(());
                    }
                    if nm == "__module__" {
                        if let Some(s) = val.as_ref().and_then(pystr::as_str) {
                            // the class's repr and tracebacks read the module from here
                            // SAFETY: as above.
                            unsafe { *td.module.get() = s.to_string() };
                        }
                    }
                    // retag before the old value can be freed, so no cache entry outlives it
                    typeobj::modified(o);
                    match val {
                        Some(v) => dict::set_item(self, &td.dict, Value::Obj(name.clone()), v)?,
                        None => {
                            if !dict::del_str(&td.dict, name) {
                                return Err(self.attribute_error_message(obj, name));
                            }
                        }
                    }
                    typeobj::modified(o);
                    if nm.starts_with("__") {
                        typeobj::update_flags(o);
                    }
                    return Ok(());
                }
                Payload::Module(m) => {
                    match val {
                        Some(v) => dict::set_item(self, &m.dict, Value::Obj(name.clone()), v)?,
                        None => {
                            if !dict::del_str(&m.dict, name) {
                                // the generic object message, not the module one of a load
                                let n = &*pystr::data(name).s;
                                return Err(self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), n)));
                            }
                        }
                    }
                    return Ok(());
                }
                Payload::Function(_) => return crate::types::function::set_function_attr(self, o, name, val),
                _ => {}
            }
            if let Some(d) = o.dict().filter(|_| !type_data(o.ty()).has(TF_SLOTTED)) {
                match val {
                    Some(v) if pystr::is_exact_str(name) => dict::set_str_item(self, &d, name, v)?,
                    Some(v) => dict::set_item(self, &d, Value::Obj(name.clone()), v)?,
                    None => {
                        if !dict::del_str(&d, name) {
                            return Err(self.attribute_error_message(obj, name));
                        }
                    }
                }
                return Ok(());
            }
            if let Payload::Exception(_) = o.payload() {
                return crate::types::exceptions::set_exc_attr(self, o, name, val);
            }
        }
        let n = Some(&*pystr::data(name).s).unwrap_or("?").to_string();
        if lookup(ty, name).is_some() {
            return Err(self.attribute_error(format!("'{}' object attribute '{}' is read-only", self.type_name(obj), n)));
        }
        if let Ok(Some(_)) = crate::types::misc::special_attr(self, obj, name) {
            if n != "__class__" {
                return Err(self.attribute_error(format!("attribute '{}' of '{}' objects is not writable", n, self.type_name(obj))));
            }
        }
        Err(self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), n)))
    }

    /// A special method a class (a subclass of a builtin, say) defines in Python for `v`:
    /// builtins that work on the payload ask this first so the override wins.
    pub fn heap_override(&self, v: &Value, name: &'static str) -> Option<Value> {
        let o = v.as_obj()?;
        if !type_data(o.ty()).has(TF_HEAP) {
            return None;
        }
        let f = lookup(o.ty(), &rt().intern_static(name))?;
        if matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(_))) {
            return None;
        }
        self.bind_descr(f, v, o.ty()).ok()
    }

    /// A special method looked up on the type (never the instance), bound to `v`.
    pub fn lookup_special(&self, v: &Value, name: &'static str) -> Option<Value> {
        let ty = self.type_of(v);
        let d = lookup(ty, &rt().intern_static(name))?;
        self.bind_descr(d, v, ty).ok()
    }

    /// Call `obj.name(*args)` looking the method up on the type.
    pub fn call_method(&self, obj: &Value, name: &'static str, args: &[Value]) -> PyResult<Value> {
        let ty = self.type_of(obj);
        match lookup(ty, &rt().intern_static(name)) {
            Some(f) => {
                if let Value::Obj(fo) = &f {
                    match fo.payload() {
                        Payload::Function(_) => {
                            let mut full = Vec::with_capacity(args.len() + 1);
                            full.push(obj.clone());
                            full.extend_from_slice(args);
                            return self.call(&f, &full, KwArgs::EMPTY);
                        }
                        Payload::Builtin(b) if b.is_method => {
                            let mut full = Vec::with_capacity(args.len() + 1);
                            full.push(obj.clone());
                            full.extend_from_slice(args);
                            return (b.f)(self, &full, KwArgs::EMPTY);
                        }
                        _ => {}
                    }
                }
                let bound = self.bind_descr(f, obj, ty)?;
                self.call(&bound, args, KwArgs::EMPTY)
            }
            None => Err(self.attribute_error_for(obj, &rt().intern_static(name))),
        }
    }

    // ---- calls ---------------------------------------------------------------------------

    pub fn call(&self, f: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        self.call_kw(f, args, kw)
    }

    /// Call any callable with positional arguments and keyword arguments.
    /// Call `f(first, *rest)` with `first` lent rather than counted (see `lent`).
    pub(crate) fn call_lending(&self, f: &Value, first: &Value, rest: Vec<Value>) -> PyResult<Value> {
        let mut full = Vec::with_capacity(rest.len() + 1);
        // SAFETY: a bitwise copy of a value the caller holds for the whole call; forgotten
        // below, never dropped, so no count is given back.
        full.push(unsafe { std::ptr::read(first) });
        full.extend(rest);
        let r = self.call_kw(f, &full, KwArgs::EMPTY);
        let mut it = full.into_iter();
        std::mem::forget(it.next());
        drop(it);
        r
    }

    pub fn call_kw(&self, f: &Value, args: &[Value], kw: KwArgs) -> PyResult<Value> {
        if let Value::Obj(o) = f {
            match o.payload() {
                Payload::Function(_) => return crate::eval::call_function(self, o, args, kw),
                Payload::Builtin(b) => {
                    if b.is_method && b.self_.is_none() {
                        check_descriptor(self, b, args)?;
                    }
                    return match &b.self_ {
                        Some(s) => {
                            let mut full = Vec::with_capacity(args.len() + 1);
                            full.push(s.clone());
                            full.extend_from_slice(args);
                            (b.f)(self, &full, kw)
                        }
                        None => (b.f)(self, args, kw),
                    };
                }
                Payload::Method { func, self_ } => {
                    // `self` is lent, not counted, as CPython's method_vectorcall lends it: the
                    // method object (which the caller holds) keeps it alive meanwhile
                    let mut full = Vec::with_capacity(args.len() + 1);
                    // SAFETY: a bitwise copy of a value owned by `o`, which outlives the call;
                    // it is forgotten below, never dropped, so no count is given back.
                    full.push(unsafe { std::ptr::read(self_) });
                    full.extend_from_slice(args);
                    let r = self.call_kw(func, &full, kw);
                    let mut it = full.into_iter();
                    std::mem::forget(it.next());
                    drop(it);
                    return r;
                }
                Payload::Type(_) => return typeobj::call_type(self, o, args, kw),
                Payload::StaticMethod(f) => return self.call_kw(f, args, kw),
                _ => {}
            }
        }
        let ty = self.type_of(f);
        if let Some(c) = lookup(ty, &crate::name!("__call__")) {
            if matches!(&c, Value::Obj(co) if matches!(co.payload(), Payload::Function(_))) {
                let mut full = Vec::with_capacity(args.len() + 1);
                // SAFETY: `f` is lent for the call (the caller holds it); forgotten below.
                full.push(unsafe { std::ptr::read(f) });
                full.extend_from_slice(args);
                let r = self.call_kw(&c, &full, kw);
                let mut it = full.into_iter();
                std::mem::forget(it.next());
                drop(it);
                return r;
            }
            // a staticmethod, or a callable object that is not a descriptor, is not bound
            let bound = self.bind_descr(c, f, ty)?;
            return self.call_kw(&bound, args, kw);
        }
        Err(self.type_error(format!("'{}' object is not callable", self.type_name(f))))
    }

    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match o.payload() {
                Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. } | Payload::Type(_) | Payload::StaticMethod(_) => true,
                _ => lookup(o.ty(), &crate::name!("__call__")).is_some(),
            },
            _ => false,
        }
    }

    // ---- truth, length, hashing ------------------------------------------------------------

    #[inline]
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::None => false,
            Value::Float(f) => *f != 0.0,
            Value::Undef => false,
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) if !type_data(o.ty()).has(TF_HEAP) => !s.s.is_empty(),
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. }
                    if !type_data(o.ty()).has(TF_HEAP) =>
                {
                    self.len(v)? != 0
                }
                Payload::BigInt(b) if !type_data(o.ty()).has(TF_HEAP) => !num_traits::Zero::is_zero(b),
                Payload::BigRange(r) => !num_traits::Zero::is_zero(&crate::types::range::big_len(r)),
                Payload::Complex(r, i) if !type_data(o.ty()).has(TF_HEAP) => *r != 0.0 || *i != 0.0,
                _ => {
                    let ty = o.ty();
                    if type_data(ty).has(TF_DISPATCH) {
                        if let Some(b) = lookup(ty, &crate::name!("__bool__")) {
                            let r = self.call(&b, std::slice::from_ref(v), KwArgs::EMPTY)?;
                            return match r {
                                Value::Bool(b) => Ok(b),
                                _ => Err(self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r)))),
                            };
                        }
                        if let Some(l) = lookup(ty, &crate::name!("__len__")) {
                            let r = self.call(&l, std::slice::from_ref(v), KwArgs::EMPTY)?;
                            return Ok(self.len_result(&r)? != 0);
                        }
                        return match o.payload() {
                            Payload::Object | Payload::Exception(_) => Ok(true),
                            _ => self.truthy_builtin(v),
                        };
                    }
                    true
                }
            },
        })
    }

    fn truthy_builtin(&self, v: &Value) -> PyResult<bool> {
        Ok(self.len(v).map(|n| n != 0).unwrap_or(true))
    }

    fn len_result(&self, r: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = r {
            if let Payload::BigInt(b) = o.payload() {
                if num_traits::Signed::is_negative(b) {
                    return Err(self.value_error("__len__() should return >= 0".into()));
                }
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer".into()));
            }
            if !matches!(o.payload(), Payload::Str(_)) && self.lookup_special(r, "__index__").is_some() {
                let i = self.index_value(r)?;
                return self.len_result(&Value::Int(i));
            }
        }
        match r {
            Value::Int(n) if *n >= 0 => Ok(*n as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0".into())),
            Value::Bool(b) => Ok(*b as usize),
            _ => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(r)))),
        }
    }

    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            let heap = type_data(o.ty()).has(TF_DISPATCH);
            if heap {
                if let Some(l) = lookup(o.ty(), &crate::name!("__len__")) {
                    let r = self.call(&l, std::slice::from_ref(v), KwArgs::EMPTY)?;
                    return self.len_result(&r);
                }
            }
            match o.payload() {
                Payload::Str(s) => return Ok(s.chars),
                Payload::List(_) => return Ok(list::len(o)),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(_) => return Ok(dict::len(o)),
                Payload::Set(s) => return Ok(s.len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => {
                    // SAFETY: GIL invariant; plain read.
                    return Ok(unsafe { (*b.get()).len() });
                }
                Payload::Range { start, stop, step } => return Ok(crate::types::range::range_len(*start, *stop, *step) as usize),
                Payload::BigRange(r) => {
                    return num_traits::ToPrimitive::to_usize(&crate::types::range::big_len(r))
                        .filter(|n| *n <= isize::MAX as usize)
                        .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t".into()));
                }
                Payload::DictView { dict: d, .. } => return Ok(dict::len(d)),
                _ => {}
            }
        }
        Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v))))
    }

    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(int::hash_i64(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => Ok(float::hash_float(*f)),
            Value::None => Ok(0xFCB7_0E1F),
            Value::Undef => Ok(0),
            Value::Obj(o) => {
                let ty = o.ty();
                if type_data(ty).has(TF_DISPATCH) {
                    match lookup(ty, &crate::name!("__hash__")) {
                        Some(Value::None) => return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                        Some(h) if !matches!(&h, Value::Obj(ho) if matches!(ho.payload(), Payload::Builtin(_))) => {
                            let r = self.call(&h, std::slice::from_ref(v), KwArgs::EMPTY)?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b as i64),
                                Value::Obj(ref b) if matches!(b.payload(), Payload::BigInt(_)) => Ok(int::hash_value(&r)),
                                _ => Err(self.type_error("__hash__ method should return an integer".into())),
                            };
                        }
                        _ => {}
                    }
                }
                match o.payload() {
                    Payload::Str(s) => Ok(pystr::hash_str(s)),
                    Payload::BigInt(_) => Ok(int::hash_value(v)),
                    Payload::Float(f) => Ok(float::hash_float(*f)),
                    Payload::Tuple(items) => tuple::hash_items(self, items),
                    Payload::Bytes(b) => Ok(pystr::hash_bytes(b)),
                    Payload::Set(s) if ty.is(&rt().t.frozenset) || is_subtype(ty, &rt().t.frozenset) => crate::types::set::frozenset_hash(self, s),
                    Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    Payload::Complex(r, i) => {
                        let h = float::hash_float(*r).wrapping_add(1000003i64.wrapping_mul(float::hash_float(*i)));
                        Ok(if h == -1 { -2 } else { h })
                    }
                    Payload::Slice(..) => Err(self.type_error("unhashable type: 'slice'".into())),
                    Payload::Range { .. } | Payload::BigRange(_) => crate::types::range::range_hash(self, o),
                    Payload::Native(_) if crate::types::weakref::hash_of(self, o).is_some() => crate::types::weakref::hash_of(self, o).unwrap(),
                    _ => {
                        // object.__hash__: derived from the address
                        let a = o.as_ptr() as usize;
                        Ok(((a >> 4) | (a << 60)) as i64 & i64::MAX)
                    }
                }
            }
        }
    }

    // ---- comparison ----------------------------------------------------------------------

    /// `a == b` as a bool (identity first, as containers do).
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        // containers compare by identity first (CPython's PyObject_RichCompareBool); an
        // unboxed float is identical to one with the same bits, NaN included
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Float(x), Value::Float(y)) => return Ok(x == y),
            _ => {}
        }
        match self.compare(a, b, CmpOp::Eq)? {
            Value::Bool(t) => Ok(t),
            r => self.truthy(&r),
        }
    }

    pub fn compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        // fast paths
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(cmp_ord(x.cmp(y), op))),
            (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(cmp_f64(*x, *y, op))),
            _ => {}
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(r);
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // classes, and builtin types written in Rust with methods (UnionType...)
        let has_methods = |v: &Value, t: &PyRef| type_data(t).has(TF_DISPATCH) || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Object));
        let heap_a = has_methods(a, ta);
        let heap_b = has_methods(b, tb);
        let name = op.dunder();
        let rname = op.swapped().dunder();
        // a comparison that calls Python code counts toward the recursion limit as in
        // CPython, where C calls and Python frames share one counter
        if (heap_a || heap_b) && self.depth.get() + self.native_depth.get() >= rt().recursion_limit.get() {
            return Err(self.new_error(&rt().e.recursion_error, "maximum recursion depth exceeded in comparison".into()));
        }
        // ... and holds its count while the methods run
        let _counted = if heap_a || heap_b {
            self.native_depth.set(self.native_depth.get() + 1);
            Some(crate::NativeCall(self))
        } else {
            None
        };
        let try_reflected_first = !ta.is(tb) && is_subtype(tb, ta) && heap_b;
        if try_reflected_first {
            if let Some(f) = lookup(tb, &rt().intern_static(rname)) {
                let r = self.call(&f, lent(&[b, a]).as_args(), KwArgs::EMPTY)?;
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if heap_a {
            if let Some(f) = lookup(ta, &rt().intern_static(name)) {
                let r = self.call(&f, lent(&[a, b]).as_args(), KwArgs::EMPTY)?;
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if heap_b && !try_reflected_first {
            if let Some(f) = lookup(tb, &rt().intern_static(rname)) {
                let r = self.call(&f, lent(&[b, a]).as_args(), KwArgs::EMPTY)?;
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        // a builtin operand's own comparison, when the other is an instance of a subclass of
        // it whose method declined: `{} == Counter()` compares as dicts, as CPython's
        // dict_richcompare does
        if !heap_a && heap_b && is_subtype(tb, ta) {
            if let Some(f) = lookup(ta, &rt().intern_static(name)) {
                let r = self.call(&f, lent(&[a, b]).as_args(), KwArgs::EMPTY)?;
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if !heap_b && heap_a && is_subtype(ta, tb) {
            if let Some(f) = lookup(tb, &rt().intern_static(rname)) {
                let r = self.call(&f, lent(&[b, a]).as_args(), KwArgs::EMPTY)?;
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            // object.__ne__ (found above) already inverted __eq__ where it could
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), self.type_name(a), self.type_name(b)))),
        }
    }

    /// Comparisons between builtin values; None when the types are not handled here.
    fn builtin_compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        // an int subclass that defines the comparison answers it itself
        let heap_num = |v: &Value, m: &'static str| {
            matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_) | Payload::Float(_))) && self.heap_override(v, m).is_some()
        };
        if heap_num(a, op.dunder()) || heap_num(b, op.swapped().dunder()) {
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (float::as_f64_exact_num(a), float::as_f64_exact_num(b)) {
            // mixed int/float/bool: compare exactly
            let _ = (x, y);
            return Ok(Some(Value::Bool(cmp_ord_opt(float::num_cmp(a, b), op))));
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            let hx = type_data(x.ty()).has(TF_HEAP);
            let hy = type_data(y.ty()).has(TF_HEAP);
            if hx || hy {
                // user classes (including subclasses of builtins) go through their methods
                // first; builtin layouts still compare below when the class defines nothing
                let n = op.dunder();
                let rn = op.swapped().dunder();
                let defines = |t: &PyRef, m: &'static str| {
                    type_data(t).has(TF_HEAP)
                        && lookup(t, &rt().intern_static(m))
                            .map(|f| !matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(_))))
                            .unwrap_or(false)
                };
                if defines(x.ty(), n) || defines(y.ty(), rn) {
                    return Ok(None);
                }
            }
            match (x.payload(), y.payload()) {
                (Payload::Str(s1), Payload::Str(s2)) => return Ok(Some(Value::Bool(cmp_ord(s1.s.cmp(&s2.s), op)))),
                (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    let (b1, b2) = (crate::types::bytes::bytes_of(a).unwrap(), crate::types::bytes::bytes_of(b).unwrap());
                    return Ok(Some(Value::Bool(cmp_ord(b1.cmp(&b2), op))));
                }
                (Payload::Method { func: f1, self_: s1 }, Payload::Method { func: f2, self_: s2 }) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    let e = f1.is(f2) && s1.is(s2);
                    return Ok(Some(Value::Bool(if op == CmpOp::Eq { e } else { !e })));
                }
                (Payload::Slice(a1, b1, c1), Payload::Slice(a2, b2, c2)) => {
                    return Ok(Some(self.seq_compare(&[a1.clone(), b1.clone(), c1.clone()], &[a2.clone(), b2.clone(), c2.clone()], op)?));
                }
                // a tuple's items never change and the caller holds both tuples, so they are
                // compared in place (no copies) even if an item's __eq__ runs Python code
                (Payload::Tuple(_), Payload::Tuple(_)) => return Ok(Some(self.seq_compare(tuple::items(x), tuple::items(y), op)?)),
                (Payload::List(_), Payload::List(_)) => return Ok(Some(self.seq_compare(&list::snapshot(x), &list::snapshot(y), op)?)),
                (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    let e = dict::dict_eq(self, x, y)?;
                    return Ok(Some(Value::Bool(if op == CmpOp::Eq { e } else { !e })));
                }
                (Payload::Set(_), Payload::Set(_)) => return Ok(Some(crate::types::set::set_compare(self, x, y, op)?)),
                (Payload::Range { .. }, Payload::Range { .. }) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    let e = crate::types::range::range_eq(x, y);
                    return Ok(Some(Value::Bool(if op == CmpOp::Eq { e } else { !e })));
                }
                (Payload::DictView { kind: 0 | 2, .. }, Payload::Set(_))
                | (Payload::Set(_), Payload::DictView { kind: 0 | 2, .. })
                | (Payload::DictView { kind: 0 | 2, .. }, Payload::DictView { kind: 2, .. })
                | (Payload::DictView { kind: 2, .. }, Payload::DictView { kind: 0, .. }) => {
                    let (s1, s2) = (crate::types::set::new_set(true), crate::types::set::new_set(true));
                    crate::types::set::update(self, &s1, a)?;
                    crate::types::set::update(self, &s2, b)?;
                    return Ok(Some(crate::types::set::set_compare(self, &s1, &s2, op)?));
                }
                (Payload::DictView { dict: d1, kind: 0 }, Payload::DictView { dict: d2, kind: 0 }) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    let k1 = dict::keys(d1);
                    let k2 = dict::keys(d2);
                    let mut e = k1.len() == k2.len();
                    if e {
                        for k in &k1 {
                            if !dict::contains(self, d2, k)? {
                                e = false;
                                break;
                            }
                        }
                    }
                    return Ok(Some(Value::Bool(if op == CmpOp::Eq { e } else { !e })));
                }
                (Payload::Complex(r1, i1), Payload::Complex(r2, i2)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    let e = r1 == r2 && i1 == i2;
                    return Ok(Some(Value::Bool(if op == CmpOp::Eq { e } else { !e })));
                }
                _ => {}
            }
        }
        if let (Value::Obj(x), Some(f)) = (a, float::as_f64_exact_num(b)) {
            if let Payload::Complex(r, i) = x.payload() {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let e = *r == f && *i == 0.0;
                    return Ok(Some(Value::Bool(if op == CmpOp::Eq { e } else { !e })));
                }
            }
        }
        Ok(None)
    }

    pub(crate) fn seq_compare(&self, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
        // nested containers compare recursively: CPython's Py_EnterRecursiveCall(" in comparison")
        let d = self.native_depth.get();
        if d > rt().recursion_limit.get() || crate::stack_exhausted() {
            return Err(self.new_error(&rt().e.recursion_error, "maximum recursion depth exceeded in comparison".into()));
        }
        self.native_depth.set(d + 1);
        let r = self.seq_compare_inner(a, b, op);
        self.native_depth.set(d);
        r
    }

    fn seq_compare_inner(&self, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
        let n = a.len().min(b.len());
        for i in 0..n {
            if !self.eq(&a[i], &b[i])? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(&a[i], &b[i], op),
                };
            }
        }
        Ok(Value::Bool(cmp_ord(a.len().cmp(&b.len()), op)))
    }

    // ---- operators -------------------------------------------------------------------------

    pub fn binop(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int::fast_binop(*x, *y, op) {
                return Ok(r);
            }
        }
        self.binop_slow(a, b, op, false)
    }

    pub fn inplace_op(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int::fast_binop(*x, *y, op) {
                return Ok(r);
            }
        }
        if let Value::Obj(o) = a {
            let ty = o.ty();
            if type_data(ty).has(TF_DISPATCH) {
                let iname = op.dunders().2;
                if let Some(f) = lookup(ty, &rt().intern_static(iname)) {
                    let r = self.call(&f, lent(&[a, b]).as_args(), KwArgs::EMPTY)?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
            match (o.payload(), op) {
                (Payload::List(_), BinOp::Add) if !type_data(ty).has(TF_HEAP) || lookup(ty, &crate::name!("__iadd__")).is_none() => {
                    list::extend(self, o, b)?;
                    return Ok(a.clone());
                }
                (Payload::List(_), BinOp::Mul) => {
                    let n = self.index_value(b)?;
                    list::inplace_repeat(self, o, n)?;
                    return Ok(a.clone());
                }
                (Payload::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if !ty.is(&rt().t.frozenset) => {
                    if let Some(r) = crate::types::set::inplace(self, o, b, op)? {
                        return Ok(r);
                    }
                }
                (Payload::Dict(_), BinOp::Or) => {
                    // dict |= accepts what dict.update accepts
                    dict::update_from(self, o, b)?;
                    return Ok(a.clone());
                }
                (Payload::ByteArray(_), BinOp::Add) => {
                    crate::types::bytes::bytearray_extend(self, o, b)?;
                    return Ok(a.clone());
                }
                _ => {}
            }
        }
        self.binop_slow(a, b, op, true)
    }

    fn binop_slow(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let heap_a = type_data(ta).has(TF_DISPATCH);
        let heap_b = type_data(tb).has(TF_DISPATCH);
        if !heap_a && !heap_b {
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
        } else {
            let (name, rname, _) = op.dunders();
            // the right operand's reflected method goes first only if its class overrides it
            let reflected_first = !ta.is(tb) && heap_b && is_subtype(tb, ta) && {
                let rn = rt().intern_static(rname);
                match (lookup(tb, &rn), lookup(ta, &rn)) {
                    (Some(x), Some(y)) => !x.is(&y),
                    (Some(_), None) => true,
                    _ => false,
                }
            };
            if reflected_first {
                if let Some(f) = lookup(tb, &rt().intern_static(rname)) {
                    let r = self.call(&f, lent(&[b, a]).as_args(), KwArgs::EMPTY)?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
            if heap_a {
                if let Some(f) = lookup(ta, &rt().intern_static(name)) {
                    let r = self.call(&f, lent(&[a, b]).as_args(), KwArgs::EMPTY)?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
            // the right operand's own reflected method comes before the builtin operation unless
            // the left operand's builtin type handles that operand itself (float + int
            // subclass), as CPython's slots decide
            let a_handles = {
                let pl = |v: &Value| match v {
                    Value::Int(_) | Value::Bool(_) => 1,
                    Value::Float(_) => 2,
                    Value::Obj(o) => match o.payload() {
                        Payload::BigInt(_) => 1,
                        Payload::Float(_) => 2,
                        Payload::Complex(..) => 3,
                        _ => 0,
                    },
                    _ => 0,
                };
                !heap_a && pl(a) != 0 && pl(b) != 0 && pl(a) >= pl(b)
            };
            let mut tried_b = false;
            if heap_b && !reflected_first && !ta.is(tb) && !a_handles {
                if let Some(f) = self.heap_override(b, rname) {
                    tried_b = true;
                    let r = self.call(&f, std::slice::from_ref(a), KwArgs::EMPTY)?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
            // builtin layouts of subclasses
            if let Some(r) = self.builtin_binop(a, b, op)? {
                return Ok(r);
            }
            if heap_b && !reflected_first && !ta.is(tb) && !tried_b {
                if let Some(f) = lookup(tb, &rt().intern_static(rname)) {
                    let r = self.call(&f, lent(&[b, a]).as_args(), KwArgs::EMPTY)?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(o.payload(), Payload::Str(_))) {
            return Err(self.type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(b))));
        }
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(o.payload(), Payload::List(_))) && !inplace {
            return Err(self.type_error(format!("can only concatenate list (not \"{}\") to list", self.type_name(b))));
        }
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_))) {
            return Err(self.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b))));
        }
        if op == BinOp::Mul {
            let seq =
                |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)));
            // a repeat count may be any object with __index__
            if seq(a) && !matches!(b, Value::Int(_) | Value::Bool(_)) && self.lookup_special(b, "__index__").is_some() {
                let n = self.size_value(b, "cannot fit 'int' into an index-sized integer")?;
                return self.binop(a, &Value::Int(n), op);
            }
            if seq(b) && !matches!(a, Value::Int(_) | Value::Bool(_)) && self.lookup_special(a, "__index__").is_some() {
                let n = self.size_value(a, "cannot fit 'int' into an index-sized integer")?;
                return self.binop(&Value::Int(n), b, op);
            }
            if seq(a) && !matches!(b, Value::Int(_) | Value::Bool(_)) {
                return Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(b))));
            }
            if seq(b) && !matches!(a, Value::Int(_) | Value::Bool(_)) {
                return Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(a))));
            }
        }
        if op == BinOp::Pow && !inplace {
            return Err(self.type_error(format!("unsupported operand type(s) for ** or pow(): '{}' and '{}'", self.type_name(a), self.type_name(b))));
        }
        Err(self.type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, self.type_name(a), self.type_name(b))))
    }

    /// A builtin type's operator method (`int.__add__`): the native operation, or
    /// NotImplemented when the operand types do not support it.
    pub fn native_binop(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        Ok(self.builtin_binop(a, b, op)?.unwrap_or_else(|| Value::Obj(rt().not_implemented.clone())))
    }

    fn builtin_binop(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if op == BinOp::Or {
            if crate::types::union::is_union_operand(a) || crate::types::union::is_union_operand(b) {
                if let Some(u) = crate::types::union::make_union(self, a, b)? {
                    return Ok(Some(u));
                }
            }
        }
        if let Some(r) = int::binop(self, a, b, op)? {
            return Ok(Some(r));
        }
        if let Some(r) = float::binop(self, a, b, op)? {
            return Ok(Some(r));
        }
        if let (Value::Obj(x), _) = (a, b) {
            match x.payload() {
                Payload::Str(_) => return pystr::binop(self, x, b, op),
                Payload::List(_) => return list::binop(self, x, b, op),
                Payload::Tuple(_) => return tuple::binop(self, x, b, op),
                Payload::Set(_) => return crate::types::set::binop(self, x, b, op),
                Payload::Bytes(_) | Payload::ByteArray(_) => return crate::types::bytes::binop(self, x, b, op),
                Payload::Dict(_) if op == BinOp::Or => {
                    if let Value::Obj(y) = b {
                        if matches!(y.payload(), Payload::Dict(_)) {
                            let d = dict::copy(x);
                            dict::update_from(self, &d, b)?;
                            return Ok(Some(Value::Obj(d)));
                        }
                    }
                }
                Payload::Complex(..) => return float::complex_binop(self, a, b, op),
                Payload::DictView { .. } => return crate::types::set::view_binop(self, a, b, op),
                _ => {}
            }
        }
        if let Value::Obj(y) = b {
            match y.payload() {
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) if op == BinOp::Mul => {
                    return self.builtin_binop(b, a, op);
                }
                Payload::Complex(..) => return float::complex_binop(self, a, b, op),
                _ => {}
            }
        }
        Ok(None)
    }

    pub fn unary_neg(&self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => int::from_bigint(-num_bigint::BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            Value::Obj(o) => match o.payload() {
                Payload::BigInt(b) if !type_data(o.ty()).has(TF_HEAP) => Ok(int::from_bigint(-b.clone())),
                Payload::Complex(r, i) => Ok(float::new_complex(-r, -i)),
                _ => self.unary_special(v, "__neg__", "unary -"),
            },
            _ => self.unary_special(v, "__neg__", "unary -"),
        }
    }
    pub fn unary_pos(&self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_) | Payload::Complex(..)) && !type_data(o.ty()).has(TF_HEAP) => Ok(v.clone()),
            _ => self.unary_special(v, "__pos__", "unary +"),
        }
    }
    pub fn unary_invert(&self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) && !type_data(o.ty()).has(TF_HEAP) => {
                if let Payload::BigInt(b) = o.payload() {
                    return Ok(int::from_bigint(-(b.clone()) - 1));
                }
                unreachable!()
            }
            _ => self.unary_special(v, "__invert__", "unary ~"),
        }
    }
    fn unary_special(&self, v: &Value, name: &'static str, what: &str) -> PyResult<Value> {
        if let Some(f) = lookup(self.type_of(v), &rt().intern_static(name)) {
            return self.call(&f, std::slice::from_ref(v), KwArgs::EMPTY);
        }
        Err(self.type_error(format!("bad operand type for {}: '{}'", what, self.type_name(v))))
    }

    /// An integer index from any value with `__index__` (ints and bools directly).
    /// index_value for a size or count (repeat counts, widths): a value past the machine
    /// word is an OverflowError with `msg`, not the IndexError a subscript gets.
    pub fn size_value(&self, v: &Value, msg: &str) -> PyResult<i64> {
        match v {
            Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => Err(self.overflow_error(msg.into())),
            _ => match self.index_value(v) {
                Err(e) if self.isinstance_of(&Value::Obj(e.exc.clone()), &rt().e.index_error) => Err(self.overflow_error(msg.into())),
                r => r,
            },
        }
    }

    pub fn index_value(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match o.payload() {
                Payload::BigInt(b) => match num_traits::ToPrimitive::to_i64(b) {
                    Some(i) => Ok(i),
                    None => Err(self.new_error(&rt().e.index_error, "cannot fit 'int' into an index-sized integer".into())),
                },
                _ => {
                    if let Some(f) = lookup(o.ty(), &crate::name!("__index__")) {
                        let r = self.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                        if !crate::types::int::is_int(&r) {
                            return Err(self.type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))));
                        }
                        return self.index_value(&r);
                    }
                    Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v))))
                }
            },
            _ => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    // ---- items -----------------------------------------------------------------------------

    pub fn getitem(&self, c: &Value, k: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = c {
            let ty = o.ty();
            if type_data(ty).has(TF_DISPATCH) {
                if let Some(f) = lookup(ty, &crate::name!("__getitem__")) {
                    if native_or_not_builtin(o, &f) {
                        return self.call(&f, lent(&[c, k]).as_args(), KwArgs::EMPTY);
                    }
                }
            }
            match o.payload() {
                Payload::List(_) => return list::getitem(self, o, k),
                Payload::Tuple(_) => return tuple::getitem(self, o, k),
                Payload::Dict(_) => return dict::getitem(self, o, k),
                Payload::Str(_) => return pystr::getitem(self, o, k),
                Payload::Range { .. } | Payload::BigRange(_) => return crate::types::range::getitem(self, o, k),
                Payload::Bytes(_) | Payload::ByteArray(_) => return crate::types::bytes::getitem(self, o, k),
                Payload::Type(_) => {
                    if let Some(f) = lookup(o, &crate::name!("__class_getitem__")) {
                        let f = match &f {
                            Value::Obj(fo) => match fo.payload() {
                                Payload::ClassMethod(inner) => inner.clone(),
                                _ => f.clone(),
                            },
                            _ => f.clone(),
                        };
                        return self.call(&f, lent(&[c, k]).as_args(), KwArgs::EMPTY);
                    }
                    return Err(self.type_error(format!("type '{}' is not subscriptable", type_data(o).name())));
                }
                _ => {}
            }
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(c))))
    }

    pub fn setitem(&self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            let ty = o.ty();
            if type_data(ty).has(TF_DISPATCH) {
                if let Some(f) = lookup(ty, &crate::name!("__setitem__")) {
                    if native_or_not_builtin(o, &f) {
                        self.call_lending(&f, c, vec![k.clone(), v])?;
                        return Ok(());
                    }
                }
            }
            match o.payload() {
                Payload::List(_) => return list::setitem(self, o, k, v),
                Payload::Dict(_) => return dict::set_item(self, o, k.clone(), v),
                Payload::ByteArray(_) => return crate::types::bytes::bytearray_setitem(self, o, k, v),
                _ => {}
            }
        }
        Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(c))))
    }

    pub fn delitem(&self, c: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            let ty = o.ty();
            if type_data(ty).has(TF_DISPATCH) {
                if let Some(f) = lookup(ty, &crate::name!("__delitem__")) {
                    if native_or_not_builtin(o, &f) {
                        self.call(&f, lent(&[c, k]).as_args(), KwArgs::EMPTY)?;
                        return Ok(());
                    }
                }
            }
            match o.payload() {
                Payload::List(_) => return list::delitem(self, o, k),
                Payload::Dict(_) => return dict::delitem(self, o, k),
                Payload::ByteArray(_) => return crate::types::bytes::bytearray_delitem(self, o, k),
                _ => {}
            }
        }
        // CPython words it by whether the type has the sequence protocol
        let seq_like = matches!(c, Value::Obj(o) if type_data(o.ty()).has(TF_HEAP) || lookup(o.ty(), &crate::name!("__getitem__")).is_some());
        Err(self.type_error(format!("'{}' object {} support item deletion", self.type_name(c), if seq_like { "doesn't" } else { "does not" })))
    }

    pub fn contains(&self, c: &Value, k: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = c {
            let ty = o.ty();
            if type_data(ty).has(TF_DISPATCH) {
                if let Some(f) = lookup(ty, &crate::name!("__contains__")) {
                    if f.is_none() {
                        return Err(self.type_error(format!("'{}' object is not a container", self.type_name(c))));
                    }
                    if native_or_not_builtin(o, &f) {
                        let r = self.call(&f, lent(&[c, k]).as_args(), KwArgs::EMPTY)?;
                        return self.truthy(&r);
                    }
                }
            }
            match o.payload() {
                Payload::Dict(_) => return dict::contains(self, o, k),
                Payload::Set(_) => return crate::types::set::contains(self, o, k),
                Payload::Str(s) => {
                    return match k {
                        Value::Obj(ko) if matches!(ko.payload(), Payload::Str(_)) => Ok(s.s.contains(&*pystr::data(ko).s)),
                        _ => Err(self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(k)))),
                    };
                }
                Payload::List(_) => {
                    let mut i = 0;
                    while let Some(x) = list::get(o, i) {
                        if self.eq(&x, k)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                Payload::Tuple(items) => {
                    for x in items.iter() {
                        if self.eq(x, k)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Range { start, stop, step } => return crate::types::range::contains(self, *start, *stop, *step, k),
                Payload::BigRange(r) => return Ok(crate::types::range::big_contains(r, k)),
                Payload::DictView { dict: d, kind } => {
                    return match kind {
                        0 => dict::contains(self, d, k),
                        1 => {
                            for v in dict::values(d) {
                                if self.eq(&v, k)? {
                                    return Ok(true);
                                }
                            }
                            Ok(false)
                        }
                        _ => {
                            if let Value::Obj(t) = k {
                                if let Payload::Tuple(kv) = t.payload() {
                                    if kv.len() == 2 {
                                        if let Some(v) = dict::get_item(self, d, &kv[0])? {
                                            return self.eq(&v, &kv[1]);
                                        }
                                    }
                                }
                            }
                            Ok(false)
                        }
                    };
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => return crate::types::bytes::contains(self, o, k),
                _ => {}
            }
        }
        // fall back to iteration
        let it = self.iter(c).map_err(|_| self.type_error(format!("argument of type '{}' is not iterable", self.type_name(c))))?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, k)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ---- iteration -------------------------------------------------------------------------

    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        crate::types::iter::get_iter(self, v)
    }

    /// The next item, or None when the iterator is exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        crate::types::iter::next(self, it)
    }

    /// Collect an iterable into a Vec.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if !type_data(o.ty()).has(TF_HEAP) {
                match o.payload() {
                    Payload::List(_) => return Ok(list::snapshot(o)),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    // CPython sizes the list from the length first: an impossible range
                    // is a MemoryError at once, not after filling the memory
                    Payload::Range { .. } | Payload::BigRange(_) => {
                        let n = self.len(v).unwrap_or(usize::MAX);
                        crate::types::check_alloc(self, n as u128 * std::mem::size_of::<Value>() as u128)?;
                    }
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    // ---- text ------------------------------------------------------------------------------

    pub fn repr(&self, v: &Value) -> PyResult<PyRef> {
        crate::format::repr(self, v)
    }
    pub fn str_(&self, v: &Value) -> PyResult<PyRef> {
        crate::format::str_(self, v)
    }
    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        Ok(pystr::data(&self.repr(v)?).s.to_string())
    }
    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        Ok(pystr::data(&self.str_(v)?).s.to_string())
    }
}

/// A method descriptor called through its class (`list.append(x, 1)`) checks its receiver,
/// with CPython's messages.
#[inline]
pub fn check_descriptor(vm: &Vm, b: &BuiltinData, args: &[Value]) -> PyResult<()> {
    let owner = match &b.owner {
        Some(o) => o,
        None => return Ok(()),
    };
    match args.first() {
        None => Err(vm.type_error(format!("unbound method {}.{}() needs an argument", type_data(owner).name(), b.name))),
        Some(recv) => {
            let t = vm.type_of(recv);
            if t.is(owner) || is_subtype(t, owner) {
                Ok(())
            } else {
                Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    b.name,
                    crate::types::typeobj::type_name(owner),
                    vm.type_name(recv)
                )))
            }
        }
    }
}

pub fn is_notimpl(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::NotImplemented))
}

#[inline]
pub fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

pub fn cmp_ord_opt(o: Option<std::cmp::Ordering>, op: CmpOp) -> bool {
    match o {
        Some(o) => cmp_ord(o, op),
        None => op == CmpOp::Ne,
    }
}

#[inline]
pub fn cmp_f64(x: f64, y: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

pub fn _unused(_: &PyErr) {}

/// Whether a dunder found on the type should be called: a class's own method always; a
/// builtin one only for a native module's object (builtin layouts have fast paths below it).
fn native_or_not_builtin(o: &PyRef, f: &Value) -> bool {
    !matches!(f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(_))) || matches!(o.payload(), Payload::Native(_))
}

/// Operands lent to a special method without counts of their own, as CPython's slot calls pass
/// the values its caller holds: `sys.getrefcount(self)` inside `__eq__`/`__getitem__`/... reads
/// what it reads in CPython. The caller's references keep them alive for the call.
pub(crate) struct Lent<const N: usize>([std::mem::ManuallyDrop<Value>; N]);

pub(crate) fn lent<const N: usize>(vals: &[&Value; N]) -> Lent<N> {
    // SAFETY: bitwise copies of values the caller owns and keeps for the whole call; wrapped in
    // ManuallyDrop, they are never dropped, so no count is given back.
    Lent(vals.map(|v| std::mem::ManuallyDrop::new(unsafe { std::ptr::read(v) })))
}

impl<const N: usize> Lent<N> {
    pub(crate) fn as_args(&self) -> &[Value] {
        // SAFETY: ManuallyDrop<Value> has Value's layout (repr(transparent)).
        unsafe { std::slice::from_raw_parts(self.0.as_ptr() as *const Value, N) }
    }
}
