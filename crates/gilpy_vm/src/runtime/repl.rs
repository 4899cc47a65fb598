//! The interactive prompt: `gilpy` with a terminal on stdin, or `-i` / PYTHONINSPECT after a
//! program.
//!
//! It behaves as CPython 3.11's. It prompts with `sys.ps1`, or `sys.ps2` while a statement
//! is incomplete. A compound statement ends at a blank line. An expression's value is echoed
//! through `sys.displayhook`, which keeps it in `_`. A traceback leaves the prompt running.
//! Ctrl-C drops the line being typed with "KeyboardInterrupt", Ctrl-D (end of input) leaves,
//! and `SystemExit` ends the process with its status. On a terminal the line editor is
//! rustyline, with history. Otherwise lines are read from fd 0 one byte at a time, so that
//! `input()` and `sys.stdin` see exactly what the prompt did not read, and the prompts go to
//! stderr, as CPython writes them there.
//!
//! Waiting for a line releases the GIL: other threads run while the prompt waits.

use crate::object::{PyRef, Value};
use crate::runtime::giltrace::Why;
use crate::Vm;
use std::cell::RefCell;

thread_local! {
    static EDITOR: RefCell<Option<rustyline::DefaultEditor>> = const { RefCell::new(None) };
}

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

fn stdin_is_tty() -> bool {
    crate::modules::isatty(0)
}

/// Read one line (without its newline), prompting with `prompt`.
fn read_line(vm: &Vm, prompt: &str) -> Line {
    crate::modules::sys::flush_std();
    if stdin_is_tty() {
        let prompt = prompt.to_string();
        return vm.allow_threads(Why::Io, move || {
            EDITOR.with(|e| {
                let mut e = e.borrow_mut();
                if e.is_none() {
                    *e = rustyline::DefaultEditor::new().ok();
                }
                let Some(ed) = e.as_mut() else { return Line::Eof };
                match ed.readline(&prompt) {
                    Ok(l) => {
                        if !l.trim().is_empty() {
                            let _ = ed.add_history_entry(l.as_str());
                        }
                        Line::Text(l)
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                    Err(_) => Line::Eof,
                }
            })
        });
    }
    eprint!("{}", prompt);
    vm.allow_threads(Why::Io, || {
        let mut buf = Vec::new();
        loop {
            let mut b = [0u8; 1];
            // SAFETY: reading one byte from fd 0 into a local buffer.
            let n = unsafe { libc::read(0, b.as_mut_ptr() as *mut libc::c_void, 1) };
            if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                return Line::Interrupted;
            }
            if n <= 0 {
                return if buf.is_empty() { Line::Eof } else { Line::Text(String::from_utf8_lossy(&buf).into_owned()) };
            }
            if b[0] == b'\n' {
                return Line::Text(String::from_utf8_lossy(&buf).into_owned());
            }
            buf.push(b[0]);
        }
    })
}

fn prompt(vm: &Vm, name: &str, default: &str) -> String {
    let v = crate::modules::sys::get_std(name);
    if matches!(v, Value::Undef | Value::None) {
        return default.to_string();
    }
    vm.str_string(&v).unwrap_or_else(|_| default.to_string())
}

/// Does the statement typed so far need more lines? A compound statement goes on until a
/// blank line; anything else until it parses, or fails for a reason other than running out
/// of input.
enum Verdict {
    More,
    Ready(std::sync::Arc<gilpy_compiler::CodeObject>),
    Error(gilpy_compiler::SyntaxErrorInfo),
}

fn judge(lines: &[String]) -> Verdict {
    let src = lines.join("\n") + "\n";
    let last_blank = lines.last().map(|l| l.trim().is_empty()).unwrap_or(true);
    // a compound statement goes on until a blank line, as in CPython's interactive mode
    let opens_block = gilpy_compiler::parse::incomplete::opens_compound(&lines[0]);
    match gilpy_compiler::compile_module(&src, "<stdin>", true) {
        Ok(code) => {
            if opens_block && !last_blank {
                Verdict::More
            } else {
                Verdict::Ready(code)
            }
        }
        Err(e) => {
            if !last_blank && runs_out(&src, &e) {
                Verdict::More
            } else {
                Verdict::Error(e)
            }
        }
    }
}

/// The error is about input that ended too soon (CPython's "incomplete input"): an open
/// bracket or triple-quoted string, a trailing backslash, a block header with no body yet.
/// Anything else, `1 +` included, is a real error at once.
fn runs_out(src: &str, e: &gilpy_compiler::SyntaxErrorInfo) -> bool {
    let m = e.msg.to_ascii_lowercase();
    m.contains("unexpected eof")
        || m.contains("expected an indented block")
        || m.contains("was never closed")
        || m.contains("unterminated triple-quoted")
        || src.trim_end_matches('\n').ends_with('\\')
}

/// Run the prompt in `globals` (the `__main__` namespace) until end of input. Some(status)
/// when SystemExit ended it.
pub fn interact(vm: &Vm, globals: &PyRef, banner: bool) -> Option<i32> {
    if banner {
        let mode = crate::runtime::gil::mode_name();
        eprintln!("Python 3.11.7 (gilpy {}, GIL mode: {}) on linux", env!("CARGO_PKG_VERSION"), mode);
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    for (name, value) in [("ps1", ">>> "), ("ps2", "... ")] {
        if matches!(crate::modules::sys::get_std(name), Value::Undef | Value::None) {
            crate::modules::sys::set_std(name, crate::types::str::new_str(value));
        }
    }
    let mut lines: Vec<String> = Vec::new();
    loop {
        let p = if lines.is_empty() { prompt(vm, "ps1", ">>> ") } else { prompt(vm, "ps2", "... ") };
        let line = match read_line(vm, &p) {
            Line::Text(t) => t,
            Line::Interrupted => {
                lines.clear();
                let _ = vm.check_signals();
                eprintln!("\nKeyboardInterrupt");
                continue;
            }
            Line::Eof => {
                eprintln!();
                return None;
            }
        };
        if lines.is_empty() && line.trim().is_empty() {
            continue;
        }
        lines.push(line);
        let code = match judge(&lines) {
            Verdict::More => continue,
            Verdict::Ready(c) => c,
            Verdict::Error(e) => {
                lines.clear();
                let err = crate::modules::syntax_error_from(vm, &e);
                crate::runtime::print_exception(vm, &err);
                continue;
            }
        };
        lines.clear();
        let r = crate::modules::compile_warnings(vm, "<stdin>").and_then(|_| crate::eval::run_module_code(vm, crate::eval::make_code(code), globals));
        crate::modules::sys::flush_std();
        if let Err(e) = r {
            if let Some(status) = crate::runtime::system_exit_status(vm, &e) {
                return Some(status);
            }
            crate::runtime::print_exception(vm, &e);
        }
    }
}
