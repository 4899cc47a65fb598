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
    let entries = ed.traceback();
    // SAFETY: GIL invariant; cloned out.
    let cached = unsafe { (*ed.tb_cache.get()).clone() };
    let (mut next, done) = match cached {
        Some((head, n)) if n <= entries.len() => (Value::Obj(head), n),
        _ => (Value::None, 0),
    };
    if done == entries.len() && done > 0 {
        return next;
    }
    // entries are stored innermost first; the chain starts at the outermost. The frames the
    // exception unwound out of are kept with it, innermost first; an outer entry's frame may
    // still be running (the one that caught it).
    // SAFETY: GIL invariant; the boxed frames stay where they are while the exception lives.
    let kept: Vec<*mut crate::eval::frame::Frame> = unsafe { (*ed.tb_frames.get()).iter_mut().map(|b| &mut **b as *mut _).collect() };
    // kept frames pair with their entries in order: entries of frames still running (the
    // catching frames of an earlier raise, when the exception is raised again) have none
    let mut k = 0;
    for (i, (code, line, lasti)) in entries.into_iter().enumerate() {
        // frames of hidden library code (CodeData::hidden) are kept but have no entries
        // SAFETY: kept frames of this exception (see above).
        while kept.get(k).map(|fp| unsafe { crate::eval::frame::code_data(&(**fp).code).hidden.get() }).unwrap_or(false) {
            k += 1;
        }
        // SAFETY: a kept frame of this exception (see above).
        let own = kept.get(k).copied().filter(|fp| unsafe { (**fp).code.is(&code) });
        if own.is_some() {
            k += 1;
        }
        if i < done {
            continue;
        }
        let o = PyRef::new(&ty, Payload::Object);
        let d = dict::new_dict();
        let frame = match own {
            Some(fp) => Value::Obj(crate::types::frame::frame_object(fp)),
            None => match ed.catch_frame_for(&code) {
                Some(fo) => Value::Obj(fo),
                None => running_frame_of(&code),
            },
        };
        dict::set_str_raw(&d, "tb_lineno", Value::Int(line as i64));
        dict::set_str_raw(&d, "tb_lasti", Value::Int(lasti as i64 * 2));
        dict::set_str_raw(&d, "tb_next", next);
        dict::set_str_raw(&d, "tb_frame", frame);
        dict::set_str_raw(&d, "tb_code", Value::Obj(code));
        o.set_dict(Some(d));
        next = Value::Obj(o);
    }
    if let Value::Obj(head) = &next {
        // SAFETY: GIL invariant; the old chain (now the tail of the new one) is dropped after.
        let old = unsafe { std::mem::replace(&mut *ed.tb_cache.get(), Some((head.clone(), ed.traceback().len()))) };
        drop(old);
    }
    next
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: the exception's entries become
/// those of the chain `tb` starts (its objects are kept as they are, so `tb_frame` and
/// identity survive); an entry added by a later raise goes in front of them, as in CPython.
pub fn assign_traceback(vm: &Vm, exc: &PyRef, tb: &Value) -> crate::PyResult<()> {
    let ed = match exc_data(exc) {
        Some(e) => e,
        None => return Ok(()),
    };
    let head = match tb {
        Value::None => {
            ed.clear_tb();
            return Ok(());
        }
        Value::Obj(o) if o.ty().is(&tb_type()) => o.clone(),
        _ => return Err(vm.type_error("__traceback__ must be a traceback or None".into())),
    };
    // the chain runs outermost first; entries are stored innermost first
    let mut entries = Vec::new();
    let mut cur = Value::Obj(head.clone());
    while let Value::Obj(o) = &cur {
        if !o.ty().is(&tb_type()) || entries.len() > 1_000_000 {
            break;
        }
        let d = match o.dict() {
            Some(d) => d,
            None => break,
        };
        let code = match dict::get_str(&d, &rt().intern("tb_code")) {
            Some(Value::Obj(c)) => c,
            _ => break,
        };
        let line = match dict::get_str(&d, &rt().intern("tb_lineno")) {
            Some(Value::Int(n)) => n as u32,
            _ => 0,
        };
        let lasti = match dict::get_str(&d, &rt().intern("tb_lasti")) {
            Some(Value::Int(n)) => (n / 2) as u32,
            _ => 0,
        };
        entries.push((code, line, lasti));
        let next = dict::get_str(&d, &rt().intern("tb_next")).unwrap_or(Value::None);
        cur = next;
    }
    entries.reverse();
    let n = entries.len();
    ed.replace_tb(entries, Some((head, n)));
    Ok(())
}

/// The frame object of a frame running `code` on this thread's stack (innermost), if any.
fn running_frame_of(code: &PyRef) -> Value {
    crate::with_current_vm(|vm| {
        let mut fp = vm.cur_frame.get();
        while !fp.is_null() {
            // SAFETY: cur_frame and its back links are live frames of this thread.
            let f = unsafe { &*fp };
            if f.code.is(code) {
                return Value::Obj(crate::types::frame::frame_object(fp));
            }
            fp = f.back;
        }
        Value::None
    })
    .unwrap_or(Value::None)
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
    // one mark per display column: a wide (East Asian W or F) character takes two
    let chars: Vec<char> = line_text.chars().collect();
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
        let wide = chars.get(off - 1).is_some_and(|c| unicode_width::UnicodeWidthChar::width(*c) == Some(2));
        out.push(ch);
        if wide {
            out.push(ch);
        }
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

/// The "File ..." lines of an exception's traceback (no header), as much as
/// sys.tracebacklimit keeps.
fn stack_text(exc: &PyRef) -> String {
    let mut s = String::new();
    let out = &mut s;
    if let Some(ed) = exc_data(exc) {
        let tb = ed.traceback();
        // sys.tracebacklimit keeps the innermost N entries (none, and no header, for N <= 0)
        let keep = match crate::modules::sys::get_std("tracebacklimit") {
            Value::Int(n) => (n.max(0) as usize).min(tb.len()),
            _ => tb.len(),
        };
        if keep > 0 {
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
                    // CPython strips the indentation only: trailing spaces stay
                    let src = raw.trim_start().trim_end_matches(['\n', '\r']);
                    if !src.trim_end().is_empty() {
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
    s
}

/// The exception's own lines: "Type: message" (or a SyntaxError's layout) and its notes.
fn exc_only_text(vm: &Vm, exc: &PyRef) -> String {
    let mut s = String::new();
    let out = &mut s;
    if crate::types::typeobj::is_subtype(exc.ty(), &rt().e.syntax_error) {
        format_syntax_error(vm, exc, out);
        return s;
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
    s
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
            // an IndentationError (TabError too) is marked by a single caret; a parser
            // error placed on a token with no end (end_offset -1) gets none
            let indentation = crate::types::typeobj::is_subtype(exc.ty(), &rt().e.indentation_error);
            let no_end = matches!(end_offset, Value::Int(-1)) && !indentation;
            if let Value::Int(off) = match offset {
                Value::Int(x) if x - (lead as i64) >= 1 && !no_end => Value::Int(x),
                _ => Value::None,
            } {
                let off = (off as usize).saturating_sub(1).saturating_sub(lead);
                let width = match end_offset {
                    Value::Int(e) if !indentation && e > 0 && (e as usize) > (off + lead + 1) => e as usize - (off + lead + 1),
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
/// How deep in exception groups the text being written is (CPython's _ExceptionPrintContext).
struct GroupCtx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

/// Groups nested deeper than this print as "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;
/// At most this many members of one group are printed.
const MAX_GROUP_WIDTH: usize = 15;

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Write `text` line by line behind the group margin ("| ", or `margin` for a header).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The full report of an uncaught exception: its chain of causes and contexts, and the
/// members of exception groups drawn in nested boxes, as CPython's traceback module does.
pub fn format_exception(vm: &Vm, exc: &PyRef) -> String {
    let mut ctx = GroupCtx { seen: Vec::new(), depth: 0, need_close: false };
    let mut out = String::new();
    format_rec(vm, exc, &mut ctx, &mut out);
    out
}

fn format_rec(vm: &Vm, exc: &PyRef, ctx: &mut GroupCtx, out: &mut String) {
    // the chain, newest first; an entry's message goes between it and the older one it names
    let mut chain: Vec<(PyRef, Option<&'static str>)> = Vec::new();
    let mut cur = Some(exc.clone());
    let mut first = true;
    while let Some(e) = cur.take() {
        // a group member is drawn even if seen before; only chains stop at a seen exception
        if !first && ctx.seen.contains(&(e.as_ptr() as usize)) {
            break;
        }
        first = false;
        ctx.seen.push(e.as_ptr() as usize);
        let mut link = None;
        if let Some(ed) = exc_data(&e) {
            if let Value::Obj(c) = ed.cause() {
                if !ctx.seen.contains(&(c.as_ptr() as usize)) {
                    link = Some("\nThe above exception was the direct cause of the following exception:\n\n");
                }
                cur = Some(c);
            } else if let (Value::Obj(c), false) = (ed.context(), ed.suppress_context.get()) {
                if !ctx.seen.contains(&(c.as_ptr() as usize)) {
                    link = Some("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
                cur = Some(c);
            }
        }
        chain.push((e.clone(), link));
    }
    for (e, msg) in chain.iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, '|');
        }
        let stack = stack_text(e);
        let ev = Value::Obj(e.clone());
        if !crate::types::exc_group::is_group(&ev) {
            if !stack.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack, '|');
            }
            ctx.emit(out, &exc_only_text(vm, e), '|');
            continue;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH), '|');
            continue;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            ctx.emit(out, &stack, '|');
        }
        ctx.emit(out, &exc_only_text(vm, e), '|');
        let members = crate::types::exc_group::members(vm, &ev).unwrap_or_default();
        let n = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{}+---------------- {} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }, title));
            ctx.depth += 1;
            if !truncated {
                if let Value::Obj(m) = &members[i] {
                    format_rec(vm, m, ctx, out);
                }
            } else {
                let more = members.len() - MAX_GROUP_WIDTH;
                ctx.emit(out, &format!("and {} more exception{}\n", more, if more > 1 { "s" } else { "" }), '|');
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
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
