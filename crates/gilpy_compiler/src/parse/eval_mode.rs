//! What CPython's `eval` and `single` start rules refuse that a module would take.
//!
//! gilpy parses every input as a module (ruff's module mode), then checks the shape. CPython's
//! eval grammar is `expressions NEWLINE* ENDMARKER`: its statement-level rules (assignment
//! targets, `print` as a statement...) never run, and the error is "invalid syntax" at the
//! first token that cannot continue the expressions: the `=` of an assignment, the keyword
//! of any other statement, the `;` or the token on the next line after a complete expression.
//! Errors inside the expression itself are the module parse's own (CPython's expression
//! rules are the same in both modes).
//!
//! `single` (the prompt's rule, and `compile(..., "single")`) takes one statement: more than
//! one is "multiple statements found while compiling a single statement".

use super::{ast, line_text, make_error, SyntaxErrorInfo};
use ruff_python_ast::token::{TokenKind as T, Tokens};
use ruff_python_parser::ParseErrorType as P;
use ruff_text_size::{Ranged, TextSize};

fn trivia(k: T) -> bool {
    matches!(k, T::Newline | T::NonLogicalNewline | T::Comment | T::Indent | T::Dedent)
}

/// "invalid syntax" on the first real token at or after `at`.
fn error_at_token(src: &str, filename: &str, tokens: &Tokens, at: TextSize) -> Option<SyntaxErrorInfo> {
    let t = tokens.iter().find(|t| t.start() >= at && !trivia(t.kind()) && t.kind() != T::EndOfFile)?;
    let r = t.range();
    Some(make_error(src, filename, u32::from(r.start()), u32::from(r.end()), "invalid syntax".into()))
}

/// Whether ruff's first error is one that only a statement rule makes (an assignment's
/// target): CPython's eval grammar fails at the `=` before any such rule could run.
fn statement_rule_error(kind: &P) -> bool {
    matches!(kind, P::InvalidAssignmentTarget | P::InvalidAnnotatedAssignmentTarget | P::InvalidAugmentedAssignmentTarget | P::InvalidDeleteTarget)
}

/// The error CPython's eval mode gives where the module parse would give another (or none).
/// None: the input is one expression, or its error lies inside its first expression.
pub(crate) fn eval_error(src: &str, filename: &str) -> Option<SyntaxErrorInfo> {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    let tokens = parsed.tokens();
    let module = match parsed.syntax() {
        ast::Mod::Module(m) => m,
        _ => return None,
    };
    let first_err = parsed.errors().first();
    // CPython's tokenizer reads on after the parser's error, and its own errors (brackets,
    // strings, indentation) win: the module parse's checks give those
    let (_, bracket_err) = super::bracket_scan(src);
    // an indent before the first token is the tokenizer's too ("unexpected indent")
    let first_code = src.lines().find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let indented = first_code.is_some_and(|l| l.starts_with([' ', '\t', '\x0c']));
    if bracket_err.is_some() || indented || parsed.errors().iter().any(|e| matches!(e.error, P::Lexical(_))) {
        return None;
    }
    let Some(stmt) = module.body.first() else {
        return first_err.is_none().then(|| nothing_error(src, filename));
    };
    // an error before `limit` is the expression's own; a statement rule's error is not
    let own = |limit: TextSize| first_err.is_some_and(|e| e.location.start() < limit && !statement_rule_error(&e.error));
    match stmt {
        ast::Stmt::Expr(x) => {
            let v = &*x.value;
            let starts_bare = v.start() == stmt.start();
            match v {
                // `yield` and `*a` are no expressions of the eval rule unless in brackets
                ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) | ast::Expr::Starred(_) if starts_bare => {
                    return error_at_token(src, filename, tokens, stmt.start());
                }
                ast::Expr::Tuple(t) if !t.parenthesized => {
                    if let Some(s) = t.elts.iter().find(|e| matches!(e, ast::Expr::Starred(_))) {
                        if !own(s.start()) {
                            return error_at_token(src, filename, tokens, s.start());
                        }
                    }
                }
                _ => {}
            }
            // a broken expression, or two run together ("perhaps you forgot a comma?"), gets
            // the expression rules' message, which the module parse gives
            if first_err.is_some() || module.body.len() < 2 {
                return None;
            }
            error_at_token(src, filename, tokens, stmt.end())
        }
        ast::Stmt::Assign(a) => {
            let t = a.targets.first()?;
            if own(t.end()) {
                return None;
            }
            error_at_token(src, filename, tokens, t.end())
        }
        ast::Stmt::AugAssign(a) => {
            if own(a.target.end()) {
                return None;
            }
            error_at_token(src, filename, tokens, a.target.end())
        }
        ast::Stmt::AnnAssign(a) => {
            if own(a.target.end()) {
                return None;
            }
            error_at_token(src, filename, tokens, a.target.end())
        }
        // any other statement fails at its first token
        _ => error_at_token(src, filename, tokens, stmt.start()),
    }
}

fn compound(s: &ast::Stmt) -> bool {
    use ast::Stmt as S;
    matches!(s, S::If(_) | S::For(_) | S::While(_) | S::With(_) | S::Try(_) | S::FunctionDef(_) | S::ClassDef(_) | S::Match(_))
}

/// The input has no statement: CPython's eval and single rules stop at its end with no
/// column (nothing at all for an empty input), and a last line of only blanks is an indent.
pub(crate) fn nothing_error(src: &str, filename: &str) -> SyntaxErrorInfo {
    let mut e = make_error(src, filename, 0, 0, "invalid syntax".into());
    let lines = src.split_inclusive('\n').count();
    if !src.is_empty() && !src.contains('\n') && src.chars().all(|c| c == ' ' || c == '\t' || c == '\x0c') {
        e.kind = "IndentationError";
        e.msg = "unexpected indent".into();
        e.lineno = 1;
        e.end_lineno = 1;
        e.offset = src.chars().count() as u32;
        e.end_offset = -1;
        e.stage = super::Stage::Tokenizer;
        e.text = src.to_string();
        return e;
    }
    e.lineno = lines as u32;
    e.end_lineno = lines as u32;
    e.offset = 0;
    e.end_offset = 0;
    e.text = if lines == 0 { String::new() } else { line_text(src, lines as u32) };
    e.newline = src.ends_with('\n');
    e
}

/// The last statement's last block is written on its header's line (`if x: y`): with no
/// newline after it, CPython's single rule finds no end to the compound statement.
fn ends_inline(src: &str, s: &ast::Stmt) -> Option<usize> {
    use ast::Stmt as S;
    let block: &[ast::Stmt] = match s {
        S::If(i) => i.elif_else_clauses.last().map(|c| &c.body[..]).unwrap_or(&i.body),
        S::For(f) if !f.orelse.is_empty() => &f.orelse,
        S::For(f) => &f.body,
        S::While(w) if !w.orelse.is_empty() => &w.orelse,
        S::While(w) => &w.body,
        S::With(w) => &w.body,
        S::Try(t) if !t.finalbody.is_empty() => &t.finalbody,
        S::Try(t) if !t.orelse.is_empty() => &t.orelse,
        S::Try(t) => match t.handlers.last() {
            Some(ast::ExceptHandler::ExceptHandler(h)) => &h.body,
            None => &t.body,
        },
        S::FunctionDef(f) => &f.body,
        S::ClassDef(c) => &c.body,
        S::Match(m) => m.cases.last().map(|c| &c.body[..])?,
        _ => return None,
    };
    // an indented block ends with a dedent, which the tokenizer makes at the end anyway
    let last = block.last()?;
    let first = block.first()?;
    let line_start = src[..usize::from(first.start())].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let before = src[line_start..usize::from(first.start())].trim_end();
    (before.ends_with(':') && !src[usize::from(first.start())..usize::from(last.end())].contains('\n')).then_some(line_start)
}

/// `single` mode's own errors: no statement; more than one logical line of statements
/// ("multiple statements", or "invalid syntax" at what follows a compound statement); a
/// compound statement ending on its header's line with no newline after it.
pub(crate) fn single_error(src: &str, filename: &str, module: &ast::ModModule) -> Option<SyntaxErrorInfo> {
    let body = &module.body;
    let first = body.first()?;
    // the statements of the first logical line: `a; b; c`
    let mut k = 0;
    while k + 1 < body.len() && !src[usize::from(body[k].end())..usize::from(body[k + 1].start())].contains('\n') {
        k += 1;
    }
    if k + 1 < body.len() {
        if compound(first) {
            let next = usize::from(body[k + 1].start());
            let end = next + src[next..].find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(src.len() - next).max(1);
            return Some(make_error(src, filename, next as u32, end as u32, "invalid syntax".into()));
        }
        let end = u32::from(body[k].end());
        let mut e = make_error(src, filename, end, end, "multiple statements found while compiling a single statement".into());
        e.end_offset = e.offset as i32;
        e.text = line_text(src, e.lineno);
        return Some(e);
    }
    if !src.ends_with('\n') {
        if let Some(line_start) = ends_inline(src, body.last()?) {
            let mut e = make_error(src, filename, line_start as u32, line_start as u32, "invalid syntax".into());
            e.offset = 0;
            e.end_offset = 0;
            return Some(e);
        }
    }
    None
}

/// Single mode's check before the whole input is parsed: CPython's single rule reads one
/// statement and its newline, then refuses anything but blanks and comments after it,
/// before its tokenizer reaches errors further on. A first statement that is simple and
/// parses cleanly, with code after its line, is "multiple statements".
pub(crate) fn single_first_line(src: &str, filename: &str) -> Option<SyntaxErrorInfo> {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    let ast::Mod::Module(module) = parsed.syntax() else { return None };
    let body = &module.body;
    let first = body.first()?;
    if compound(first)
        || src[..usize::from(first.start())].chars().any(|c| !c.is_whitespace()) && !src[..usize::from(first.start())].trim_start().starts_with('#')
    {
        return None;
    }
    let mut k = 0;
    while k + 1 < body.len() && !src[usize::from(body[k].end())..usize::from(body[k + 1].start())].contains('\n') {
        k += 1;
    }
    let line_end = usize::from(body[k].end());
    // the logical line must parse cleanly up to its end
    if parsed.errors().iter().any(|e| usize::from(e.location.start()) <= line_end) {
        return None;
    }
    let rest = &src[line_end..];
    let newline = rest.find('\n')?;
    if rest[..newline].trim_start().chars().next().is_some_and(|c| c != '#' && c != '\\') && !rest[..newline].trim().is_empty() {
        return None;
    }
    let after = &rest[newline..];
    if after.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return None;
    }
    let mut e = make_error(src, filename, line_end as u32, line_end as u32, "multiple statements found while compiling a single statement".into());
    e.end_offset = e.offset as i32;
    e.text = line_text(src, e.lineno);
    Some(e)
}
