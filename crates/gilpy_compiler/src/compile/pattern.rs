//! The match statement (PEP 634). Each case matches a copy of the subject; a pattern consumes
//! the value on top of the stack and on failure jumps to a ladder of PopTops that unwinds
//! exactly the values it had pushed (CPython's fail_pop blocks). Captured values wait in a
//! list below the values being matched, one slot per name, and are bound only when the whole
//! pattern has matched, so a failed case binds nothing (as in CPython).

use super::{CResult, Compiler};
use crate::bytecode::*;
use crate::parse::ast::{self, Pattern};
use ruff_text_size::Ranged;
use std::sync::Arc;

/// The failure jumps of one pattern and how many values sit above the case's base.
struct PatCtx {
    /// (jump instruction, values to pop when it is taken)
    fails: Vec<(usize, u32)>,
    depth: u32,
    /// the case's capture names: slot i of the capture list holds names[i]'s value
    names: Vec<String>,
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_line_of(case.pattern.range().start());
            if i + 1 < n && case.guard.is_none() {
                if let Some(msg) = irrefutable_msg(&case.pattern) {
                    return Err(self.error_range(case.pattern.range(), &format!("{} makes remaining patterns unreachable", msg)));
                }
            }
            let mut names = Vec::new();
            self.check_names(&case.pattern, &mut names)?;
            let mut pc = if names.is_empty() {
                self.emit(Instr::Copy(1));
                PatCtx { fails: Vec::new(), depth: 1, names }
            } else {
                self.emit(Instr::MatchStart(names.len() as u32));
                self.emit(Instr::Copy(2));
                PatCtx { fails: Vec::new(), depth: 2, names }
            };
            self.pattern(&case.pattern, &mut pc)?;
            if !pc.names.is_empty() {
                for (k, n) in pc.names.clone().iter().enumerate() {
                    self.emit(Instr::MatchTake(k as u32));
                    self.name_op(n, ast::ExprContext::Store);
                }
                self.emit(Instr::PopTop);
                pc.depth -= 1;
            }
            if let Some(g) = &case.guard {
                self.expr(g)?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                pc.fails.push((j, 0));
            }
            self.emit(Instr::PopTop);
            self.compile_body(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_ladder(&pc.fails, 0);
        }
        // no case matched
        self.emit(Instr::PopTop);
        for j in ends {
            self.patch(j);
        }
        Ok(())
    }

    /// Emit the PopTop ladder for `fails` (pop counts relative to `base`) and point the jumps at it.
    fn fail_ladder(&mut self, fails: &[(usize, u32)], base: u32) {
        let max = fails.iter().map(|&(_, p)| p - base).max().unwrap_or(0);
        let mut labels = vec![0u32; max as usize + 1];
        for k in (1..=max).rev() {
            labels[k as usize] = self.pos() as u32;
            self.emit(Instr::PopTop);
        }
        labels[0] = self.pos() as u32;
        for &(j, p) in fails {
            self.patch_to(j, labels[(p - base) as usize]);
        }
    }

    fn fail_if_false(&mut self, pc: &mut PatCtx) {
        let j = self.emit(Instr::PopJumpIfFalse(0));
        pc.fails.push((j, pc.depth));
    }

    fn fail_if_none(&mut self, pc: &mut PatCtx) {
        self.emit(Instr::Copy(1));
        let j = self.emit(Instr::PopJumpIfNone(0));
        pc.fails.push((j, pc.depth));
    }

    /// (v -- ) into the capture list, which sits just above the case's base
    fn store_capture(&mut self, name: &str, pc: &PatCtx) {
        let k = pc.names.iter().position(|n| n == name).expect("capture names collected") as u32;
        self.emit(Instr::MatchCapture(k | ((pc.depth - 2) << 16)));
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult<()> {
        let old = self.set_range(p.range());
        let r = self.pattern_inner(p, pc);
        self.restore_range(old);
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                pc.depth -= 1;
                self.fail_if_false(pc);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Instr::IsOp(0));
                pc.depth -= 1;
                self.fail_if_false(pc);
            }
            Pattern::MatchAs(a) => {
                match &a.pattern {
                    Some(sub) => {
                        self.emit(Instr::Copy(1));
                        pc.depth += 1;
                        self.pattern(sub, pc)?;
                    }
                    None => {}
                }
                match &a.name {
                    Some(n) => self.store_capture(n.as_str(), pc),
                    None => {
                        self.emit(Instr::PopTop);
                    }
                }
                pc.depth -= 1;
            }
            Pattern::MatchStar(s) => {
                match &s.name {
                    Some(n) => self.store_capture(n.as_str(), pc),
                    None => {
                        self.emit(Instr::PopTop);
                    }
                }
                pc.depth -= 1;
            }
            Pattern::MatchOr(o) => {
                let d = pc.depth;
                let mut ends = Vec::new();
                let last = o.patterns.len() - 1;
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i < last {
                        if let Some(msg) = irrefutable_msg(alt) {
                            return Err(self.error_range(alt.range(), &format!("{} makes remaining patterns unreachable", msg)));
                        }
                    }
                    self.emit(Instr::Copy(1));
                    let mut sub = PatCtx { fails: Vec::new(), depth: d + 1, names: std::mem::take(&mut pc.names) };
                    self.pattern(alt, &mut sub)?;
                    pc.names = sub.names;
                    self.emit(Instr::PopTop);
                    ends.push(self.emit(Instr::Jump(0)));
                    self.fail_ladder(&sub.fails, d);
                }
                let j = self.emit(Instr::Jump(0));
                pc.fails.push((j, d));
                for e in ends {
                    self.patch(e);
                }
                pc.depth = d - 1;
            }
            Pattern::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(Instr::MatchSequence);
                self.fail_if_false(pc);
                self.emit(Instr::GetLen);
                match star {
                    Some(_) => {
                        self.load_const(Const::Int(n as i64 - 1));
                        self.emit(Instr::CompareOp(CmpOp::Ge));
                    }
                    None => {
                        self.load_const(Const::Int(n as i64));
                        self.emit(Instr::CompareOp(CmpOp::Eq));
                    }
                }
                self.fail_if_false(pc);
                match star {
                    Some(i) => {
                        let after = n - i - 1;
                        self.emit(Instr::UnpackEx((i | (after << 8)) as u32));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(n as u32));
                    }
                }
                pc.depth = pc.depth - 1 + n as u32;
                for sub in &s.patterns {
                    self.pattern(sub, pc)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Instr::MatchMapping);
                self.fail_if_false(pc);
                let n = m.keys.len();
                if n == 0 && m.rest.is_none() {
                    self.emit(Instr::PopTop);
                    pc.depth -= 1;
                    return Ok(());
                }
                if n > 0 {
                    self.emit(Instr::GetLen);
                    self.load_const(Const::Int(n as i64));
                    self.emit(Instr::CompareOp(CmpOp::Ge));
                    self.fail_if_false(pc);
                }
                for k in &m.keys {
                    match k {
                        ast::Expr::NumberLiteral(_)
                        | ast::Expr::StringLiteral(_)
                        | ast::Expr::BytesLiteral(_)
                        | ast::Expr::BooleanLiteral(_)
                        | ast::Expr::NoneLiteral(_)
                        | ast::Expr::Attribute(_)
                        | ast::Expr::UnaryOp(_)
                        | ast::Expr::BinOp(_) => {}
                        _ => return Err(self.error_range(k.range(), "mapping pattern keys may only match literals and attribute lookups")),
                    }
                    self.expr(k)?;
                }
                self.emit(Instr::BuildTuple(n as u32));
                self.emit(Instr::MatchKeys);
                pc.depth += 2;
                self.fail_if_none(pc);
                self.emit(Instr::UnpackSequence(n as u32));
                pc.depth = pc.depth - 1 + n as u32;
                for sub in &m.patterns {
                    self.pattern(sub, pc)?;
                }
                match &m.rest {
                    Some(r) => {
                        self.emit(Instr::CopyDictWithoutKeys);
                        pc.depth -= 1;
                        self.store_capture(r.as_str(), pc);
                        pc.depth -= 1;
                    }
                    None => {
                        self.emit(Instr::PopTop);
                        self.emit(Instr::PopTop);
                        pc.depth -= 2;
                    }
                }
            }
            Pattern::MatchClass(c) => {
                let args = &c.arguments;
                let mut seen: Vec<&str> = Vec::new();
                for k in &args.keywords {
                    if seen.contains(&k.attr.as_str()) {
                        return Err(self.error_range(k.pattern.range(), &format!("attribute name repeated in class pattern: {}", k.attr.as_str())));
                    }
                    seen.push(k.attr.as_str());
                }
                self.expr(&c.cls)?;
                let names: Vec<Const> = args.keywords.iter().map(|k| Const::Str(Arc::from(k.attr.as_str()))).collect();
                self.load_const(Const::Tuple(Arc::from(names)));
                self.emit(Instr::MatchClass(args.patterns.len() as u32));
                self.fail_if_none(pc);
                let total = args.patterns.len() + args.keywords.len();
                self.emit(Instr::UnpackSequence(total as u32));
                pc.depth = pc.depth - 1 + total as u32;
                for sub in args.patterns.iter() {
                    self.pattern(sub, pc)?;
                }
                for k in &args.keywords {
                    self.pattern(&k.pattern, pc)?;
                }
            }
        }
        Ok(())
    }

    /// The name checks CPython's compiler makes: one binding per name, the same names in every
    /// alternative of an or-pattern.
    fn check_names(&self, p: &Pattern, names: &mut Vec<String>) -> CResult<()> {
        let bind = |n: &ast::Identifier, names: &mut Vec<String>| -> CResult<()> {
            if names.iter().any(|x| x == n.as_str()) {
                return Err(self.error_range(n.range(), &format!("multiple assignments to name '{}' in pattern", n.as_str())));
            }
            names.push(n.as_str().to_string());
            Ok(())
        };
        match p {
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchValue(v) => self.check_value_pattern(&v.value)?,
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.check_names(sub, names)?;
                }
                if let Some(n) = &a.name {
                    bind(n, names)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    bind(n, names)?;
                }
            }
            Pattern::MatchSequence(s) => {
                if s.patterns.iter().filter(|p| matches!(p, Pattern::MatchStar(_))).count() > 1 {
                    return Err(self.error_range(s.range, "multiple starred names in sequence pattern"));
                }
                for sub in &s.patterns {
                    self.check_names(sub, names)?;
                }
            }
            Pattern::MatchMapping(m) => {
                let mut seen: Vec<String> = Vec::new();
                for k in &m.keys {
                    let lit = match k {
                        ast::Expr::StringLiteral(s) => Some(format!("{:?}", s.value.to_str())),
                        ast::Expr::NumberLiteral(n) => match &n.value {
                            ast::Number::Int(i) => Some(i.to_string()),
                            _ => None,
                        },
                        ast::Expr::NoneLiteral(_) => Some("None".into()),
                        ast::Expr::BooleanLiteral(b) => Some(if b.value { "True".into() } else { "False".into() }),
                        _ => None,
                    };
                    if let Some(l) = lit {
                        if seen.contains(&l) {
                            let shown = match k {
                                ast::Expr::StringLiteral(s) => py_str_repr(s.value.to_str()),
                                _ => l.clone(),
                            };
                            return Err(self.error_range(m.range, &format!("mapping pattern checks duplicate key ({})", shown)));
                        }
                        seen.push(l);
                    }
                }
                for sub in &m.patterns {
                    self.check_names(sub, names)?;
                }
                if let Some(r) = &m.rest {
                    bind(r, names)?;
                }
            }
            Pattern::MatchClass(c) => {
                for sub in c.arguments.patterns.iter() {
                    self.check_names(sub, names)?;
                }
                for k in &c.arguments.keywords {
                    self.check_names(&k.pattern, names)?;
                }
            }
            Pattern::MatchOr(o) => {
                let mut first: Option<Vec<String>> = None;
                for alt in &o.patterns[..o.patterns.len() - 1] {
                    if let Some(msg) = irrefutable_msg(alt) {
                        return Err(self.error_range(alt.range(), &format!("{} makes remaining patterns unreachable", msg)));
                    }
                }
                for alt in o.patterns.iter() {
                    let mut alt_names = Vec::new();
                    self.check_names(alt, &mut alt_names)?;
                    match &first {
                        None => first = Some(alt_names),
                        Some(f) => {
                            let (mut a, mut b) = (f.clone(), alt_names);
                            a.sort();
                            b.sort();
                            if a != b {
                                return Err(self.error_range(alt.range(), "alternative patterns bind different names"));
                            }
                        }
                    }
                }
                for n in first.unwrap_or_default() {
                    if names.contains(&n) {
                        return Err(self.error_range(p.range(), &format!("multiple assignments to name '{}' in pattern", n)));
                    }
                    names.push(n);
                }
            }
        }
        Ok(())
    }
}

impl<'a> Compiler<'a> {
    /// Value patterns are literals, signed numbers, complex literals and dotted names.
    fn check_value_pattern(&self, e: &ast::Expr) -> CResult<()> {
        use ast::Expr as E;
        match e {
            E::NumberLiteral(_) | E::StringLiteral(_) | E::BytesLiteral(_) | E::Attribute(_) => Ok(()),
            E::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) && matches!(&*u.operand, E::NumberLiteral(_)) => Ok(()),
            E::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
                let real_ok = match &*b.left {
                    E::NumberLiteral(n) => !matches!(n.value, ast::Number::Complex { .. }),
                    E::UnaryOp(u) => matches!(&*u.operand, E::NumberLiteral(n) if !matches!(n.value, ast::Number::Complex { .. })),
                    _ => false,
                };
                if !real_ok {
                    return Err(self.error_range(b.left.range(), "real number required in complex literal"));
                }
                match &*b.right {
                    E::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }) => Ok(()),
                    _ => Err(self.error_range(b.right.range(), "imaginary number required in complex literal")),
                }
            }
            _ => Err(self.error_range(e.range(), "patterns may only match literals and attribute lookups")),
        }
    }
}

/// For an irrefutable pattern, how CPython's error names it ("name capture 'x'", "wildcard").
fn irrefutable_msg(p: &Pattern) -> Option<String> {
    match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => Some(match &a.name {
            Some(n) => format!("name capture '{}'", n.as_str()),
            None => "wildcard".to_string(),
        }),
        Pattern::MatchAs(a) => irrefutable_msg(a.pattern.as_ref().unwrap()),
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable_msg),
        _ => None,
    }
}

/// repr() of a str, for error messages about literal keys.
pub(crate) fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
