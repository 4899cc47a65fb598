//! The SyntaxWarnings CPython 3.11's compiler gives for code that runs but is almost surely a
//! mistake: `is` with a literal, an assert on a tuple, calling or indexing a display ("perhaps
//! you missed a comma?"). They queue up in lib.rs's list, and the VM issues them through
//! `warnings` once the compilation has succeeded.

use super::Compiler;
use crate::parse::ast::{self, Expr};
use ruff_text_size::Ranged;

/// The type a literal expression evaluates to (CPython's `infer_type`), None when it cannot tell.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) | Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        },
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && matches!(&*u.operand, Expr::NumberLiteral(_)) => infer_type(&u.operand)?,
        _ => return None,
    })
}

/// A constant after CPython's folding (a literal, a signed number, a tuple of constants).
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => {
            true
        }
        Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert) && is_constant(&u.operand),
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    fn warn(&self, at: ruff_text_size::TextSize, msg: String) {
        crate::push_warning(self.index.line(at), msg);
    }

    /// `x is 1`: identity with a literal (None, True, False and ... are fine).
    pub(crate) fn check_compare(&self, c: &ast::ExprCompare) {
        let is_arg = |e: &Expr| !is_constant(e) || matches!(e, Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_));
        let mut left = is_arg(&c.left);
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let r = is_arg(right);
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && (!left || !r) {
                let msg = if *op == ast::CmpOp::Is { "\"is\" with a literal. Did you mean \"==\"?" } else { "\"is not\" with a literal. Did you mean \"!=\"?" };
                self.warn(c.range.start(), msg.into());
                return;
            }
            left = r;
        }
    }

    /// `assert (x, "message")` can never fail.
    pub(crate) fn check_assert(&self, a: &ast::StmtAssert) {
        if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
            self.warn(a.range.start(), "assertion is always true, perhaps remove parentheses?".into());
        }
    }

    /// `(1, 2) (3, 4)`: calling a display or a literal.
    pub(crate) fn check_caller(&self, call: &ast::ExprCall) {
        let f = &*call.func;
        let callable_literal = matches!(
            f,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        ) || is_constant(f);
        if callable_literal {
            if let Some(t) = infer_type(f) {
                self.warn(call.range().start(), format!("'{}' object is not callable; perhaps you missed a comma?", t));
            }
        }
    }

    /// `[1, 2] [3, 4]` and `5 [0]`: indexing what cannot be indexed so.
    pub(crate) fn check_subscript(&self, s: &ast::ExprSubscript) {
        let v = &*s.value;
        let not_subscriptable = match v {
            Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_) => true,
            _ => is_constant(v) && !matches!(infer_type(v), Some("str" | "bytes" | "tuple")),
        };
        if not_subscriptable {
            if let Some(t) = infer_type(v) {
                self.warn(s.range.start(), format!("'{}' object is not subscriptable; perhaps you missed a comma?", t));
            }
            return;
        }
        let index = match infer_type(&s.slice) {
            Some(t) if !matches!(t, "int" | "bool") => t,
            _ => return,
        };
        if matches!(&*s.slice, Expr::Slice(_)) {
            return;
        }
        let sequence = matches!(v, Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_))
            || (is_constant(v) && matches!(infer_type(v), Some("str" | "bytes" | "tuple")));
        if sequence {
            if let Some(t) = infer_type(v) {
                self.warn(s.range.start(), format!("{} indices must be integers or slices, not {}; perhaps you missed a comma?", t, index));
            }
        }
    }
}
