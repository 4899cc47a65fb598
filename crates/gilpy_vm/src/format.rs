//! Text conversions: repr() and str() of every builtin, the format-spec mini-language
//! (format(), f-strings, str.format) and printf-style `%` formatting, as CPython 3.11 does
//! them, including float formatting rounded on the exact binary value.

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::payload::*;
use crate::types::typeobj::{self, type_data};
use crate::types::{dict, float, int, list, str as pystr, tuple};
use crate::Vm;
use num_bigint::BigInt;
use num_traits::Signed;
use std::cell::RefCell;

thread_local! {
    /// containers whose repr is in progress (CPython's Py_ReprEnter)
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

pub(crate) struct ReprGuard(usize);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|r| {
            let mut r = r.borrow_mut();
            if let Some(p) = r.iter().rposition(|x| *x == self.0) {
                r.remove(p);
            }
        });
    }
}

pub(crate) fn repr_enter(o: &PyRef) -> Option<ReprGuard> {
    let id = o.as_ptr() as usize;
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&id) {
            None
        } else {
            r.push(id);
            Some(ReprGuard(id))
        }
    })
}

/// PyObject_Repr's and PyObject_Str's Py_EnterRecursiveCall: one level on the counter that
/// Python frames share, so a `__repr__` that recurses through repr() stops here first.
fn depth_guard_for<'a>(vm: &'a Vm, what: &str) -> PyResult<DepthGuard<'a>> {
    let d = vm.native_depth.get();
    if vm.depth.get() + d >= rt().recursion_limit.get() || crate::stack_exhausted() {
        return Err(vm.new_error(&rt().e.recursion_error, format!("maximum recursion depth exceeded while getting the {} of an object", what)));
    }
    vm.native_depth.set(d + 1);
    Ok(DepthGuard(vm))
}

fn depth_guard(vm: &Vm) -> PyResult<DepthGuard<'_>> {
    depth_guard_for(vm, "repr")
}

struct DepthGuard<'a>(&'a Vm);
impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.0.native_depth.set(self.0.native_depth.get() - 1);
    }
}

pub fn addr(o: &PyRef) -> String {
    format!("0x{:x}", o.as_ptr() as usize)
}

fn class_name_for_repr(t: &PyRef) -> String {
    let td = type_data(t);
    let m = td.module();
    if m == "builtins" {
        td.qualname().to_string()
    } else {
        format!("{}.{}", m, td.qualname())
    }
}

pub fn default_repr(_vm: &Vm, v: &Value) -> String {
    match v {
        Value::Obj(o) => format!("<{} object at {}>", class_name_for_repr(o.ty()), addr(o)),
        _ => String::new(),
    }
}

pub fn repr(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    let s = match v {
        Value::None => return Ok(crate::name!("None")),
        Value::Bool(true) => return Ok(crate::name!("True")),
        Value::Bool(false) => return Ok(crate::name!("False")),
        // CPython builds a new string for an int's digits, even a single one (unlike the
        // one-character strings it shares): pickle's memo, keyed by identity, shows it
        Value::Int(i) => return Ok(pystr::fresh_str_ref(&i.to_string())),
        Value::Float(f) => float::float_repr(*f),
        Value::Undef => "<NULL>".into(),
        Value::Obj(o) => {
            let ty = o.ty();
            // classes, and builtin types written with a __repr__ method (GenericAlias...)
            if type_data(ty).has(TF_HEAP) || type_data(ty).has(TF_OWN_REPR) || matches!(o.payload(), Payload::Object) {
                if let Some(f) = typeobj::lookup(ty, &crate::name!("__repr__")) {
                    let _g = depth_guard(vm)?;
                    let r = vm.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                    return match &r {
                        Value::Obj(ro) if matches!(ro.payload(), Payload::Str(_)) => Ok(ro.clone()),
                        _ => Err(vm.type_error(format!("__repr__ returned non-string (type {})", vm.type_name(&r)))),
                    };
                }
            }
            native_repr(vm, v)?
        }
    };
    Ok(pystr::new_str_ref(&s))
}

/// repr() by payload, ignoring user overrides (object.__repr__ and builtin layouts).
pub fn native_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let o = match v {
        Value::Obj(o) => o,
        _ => return Ok(pystr::data(&repr(vm, v)?).s.to_string()),
    };
    let _g = depth_guard(vm)?;
    Ok(match o.payload() {
        Payload::Str(s) => pystr::repr_str(&s.s),
        Payload::BigInt(_) => int::int_repr(vm, v)?,
        Payload::Float(f) => float::float_repr(*f),
        Payload::List(_) => {
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok("[...]".into()),
            };
            let items = list::snapshot(o);
            let mut parts = Vec::with_capacity(items.len());
            for x in &items {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            drop(g);
            format!("[{}]", parts.join(", "))
        }
        Payload::Tuple(items) => {
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok("(...)".into()),
            };
            let mut parts = Vec::with_capacity(items.len());
            for x in items.iter() {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            drop(g);
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Payload::Dict(_) => {
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok("{...}".into()),
            };
            let mut parts = Vec::new();
            for (k, val) in dict::items(o) {
                parts.push(format!("{}: {}", pystr::data(&repr(vm, &k)?).s, pystr::data(&repr(vm, &val)?).s));
            }
            drop(g);
            format!("{{{}}}", parts.join(", "))
        }
        Payload::Set(_) => {
            let frozen = typeobj::is_subtype(o.ty(), &rt().t.frozenset);
            let name = type_data(o.ty()).name().to_string();
            let g = match repr_enter(o) {
                Some(g) => g,
                None => return Ok(format!("{}(...)", name)),
            };
            let items = crate::types::set::items(o);
            if items.is_empty() {
                return Ok(format!("{}()", name));
            }
            let mut parts = Vec::new();
            for x in &items {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            drop(g);
            if frozen || !o.ty().is(&rt().t.set) {
                format!("{}({{{}}})", name, parts.join(", "))
            } else {
                format!("{{{}}}", parts.join(", "))
            }
        }
        Payload::BigRange(r) => {
            if r.2 == BigInt::from(1) {
                format!("range({}, {})", r.0, r.1)
            } else {
                format!("range({}, {}, {})", r.0, r.1, r.2)
            }
        }
        Payload::Range { start, stop, step } => {
            if *step == 1 {
                format!("range({}, {})", start, stop)
            } else {
                format!("range({}, {}, {})", start, stop, step)
            }
        }
        Payload::Slice(a, b, c) => format!("slice({}, {}, {})", vm.repr_string(a)?, vm.repr_string(b)?, vm.repr_string(c)?),
        Payload::Bytes(b) => crate::types::bytes::bytes_repr(b, "b"),
        Payload::ByteArray(b) => {
            // SAFETY: GIL invariant; copied out.
            let data = unsafe { (*b.get()).clone() };
            // CPython's bytearray repr escapes a single quote even inside double quotes
            let r = crate::types::bytes::bytes_repr(&data, "b");
            let r = if r.starts_with("b\"") { format!("b\"{}\"", r[2..r.len() - 1].replace('\'', "\\'")) } else { r };
            format!("bytearray({})", r)
        }
        Payload::Complex(r, i) => float::complex_repr(*r, *i),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Type(_) => format!("<class '{}'>", class_name_for_repr(o)),
        Payload::Function(f) => format!("<function {} at {}>", pystr::data(&f.qualname_ref()).s, addr(o)),
        Payload::Builtin(b) => match &b.self_ {
            Some(s) if !matches!(s, Value::Obj(m) if matches!(m.payload(), Payload::Module(_))) => format!(
                "<built-in method {} of {} object at {}>",
                b.name,
                vm.type_name(s),
                match s {
                    Value::Obj(so) => addr(so),
                    _ => "0x0".into(),
                }
            ),
            _ => match &b.owner {
                Some(t) if b.is_method => format!("<method '{}' of '{}' objects>", b.name, type_data(t).name()),
                _ => format!("<built-in function {}>", b.name),
            },
        },
        Payload::Method { func, self_ } => {
            let fname = match vm.getattr_str(func, "__qualname__") {
                Ok(n) => pystr::as_str(&n).unwrap_or("?").to_string(),
                Err(_) => "?".into(),
            };
            format!("<bound method {} of {}>", fname, vm.repr_string(self_)?)
        }
        Payload::Module(m) => {
            let name = dict::get_str(&m.dict, &crate::name!("__name__")).and_then(|n| pystr::as_str(&n).map(|s| s.to_string())).unwrap_or_else(|| "?".into());
            match dict::get_str(&m.dict, &crate::name!("__file__")) {
                Some(f) if !f.is_none() => format!("<module '{}' from {}>", name, vm.repr_string(&f)?),
                _ => format!("<module '{}' (built-in)>", name),
            }
        }
        Payload::Exception(_) => crate::types::exceptions::exc_repr(vm, o)?,
        Payload::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.code.name, addr(o), c.code.filename, c.code.first_line),
        Payload::Cell(c) => {
            // SAFETY: GIL invariant; cloned out.
            let v = unsafe { (*c.get()).clone() };
            if v.is_undef() {
                format!("<cell at {}: empty>", addr(o))
            } else {
                format!(
                    "<cell at {}: {} object at {}>",
                    addr(o),
                    vm.type_name(&v),
                    match &v {
                        Value::Obj(x) => addr(x),
                        _ => "0x0".into(),
                    }
                )
            }
        }
        Payload::Generator(g) => format!("<{} object {} at {}>", typeobj::type_data(o.ty()).name(), pystr::data(&g.qualname).s, addr(o)),
        Payload::DictView { dict: d, kind } => {
            let (name, items) = match kind {
                0 => ("dict_keys", dict::keys(d)),
                1 => ("dict_values", dict::values(d)),
                _ => ("dict_items", dict::items(d).into_iter().map(|(k, v)| tuple::new_tuple(vec![k, v])).collect()),
            };
            let mut parts = Vec::new();
            for x in &items {
                parts.push(pystr::data(&repr(vm, x)?).s.to_string());
            }
            format!("{}([{}])", name, parts.join(", "))
        }
        Payload::File(f) => {
            if f.binary {
                format!("<_io.BufferedReader name={}>", vm.repr_string(&f.name)?)
            } else {
                format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", vm.repr_string(&f.name)?, f.mode, f.encoding)
            }
        }
        Payload::Super { ty, obj } => format!("<super: <class '{}'>, <{} object>>", type_data(ty).name(), vm.type_name(obj)),
        Payload::MemberDescr { name, owner } => format!("<member '{}' of '{}' objects>", pystr::data(name).s, owner),
        Payload::Property(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) | Payload::Iter(_) | Payload::Object | Payload::Native(_) => {
            default_repr(vm, v)
        }
    })
}

pub fn str_(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    if let Value::Obj(o) = v {
        let ty = o.ty();
        if type_data(ty).has(TF_DISPATCH) {
            if let Some(f) = typeobj::lookup(ty, &crate::name!("__str__")) {
                let _g = depth_guard_for(vm, "str")?;
                // object.__str__ is repr(), but a bad result is reported as __str__'s
                let is_object_str = matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&rt().t.object)).unwrap_or(false)));
                if is_object_str {
                    if let Some(rf) = typeobj::lookup(ty, &crate::name!("__repr__")) {
                        if matches!(&rf, Value::Obj(ro) if matches!(ro.payload(), Payload::Function(_))) {
                            let r = vm.call(&rf, std::slice::from_ref(v), KwArgs::EMPTY)?;
                            return match &r {
                                Value::Obj(ro) if matches!(ro.payload(), Payload::Str(_)) => Ok(ro.clone()),
                                _ => Err(vm.type_error(format!("__str__ returned non-string (type {})", vm.type_name(&r)))),
                            };
                        }
                    }
                }
                let r = vm.call(&f, std::slice::from_ref(v), KwArgs::EMPTY)?;
                return match &r {
                    Value::Obj(ro) if matches!(ro.payload(), Payload::Str(_)) => Ok(ro.clone()),
                    _ => Err(vm.type_error(format!("__str__ returned non-string (type {})", vm.type_name(&r)))),
                };
            }
        }
        match o.payload() {
            Payload::Str(_) => return Ok(if ty.is(&rt().t.str) { o.clone() } else { pystr::new_str_ref(&pystr::data(o).s) }),
            Payload::Exception(_) => return Ok(pystr::new_str_ref(&crate::types::exceptions::exc_str(vm, o)?)),
            _ => {}
        }
    }
    repr(vm, v)
}

impl crate::types::payload::StrData {}

/// ascii() of a value.
pub fn ascii_of(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    let mut out = String::new();
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    Ok(out)
}

// ---- the format-spec mini-language ----------------------------------------------------------

/// A parsed format spec ([[fill]align][sign][z][#][0][width][grouping][.precision][type]),
/// CPython's InternalFormatSpec.
#[derive(Default, Debug)]
struct Spec {
    /// an explicit fill character (before an alignment)
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    /// 'z': negative zero formats without its sign
    no_neg_0: bool,
    alt: bool,
    /// the '0' flag: zero fill, and '=' alignment for numbers
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

impl Spec {
    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }
    fn align_or(&self, default: char) -> char {
        // the '0' flag implies '=' only where the default alignment is numbers' '>'
        self.align.unwrap_or(if self.zero && default == '>' { '=' } else { default })
    }
}

/// Decimal digits at c[*i..] as a number (CPython accepts any Unicode decimal digits here).
fn spec_integer(vm: &Vm, c: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = c.get(*i).and_then(|ch| pystr::decimal_value(*ch)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string".into()))?;
        *i += 1;
    }
    Ok(if *i > start { Some(n) } else { None })
}

/// Parses a format spec for a value of type `type_name` whose presentation type defaults to
/// `default_ty` (CPython's parse_internal_render_format_spec).
fn parse_spec(vm: &Vm, s: &str, default_ty: Option<char>, type_name: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.no_neg_0 = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if sp.fill.is_none() && i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    sp.width = spec_integer(vm, &c, &mut i)?;
    crate::types::check_alloc(vm, sp.width.unwrap_or(0) as u128)?;
    if i < c.len() && c[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < c.len() && c[i] == '_' {
        if sp.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'.".into()));
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < c.len() && c[i] == ',' && sp.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'.".into()));
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        sp.precision = spec_integer(vm, &c, &mut i)?;
        if sp.precision.is_none() {
            return Err(vm.value_error("Format specifier missing precision".into()));
        }
    }
    if c.len() - i > 1 {
        return Err(vm.value_error(format!("Invalid format specifier '{}' for object of type '{}'", s, type_name)));
    }
    sp.ty = c.get(i).copied().or(default_ty);
    if let Some(g) = sp.grouping {
        match sp.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            // '_' groups binary, octal and hex digits by four (PEP 515)
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => return Err(vm.value_error(format!("Cannot specify '{}' with '{}'.", g, t))),
        }
    }
    Ok(sp)
}

fn unknown_format_code(vm: &Vm, ty: char, type_name: &str) -> crate::PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        vm.value_error(format!("Unknown format code '{}' for object of type '{}'", ty, type_name))
    } else {
        vm.value_error(format!("Unknown format code '\\x{:x}' for object of type '{}'", ty as u32, type_name))
    }
}

/// Digits with a separator every `every` digits from the right, zero-extended (the zeros
/// grouped too) to at least `min_width` characters: CPython's
/// _PyUnicode_InsertThousandsGrouping, so a zero-padded result may overshoot the width
/// rather than start with a separator.
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_width: isize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let mut groups: Vec<String> = Vec::new();
    let take = |l: isize, remaining: isize| -> String {
        let n_zeros = (l - remaining).max(0) as usize;
        let n_chars = remaining.min(l).max(0) as usize;
        let r = remaining as usize;
        let mut g: String = std::iter::repeat_n('0', n_zeros).collect();
        g.extend(&digits[r - n_chars..r]);
        g
    };
    match sep {
        None => groups.push(take(remaining.max(min_width).max(1), remaining)),
        Some(_) => loop {
            let l = (every as isize).min(remaining.max(min_width).max(1));
            groups.push(take(l, remaining));
            remaining -= l.min(remaining).max(0);
            min_width -= every as isize;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
    }
    groups.reverse();
    groups.join(&sep.map(String::from).unwrap_or_default())
}

/// Pad `body` (after a `sign` prefix) to the spec's width and alignment.
fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{}{}", sign, body);
    }
    let fill_n = width - len;
    let fill = sp.fill_char();
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match sp.align_or(default_align) {
        '<' => format!("{}{}{}", sign, body, f(fill_n)),
        '^' => format!("{}{}{}{}", f(fill_n / 2), sign, body, f(fill_n - fill_n / 2)),
        '=' => format!("{}{}{}", sign, f(fill_n), body),
        _ => format!("{}{}{}", f(fill_n), sign, body),
    }
}

/// Lays a number out as CPython's calc_number_widths does: sign and prefix, the integer
/// digits grouped, then `rest` (fraction, exponent, '%'), padded to the width. Zero
/// padding with '=' alignment extends (and groups) the digits themselves.
fn layout_number(sp: &Spec, sign: &str, prefix: &str, digits: &str, rest: &str, every: usize) -> String {
    let width = sp.width.unwrap_or(0) as isize;
    let fill = sp.fill_char();
    let align = sp.align_or('>');
    let n_other = (sign.len() + prefix.len() + rest.chars().count()) as isize;
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        let min_width = if fill == '0' && align == '=' { width - n_other } else { 0 };
        group_digits(digits, sp.grouping, every, min_width)
    };
    let n_pad = (width - n_other - grouped.chars().count() as isize).max(0) as usize;
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    let (l, s, r) = match align {
        '<' => (0, 0, n_pad),
        '^' => (n_pad / 2, 0, n_pad - n_pad / 2),
        '=' => (0, n_pad, 0),
        _ => (n_pad, 0, 0),
    };
    format!("{}{}{}{}{}{}{}", f(l), sign, prefix, f(s), grouped, rest, f(r))
}

fn sign_str(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(vm: &Vm, b: &BigInt, sp: &Spec, type_name: &str) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f =
                num_traits::ToPrimitive::to_f64(b).filter(|f| f.is_finite()).ok_or_else(|| vm.overflow_error("int too large to convert to float".into()))?;
            return format_float(vm, f, sp, type_name);
        }
        other => return Err(unknown_format_code(vm, other, type_name)),
    }
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier".into()));
    }
    if sp.no_neg_0 {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in integer format specifier".into()));
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'".into()));
        }
        if sp.alt {
            return Err(vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'".into()));
        }
        let n = num_traits::ToPrimitive::to_i64(b).ok_or_else(|| vm.overflow_error("Python int too large to convert to C long".into()))?;
        let ch = u32::try_from(n).ok().and_then(char::from_u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)".into()))?;
        // the character goes out as-is, like a number's non-digit remainder
        return Ok(layout_number(sp, "", "", "", &ch.to_string(), 3));
    }
    let mag = b.abs();
    let (prefix, digits) = match ty {
        'b' => ("0b", mag.to_str_radix(2)),
        'o' => ("0o", mag.to_str_radix(8)),
        'x' => ("0x", mag.to_str_radix(16)),
        'X' => ("0X", mag.to_str_radix(16).to_uppercase()),
        _ => ("", mag.to_string()),
    };
    if !matches!(ty, 'b' | 'o' | 'x' | 'X') {
        crate::types::int::check_str_digits(vm, digits.len())?;
    }
    let every = if matches!(ty, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
    Ok(layout_number(sp, sign_str(b.is_negative(), sp), if sp.alt { prefix } else { "" }, &digits, "", every))
}

/// Decimal digits and decimal-point position of a finite non-negative x rounded to
/// `sig` significant digits (correctly rounded, like dtoa's mode 2).
fn sig_digits(x: f64, sig: usize) -> (String, i32) {
    // a double's exact decimal value has at most 767 significant digits, and Rust's
    // precision stops at 65535: past EXACT_DIGITS the digits are zeros, added here
    let s = format!("{:.*e}", sig.clamp(1, EXACT_DIGITS) - 1, x);
    let (m, e) = s.split_once('e').unwrap();
    let mut digits: String = m.chars().filter(|c| *c != '.').collect();
    digits.extend(std::iter::repeat_n('0', sig.saturating_sub(EXACT_DIGITS)));
    (digits, e.parse::<i32>().unwrap() + 1)
}

/// More digits than any double's exact decimal expansion has (1074 fraction digits at most,
/// 767 significant).
const EXACT_DIGITS: usize = 1100;

fn exponent_suffix(exp: i32) -> String {
    format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// CPython's PyOS_double_to_string for a finite non-negative x and a lowercase type:
/// 'e', 'f', 'g' with `prec`, or 'r' (repr). `alt` is the '#' flag; `add_dot_0` makes an
/// integral-looking result end in ".0" (format() with no type but a precision) and moves
/// 'g' to exponent notation one digit sooner.
fn double_to_string(x: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    match ty {
        'f' => {
            let mut s = format!("{:.*}", prec.min(EXACT_DIGITS), x);
            s.extend(std::iter::repeat_n('0', prec.saturating_sub(EXACT_DIGITS)));
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        'e' => {
            let (digits, decpt) = sig_digits(x, prec + 1);
            let mut s = digits[..1].to_string();
            if prec > 0 || alt {
                s.push('.');
            }
            s.push_str(&digits[1..]);
            s + &exponent_suffix(decpt - 1)
        }
        'g' => {
            let p = prec.max(1);
            let (mut digits, decpt) = sig_digits(x, p);
            if !alt {
                let keep = digits.trim_end_matches('0').len().max(1);
                digits.truncate(keep);
            }
            let use_exp = decpt <= -4 || decpt > if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let mut s = if use_exp {
                let mut s = digits[..1].to_string();
                if digits.len() > 1 || alt {
                    s.push('.');
                    s.push_str(&digits[1..]);
                }
                s + &exponent_suffix(decpt - 1)
            } else if decpt <= 0 {
                format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
            } else if decpt as usize >= digits.len() {
                let mut s = digits.clone();
                s.extend(std::iter::repeat_n('0', decpt as usize - digits.len()));
                if alt {
                    s.push('.');
                }
                s
            } else {
                format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
            };
            if add_dot_0 && !s.contains(['.', 'e']) {
                s.push_str(".0");
            }
            s
        }
        _ => {
            // the shortest round-tripping digits; float_repr adds the ".0" itself
            let mut s = float::float_repr(x);
            if !add_dot_0 && s.ends_with(".0") {
                s.truncate(s.len() - 2);
            }
            if alt && !s.contains('.') {
                match s.find('e') {
                    Some(e) => s.insert(e, '.'),
                    None => s.push('.'),
                }
            }
            s
        }
    }
}

/// The body of a formatted float (no sign), following CPython's format_float_internal;
/// `ty` is the presentation type, None for format() with no type.
fn float_body(f: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    let a = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        return if ty == Some('%') { s + "%" } else { s };
    }
    let body = match ty.map(|t| t.to_ascii_lowercase()) {
        None => match precision {
            None => double_to_string(a, 'r', 0, alt, true),
            Some(p) => double_to_string(a, 'g', p, alt, true),
        },
        Some('n') => double_to_string(a, 'g', precision.unwrap_or(6), alt, false),
        Some('%') => double_to_string(a * 100.0, 'f', precision.unwrap_or(6), alt, false) + "%",
        Some(t) => double_to_string(a, t, precision.unwrap_or(6), alt, false),
    };
    if upper {
        body.to_uppercase()
    } else {
        body
    }
}

/// Whether a formatted body shows only zero digits (so its sign may be dropped by 'z').
fn is_zero_body(body: &str) -> bool {
    let mantissa = body.split(['e', 'E']).next().unwrap_or("");
    mantissa.chars().all(|c| c == '0' || c == '.' || c == '%')
}

/// Splits a formatted number into its integer digits and the rest.
fn split_digits(body: &str) -> (&str, &str) {
    let n = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    body.split_at(n)
}

fn format_float(vm: &Vm, f: f64, sp: &Spec, type_name: &str) -> PyResult<String> {
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(other) => return Err(unknown_format_code(vm, other, type_name)),
    }
    let body = float_body(f, sp.ty, sp.precision, sp.alt);
    let neg = f.is_sign_negative() && !f.is_nan() && !(sp.no_neg_0 && is_zero_body(&body));
    let (digits, rest) = split_digits(&body);
    Ok(layout_number(sp, sign_str(neg, sp), "", digits, rest, 3))
}

/// format() of a complex number (CPython's format_complex_internal).
fn format_complex(vm: &Vm, re: f64, im: f64, sp: &Spec, type_name: &str) -> PyResult<String> {
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => return Err(unknown_format_code(vm, other, type_name)),
    }
    if sp.fill_char() == '0' {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier".into()));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier".into()));
    }
    // with no type it reads like str(): no real part when that is +0, else parentheses
    let bare = sp.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    let part = |x: f64, always_sign: bool| -> String {
        let body = match (sp.ty, sp.precision) {
            _ if !x.is_finite() => float_body(x, sp.ty, None, false),
            (None, None) => double_to_string(x.abs(), 'r', 0, sp.alt, false),
            (None, Some(p)) => double_to_string(x.abs(), 'g', p, sp.alt, false),
            (ty, p) => float_body(x, ty, Some(p.unwrap_or(6)), sp.alt),
        };
        let neg = x.is_sign_negative() && !x.is_nan() && !(sp.no_neg_0 && is_zero_body(&body));
        let sign = if neg {
            "-"
        } else if always_sign {
            "+"
        } else {
            sign_str(false, sp)
        };
        format!("{}{}", sign, body)
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(re, false));
    }
    out.push_str(&part(im, !skip_re));
    out.push('j');
    if parens {
        out.push(')');
    }
    Ok(pad(sp, "", &out, '>'))
}

fn format_str(vm: &Vm, s: &str, sp: &Spec, type_name: &str) -> PyResult<String> {
    match sp.ty {
        Some('s') => {}
        Some(other) => return Err(unknown_format_code(vm, other, type_name)),
        None => {}
    }
    match sp.sign {
        Some(' ') => return Err(vm.value_error("Space not allowed in string format specifier".into())),
        Some(_) => return Err(vm.value_error("Sign not allowed in string format specifier".into())),
        None => {}
    }
    if sp.no_neg_0 {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in string format specifier".into()));
    }
    if sp.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier".into()));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier".into()));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(sp, "", &body, '<'))
}

/// format(value, spec) for builtin values (user classes go through __format__).
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    let tn = || vm.type_name(v);
    match v {
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(i.to_string());
            }
            format_int(vm, &BigInt::from(*i), &parse_spec(vm, spec, Some('d'), &tn())?, &tn())
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(if *b { "True".into() } else { "False".into() });
            }
            format_int(vm, &BigInt::from(*b as i64), &parse_spec(vm, spec, Some('d'), &tn())?, &tn())
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(float::float_repr(*f));
            }
            format_float(vm, *f, &parse_spec(vm, spec, None, &tn())?, &tn())
        }
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => {
                if spec.is_empty() {
                    return int::int_repr(vm, v);
                }
                format_int(vm, b, &parse_spec(vm, spec, Some('d'), &tn())?, &tn())
            }
            Payload::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.s.to_string());
                }
                format_str(vm, &s.s, &parse_spec(vm, spec, Some('s'), &tn())?, &tn())
            }
            Payload::Float(f) => {
                if spec.is_empty() {
                    return vm.str_string(v);
                }
                format_float(vm, *f, &parse_spec(vm, spec, None, &tn())?, &tn())
            }
            Payload::Complex(re, im) => {
                if spec.is_empty() {
                    return Ok(float::complex_repr(*re, *im));
                }
                format_complex(vm, *re, *im, &parse_spec(vm, spec, None, &tn())?, &tn())
            }
            _ => {
                if !spec.is_empty() {
                    return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(v))));
                }
                vm.str_string(v)
            }
        },
        Value::None => {
            if !spec.is_empty() {
                return Err(vm.type_error("unsupported format string passed to NoneType.__format__".into()));
            }
            Ok("None".into())
        }
        Value::Undef => Ok(String::new()),
    }
}

/// format(v, spec) including user `__format__`.
pub fn format_builtin(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if type_data(o.ty()).has(TF_HEAP) {
            if let Some(f) = typeobj::lookup(o.ty(), &crate::name!("__format__")) {
                // the builtin types' __format__ with an empty spec is str(self)
                if spec.is_empty() && matches!(&f, Value::Obj(fo) if matches!(fo.payload(), Payload::Builtin(_))) {
                    return Ok(Value::Obj(vm.str_(v)?));
                }
                let r = vm.call(&f, &[v.clone(), pystr::new_str(spec)], KwArgs::EMPTY)?;
                if pystr::as_str(&r).is_none() {
                    return Err(vm.type_error(format!("__format__ must return a str, not {}", vm.type_name(&r))));
                }
                return Ok(r);
            }
        }
    }
    Ok(pystr::from_string(format_value(vm, v, spec)?))
}

// ---- str.format --------------------------------------------------------------------------------
//
// A port of CPython's Objects/stringlib/unicode_format.h, down to the order in which
// malformed templates are noticed.

#[derive(PartialEq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

/// The arguments a template draws on: positional ones (None for format_map) and a keyword
/// lookup returning None for a missing name.
struct FormatArgs<'a> {
    args: Option<&'a [Value]>,
    kw: &'a dyn Fn(&str) -> PyResult<Option<Value>>,
    auto: AutoState,
    next_auto: usize,
}

/// A field name's leading integer, if it is one (CPython accepts any Unicode decimal digits).
fn field_integer(vm: &Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        let Some(d) = pystr::decimal_value(*c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string".into()))?;
    }
    Ok(Some(n))
}

/// The object a field name designates: an argument, then each `.attr` and `[key]` applied in turn.
fn get_field_object(vm: &Vm, f: &[char], fa: &mut FormatArgs) -> PyResult<Value> {
    let n = f.len();
    let mut i = f.iter().position(|c| *c == '.' || *c == '[').unwrap_or(n);
    let first = &f[..i];
    let mut index = field_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if fa.auto == AutoState::Init {
            fa.auto = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if fa.auto == AutoState::Manual && empty {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering".into()));
        }
        if fa.auto == AutoState::Auto && !empty {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification".into()));
        }
        if empty {
            index = Some(fa.next_auto);
            fa.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            (fa.kw)(&key)?.ok_or_else(|| vm.key_error(pystr::new_str(&key)))?
        }
        Some(idx) => match fa.args {
            None => return Err(vm.value_error("Format string contains positional fields".into())),
            Some(args) => args.get(idx).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {} out of range for positional args tuple", idx)))?,
        },
    };
    while i < n {
        let c = f[i];
        i += 1;
        let start = i;
        let is_attr = match c {
            '.' => {
                while i < n && f[i] != '.' && f[i] != '[' {
                    i += 1;
                }
                true
            }
            '[' => {
                while i < n && f[i] != ']' {
                    i += 1;
                }
                if i >= n {
                    return Err(vm.value_error("Missing ']' in format string".into()));
                }
                false
            }
            _ => return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier".into())),
        };
        let name = &f[start..i];
        if !is_attr {
            i += 1;
        }
        if name.is_empty() {
            return Err(vm.value_error("Empty attribute in format string".into()));
        }
        let text: String = name.iter().collect();
        obj = if is_attr {
            vm.getattr_str(&obj, &text)?
        } else {
            match field_integer(vm, name)? {
                Some(k) => vm.getitem(&obj, &Value::Int(k as i64))?,
                None => vm.getitem(&obj, &pystr::new_str(&text))?,
            }
        };
    }
    Ok(obj)
}

/// One replacement field: its name, conversion, spec, and whether the spec holds fields.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_has_fields: bool,
}

/// Parses the field after a '{' at s[*pos..], leaving *pos after its closing '}'.
fn parse_field(vm: &Vm, s: &[char], pos: &mut usize) -> PyResult<Field> {
    let end = s.len();
    let start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name".into())),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let mut field = Field { name: (start, (*pos).max(start + 1) - 1), conversion: None, spec: (*pos, *pos), spec_has_fields: false };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(vm.value_error("expected '}' before end of string".into()));
        }
        return Ok(field);
    }
    if c == '!' {
        if *pos >= end {
            return Err(vm.value_error("end of string while looking for conversion specifier".into()));
        }
        field.conversion = Some(s[*pos]);
        *pos += 1;
        if *pos < end {
            let c = s[*pos];
            *pos += 1;
            if c == '}' {
                field.spec = (*pos, *pos);
                return Ok(field);
            }
            if c != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier".into()));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < end {
        let c = s[*pos];
        *pos += 1;
        if c == '{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                field.spec = (spec_start, *pos - 1);
                return Ok(field);
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec".into()))
}

fn build_string(vm: &Vm, s: &[char], fa: &mut FormatArgs, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded".into()));
    }
    let end = s.len();
    let mut out = String::new();
    let mut pos = 0;
    while pos < end {
        // literal text, up to an unescaped brace
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < end {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        if c == '}' && (at_end || s[pos] != '}') {
            return Err(vm.value_error("Single '}' encountered in format string".into()));
        }
        if at_end && c == '{' {
            return Err(vm.value_error("Single '{' encountered in format string".into()));
        }
        let mut lit_end = pos;
        if markup {
            if s[pos] == c {
                // a doubled brace: the literal keeps one
                pos += 1;
                markup = false;
            } else {
                lit_end -= 1;
            }
        }
        out.extend(&s[start..lit_end]);
        if !markup {
            continue;
        }
        let field = parse_field(vm, s, &mut pos)?;
        let obj = get_field_object(vm, &s[field.name.0..field.name.1], fa)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => Value::Obj(vm.repr(&obj)?),
            Some('s') => Value::Obj(vm.str_(&obj)?),
            Some('a') => pystr::new_str(&ascii_of(vm, &obj)?),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => return Err(vm.value_error(format!("Unknown conversion specifier {}", c))),
            Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec_chars = &s[field.spec.0..field.spec.1];
        let spec = if field.spec_has_fields { build_string(vm, spec_chars, fa, depth - 1)? } else { spec_chars.iter().collect() };
        let r = format_builtin(vm, &obj, &spec)?;
        out.push_str(pystr::as_str(&r).unwrap_or(""));
    }
    Ok(out)
}

pub fn str_format(vm: &Vm, s: &str, args: &[Value], kw: KwArgs) -> PyResult<String> {
    let lookup = |name: &str| -> PyResult<Option<Value>> { Ok(kw.get(name).cloned()) };
    let mut fa = FormatArgs { args: Some(args), kw: &lookup, auto: AutoState::Init, next_auto: 0 };
    let chars: Vec<char> = s.chars().collect();
    // PEP 3101 allows a replacement field inside a format spec, but no deeper
    build_string(vm, &chars, &mut fa, 2)
}

pub fn str_format_map(vm: &Vm, s: &str, m: &Value) -> PyResult<String> {
    let lookup = |name: &str| -> PyResult<Option<Value>> { vm.getitem(m, &pystr::new_str(name)).map(Some) };
    let mut fa = FormatArgs { args: None, kw: &lookup, auto: AutoState::Init, next_auto: 0 };
    let chars: Vec<char> = s.chars().collect();
    build_string(vm, &chars, &mut fa, 2)
}

// ---- printf-style formatting ---------------------------------------------------------------
//
// CPython's PyUnicode_Format and _PyBytes_FormatEx. Both run on a char sequence: bytes are
// carried as the chars U+0000..U+00FF (Latin-1) and converted back at the end.

/// An argument of %d/%i/%u (CPython's mainformatlong): ints as they are, other numbers
/// through int().
fn percent_int_arg(vm: &Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    let is_number = matches!(v, Value::Float(_)) || ["__index__", "__int__", "__float__"].iter().any(|m| vm.lookup_special(v, m).is_some());
    if matches!(conv, 'x' | 'X' | 'o') {
        // hex and octal want a true integer (__index__)
        if vm.lookup_special(v, "__index__").is_some() {
            return Ok(BigInt::from(vm.index_value(v)?));
        }
        return Err(vm.type_error(format!("%{} format: an integer is required, not {}", conv, vm.type_name(v))));
    }
    if !is_number {
        return Err(vm.type_error(format!("%{} format: a real number is required, not {}", conv, vm.type_name(v))));
    }
    let r = match v {
        Value::Float(f) => int::float_to_int(vm, *f)?,
        _ => vm.call(&Value::Obj(rt().t.int.clone()), std::slice::from_ref(v), KwArgs::EMPTY)?,
    };
    int::to_bigint(&r).ok_or_else(|| vm.type_error(format!("%{} format: a real number is required, not {}", conv, vm.type_name(v))))
}

/// An argument of %e/%f/%g (PyFloat_AsDouble: floats, ints and objects with __float__ or __index__).
fn percent_float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    let numeric = match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload(), Payload::BigInt(_)) || vm.lookup_special(v, "__float__").is_some() || vm.lookup_special(v, "__index__").is_some()
        }
        _ => false,
    };
    if !numeric {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
    }
    float::float_from(vm, v)
}

/// The bytes %s and %b insert: a bytes-like object's contents, or its __bytes__().
fn percent_bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::bytes_of(v) {
        return Ok(b);
    }
    if let Some(f) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call(&f, &[], KwArgs::EMPTY)?;
        return crate::types::bytes::bytes_of(&r).ok_or_else(|| vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r))));
    }
    Err(vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", vm.type_name(v))))
}

/// printf-style `fmt % args` for str, or for bytes when `bytes` is set (each char of `fmt`
/// then stands for one byte, and so does each char of the result).
fn percent_core(vm: &Vm, c: &[char], args: &Value, bytes: bool) -> PyResult<String> {
    let is_tuple = matches!(args, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)));
    let is_text = if bytes { matches!(args, Value::Obj(o) if matches!(o.payload(), Payload::Bytes(_))) } else { pystr::as_str(args).is_some() };
    // any mapping (anything with __getitem__ but a tuple or the format's own type) may
    // supply %(key)s fields, and then need not be used up
    let mapping = !is_tuple
        && !is_text
        && (matches!(args, Value::Obj(o) if matches!(o.payload(), Payload::Dict(_) | Payload::List(_))) || vm.lookup_special(args, "__getitem__").is_some());
    // CPython's argument cursor: a tuple's items in turn, or else a single value (the
    // whole argument, or what the last %(key) looked up) that may be used once
    let mut cur = args.clone();
    let (mut arglen, mut argidx): (i64, i64) = match args {
        Value::Obj(o) if is_tuple => (tuple::items(o).len() as i64, 0),
        _ => (-1, -2),
    };
    let next_arg = |vm: &Vm, cur: &Value, arglen: i64, argidx: &mut i64| -> PyResult<Value> {
        if *argidx >= arglen {
            return Err(vm.type_error(format!("not enough arguments for format {}", if bytes { "bytes" } else { "string" })));
        }
        *argidx += 1;
        Ok(match cur {
            Value::Obj(o) if arglen >= 0 => tuple::items(o)[(*argidx - 1) as usize].clone(),
            v => v.clone(),
        })
    };
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < c.len() && c[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if i < c.len() && c[i] == '(' {
            if !mapping {
                return Err(vm.type_error("format requires a mapping".into()));
            }
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < c.len() && depth > 0 {
                if c[i] == '(' {
                    depth += 1;
                } else if c[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key".into()));
            }
            let key = &c[start..i - 1];
            let key =
                if bytes { crate::types::bytes::new_bytes(key.iter().map(|ch| *ch as u8).collect()) } else { pystr::new_str(&key.iter().collect::<String>()) };
            cur = vm.getitem(args, &key)?;
            arglen = -1;
            argidx = -2;
        }
        let mut sp = Spec::default();
        while i < c.len() && "-+ #0".contains(c[i]) {
            match c[i] {
                '-' => sp.align = Some('<'),
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        if i < c.len() && c[i] == '*' {
            let v = next_arg(vm, &cur, arglen, &mut argidx)?;
            let w = match &v {
                Value::Int(_) | Value::Bool(_) => vm.index_value(&v)?,
                _ if crate::types::int::is_int(&v) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t".into())),
                _ => return Err(vm.type_error("* wants int".into())),
            };
            if w < 0 {
                sp.align = Some('<');
            }
            sp.width = Some(w.unsigned_abs() as usize);
            crate::types::check_alloc(vm, w.unsigned_abs() as u128)?;
            i += 1;
        } else {
            let start = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                sp.width = Some(c[start..i].iter().collect::<String>().parse().map_err(|_| vm.value_error("width too big".into()))?);
                crate::types::check_alloc(vm, sp.width.unwrap_or(0) as u128)?;
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                let v = next_arg(vm, &cur, arglen, &mut argidx)?;
                let p = match &v {
                    Value::Int(i) if i32::try_from(*i).is_ok() => *i,
                    Value::Bool(b) => *b as i64,
                    _ if crate::types::int::is_int(&v) => return Err(vm.overflow_error("Python int too large to convert to C int".into())),
                    _ => return Err(vm.type_error("* wants int".into())),
                };
                sp.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < c.len() && c[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision =
                    Some(if i > start { c[start..i].iter().collect::<String>().parse().map_err(|_| vm.value_error("precision too big".into()))? } else { 0 });
            }
        }
        while i < c.len() && "hlL".contains(c[i]) {
            i += 1;
        }
        if i >= c.len() {
            return Err(vm.value_error("incomplete format".into()));
        }
        let conv = c[i];
        i += 1;
        // '-' wins over '0'
        if sp.align == Some('<') {
            sp.zero = false;
        }
        let v = next_arg(vm, &cur, arglen, &mut argidx)?;
        let piece = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s: String = match conv {
                    's' | 'b' if bytes => percent_bytes_arg(vm, &v)?.into_iter().map(char::from).collect(),
                    'b' => return Err(unsupported_char(vm, conv, i - 1)),
                    's' => vm.str_string(&v)?,
                    'r' if !bytes => vm.repr_string(&v)?,
                    _ => ascii_of(vm, &v)?,
                };
                let s: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                sp.zero = false;
                pad(&sp, "", &s, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = percent_int_arg(vm, &v, conv)?;
                let mut s = match conv {
                    'x' => n.abs().to_str_radix(16),
                    'X' => n.abs().to_str_radix(16).to_uppercase(),
                    'o' => n.abs().to_str_radix(8),
                    _ => n.abs().to_string(),
                };
                if !matches!(conv, 'x' | 'X' | 'o') {
                    crate::types::int::check_str_digits(vm, s.len())?;
                }
                if let Some(p) = sp.precision.take() {
                    if s.len() < p {
                        s.insert_str(0, &"0".repeat(p - s.len()));
                    }
                }
                let prefix = match conv {
                    'x' if sp.alt => "0x",
                    'X' if sp.alt => "0X",
                    'o' if sp.alt => "0o",
                    _ => "",
                };
                pad(&sp, &format!("{}{}", sign_str(n.is_negative(), &sp), prefix), &s, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = percent_float_arg(vm, &v)?;
                let body = float_body(f, Some(conv), Some(sp.precision.unwrap_or(6)), sp.alt);
                let neg = f.is_sign_negative() && !f.is_nan();
                pad(&sp, sign_str(neg, &sp), &body, '>')
            }
            'c' => {
                let ch = if bytes {
                    match &v {
                        Value::Int(_) | Value::Bool(_) => {
                            let n = vm.index_value(&v)?;
                            u8::try_from(n).map(char::from).map_err(|_| vm.overflow_error("%c arg not in range(256)".into()))?
                        }
                        _ => match crate::types::bytes::bytes_of(&v) {
                            Some(b) if b.len() == 1 => char::from(b[0]),
                            _ => return Err(vm.type_error("%c requires an integer in range(256) or a single byte".into())),
                        },
                    }
                } else {
                    match &v {
                        Value::Int(_) | Value::Bool(_) => {
                            let n = vm.index_value(&v)?;
                            u32::try_from(n).ok().and_then(char::from_u32).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)".into()))?
                        }
                        _ => match pystr::as_str(&v) {
                            Some(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
                            _ => return Err(vm.type_error("%c requires int or char".into())),
                        },
                    }
                };
                sp.zero = false;
                pad(&sp, "", &ch.to_string(), '>')
            }
            other => return Err(unsupported_char(vm, other, i - 1)),
        };
        out.push_str(&piece);
    }
    if argidx < arglen && !mapping {
        return Err(vm.type_error(format!("not all arguments converted during {} formatting", if bytes { "bytes" } else { "string" })));
    }
    Ok(out)
}

fn unsupported_char(vm: &Vm, ch: char, index: usize) -> crate::PyErr {
    let shown = if (ch as u32) < 128 && !ch.is_ascii_control() { ch.to_string() } else { "?".to_string() };
    vm.value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", shown, ch as u32, index))
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let c: Vec<char> = fmt.chars().collect();
    percent_core(vm, &c, args, false)
}

/// `fmt % args` for bytes and bytearray.
pub fn percent_format_bytes(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let c: Vec<char> = fmt.iter().map(|b| char::from(*b)).collect();
    // every char of the result came from a byte or is ASCII, so each fits a byte
    Ok(percent_core(vm, &c, args, true)?.chars().map(|ch| ch as u32 as u8).collect())
}
