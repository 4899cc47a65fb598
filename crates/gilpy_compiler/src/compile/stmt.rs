//! Statements: assignment, control flow, try/with, def and class.
//! Exception handling uses handler blocks (SetupFinally/PopBlock); see the layouts in
//! `try_except` and `try_finally`, which docs/bytecode.md describes.

use super::{CResult, Compiler, FBlock};
use crate::bytecode::*;
use crate::parse::ast::{self, Expr, Stmt};
use crate::symtable::ScopeKind;
use ruff_text_size::Ranged;
use std::sync::Arc;

pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if crate::optimize_level() >= 2 {
        return None;
    }
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

/// Does a module or class body annotate a simple name anywhere outside nested scopes?
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.depth += 1;
        let r = if self.depth > self.budget { Err(self.recursion_error()) } else { self.stmt_inner(s) };
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_range(s.range());
        match s {
            Stmt::Expr(e) => {
                if self.interactive && self.unit_ref().kind == ScopeKind::Module {
                    self.expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else if matches!(&*e.value, Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_)) {
                    // a constant statement does nothing
                } else {
                    self.expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                let kind = self.unit_ref().kind;
                if let (Expr::Name(n), true) = (&*a.target, a.simple && kind != ScopeKind::Function) {
                    self.annotation(&a.annotation)?;
                    let ann = self.name_idx("__annotations__");
                    self.emit(Instr::LoadName(ann));
                    self.load_const(Const::Str(Arc::from(n.id.as_str())));
                    self.emit(Instr::StoreSubscr);
                }
            }
            // a NOP keeps the line, so trace functions see `pass` run as CPython's do
            Stmt::Pass(_) => {
                self.emit(Instr::Nop);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::If(i) => {
                let mut ends = Vec::new();
                self.expr(&i.test)?;
                let mut jf = self.emit(Instr::PopJumpIfFalse(0));
                self.compile_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    ends.push(self.emit(Instr::Jump(0)));
                    self.patch(jf);
                    self.set_line_of(clause.range.start());
                    match &clause.test {
                        Some(t) => {
                            self.expr(t)?;
                            jf = self.emit(Instr::PopJumpIfFalse(0));
                            self.compile_body(&clause.body)?;
                        }
                        None => {
                            jf = usize::MAX;
                            self.compile_body(&clause.body)?;
                        }
                    }
                }
                if jf != usize::MAX {
                    self.patch(jf);
                }
                for e in ends {
                    self.patch(e);
                }
            }
            Stmt::While(w) => {
                let start = self.pos();
                self.expr(&w.test)?;
                let exit = self.emit(Instr::PopJumpIfFalse(0));
                self.unit().fblocks.push(FBlock::While { start, breaks: Vec::new() });
                self.compile_body(&w.body)?;
                self.set_line_of(w.range.start());
                self.emit(Instr::JumpBackward(start as u32));
                let fb = self.unit().fblocks.pop();
                self.patch(exit);
                self.compile_body(&w.orelse)?;
                if let Some(FBlock::While { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch(b);
                    }
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.async_for(f);
                }
                self.iter_expr(&f.iter)?;
                self.emit(Instr::GetIter);
                let start = self.pos();
                let fi = self.emit(Instr::ForIter(0));
                self.unit().fblocks.push(FBlock::For { start, breaks: Vec::new() });
                self.store_target(&f.target)?;
                self.compile_body(&f.body)?;
                self.set_line_of(f.range.start());
                self.emit(Instr::JumpBackward(start as u32));
                let fb = self.unit().fblocks.pop();
                self.patch(fi);
                self.compile_body(&f.orelse)?;
                if let Some(FBlock::For { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch(b);
                    }
                }
            }
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => {
                if !matches!(self.unit_ref().kind, ScopeKind::Function) {
                    return Err(self.error_range(r.range, "'return' outside function"));
                }
                if self.unit_ref().fblocks.iter().any(|f| matches!(f, FBlock::ExceptStar)) {
                    return Err(self.error_range(r.range, "'break', 'continue' and 'return' cannot appear in an except* block"));
                }
                if r.value.is_some() && self.unit_ref().flags & CO_ASYNC_GENERATOR != 0 {
                    return Err(self.error_range(r.range, "'return' with value in async generator"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_all(true)?;
                self.set_line_of(r.range.start());
                self.emit(Instr::ReturnValue);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line_of(r.range.start());
                self.emit(Instr::RaiseVarargs(n));
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(_) if crate::optimize_level() >= 1 => {}
            Stmt::Assert(a) => {
                self.check_assert(a);
                self.expr(&a.test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                // CPython 3.11 raises the AssertionError at the position its jump-if
                // compilation left behind: the last comparison it compiled (through `and`,
                // `or`, `not` and conditional expressions), else the whole statement
                self.set_range(assert_position(&a.test).unwrap_or(a.range()));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(Instr::PushNull);
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.patch(j);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let full = a.name.id.as_str();
                    let ni = self.name_idx(full);
                    self.emit(Instr::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = full.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_idx(p);
                                self.emit(Instr::ImportFrom(pi));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                            self.name_op(asname.id.as_str(), ast::ExprContext::Store);
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full).to_string();
                            self.name_op(&top, ast::ExprContext::Store);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Const::Int(i.level as i64));
                let names: Vec<Const> = i.names.iter().map(|a| Const::Str(Arc::from(a.name.id.as_str()))).collect();
                self.load_const(Const::Tuple(Arc::from(names)));
                let module = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                let mi = self.name_idx(&module);
                self.emit(Instr::ImportName(mi));
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in &i.names {
                        let ni = self.name_idx(a.name.id.as_str());
                        self.emit(Instr::ImportFrom(ni));
                        let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        self.name_op(&bound, ast::ExprContext::Store);
                    }
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::With(w) => {
                if w.is_async && !self.in_coroutine() {
                    return Err(self.error_range(w.range, "'async with' outside async function"));
                }
                self.with_items(&w.items, &w.body, w.is_async, w.range)?;
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => {
                return Err(self.error_range(t.range, "invalid syntax"));
            }
            Stmt::IpyEscapeCommand(e) => {
                return Err(self.error_range(e.range, "invalid syntax"));
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = expr::binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let old = self.set_range(n.range);
                self.name_op(n.id.as_str(), ast::ExprContext::Load);
                self.restore_range(old);
                self.expr(&a.value)?;
                self.set_line_of(a.range.start());
                self.emit(Instr::InplaceOp(op));
                self.name_op(n.id.as_str(), ast::ExprContext::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let ni = self.attr_idx(at.attr.id.as_str());
                self.emit(Instr::LoadAttr(ni));
                self.expr(&a.value)?;
                self.set_line_of(a.range.start());
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_line_of(a.range.start());
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(self.error_range(a.range, "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_idx(a.attr.id.as_str());
                // a failing store marks its target, as CPython's traceback does
                let old = self.set_range(a.range);
                self.move_start_to_attr(a, a.range.end());
                self.emit(Instr::StoreAttr(ni));
                self.restore_range(old);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let old = self.set_range(s.range);
                self.emit(Instr::StoreSubscr);
                self.restore_range(old);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                // unpacking errors point at the target
                let old = self.set_range(t.range());
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(si) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            return Err(self.error_range(t.range(), "multiple starred expressions in assignment"));
                        }
                        let after = elts.len() - si - 1;
                        self.emit(Instr::UnpackEx((si as u32) | ((after as u32) << 8)));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                self.restore_range(old);
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.error_range(s.range, "starred assignment target must be in a list or tuple"));
            }
            other => {
                let what = expr::describe(other);
                return Err(self.error_range(other.range(), &format!("cannot assign to {}", what)));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                let old = self.set_range(n.range);
                self.name_op(n.id.as_str(), ast::ExprContext::Del);
                self.restore_range(old);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_idx(a.attr.id.as_str());
                // the traceback marks the target, as CPython's does
                let old = self.set_range(a.range);
                self.emit(Instr::DeleteAttr(ni));
                self.restore_range(old);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let old = self.set_range(s.range);
                self.emit(Instr::DeleteSubscr);
                self.restore_range(old);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                let what = expr::describe(other);
                return Err(self.error_range(other.range(), &format!("cannot delete {}", what)));
            }
        }
        Ok(())
    }

    /// Emit what leaving one frame block takes. `keep_top`: a return value sits on top.
    fn unwind_block(&mut self, fb: &FBlock<'a>, keep_top: bool) -> CResult<()> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                let body: &'a [Stmt] = body;
                // a break or continue inside this finally body drops the return value
                if keep_top {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.compile_body(body)?;
                if keep_top {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    // the block that unbinds the name when the clause raises
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Swap(2));
                } else {
                    self.emit(Instr::PopTop);
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    let n = n.clone();
                    self.load_const(Const::None);
                    self.name_op(&n, ast::ExprContext::Store);
                    self.name_op(&n, ast::ExprContext::Del);
                }
            }
            FBlock::FinallyEnd => {
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Swap(2));
                } else {
                    self.emit(Instr::PopTop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::ExceptStar => {}
            FBlock::With(is_async, range) => {
                // __exit__ is called at the with statement (CPython's compiler_unwind_fblock)
                let old = self.set_range(*range);
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.with_exit_normal(*is_async);
                self.restore_range(old);
            }
        }
        Ok(())
    }

    /// Unwind every block of the function (for `return`).
    fn unwind_all(&mut self, keep_top: bool) -> CResult<()> {
        let mut saved = Vec::new();
        while let Some(fb) = self.unit().fblocks.pop() {
            // the block is off the stack while its cleanup compiles, as in CPython
            self.unwind_block(&fb, keep_top)?;
            saved.push(fb);
        }
        while let Some(fb) = saved.pop() {
            self.unit().fblocks.push(fb);
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult<()> {
        for fb in self.unit_ref().fblocks.iter().rev() {
            match fb {
                FBlock::While { .. } | FBlock::For { .. } => break,
                FBlock::ExceptStar => return Err(self.error_range(range, "'break', 'continue' and 'return' cannot appear in an except* block")),
                _ => {}
            }
        }
        let mut saved = Vec::new();
        let mut found = false;
        while let Some(fb) = self.unit().fblocks.pop() {
            match fb {
                FBlock::While { .. } | FBlock::For { .. } => {
                    let is_for = matches!(fb, FBlock::For { .. });
                    let start = match &fb {
                        FBlock::While { start, .. } | FBlock::For { start, .. } => *start,
                        _ => 0,
                    };
                    self.unit().fblocks.push(fb);
                    if is_break {
                        if is_for {
                            self.emit(Instr::PopTop);
                        }
                        let j = self.emit(Instr::Jump(0));
                        if let Some(FBlock::While { breaks, .. } | FBlock::For { breaks, .. }) = self.unit().fblocks.last_mut() {
                            breaks.push(j);
                        }
                    } else {
                        self.emit(Instr::JumpBackward(start as u32));
                    }
                    found = true;
                    break;
                }
                other => {
                    self.unwind_block(&other, false)?;
                    saved.push(other);
                }
            }
        }
        while let Some(fb) = saved.pop() {
            self.unit().fblocks.push(fb);
        }
        if !found {
            return Err(self.error_range(range, if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }));
        }
        Ok(())
    }

    /// try: body / except ...: handlers / else: orelse
    ///
    /// ```text
    ///     SetupFinally H; body; PopBlock; orelse; Jump end
    /// H:  [prev exc]  SetupFinally C
    ///     per clause: <type>; CheckExcMatch; PopJumpIfFalse next; store name (or PopTop);
    ///                 LoadConst None; [SetupFinally U]
    ///                 body; [PopBlock]; PopBlock; PopTop; PopExcept; [name = None; del name]; Jump end
    ///     [U:         name = None; del name; Reraise]
    ///     no match:   PopBlock; Reraise
    /// C:  [prev exc handled err] CleanupReraise
    /// ```
    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.try_except_star(t);
        }
        let (mut ends, cleanup) = self.try_body_and_else(t)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h.range.start());
            let mut next = None;
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    next = Some(self.emit(Instr::PopJumpIfFalse(0)));
                }
                None => {
                    if i + 1 != n {
                        return Err(self.error_range(h.range, "default 'except:' must be last"));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.id.to_string());
            // a clause that raises unbinds its name too (CPython wraps the body in a cleanup
            // that does `name = None; del name` and re-raises)
            let mut unbind = None;
            // the exception leaves the stack once matched (the handled exception is the
            // thread's exc_info), as in CPython: a None keeps the cleanup block's depth
            match &name {
                Some(nm) => self.name_op(nm, ast::ExprContext::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            self.load_const(Const::None);
            if name.is_some() {
                unbind = Some(self.emit(Instr::SetupFinally(0)));
            }
            self.unit().fblocks.push(FBlock::HandlerCleanup(name.clone()));
            self.compile_body(&h.body)?;
            let fb = self.unit().fblocks.pop().unwrap();
            self.unwind_block(&fb, false)?;
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(u) = unbind {
                self.patch(u);
                self.clear_handler_name(&name);
                self.emit(Instr::Reraise);
            }
            if let Some(nx) = next {
                self.patch(nx);
            }
        }
        self.emit(Instr::PopBlock);
        self.emit(Instr::Reraise);
        self.patch(cleanup);
        self.emit(Instr::CleanupReraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// The protected body and the else clause of a try with handlers; the handlers come next,
    /// entered with [prev exc] and inside a cleanup block. Returns (jumps to the end, the
    /// cleanup block's SetupFinally).
    fn try_body_and_else(&mut self, t: &'a ast::StmtTry) -> CResult<(Vec<usize>, usize)> {
        let setup = self.emit(Instr::SetupFinally(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        let ends = vec![self.emit(Instr::Jump(0))];
        self.patch(setup);
        let cleanup = self.emit(Instr::SetupFinally(0));
        Ok((ends, cleanup))
    }

    /// try/except* (PEP 654). The handler region keeps [prev exc raised rest]: `rest` is what
    /// no clause has matched yet, `raised` collects what the clause bodies raise; at the end
    /// PrepReraiseStar turns them into the exception that leaves the statement, if any.
    fn try_except_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let (mut ends, cleanup) = self.try_body_and_else(t)?;
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        for h in t.handlers.iter() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h.range.start());
            match &h.type_ {
                Some(ty) => self.expr(ty)?,
                None => return Err(self.error_range(h.range, "expected one or more exception types")),
            }
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            let no_match = self.emit(Instr::PopJumpIfNone(0));
            self.emit(Instr::Copy(1));
            self.emit(Instr::SetExcInfo);
            self.emit(Instr::Swap(2));
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(nm) => self.name_op(nm, ast::ExprContext::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let body_err = self.emit(Instr::SetupFinally(0));
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.compile_body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            self.clear_handler_name(&name);
            let done = self.emit(Instr::Jump(0));
            // the clause raised: keep what it raised, restore the handled exceptions
            self.patch(body_err);
            self.emit(Instr::ListAppend(4));
            self.emit(Instr::PopExcept);
            self.emit(Instr::PopExcept);
            self.clear_handler_name(&name);
            let done2 = self.emit(Instr::Jump(0));
            self.patch(no_match);
            self.emit(Instr::PopTop);
            self.patch(done);
            self.patch(done2);
        }
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        let nothing = self.emit(Instr::PopJumpIfNone(0));
        self.emit(Instr::PopBlock);
        self.emit(Instr::Reraise);
        self.patch(nothing);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        ends.push(self.emit(Instr::Jump(0)));
        self.patch(cleanup);
        self.emit(Instr::CleanupReraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// `except ... as name` leaves name unbound after the clause.
    fn clear_handler_name(&mut self, name: &Option<String>) {
        if let Some(nm) = name {
            self.load_const(Const::None);
            self.name_op(nm, ast::ExprContext::Store);
            self.name_op(nm, ast::ExprContext::Del);
        }
    }

    /// try: ... finally: finalbody
    ///
    /// ```text
    ///     SetupFinally F; <try/except or body>; PopBlock; finalbody; Jump end
    /// F:  [prev exc] SetupFinally C; finalbody; PopBlock; Reraise
    /// C:  CleanupReraise
    /// ```
    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let setup = self.emit(Instr::SetupFinally(0));
        self.unit().fblocks.push(FBlock::Finally(&t.finalbody));
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_body(&t.finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        let cleanup = self.emit(Instr::SetupFinally(0));
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.compile_body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::Reraise);
        self.patch(cleanup);
        self.emit(Instr::CleanupReraise);
        self.patch(end);
        Ok(())
    }

    /// ```text
    ///     mgr; BeforeWith; SetupFinally H; [store]; body; PopBlock; WithExitNormal; Jump end
    /// H:  [exit prev exc] SetupFinally C; WithExceptStart; PopJumpIfTrue S; PopBlock; Reraise
    /// S:  PopBlock; PopTop; PopExcept; PopTop; Jump end
    /// C:  CleanupReraise
    /// ```
    fn with_exit_normal(&mut self, is_async: bool) {
        if is_async {
            self.emit(Instr::WithExitCall);
            self.await_loop(2);
            self.emit(Instr::PopTop);
        } else {
            self.emit(Instr::WithExitNormal);
        }
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool, stmt: ruff_text_size::TextRange) -> CResult<()> {
        let item = &items[0];
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_loop(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        let setup = self.emit(Instr::SetupWith(0));
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::With(is_async, stmt));
        if items.len() > 1 {
            self.with_items(&items[1..], body, is_async, stmt)?;
        } else {
            self.compile_body(body)?;
        }
        self.unit().fblocks.pop();
        // the exit call, normal or exceptional, is at the with statement, as in CPython
        self.set_range(stmt);
        self.emit(Instr::PopBlock);
        self.with_exit_normal(is_async);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        let cleanup = self.emit(Instr::SetupFinally(0));
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_loop(2);
        }
        let sup = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::PopBlock);
        self.emit(Instr::Reraise);
        self.patch(sup);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        let end2 = self.emit(Instr::Jump(0));
        self.patch(cleanup);
        self.emit(Instr::CleanupReraise);
        self.patch(end);
        self.patch(end2);
        Ok(())
    }

    /// `async for`: each step awaits `__anext__()`; StopAsyncIteration raised by that await ends
    /// the loop (the handler runs EndAsyncFor).
    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if !self.in_coroutine() {
            return Err(self.error_range(f.range, "'async for' outside async function"));
        }
        self.expr(&f.iter)?;
        self.emit(Instr::GetAIter);
        let start = self.pos();
        let setup = self.emit(Instr::SetupFinally(0));
        self.emit(Instr::GetANext);
        self.await_loop(0);
        self.emit(Instr::PopBlock);
        self.unit().fblocks.push(FBlock::For { start, breaks: Vec::new() });
        self.store_target(&f.target)?;
        self.compile_body(&f.body)?;
        self.set_line_of(f.range.start());
        self.emit(Instr::JumpBackward(start as u32));
        let fb = self.unit().fblocks.pop();
        self.patch(setup);
        self.emit(Instr::EndAsyncFor);
        self.compile_body(&f.orelse)?;
        if let Some(FBlock::For { breaks, .. }) = fb {
            for b in breaks {
                self.patch(b);
            }
        }
        Ok(())
    }

    /// Push defaults and keyword defaults; returns the MakeFunction flags.
    pub(crate) fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos: Vec<&ast::ParameterWithDefault> = p.posonlyargs.iter().chain(p.args.iter()).collect();
        if pos.iter().any(|a| a.default.is_some()) {
            let mut n = 0;
            for a in &pos {
                if let Some(d) = &a.default {
                    self.expr(d)?;
                    n += 1;
                }
            }
            self.emit(Instr::BuildTuple(n));
            flags |= 1;
        }
        if p.kwonlyargs.iter().any(|a| a.default.is_some()) {
            let mut n = 0;
            for a in p.kwonlyargs.iter() {
                if let Some(d) = &a.default {
                    self.load_const(Const::Str(Arc::from(a.parameter.name.id.as_str())));
                    self.expr(d)?;
                    n += 1;
                }
            }
            self.emit(Instr::BuildMap(n));
            flags |= 2;
        }
        Ok(flags)
    }

    pub(crate) fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonly = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= CO_VARKEYWORDS;
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.set_line_of(d.range.start());
            self.expr(&d.expression)?;
            self.emit(Instr::PushNull);
        }
        self.set_line_of(f.range.start());
        let mut flags = self.defaults(&f.parameters)?;
        // annotations are evaluated at definition time into a dict (flag 4)
        let p = &f.parameters;
        let mut n_ann = 0;
        for (name, ann) in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| (&a.parameter.name, &a.parameter.annotation))
            .chain(p.vararg.iter().map(|a| (&a.name, &a.annotation)))
            .chain(p.kwonlyargs.iter().map(|a| (&a.parameter.name, &a.parameter.annotation)))
            .chain(p.kwarg.iter().map(|a| (&a.name, &a.annotation)))
        {
            if let Some(an) = ann {
                self.load_const(Const::Str(Arc::from(name.id.as_str())));
                self.annotation(an)?;
                n_ann += 1;
            }
        }
        if let Some(r) = &f.returns {
            self.load_const(Const::Str(Arc::from("return")));
            self.annotation(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Instr::BuildMap(n_ann));
            flags |= 4;
        }
        let scope = self.scope_of(f);
        let name = f.name.id.to_string();
        let qualname = self.qualname_for(&name);
        let first_line = if let Some(d) = f.decorator_list.first() { self.index.line(d.range.start()) } else { self.index.line(f.range.start()) };
        self.enter_unit(scope, &name, &qualname, first_line);
        self.set_arg_counts(&f.parameters);
        let doc = docstring(&f.body);
        let body: &'a [Stmt] = if doc.is_some() { &f.body[1..] } else { &f.body };
        self.unit().docstring = doc.map(|d| Arc::from(d.as_str()));
        self.emit(Instr::Resume);
        self.compile_body(body)?;
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();
        self.set_line_of(f.range.start());
        self.make_function(code, flags);
        self.apply_decorators(&f.decorator_list);
        self.name_op(&name, ast::ExprContext::Store);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.set_line_of(d.range.start());
            self.expr(&d.expression)?;
            self.emit(Instr::PushNull);
        }
        self.set_line_of(c.range.start());
        self.emit(Instr::LoadBuildClass);
        self.emit(Instr::PushNull);
        let scope = self.scope_of(c);
        let name = c.name.id.to_string();
        let qualname = self.qualname_for(&name);
        let first_line = self.index.line(c.range.start());
        self.enter_unit(scope, &name, &qualname, first_line);
        let mn = self.name_idx("__name__");
        self.emit(Instr::LoadName(mn));
        let m = self.name_idx("__module__");
        self.emit(Instr::StoreName(m));
        self.load_const(Const::Str(Arc::from(qualname.as_str())));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        let doc = docstring(&c.body);
        let body: &'a [Stmt] = if let Some(d) = &doc {
            self.load_const(Const::Str(Arc::from(d.as_str())));
            let di = self.name_idx("__doc__");
            self.emit(Instr::StoreName(di));
            &c.body[1..]
        } else {
            &c.body
        };
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.compile_body(body)?;
        if self.scope().needs_class_cell {
            let i = self.unit_ref().cellvars.iter().position(|n| &**n == "__class__").unwrap() as u32;
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            let cc = self.name_idx("__classcell__");
            self.emit(Instr::StoreName(cc));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();
        self.set_line_of(c.range.start());
        self.make_function(code, 0);
        self.load_const(Const::Str(Arc::from(name.as_str())));
        let mut n = 2;
        let mut kwnames = Vec::new();
        if let Some(args) = &c.arguments {
            if args.args.iter().any(|a| matches!(a, Expr::Starred(_))) || args.keywords.iter().any(|k| k.arg.is_none()) {
                // `class C(*bases, **kw)`: __build_class__(func, name, *bases, **kw)
                self.emit(Instr::BuildList(2));
                for a in args.args.iter() {
                    match a {
                        Expr::Starred(st) => {
                            self.expr(&st.value)?;
                            self.emit(Instr::ListExtend(1));
                        }
                        _ => {
                            self.expr(a)?;
                            self.emit(Instr::ListAppend(1));
                        }
                    }
                }
                self.emit(Instr::ListToTuple);
                self.call_ex_keywords(args, 0)?;
                self.apply_decorators(&c.decorator_list);
                self.name_op(&name, ast::ExprContext::Store);
                return Ok(());
            }
            for a in args.args.iter() {
                self.expr(a)?;
                n += 1;
            }
            for k in args.keywords.iter() {
                self.expr(&k.value)?;
                kwnames.push(Const::Str(Arc::from(k.arg.as_ref().unwrap().id.as_str())));
                n += 1;
            }
        }
        if kwnames.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            self.load_const(Const::Tuple(Arc::from(kwnames)));
            self.emit(Instr::CallKw(n));
        }
        self.apply_decorators(&c.decorator_list);
        self.name_op(&name, ast::ExprContext::Store);
        Ok(())
    }

    /// Call the decorators, innermost (last) first; each call is at its decorator's
    /// expression, so an error in one points there (as CPython's tracebacks do).
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            self.set_range(d.expression.range());
            self.emit(Instr::Call(1));
        }
    }
}

use super::expr;

/// The comparison whose position an `assert`'s AssertionError takes (see Stmt::Assert).
fn assert_position(e: &Expr) -> Option<ruff_text_size::TextRange> {
    match e {
        Expr::Compare(c) => Some(c.range()),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => assert_position(&u.operand),
        Expr::BoolOp(b) => b.values.iter().filter_map(assert_position).last(),
        Expr::If(i) => [&*i.test, &*i.body, &*i.orelse].into_iter().filter_map(assert_position).last(),
        _ => None,
    }
}
