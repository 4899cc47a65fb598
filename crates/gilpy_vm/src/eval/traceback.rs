//! Printing exceptions as CPython 3.11 does: the traceback entries with their source lines,
//! chained causes and contexts, SyntaxError's caret display, and "Exception ignored in" for
//! errors that cannot propagate (`__del__`).

use crate::object::{PyRef, Value};
use crate::runtime::rt;
use crate::types::exceptions::exc_data;
use crate::types::payload::*;
use crate::types::typeobj::type_data;
use crate::types::{dict, str as pystr};
use crate::{PyErr, Vm};

/// A `traceback` object for `__traceback__`: tb_lineno and tb_next of each entry.
pub fn tb_object(exc: &PyRef) -> Value {
    let ed = match exc_data(exc) {
        Some(e) => e,
        None => return Value::None,
    };
    let ty = tb_type();
    let mut next = Value::None;
    // entries are stored innermost first; the chain starts at the outermost
    for (code, line, _) in ed.traceback().into_iter() {
        let o = PyRef::new(&ty, Payload::Object);
        let d = dict::new_dict();
        dict::set_str_raw(&d, "tb_lineno", Value::Int(line as i64));
        dict::set_str_raw(&d, "tb_next", next);
        dict::set_str_raw(&d, "tb_frame", Value::None);
        dict::set_str_raw(&d, "tb_code", Value::Obj(code));
        o.set_dict(Some(d));
        next = Value::Obj(o);
    }
    next
}

fn tb_type() -> PyRef {
    static T: std::sync::OnceLock<TbType> = std::sync::OnceLock::new();
    struct TbType(PyRef);
    // SAFETY: an immortal type object, only touched by the GIL holder.
    unsafe impl Sync for TbType {}
    // SAFETY: as above.
    unsafe impl Send for TbType {}
    T.get_or_init(|| {
        let t = crate::types::typeobj::make_simple_type("traceback", &rt().t.object);
        let td = type_data(&t);
        td.flags.set(td.flags.get() | TF_HAS_DICT);
        TbType(t)
    })
    .0
    .clone()
}

/// The position-marker line under a traceback's source line, or "" when CPython 3.11 would
/// print none (CPython's tb_displayline and print_error_location_carets).
fn carets(raw: &str, line: u32, p: gilpy_compiler::bytecode::Position) -> String {
    let line_text = raw.trim_end();
    let byte_to_char = |b: usize| line_text.get(..b.min(line_text.len())).map(|s| s.chars().count()).unwrap_or(0);
    let lead = line_text.chars().take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c').count();
    let stripped_len = line_text.chars().count() - lead;
    let start = byte_to_char(p.col as usize);
    let mut end = byte_to_char(p.end_col as usize);
    let mut anchors = None;
    if p.end_line == line {
        if p.end_col as usize <= line_text.len() && p.col <= p.end_col {
            let seg = &line_text[p.col as usize..p.end_col as usize];
            if let Some((l, r)) = gilpy_compiler::parse::caret_anchors(seg) {
                let to_char = |b: usize| seg.get(..b.min(seg.len())).map(|s| s.chars().count()).unwrap_or(0);
                anchors = Some((to_char(l) + start, to_char(r) + start));
            }
        }
    } else {
        // a multi-line range is highlighted to the end of its first line
        end = line_text.chars().count();
    }
    if end <= start || (end - start == stripped_len && anchors.is_none()) {
        return String::new();
    }
    let mut out = String::from("    ");
    for off in (lead + 1)..=end {
        let ch = if off <= start {
            ' '
        } else {
            match anchors {
                Some((l, r)) if l < off && off <= r => '^',
                Some(_) => '~',
                None => '^',
            }
        };
        out.push(ch);
    }
    out.push('\n');
    out
}

fn raw_source_line(filename: &str, line: u32) -> Option<String> {
    let src = match rt().source_of(filename) {
        Some(s) => s,
        None => {
            let s = std::fs::read_to_string(filename).ok()?;
            rt().add_source(filename, &s);
            s
        }
    };
    src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.to_string())
}

fn type_display_name(t: &PyRef) -> String {
    let td = type_data(t);
    // a class whose __module__ is not a str shows as "<unknown>.Name", as in CPython
    if td.has(crate::types::payload::TF_HEAP) {
        if let Some(m) = dict::get_str(&td.dict, &crate::name!("__module__")) {
            if pystr::as_str(&m).is_none() {
                return format!("<unknown>.{}", td.qualname());
            }
        }
    }
    let m = td.module();
    if m == "builtins" || m == "__main__" {
        td.qualname().to_string()
    } else {
        format!("{}.{}", m, td.qualname())
    }
}

/// The final line: "ValueError: message".
pub fn exception_line(vm: &Vm, exc: &PyRef) -> String {
    let name = type_display_name(exc.ty());
    let s = match vm.str_(&Value::Obj(exc.clone())) {
        Ok(s) => pystr::data(&s).s.to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if s.is_empty() {
        name
    } else {
        format!("{}: {}", name, s)
    }
}

fn format_one(vm: &Vm, exc: &PyRef, out: &mut String) {
    if let Some(ed) = exc_data(exc) {
        let tb = ed.traceback();
        // sys.tracebacklimit keeps the innermost N entries (none, and no header, for N <= 0)
        let keep = match crate::modules::sys::get_std("tracebacklimit") {
            Value::Int(n) => (n.max(0) as usize).min(tb.len()),
            _ => tb.len(),
        };
        if keep > 0 {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeat = 0;
            let flush_repeat = |out: &mut String, repeat: usize| {
                if repeat > 3 {
                    let n = repeat - 3;
                    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
                }
            };
            for (code, line, lasti) in tb.iter().rev().skip(tb.len() - keep) {
                let cd = crate::eval::frame::code_data(code);
                let e = (cd.code.filename.to_string(), *line, cd.code.name.to_string());
                if last.as_ref() == Some(&e) {
                    repeat += 1;
                    if repeat > 3 {
                        continue;
                    }
                } else {
                    flush_repeat(out, repeat);
                    repeat = 1;
                }
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.0, e.1, e.2));
                if let Some(raw) = raw_source_line(&e.0, e.1) {
                    let src = raw.trim();
                    if !src.is_empty() {
                        out.push_str(&format!("    {}\n", src));
                        let pos = cd.code.positions.get(*lasti as usize).copied().flatten();
                        if let Some(p) = pos {
                            out.push_str(&carets(&raw, e.1, p));
                        }
                    }
                }
                last = Some(e);
            }
            flush_repeat(out, repeat);
        }
    }
    if crate::types::typeobj::is_subtype(exc.ty(), &rt().e.syntax_error) {
        format_syntax_error(vm, exc, out);
        return;
    }
    out.push_str(&exception_line(vm, exc));
    if let Some(s) = crate::eval::suggestions::suggestion(vm, exc) {
        out.push_str(&format!(". Did you mean: '{}'?", s));
    }
    out.push('\n');
    if let Ok(Some(notes)) = vm.generic_getattr(&Value::Obj(exc.clone()), &crate::name!("__notes__")) {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                if let Ok(s) = vm.str_string(&n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }
}

fn format_syntax_error(vm: &Vm, exc: &PyRef, out: &mut String) {
    let get = |n: &str| exc.dict().and_then(|d| dict::get_str(&d, &rt().intern(n))).unwrap_or(Value::None);
    let filename = get("filename");
    let lineno = get("lineno");
    let text = get("text");
    let offset = get("offset");
    let end_offset = get("end_offset");
    if !filename.is_none() && !lineno.is_none() {
        out.push_str(&format!("  File \"{}\", line {}\n", vm.str_string(&filename).unwrap_or_default(), vm.str_string(&lineno).unwrap_or_default()));
        if let Some(t) = pystr::as_str(&text) {
            let line = t.trim_end_matches('\n');
            let stripped = line.trim_start();
            let lead = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            // CPython prints no caret when the offset falls inside the stripped indentation
            if let Value::Int(off) = match offset {
                Value::Int(x) if x - (lead as i64) >= 1 => Value::Int(x),
                _ => Value::None,
            } {
                let off = (off as usize).saturating_sub(1).saturating_sub(lead);
                let width = match end_offset {
                    Value::Int(e) if (e as usize) > (off + lead + 1) => e as usize - (off + lead + 1),
                    _ => 1,
                };
                out.push_str(&format!("    {}{}\n", " ".repeat(off), "^".repeat(width.max(1))));
            }
        }
    }
    let name = type_display_name(exc.ty());
    let msg = get("msg");
    let m = if msg.is_none() { String::new() } else { vm.str_string(&msg).unwrap_or_default() };
    if m.is_empty() {
        out.push_str(&format!("{}\n", name));
    } else {
        out.push_str(&format!("{}: {}\n", name, m));
    }
}

/// The whole report for an uncaught exception, chained exceptions first.
pub fn format_exception(vm: &Vm, exc: &PyRef) -> String {
    let mut chain: Vec<(PyRef, u8)> = Vec::new();
    let mut cur = Some(exc.clone());
    let mut seen: Vec<usize> = Vec::new();
    let mut link = 0u8;
    while let Some(e) = cur.take() {
        if seen.contains(&(e.as_ptr() as usize)) {
            break;
        }
        seen.push(e.as_ptr() as usize);
        chain.push((e.clone(), link));
        if let Some(ed) = exc_data(&e) {
            let cause = ed.cause();
            let ctx = ed.context();
            if let Value::Obj(c) = cause {
                cur = Some(c);
                link = 1;
            } else if let (Value::Obj(c), false) = (ctx, ed.suppress_context.get()) {
                cur = Some(c);
                link = 2;
            }
        }
    }
    let mut out = String::new();
    for (i, (e, _)) in chain.iter().enumerate().rev() {
        format_one(vm, e, &mut out);
        if i > 0 {
            let link = chain[i - 1].1;
            let _ = link;
            let how = chain[i - 1].1;
            let _ = how;
        }
        if i > 0 {
            let rel = chain[i - 1].1;
            let _ = rel;
            match chain[i - 1].1 {
                _ => {}
            }
            let l = chain[i].1;
            let text = if l == 1 {
                "\nThe above exception was the direct cause of the following exception:\n\n"
            } else {
                "\nDuring handling of the above exception, another exception occurred:\n\n"
            };
            out.push_str(text);
        }
    }
    out
}

/// Print an uncaught exception to sys.stderr.
pub fn print_exception(vm: &Vm, e: &PyErr) {
    let text = format_exception(vm, &e.exc);
    crate::modules::sys::write_stderr(vm, &text);
}

/// An exception that cannot propagate (from `__del__`, a thread started by
/// `_thread.start_new_thread`, a generator closed when it dies): it goes to
/// `sys.unraisablehook`, whose default prints "Exception ignored in: OBJ" and the traceback.
/// `err_msg` replaces "Exception ignored in" when given.
pub fn print_unraisable(vm: &Vm, err_msg: Option<&str>, obj: Option<Value>, e: &PyErr) {
    let hook = crate::modules::sys::get_std("unraisablehook");
    let is_default = matches!(&hook, Value::Obj(h) if matches!(h.payload(), Payload::Builtin(b) if b.name == "unraisablehook"));
    if !hook.is_none() && !is_default {
        let args = crate::modules::sys::unraisable_args(vm, err_msg, obj.clone(), e);
        if let Err(e2) = vm.call(&hook, &[args], KwArgs::EMPTY) {
            default_unraisable(vm, Some("Exception ignored in sys.unraisablehook"), Some(hook), &e2);
        }
        return;
    }
    default_unraisable(vm, err_msg, obj, e);
}

/// What the default sys.unraisablehook prints.
pub fn default_unraisable(vm: &Vm, err_msg: Option<&str>, obj: Option<Value>, e: &PyErr) {
    let msg = err_msg.unwrap_or("Exception ignored in");
    let mut text = match &obj {
        Some(o) if !o.is_none() => format!("{}: {}\n", msg, vm.repr_string(o).unwrap_or_else(|_| "<object repr() failed>".into())),
        _ => format!("{}\n", msg),
    };
    text.push_str(&format_exception(vm, &e.exc));
    crate::modules::sys::write_stderr(vm, &text);
}
