//! Expressions: operators, literals and displays, calls, comprehensions, f-strings, lambdas.

use super::{CResult, Compiler};
use crate::bytecode::*;
use crate::parse::ast::{self, Expr};
use num_bigint::BigInt;
use num_traits::Num;
use ruff_text_size::Ranged;
use std::sync::Arc;

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "literal",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) => "f-string expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// Parse an int literal too big for i64 (the parser keeps its text).
fn big_literal(text: &str) -> BigInt {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).unwrap_or_default()
}

/// The constant value of a literal expression, for folding.
fn const_of(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => {
                    let b = big_literal(&i.to_string());
                    match i64::try_from(&b) {
                        Ok(v) => Const::Int(v),
                        Err(_) => Const::BigInt(Arc::new(b)),
                    }
                }
            },
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Const::Str(Arc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => {
            let mut v: Vec<u8> = Vec::new();
            for part in b.value.iter() {
                v.extend_from_slice(&part.value);
            }
            Const::Bytes(Arc::from(v))
        }
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match const_of(&u.operand)? {
            Const::Int(v) if v != i64::MIN => Const::Int(-v),
            Const::Float(f) => Const::Float(-f),
            Const::Complex(r, i) => Const::Complex(-r, -i),
            Const::BigInt(b) => {
                let n = -(*b).clone();
                match i64::try_from(&n) {
                    Ok(v) => Const::Int(v),
                    Err(_) => Const::BigInt(Arc::new(n)),
                }
            }
            _ => return None,
        },
        Expr::UnaryOp(u) => fold_unary(u.op, const_of(&u.operand)?)?,
        Expr::BinOp(b) => fold_binop(b.op, const_of(&b.left)?, const_of(&b.right)?)?,
        Expr::Tuple(t) if !t.elts.is_empty() => {
            let mut v = Vec::new();
            for e in &t.elts {
                v.push(const_of(e)?);
            }
            Const::Tuple(Arc::from(v))
        }
        _ => return None,
    })
}

// Constant folding, as CPython 3.11's AST optimizer does it: an operation on constants that
// cannot fail becomes its result, so `"a" + "b"` is one (interned) constant and `2 ** 10`
// costs nothing at run time. CPython's size limits keep the constants small: ints of at
// most 128 bits from `*`, `**` and `<<`, strings and bytes of at most 4096 items, tuples of
// at most 256. Anything that could raise (a division by zero) or whose result could differ
// in the last bit from the run-time operation is left to run time.

const MAX_INT_BITS: u64 = 128;
const MAX_STR: usize = 4096;
const MAX_TUPLE: usize = 256;

fn big_of(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(v) => Some(BigInt::from(*v)),
        Const::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn int_const(b: BigInt) -> Const {
    match i64::try_from(&b) {
        Ok(v) => Const::Int(v),
        Err(_) => Const::BigInt(Arc::new(b)),
    }
}

/// An int that converts to a float exactly (as the run-time mixed arithmetic would).
fn exact_float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(v) if v.unsigned_abs() <= 1 << 53 => Some(*v as f64),
        _ => None,
    }
}

fn fold_unary(op: ast::UnaryOp, c: Const) -> Option<Const> {
    use ast::UnaryOp as U;
    Some(match (op, &c) {
        (U::Not, _) => Const::Bool(!truthy(&c)?),
        (U::UAdd, Const::Int(_) | Const::BigInt(_) | Const::Float(_) | Const::Complex(..)) => c,
        (U::UAdd, Const::Bool(b)) => Const::Int(*b as i64),
        (U::USub, Const::Bool(b)) => Const::Int(-(*b as i64)),
        (U::Invert, Const::Bool(b)) => Const::Int(!(*b as i64)),
        (U::Invert, Const::Int(v)) => Const::Int(!v),
        (U::Invert, Const::BigInt(b)) => int_const(-(**b).clone() - 1),
        _ => return None,
    })
}

fn truthy(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(v) => *v != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::Ellipsis => true,
        Const::Code(_) | Const::FrozenSet(_) => return None,
    })
}

fn repeat_count(c: &Const) -> Option<i64> {
    match c {
        Const::Int(v) => Some(*v),
        Const::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn fold_binop(op: ast::Operator, a: Const, b: Const) -> Option<Const> {
    use ast::Operator as O;
    // sequences: concatenation and repetition within the size limits
    match (op, &a, &b) {
        (O::Add, Const::Str(x), Const::Str(y)) if x.chars().count() + y.chars().count() <= MAX_STR => {
            return Some(Const::Str(Arc::from(format!("{}{}", x, y))))
        }
        (O::Add, Const::Bytes(x), Const::Bytes(y)) if x.len() + y.len() <= MAX_STR => return Some(Const::Bytes(Arc::from([&x[..], &y[..]].concat()))),
        (O::Add, Const::Tuple(x), Const::Tuple(y)) if x.len() + y.len() <= MAX_TUPLE => {
            return Some(Const::Tuple(x.iter().chain(y.iter()).cloned().collect::<Vec<_>>().into()))
        }
        (O::Mult, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), _) | (O::Mult, _, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => {
            let (seq, n) = match (&a, &b) {
                (Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), other) => (&a, repeat_count(other)?),
                (other, _) => (&b, repeat_count(other)?),
            };
            let n = n.max(0) as usize;
            return match seq {
                Const::Str(x) if x.chars().count().saturating_mul(n) <= MAX_STR => Some(Const::Str(Arc::from(x.repeat(n)))),
                Const::Bytes(x) if x.len().saturating_mul(n) <= MAX_STR => Some(Const::Bytes(Arc::from(x.repeat(n)))),
                Const::Tuple(x) if x.len().saturating_mul(n) <= MAX_TUPLE => {
                    Some(Const::Tuple(x.iter().cloned().cycle().take(x.len() * n).collect::<Vec<_>>().into()))
                }
                _ => None,
            };
        }
        _ => {}
    }
    // ints (bools are left to run time: `True + True` is rare and its type rules subtle)
    if let (Some(x), Some(y)) = (big_of(&a), big_of(&b)) {
        let zero = BigInt::from(0);
        let r = match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => {
                if x.bits() + y.bits() > MAX_INT_BITS {
                    return None;
                }
                x * y
            }
            O::FloorDiv | O::Mod if y == zero => return None,
            O::FloorDiv => num_integer::Integer::div_floor(&x, &y),
            O::Mod => num_integer::Integer::mod_floor(&x, &y),
            O::Pow => {
                let e = u32::try_from(&y).ok()?;
                if x.bits().saturating_mul(e as u64) > MAX_INT_BITS {
                    return None;
                }
                num_traits::pow::Pow::pow(&x, e)
            }
            O::LShift => {
                let n = u32::try_from(&y).ok()?;
                if x.bits() + n as u64 > MAX_INT_BITS {
                    return None;
                }
                x << n
            }
            O::RShift => {
                let n = u32::try_from(&y).ok()?;
                x >> n
            }
            O::BitAnd => x & y,
            O::BitOr => x | y,
            O::BitXor => x ^ y,
            O::Div => {
                // exact operands give a correctly rounded quotient, as the run time does
                let (fx, fy) = (exact_float(&a)?, exact_float(&b)?);
                if fy == 0.0 {
                    return None;
                }
                return Some(Const::Float(fx / fy));
            }
            O::MatMult => return None,
        };
        return Some(int_const(r));
    }
    // floats (and ints that convert exactly): the four operations IEEE rounds the same way
    if matches!(a, Const::Float(_)) || matches!(b, Const::Float(_)) {
        let (x, y) = (exact_float(&a)?, exact_float(&b)?);
        return Some(Const::Float(match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => x * y,
            O::Div if y != 0.0 => x / y,
            _ => return None,
        }));
    }
    None
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let old = self.set_range(e.range());
        self.depth += 1;
        let r = if self.depth > self.budget { Err(self.recursion_error()) } else { self.expr_inner(e) };
        self.depth -= 1;
        self.restore_range(old);
        r
    }

    /// CPython's RecursionError for a program nested deeper than the compiler goes.
    pub(crate) fn recursion_error(&self) -> crate::SyntaxErrorInfo {
        let mut e = crate::parse::make_error(self.src, &self.filename, 0, 0, crate::RECURSION_MSG.into());
        e.kind = "RecursionError";
        e
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Load),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch(jf);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_idx(a.attr.id.as_str());
                self.move_start_to_attr(a, a.range.end());
                self.emit(Instr::LoadAttr(ni));
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match &s.step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::Tuple(t) => {
                if self.sequence(&t.elts, false)? {
                    self.emit(Instr::ListToTuple);
                } else {
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::List(l) => {
                if !self.sequence(&l.elts, true)? {
                    self.emit(Instr::BuildList(l.elts.len() as u32));
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for e in &s.elts {
                        match e {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(e)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else if let Some(items) = (s.elts.len() > 2).then(|| s.elts.iter().map(const_of).collect::<Option<Vec<Const>>>()).flatten() {
                    // CPython 3.11 merges a frozenset constant into an empty set, which can
                    // order the items differently from adding them one by one
                    self.emit(Instr::BuildSet(0));
                    self.load_const(Const::FrozenSet(Arc::from(items)));
                    self.emit(Instr::SetUpdate(1));
                } else {
                    for e in &s.elts {
                        self.expr(e)?;
                    }
                    self.emit(Instr::BuildSet(s.elts.len() as u32));
                }
            }
            Expr::Dict(d) => {
                let mut pending = 0;
                let mut built = false;
                for it in &d.items {
                    match &it.key {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(&it.value)?;
                            pending += 1;
                        }
                        None => {
                            if !built {
                                self.emit(Instr::BuildMap(pending));
                                built = true;
                            } else if pending > 0 {
                                self.emit(Instr::BuildMap(pending));
                                self.emit(Instr::DictUpdate(1));
                            }
                            pending = 0;
                            self.expr(&it.value)?;
                            self.emit(Instr::DictUpdate(1));
                        }
                    }
                }
                if !built {
                    self.emit(Instr::BuildMap(pending));
                } else if pending > 0 {
                    self.emit(Instr::BuildMap(pending));
                    self.emit(Instr::DictUpdate(1));
                }
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let flags = match &l.parameters {
                    Some(p) => self.defaults(p)?,
                    None => 0,
                };
                let scope = self.scope_of(l);
                let qualname = self.qualname_for("<lambda>");
                let line = self.index.line(l.range.start());
                self.enter_unit(scope, "<lambda>", &qualname, line);
                if let Some(p) = &l.parameters {
                    self.set_arg_counts(p);
                }
                self.emit(Instr::Resume);
                self.expr(&l.body)?;
                self.emit(Instr::ReturnValue);
                let code = self.leave_unit();
                self.make_function(code, flags);
            }
            Expr::ListComp(c) => self.comprehension(c, &c.generators, "<listcomp>", Comp::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(c, &c.generators, "<setcomp>", Comp::Set(&c.elt))?,
            Expr::DictComp(c) => self.comprehension(c, &c.generators, "<dictcomp>", Comp::Dict(c.key.as_deref(), &c.value))?,
            Expr::Generator(c) => self.comprehension(c, &c.generators, "<genexpr>", Comp::Gen(&c.elt))?,
            Expr::Yield(y) => {
                if !matches!(self.unit_ref().kind, crate::symtable::ScopeKind::Function | crate::symtable::ScopeKind::Comprehension) {
                    return Err(self.error_range(y.range, "'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.in_coroutine() {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if self.in_coroutine() {
                    return Err(self.error_range(y.range, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.send_loop();
            }
            Expr::Await(a) => {
                if !self.in_coroutine() {
                    let msg = if matches!(self.unit_ref().kind, crate::symtable::ScopeKind::Function) {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(self.error_range(a.range, msg));
                }
                self.expr(&a.value)?;
                self.await_loop(0);
            }
            Expr::Starred(s) => return Err(self.error_range(s.range, "can't use starred expression here")),
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.as_slice() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            if !l.value.is_empty() {
                                self.load_const(Const::Str(Arc::from(&*l.value)));
                                n += 1;
                            }
                        }
                        ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements)?,
                    }
                }
                if n == 0 {
                    self.load_const(Const::Str(Arc::from("")));
                } else if n > 1 {
                    self.emit(Instr::BuildString(n));
                }
            }
            Expr::TString(t) => return Err(self.error_range(t.range, "invalid syntax")),
            Expr::IpyEscapeCommand(i) => return Err(self.error_range(i.range, "invalid syntax")),
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("folded above"),
        }
        Ok(())
    }

    /// Push each element of an f-string; returns how many strings were pushed.
    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Const::Str(Arc::from(&*l.value)));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dt) = &i.debug_text {
                        let text = format!("{}{}{}", dt.leading(), &self.src[i.expression.range()], dt.trailing());
                        self.load_const(Const::Str(Arc::from(text.as_str())));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.load_const(Const::Str(Arc::from("")));
                        } else if k > 1 {
                            self.emit(Instr::BuildString(k));
                        }
                        conv |= 4;
                    }
                    self.emit(Instr::FormatValue(conv));
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    /// Elements of a list or tuple display; returns true if it built a list through
    /// starred unpacking (the caller converts to a tuple) rather than leaving n items.
    fn sequence(&mut self, elts: &'a [Expr], is_list: bool) -> CResult<bool> {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            for e in elts {
                self.expr(e)?;
            }
            return Ok(false);
        }
        let _ = is_list;
        let mut pending = 0;
        let mut built = false;
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    if !built {
                        self.emit(Instr::BuildList(pending));
                        built = true;
                    } else if pending > 0 {
                        // append the pending items one by one
                        unreachable!()
                    }
                    pending = 0;
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(e)?;
                    if built {
                        self.emit(Instr::ListAppend(1));
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        Ok(true)
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
            }
            self.emit(cmp_instr(*op));
            if i + 1 < n {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for j in cleanups {
                self.patch(j);
            }
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.patch(end);
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        self.check_caller(c);
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_))) || args.keywords.iter().any(|k| k.arg.is_none());
        // method calls avoid the bound-method object
        if let (Expr::Attribute(a), false) = (&*c.func, has_star) {
            self.expr(&a.value)?;
            let ni = self.attr_idx(a.attr.id.as_str());
            let old = self.set_range(a.range);
            self.move_start_to_attr(a, a.range.end());
            self.emit(Instr::LoadMethod(ni));
            self.restore_range(old);
            // the call itself is at the attribute's line too (from the name to the call's end)
            self.move_start_to_attr(a, c.range().end());
        } else {
            self.expr(&c.func)?;
            self.emit(Instr::PushNull);
        }
        let single_star = args.args.len() == 1 && matches!(args.args[0], Expr::Starred(_));
        if has_star && single_star {
            // f(*x): x goes to the call as it is (CPython passes an exact tuple through)
            if let Expr::Starred(s) = &args.args[0] {
                self.expr(&s.value)?;
            }
            return self.call_ex_keywords(args, 2);
        }
        if has_star {
            // positional part as a tuple
            let mut pending = 0;
            let mut built = false;
            for a in args.args.iter() {
                match a {
                    Expr::Starred(s) => {
                        if !built {
                            self.emit(Instr::BuildList(pending));
                            built = true;
                        }
                        pending = 0;
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(a)?;
                        if built {
                            self.emit(Instr::ListAppend(1));
                        } else {
                            pending += 1;
                        }
                    }
                }
            }
            if !built {
                self.emit(Instr::BuildList(pending));
            }
            self.emit(Instr::ListToTuple);
            return self.call_ex_keywords(args, 0);
        }
        for a in args.args.iter() {
            self.expr(a)?;
        }
        let n = (args.args.len() + args.keywords.len()) as u32;
        if args.keywords.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            let mut names = Vec::new();
            for k in args.keywords.iter() {
                self.expr(&k.value)?;
                let nm = k.arg.as_ref().unwrap().id.as_str();
                if names.iter().any(|x: &Const| matches!(x, Const::Str(s) if &**s == nm)) {
                    return Err(self.error_range(k.range, &format!("keyword argument repeated: {}", nm)));
                }
                names.push(Const::Str(Arc::from(nm)));
            }
            self.load_const(Const::Tuple(Arc::from(names)));
            self.emit(Instr::CallKw(n));
        }
        Ok(())
    }

    /// The iterable of a for loop or comprehension: a set display of constants is the
    /// frozenset constant itself, as CPython's AST optimizer makes it (so the loop walks that
    /// frozenset's order, not a new set's).
    pub(crate) fn iter_expr(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::Set(st) = e {
            if let Some(items) = st.elts.iter().map(const_of).collect::<Option<Vec<Const>>>() {
                let old = self.set_range(e.range());
                self.load_const(Const::FrozenSet(Arc::from(items)));
                self.restore_range(old);
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// CPython 3.11's update_start_location_to_match_attr: when an attribute's name is on a
    /// later line than the expression it belongs to (a method chain split over lines), the
    /// instructions for it are located from the name to `end`, so tracebacks show that line.
    pub(crate) fn move_start_to_attr(&mut self, a: &ast::ExprAttribute, end: ruff_text_size::TextSize) {
        let cur_line = self.unit().line;
        if self.index.line(a.attr.range.end()) != cur_line {
            self.set_range(ruff_text_size::TextRange::new(a.attr.range.start(), end));
        }
    }

    /// The keyword part of a call with star arguments, then CallEx (flags: 1 keywords
    /// present, 2 the positional value still needs converting to a tuple).
    pub(crate) fn call_ex_keywords(&mut self, args: &'a ast::Arguments, flags: u32) -> CResult<()> {
        if args.keywords.is_empty() {
            self.emit(Instr::CallEx(flags));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in args.keywords.iter() {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(Arc::from(name.id.as_str())));
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(flags | 1));
        Ok(())
    }

    fn comprehension<T: Ranged>(&mut self, node: &'a T, gens: &'a [ast::Comprehension], name: &str, kind: Comp<'a>) -> CResult<()> {
        let scope = self.scope_of(node);
        let qualname = self.qualname_for(name);
        let line = self.index.line(node.range().start());
        // the outermost iterable is evaluated here and passed in as `.0`
        let outer_async = self.in_coroutine();
        self.iter_expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async { Instr::GetAIter } else { Instr::GetIter });
        self.enter_unit(scope, name, &qualname, line);
        let is_coro = self.in_coroutine();
        if is_coro && !matches!(kind, Comp::Gen(_)) && !outer_async {
            return Err(self.error_range(node.range(), "asynchronous comprehension outside of an asynchronous function"));
        }
        self.unit().argcount = 1;
        self.emit(Instr::Resume);
        match kind {
            Comp::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_level(gens, 0, &kind)?;
        if !matches!(kind, Comp::Gen(_)) {
            self.emit(Instr::ReturnValue);
        } else {
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
        let is_gen = matches!(kind, Comp::Gen(_));
        let code = self.leave_unit();
        // stack: iter; build the function under it and call with the iterator
        self.make_function(code, 0);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PushNull);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Call(1));
        if is_coro && !is_gen {
            self.await_loop(0);
        }
        Ok(())
    }

    fn comp_level(&mut self, gens: &'a [ast::Comprehension], depth: usize, kind: &Comp<'a>) -> CResult<()> {
        let g = &gens[depth];
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.iter_expr(&g.iter)?;
            self.emit(if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        let start = self.pos();
        let fi = if g.is_async {
            let setup = self.emit(Instr::SetupFinally(0));
            self.emit(Instr::GetANext);
            self.await_loop(0);
            self.emit(Instr::PopBlock);
            setup
        } else {
            self.emit(Instr::ForIter(0))
        };
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        if depth + 1 < gens.len() {
            self.comp_level(gens, depth + 1, kind)?;
        } else {
            let d = (depth + 2) as u32;
            match kind {
                Comp::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(d));
                }
                Comp::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(d));
                }
                Comp::Dict(k, v) => {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(d));
                }
                Comp::Gen(e) => {
                    self.expr(e)?;
                    if self.in_coroutine() {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        for s in skips {
            self.patch_to(s, start as u32);
        }
        self.emit(Instr::JumpBackward(start as u32));
        self.patch(fi);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}

pub(crate) enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(Option<&'a Expr>, &'a Expr),
    Gen(&'a Expr),
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::CompareOp(CmpOp::Eq),
        C::NotEq => Instr::CompareOp(CmpOp::Ne),
        C::Lt => Instr::CompareOp(CmpOp::Lt),
        C::LtE => Instr::CompareOp(CmpOp::Le),
        C::Gt => Instr::CompareOp(CmpOp::Gt),
        C::GtE => Instr::CompareOp(CmpOp::Ge),
        C::Is => Instr::IsOp(0),
        C::IsNot => Instr::IsOp(1),
        C::In => Instr::ContainsOp(0),
        C::NotIn => Instr::ContainsOp(1),
    }
}
