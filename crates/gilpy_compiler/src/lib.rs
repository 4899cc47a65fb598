//! gilpy's front end: parsing (parse.rs, the only user of ruff_python_parser), the symbol-table
//! pass (symtable.rs) and the code generator (compile/). Its output is the bytecode contract in
//! bytecode.rs, which the VM crate executes. Nothing here knows about objects or threads.

pub mod bytecode;
pub mod compile;
pub mod parse;
pub mod symtable;

pub use bytecode::{BinOp, CmpOp, CodeObject, Const, Instr, OPNAMES};
pub use compile::compile_module;
pub use parse::{Stage, SyntaxErrorInfo};

/// `-O` / `-OO` (`sys.flags.optimize`): 1 drops assert statements, 2 docstrings as well. Set
/// once at start-up, before anything is compiled.
pub static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

pub fn optimize_level() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

thread_local! {
    /// SyntaxWarnings of the compilation running on this thread: (line, message), in order.
    static WARNINGS: std::cell::RefCell<Vec<(u32, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub(crate) fn push_warning(line: u32, msg: String) {
    WARNINGS.with(|w| w.borrow_mut().push((line, msg)));
}

/// The SyntaxWarnings the last compilation on this thread gave (CPython issues them through
/// `warnings` as it compiles; the VM does once the compilation is done).
pub fn take_warnings() -> Vec<(u32, String)> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// The message of the RecursionError a too deeply nested program gets from the compiler.
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";

/// How deep the compiler's passes may nest statements and expressions. CPython 3.11 allows
/// three levels per Python frame the recursion limit has left; the VM installs the function
/// that says how many that is for the calling thread (3000 without one).
static DEPTH_BUDGET: std::sync::OnceLock<fn() -> u32> = std::sync::OnceLock::new();

pub fn set_depth_budget(f: fn() -> u32) {
    let _ = DEPTH_BUDGET.set(f);
}

pub(crate) fn depth_budget() -> u32 {
    DEPTH_BUDGET.get().map(|f| f()).unwrap_or(3000)
}

/// Run `f` (a parse or a compilation of `src_len` bytes) with native stack enough for it:
/// the parser recurses once per nesting level, and a level costs at most one source byte,
/// so a thread with a small stack (`threading.stack_size`) gets a fresh segment instead of
/// overflowing its own.
pub(crate) fn with_stack<R>(src_len: usize, f: impl FnOnce() -> R) -> R {
    // measured: about 1.1 KiB of stack per level in the parser, less in the passes; the
    // segment is reserved, not touched, so a generous size costs address space only
    let need = (src_len.saturating_mul(2048).saturating_add(4 << 20)).min(1 << 30);
    if stacker::remaining_stack().map(|r| r >= need).unwrap_or(false) {
        f()
    } else {
        stacker::grow(need, f)
    }
}
