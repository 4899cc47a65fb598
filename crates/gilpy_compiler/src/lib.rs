//! gilpy's front end: parsing (parse.rs, the only user of ruff_python_parser), the symbol-table
//! pass (symtable.rs) and the code generator (compile/). Its output is the bytecode contract in
//! bytecode.rs, which the VM crate executes. Nothing here knows about objects or threads.

pub mod bytecode;
pub mod compile;
pub mod parse;
pub mod symtable;

pub use bytecode::{BinOp, CmpOp, CodeObject, Const, Instr};
pub use compile::compile_module;
pub use parse::SyntaxErrorInfo;

/// `-O` / `-OO` (`sys.flags.optimize`): 1 drops assert statements, 2 docstrings as well. Set
/// once at start-up, before anything is compiled.
pub static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

pub fn optimize_level() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}
