//! The code generator: AST plus symbol table in, code objects out.
//! Split by syntax kind: statements in stmt.rs, expressions in expr.rs; this file holds the
//! per-code-object state (a "unit"), name resolution and the frame-block stack that `break`,
//! `continue` and `return` unwind through (CPython's compiler_unwind_fblock).

mod expr;
mod pattern;
mod stmt;
mod warnings;

use crate::bytecode::*;
use crate::parse::{self, ast, LineIndex, SyntaxErrorInfo};
use crate::symtable::{self, Resolved, ScopeKind, SymbolTable};
use ruff_text_size::{Ranged, TextSize};
use std::sync::Arc;

/// Blocks the compiler is inside of, innermost last.
pub(crate) enum FBlock<'a> {
    While {
        start: usize,
        breaks: Vec<usize>,
    },
    For {
        start: usize,
        breaks: Vec<usize>,
    },
    /// the body of a try with handlers: a handler block is on the VM's block stack
    TryExcept,
    /// the body of a try with a finally: the finally body runs on the way out
    Finally(&'a [ast::Stmt]),
    /// inside an except clause: [prev exc] on the stack, the cleanup block set up
    HandlerCleanup(Option<String>),
    /// inside a finally body reached by an exception: [prev exc] on the stack
    FinallyEnd,
    /// inside a with body (async with: true): the exit function on the stack; the with
    /// statement's range, where its `__exit__` is called
    With(bool, ruff_text_size::TextRange),
    /// the body of an except* clause (break, continue and return may not leave it)
    ExceptStar,
    /// a finally body inlined on the way out of a `return`: the return value is on the stack
    PopValue,
}

pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub kind: ScopeKind,
    pub code: Vec<Instr>,
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    pub names: Vec<Arc<str>>,
    pub varnames: Vec<Arc<str>>,
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    pub line: u32,
    /// inside a function, at any depth (CPython's ste_nested): its functions are CO_NESTED
    pub nested: bool,
    /// the byte range of the node being compiled; instructions take it as their position
    pub range: Option<(u32, u32)>,
    pub ranges: Vec<Option<(u32, u32)>>,
    pub fblocks: Vec<FBlock<'a>>,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub flags: u32,
    pub docstring: Option<Arc<str>>,
}

pub struct Compiler<'a> {
    pub(crate) src: &'a str,
    pub(crate) filename: Arc<str>,
    pub(crate) index: LineIndex,
    pub(crate) st: SymbolTable,
    pub(crate) units: Vec<Unit<'a>>,
    /// interactive mode: expression statements echo their value
    pub(crate) interactive: bool,
    /// `from __future__ import annotations`: annotations are kept as their source text
    pub(crate) future_annotations: bool,
    /// statements and expressions being compiled, one inside the other
    pub(crate) depth: u32,
    /// how deep they may go (`crate::depth_budget`)
    pub(crate) budget: u32,
}

pub type CResult<T> = Result<T, SyntaxErrorInfo>;

/// CPython checks `from __future__` imports in the compiler: the error's text comes from the file.
fn future_error(src: &str, filename: &str, off: u32, msg: String) -> SyntaxErrorInfo {
    let mut e = parse::make_error(src, filename, off, off, msg);
    e.stage = parse::Stage::Compiler;
    e
}

/// What kind of source is compiled (CPython's compile() modes).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    /// a single expression whose value the code returns
    Eval,
    /// the interactive prompt: expression statements print their value
    Single,
}

/// Compile a whole module. `interactive` makes expression statements print their value.
pub fn compile_module(src: &str, filename: &str, interactive: bool) -> CResult<Arc<CodeObject>> {
    compile_mode(src, filename, if interactive { Mode::Single } else { Mode::Exec })
}

/// Check the module's `from __future__ import` statements (only a docstring may come before
/// them) and say whether `annotations` is among the features.
fn future_features(body: &[ast::Stmt], src: &str, filename: &str) -> CResult<bool> {
    const KNOWN: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match s {
            ast::Stmt::ImportFrom(f) if f.module.as_ref().map(|m| m.id.as_str()) == Some("__future__") && f.level == 0 => {
                let off = u32::from(f.range.start());
                if !at_start {
                    return Err(future_error(src, filename, off, "from __future__ imports must occur at the beginning of the file".into()));
                }
                for a in &f.names {
                    let n = a.name.id.as_str();
                    if n == "braces" {
                        return Err(future_error(src, filename, off, "not a chance".into()));
                    }
                    if !KNOWN.contains(&n) {
                        return Err(future_error(src, filename, off, format!("future feature {} is not defined", n)));
                    }
                    if n == "annotations" {
                        annotations = true;
                    }
                }
            }
            ast::Stmt::Expr(e) if i == 0 && matches!(&*e.value, ast::Expr::StringLiteral(_)) => {}
            _ => at_start = false,
        }
    }
    Ok(annotations)
}

pub fn compile_mode(src: &str, filename: &str, mode: Mode) -> CResult<Arc<CodeObject>> {
    compile_with_future(src, filename, mode, false)
}

/// compile_mode, with `from __future__ import annotations` already in force when
/// `annotations` (compile()'s flags, or the code that calls it, say so).
pub fn compile_with_future(src: &str, filename: &str, mode: Mode, annotations: bool) -> CResult<Arc<CodeObject>> {
    // the syntax tree is built, walked and dropped (recursively, each) on a stack with room
    crate::with_stack(src.len(), || compile_tree(src, filename, mode, annotations))
}

fn compile_tree(src: &str, filename: &str, mode: Mode, annotations: bool) -> CResult<Arc<CodeObject>> {
    compile_checked(src, filename, mode, annotations).map_err(|mut e| {
        // only exec input gets a final newline from CPython's tokenizer: the last line of an
        // eval or single input without one is shown as it is
        if mode != Mode::Exec && !src.ends_with('\n') && e.lineno as usize >= src.lines().count() {
            e.newline = false;
            // an error at the end of the input is at its end marker, which has no column
            let last_len = src.lines().last().map(|l| l.chars().count()).unwrap_or(0) as u32;
            if e.stage == parse::Stage::Parser
                && e.msg == "invalid syntax"
                && e.offset == last_len + 1
                && e.end_offset == e.offset as i32
                && e.end_lineno == e.lineno
            {
                e.offset = 0;
                e.end_offset = 0;
            }
        }
        e
    })
}

/// One expression statement that CPython's eval rule takes as it stands (not a bare
/// `yield`, nor a starred item outside brackets).
fn plain_expression(m: &ast::ModModule) -> bool {
    match m.body.as_slice() {
        [ast::Stmt::Expr(x)] => match &*x.value {
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) | ast::Expr::Starred(_) => false,
            ast::Expr::Tuple(t) => t.parenthesized || !t.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))),
            _ => true,
        },
        _ => false,
    }
}

fn compile_checked(src: &str, filename: &str, mode: Mode, inherited_annotations: bool) -> CResult<Arc<CodeObject>> {
    let interactive = mode == Mode::Single;
    crate::take_warnings();
    // the eval and single rules' own errors are looked for only when the module parse fails
    // or finds more than one expression: a valid input is parsed once
    let module = match parse::parse_module_mode(src, filename, mode == Mode::Single) {
        Ok(m) if mode == Mode::Eval && !plain_expression(&m) => parse::eval_error(src, filename).map_or(Ok(m), Err)?,
        Ok(m) if mode == Mode::Single && m.body.len() > 1 => parse::single_first_line(src, filename).map_or(Ok(m), Err)?,
        Ok(m) => m,
        Err(e) => {
            let own = match mode {
                Mode::Eval => parse::eval_error(src, filename),
                Mode::Single => parse::single_first_line(src, filename),
                _ => None,
            };
            return Err(own.unwrap_or(e));
        }
    };
    // an `eval` input has no statement around its expression, which the passes count
    let budget = crate::depth_budget() + u32::from(mode == Mode::Eval);
    if mode == Mode::Eval {
        let ok = module.body.len() == 1 && matches!(module.body[0], ast::Stmt::Expr(_));
        if !ok {
            let off = module.body.first().map(|s| u32::from(s.range().start())).unwrap_or(0);
            return Err(parse::make_error(src, filename, off, off, "invalid syntax".into()));
        }
    }
    if mode == Mode::Single {
        if module.body.is_empty() {
            return Err(parse::nothing_error(src, filename));
        }
        if let Some(e) = parse::single_error(src, filename, &module) {
            return Err(e);
        }
    }
    let st = symtable::build(&module, budget).map_err(|(msg, mut off, end)| {
        // a decorated statement's range starts after its last decorator (see the symtable's
        // `header`): the error starts at its `def` or `class`
        let rest = src.as_bytes();
        while (off as usize) < rest.len().min(end as usize) {
            match rest[off as usize] {
                b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' => off += 1,
                b'#' => {
                    while (off as usize) < rest.len() && rest[off as usize] != b'\n' {
                        off += 1;
                    }
                }
                _ => break,
            }
        }
        let mut e = if end > off {
            parse::make_error_exact(src, filename, off as usize, parse::End::At(end as usize), msg)
        } else {
            parse::make_error(src, filename, off, off, msg)
        };
        e.stage = parse::Stage::Compiler;
        if e.msg == crate::RECURSION_MSG {
            e.kind = "RecursionError";
        }
        e
    })?;
    let future_annotations = future_features(&module.body, src, filename)? || inherited_annotations;
    let mut c =
        Compiler { src, filename: Arc::from(filename), index: LineIndex::new(src), st, units: Vec::new(), interactive, future_annotations, depth: 0, budget };
    c.enter_unit(0, "<module>", "<module>", 1);
    let body = &module.body;
    if !interactive {
        if let Some(doc) = stmt::docstring(body) {
            c.unit().docstring = Some(Arc::from(doc.as_str()));
        }
    }
    if mode == Mode::Eval {
        if let ast::Stmt::Expr(e) = &body[0] {
            c.expr(&e.value)?;
            c.emit(Instr::ReturnValue);
            return Ok(c.leave_unit());
        }
    }
    if stmt::has_annotations(body) {
        c.emit(Instr::SetupAnnotations);
    }
    let docstring = c.unit().docstring.clone();
    if let Some(doc) = docstring {
        let k = c.add_const(Const::Str(doc));
        c.emit(Instr::LoadConst(k));
        let n = c.name_idx("__doc__");
        c.emit(Instr::StoreName(n));
        c.compile_body(&body[1..])?;
    } else {
        c.compile_body(body)?;
    }
    let k = c.add_const(Const::None);
    c.emit(Instr::LoadConst(k));
    c.emit(Instr::ReturnValue);
    Ok(c.leave_unit())
}

impl<'a> Compiler<'a> {
    pub(crate) fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    pub(crate) fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }
    pub(crate) fn scope(&self) -> &symtable::Scope {
        &self.st.scopes[self.unit_ref().scope]
    }

    pub(crate) fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let s = &self.st.scopes[scope];
        let kind = s.kind;
        let mut varnames: Vec<Arc<str>> = Vec::new();
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in &s.params {
                varnames.push(Arc::from(p.as_str()));
            }
            for n in &s.order {
                if matches!(s.resolved.get(n), Some(Resolved::Local)) && !s.params.contains(n) {
                    varnames.push(Arc::from(n.as_str()));
                }
            }
        }
        let cellvars = s.cellvars.iter().map(|n| Arc::from(n.as_str())).collect();
        let freevars = s.freevars.iter().map(|n| Arc::from(n.as_str())).collect();
        let mut flags = if self.future_annotations { crate::bytecode::CO_FUTURE_ANNOTATIONS } else { 0 };
        let nested = self.units.last().is_some_and(|p| p.nested || matches!(p.kind, ScopeKind::Function | ScopeKind::Comprehension));
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            flags |= CO_OPTIMIZED | CO_NEWLOCALS;
            if nested {
                flags |= crate::bytecode::CO_NESTED;
            }
        }
        flags |= match (s.is_coroutine, s.is_generator) {
            (true, true) => CO_ASYNC_GENERATOR,
            (true, false) => CO_COROUTINE,
            (false, true) => CO_GENERATOR,
            (false, false) => 0,
        };
        self.units.push(Unit {
            scope,
            kind,
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            line: first_line,
            nested,
            range: None,
            ranges: Vec::new(),
            fblocks: Vec::new(),
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            docstring: None,
        });
    }

    pub(crate) fn leave_unit(&mut self) -> Arc<CodeObject> {
        let u = self.units.pop().unwrap();
        let positions = u
            .ranges
            .iter()
            .map(|r| {
                r.map(|(s, e)| {
                    let (sl, el) = (self.index.line(TextSize::from(s)), self.index.line(TextSize::from(e)));
                    Position { end_line: el, col: s - self.index.line_start(sl), end_col: e - self.index.line_start(el) }
                })
            })
            .collect();
        let cell2arg = u.cellvars.iter().map(|c| u.varnames.iter().position(|v| v == c).map(|i| i as u32)).collect();
        Arc::new(CodeObject {
            name: Arc::from(u.name.as_str()),
            qualname: Arc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            names: u.names,
            consts: u.consts,
            max_stack: 0,
            code: u.code,
            lines: u.lines,
            positions,
            docstring: u.docstring,
        })
    }

    pub(crate) fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        let line = u.line;
        let range = u.range;
        u.code.push(i);
        u.lines.push(line);
        u.ranges.push(range);
        u.code.len() - 1
    }
    pub(crate) fn pos(&self) -> usize {
        self.unit_ref().code.len()
    }
    /// Point the jump at `at` to the current position.
    pub(crate) fn patch(&mut self, at: usize) {
        let target = self.pos() as u32;
        self.patch_to(at, target);
    }
    pub(crate) fn patch_to(&mut self, at: usize, target: u32) {
        let ins = &mut self.unit().code[at];
        *ins = match *ins {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(target),
            Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::SetupFinally(_) => Instr::SetupFinally(target),
            Instr::SetupWith(_) => Instr::SetupWith(target),
            Instr::Send(_) => Instr::Send(target),
            other => panic!("patch of non-jump {:?}", other),
        };
    }

    /// Make `r` the position of the instructions emitted next; returns the previous one.
    pub(crate) fn set_range(&mut self, r: ruff_text_size::TextRange) -> (u32, Option<(u32, u32)>) {
        let line = self.index.line(r.start());
        let u = self.unit();
        let old = (u.line, u.range);
        u.line = line;
        u.range = Some((u32::from(r.start()), u32::from(r.end())));
        old
    }
    pub(crate) fn restore_range(&mut self, old: (u32, Option<(u32, u32)>)) {
        let u = self.unit();
        u.line = old.0;
        u.range = old.1;
    }

    pub(crate) fn set_line_of(&mut self, off: TextSize) -> u32 {
        let line = self.index.line(off);
        let old = self.unit().line;
        self.unit().line = line;
        old
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        // reuse identical simple constants
        for (i, k) in u.consts.iter().enumerate() {
            let same = match (k, &c) {
                (Const::None, Const::None) => true,
                (Const::Bool(a), Const::Bool(b)) => a == b,
                (Const::Int(a), Const::Int(b)) => a == b,
                (Const::Str(a), Const::Str(b)) => a == b,
                (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }
    pub(crate) fn load_const(&mut self, c: Const) {
        let k = self.add_const(c);
        self.emit(Instr::LoadConst(k));
    }

    pub(crate) fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        u.names.push(Arc::from(name));
        (u.names.len() - 1) as u32
    }

    /// A compile-time error over a node's range, as CPython's compiler and symtable place them.
    pub(crate) fn error_range(&self, r: ruff_text_size::TextRange, msg: &str) -> SyntaxErrorInfo {
        let end = parse::End::At(u32::from(r.end()) as usize);
        let mut e = parse::make_error_exact(self.src, &self.filename, u32::from(r.start()) as usize, end, msg.to_string());
        e.stage = parse::Stage::Compiler;
        e
    }

    fn deref_idx(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|n| &**n == name) {
            return i as u32;
        }
        let i = u.freevars.iter().position(|n| &**n == name).expect("free variable resolved by symtable");
        (u.cellvars.len() + i) as u32
    }

    /// Emit the load, store or delete of a name, as its scope decides.
    /// The unit is an `async def` body (await, async for and async with are allowed).
    pub(crate) fn in_coroutine(&self) -> bool {
        self.unit_ref().flags & (CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }

    /// (awaitable -- result): the await loop (CPython's GET_AWAITABLE, SEND, YIELD_VALUE).
    pub(crate) fn await_loop(&mut self, kind: u32) {
        self.emit(Instr::GetAwaitable(kind));
        self.send_loop();
    }

    /// (iter -- result): send None, then each value sent in, until the iterator returns
    /// (the loop `yield from` and `await` share).
    pub(crate) fn send_loop(&mut self) {
        self.load_const(Const::None);
        let start = self.pos();
        let send = self.emit(Instr::Send(0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::JumpBackward(start as u32));
        self.patch(send);
    }

    /// An annotation's value: evaluated, or under `from __future__ import annotations` its
    /// source text.
    pub(crate) fn annotation(&mut self, e: &'a ast::Expr) -> CResult<()> {
        if !self.future_annotations {
            return self.expr(e);
        }
        let text = match e {
            ast::Expr::StringLiteral(s) => pattern::py_str_repr(s.value.to_str()),
            _ => {
                let r = e.range();
                self.src[usize::from(r.start())..usize::from(r.end())].to_string()
            }
        };
        self.load_const(Const::Str(Arc::from(text.as_str())));
        Ok(())
    }

    /// An attribute name as this code stores it (private names mangled inside a class).
    pub(crate) fn attr_idx(&mut self, name: &str) -> u32 {
        let m = self.scope().mangle(name).into_owned();
        self.name_idx(&m)
    }

    pub(crate) fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let mangled = self.scope().mangle(name).into_owned();
        let name = mangled.as_str();
        let kind = self.unit_ref().kind;
        let res = self.scope().lookup(name);
        use ast::ExprContext::*;
        match (kind, res) {
            (ScopeKind::Function | ScopeKind::Comprehension, Resolved::Local) => {
                let i = self.unit_ref().varnames.iter().position(|n| &**n == name);
                let i = match i {
                    Some(i) => i as u32,
                    None => {
                        self.unit().varnames.push(Arc::from(name));
                        (self.unit_ref().varnames.len() - 1) as u32
                    }
                };
                self.emit(match ctx {
                    Load | Invalid => Instr::LoadFast(i),
                    Store => Instr::StoreFast(i),
                    Del => Instr::DeleteFast(i),
                });
            }
            (_, Resolved::Cell) | (ScopeKind::Function | ScopeKind::Comprehension, Resolved::Free) => {
                let i = self.deref_idx(name);
                self.emit(match ctx {
                    Load | Invalid => Instr::LoadDeref(i),
                    Store => Instr::StoreDeref(i),
                    Del => Instr::DeleteDeref(i),
                });
            }
            (ScopeKind::Class, Resolved::Free) => {
                let i = self.deref_idx(name);
                self.emit(match ctx {
                    Load | Invalid => Instr::LoadClassDeref(i),
                    Store => Instr::StoreDeref(i),
                    Del => Instr::DeleteDeref(i),
                });
            }
            (ScopeKind::Function | ScopeKind::Comprehension, _) | (_, Resolved::GlobalExplicit) => {
                let i = self.name_idx(name);
                self.emit(match ctx {
                    Load | Invalid => Instr::LoadGlobal(i),
                    Store => Instr::StoreGlobal(i),
                    Del => Instr::DeleteGlobal(i),
                });
            }
            _ => {
                let i = self.name_idx(name);
                self.emit(match ctx {
                    Load | Invalid => Instr::LoadName(i),
                    Store => Instr::StoreName(i),
                    Del => Instr::DeleteName(i),
                });
            }
        }
    }

    pub(crate) fn scope_of<T: Ranged>(&self, node: &T) -> usize {
        *self.st.by_range.get(&symtable::range_key(node)).expect("scope recorded by symtable")
    }

    pub(crate) fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emit the closure tuple (if any) and MAKE_FUNCTION for a finished code object.
    pub(crate) fn make_function(&mut self, code: Arc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                // a free variable of the child is a cell or free variable here
                let i = self.deref_idx(fv);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let k = self.add_const(Const::Code(code));
        self.emit(Instr::LoadConst(k));
        self.emit(Instr::MakeFunction(flags));
    }
}
