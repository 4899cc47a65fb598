//! CPython's "incomplete input" (compile's PyCF_ALLOW_INCOMPLETE_INPUT flag, which codeop and
//! the `code` module's consoles use to ask whether a prompt needs more lines).
//!
//! CPython's parser says so when it fails after its tokenizer has reached the end of the
//! input: in a bracket, in a triple-quoted string, after a line continuation, or where the
//! grammar wanted another token after the last line (an indented block, the `def` after a
//! decorator, the `except` of a `try`). An error at or before the last line's newline (`1 +`)
//! is an error, not a request for more.

use super::ast;
use ruff_python_ast::token::TokenKind as T;
use ruff_python_parser::{LexicalErrorType as L, ParseErrorType as P};
use ruff_text_size::Ranged;

/// Whether the failing parse of `src` ran out of input. `src` is taken as it is: an exec input
/// gets its final newline from the caller.
pub fn runs_out(src: &str) -> bool {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    let Some(first) = parsed.errors().iter().min_by_key(|e| e.location.start()) else { return false };
    let at = usize::from(first.location.start()).min(src.len());
    let rest_blank = src[at..].trim().is_empty();
    match &first.error {
        // in a bracket, or after a line continuation, at the end of the input
        P::Lexical(L::Eof) => return true,
        // only a triple-quoted string may go on past its line
        P::Lexical(L::UnclosedStringError) => {
            let quote = src[at..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
            return quote.starts_with("\"\"\"") || quote.starts_with("'''");
        }
        P::Lexical(L::LineContinuationError) => return src.trim_end_matches(['\n', '\r']).ends_with('\\'),
        P::Lexical(_) => return false,
        P::OtherError(m) if m.starts_with("Expected an indented block") => return rest_blank,
        _ => {}
    }
    // the end of the last logical line: an error after it wanted more input
    let last_newline = parsed.tokens().iter().rev().find(|t| t.kind() == T::Newline).map(|t| t.end());
    match last_newline {
        Some(end) => first.location.start() >= end,
        None => first.location.start() >= ruff_text_size::TextSize::from(src.len() as u32),
    }
}

/// Whether the error `e` (from compiling `src` in the mode given) is CPython's "incomplete
/// input" under PyCF_ALLOW_INCOMPLETE_INPUT.
pub fn incomplete_input(src: &str, exec: bool, eval: bool, e: &super::SyntaxErrorInfo) -> bool {
    use super::Stage;
    if e.stage == Stage::Compiler || e.msg.starts_with("multiple statements") {
        return false;
    }
    // the eval rule wants an expression: blank lines and comments have not given it one yet
    if eval && src.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return true;
    }
    let eof_kind = e.msg.ends_with("was never closed") || e.msg.starts_with("unterminated triple-quoted") || e.msg.starts_with("unexpected EOF");
    if !exec && !src.ends_with('\n') {
        // CPython's tokenizer reads a string without a final newline to its end as soon as
        // it takes the last token: a failure there, or at the end, is incomplete input
        if src.trim_end().ends_with('\\') {
            return false;
        }
        let tokenizer_ok = e.stage != Stage::Tokenizer || eof_kind || e.msg.starts_with("unterminated string");
        return tokenizer_ok && (eof_kind || at_last_token(src, e));
    }
    let text: std::borrow::Cow<str> = if exec && !src.ends_with('\n') { format!("{}\n", src).into() } else { src.into() };
    runs_out(&text) && (!eval || eof_kind || at_last_token(src, e))
}

/// The error lies at or after the start of the input's last token (or at its end marker).
fn at_last_token(src: &str, e: &super::SyntaxErrorInfo) -> bool {
    if e.lineno == 0 || e.offset == 0 {
        return true;
    }
    let line_start: usize = src.split_inclusive('\n').take(e.lineno as usize - 1).map(str::len).sum();
    let line = src[line_start.min(src.len())..].split('\n').next().unwrap_or("");
    let col: usize = line.chars().take(e.offset as usize - 1).map(char::len_utf8).sum();
    let at = line_start + col;
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    let last = parsed
        .tokens()
        .iter()
        .rev()
        .find(|t| !t.range().is_empty() && !matches!(t.kind(), T::Newline | T::NonLogicalNewline | T::Comment | T::Indent | T::Dedent | T::EndOfFile));
    match last {
        Some(t) => at >= usize::from(t.start()),
        None => true,
    }
}

/// Whether a statement starting with `line` is a compound one (`if`, `def`, a decorator...),
/// which the prompt keeps open until a blank line and single mode until its newline.
pub fn opens_compound(line: &str) -> bool {
    let first = line.trim();
    let word = first.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
    first.starts_with('@')
        || matches!(word, "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async")
        || (word == "match" && first.split('#').next().unwrap_or("").trim_end().ends_with(':'))
}

#[cfg(test)]
mod tests {
    /// CPython 3.11's answers for these inputs, each with its final newline (what codeop asks
    /// about after the input as typed fails).
    #[test]
    fn runs_out_as_cpython() {
        let more = [
            "if 1:\n",
            "(1,\n",
            "'''abc\n",
            "x = \\\n",
            "@d\n",
            "if 1:\n  pass\nelse:\n",
            "try:\n  pass\n",
            "x = (\n",
            "x = 1 +\\\n",
            "def f(x):\n  '''doc\n",
            "(1,\n2\n",
            "try:\n  pass\n\n",
            "class A:\n",
            "for x in y:\n  break\nelse:\n",
        ];
        let errors = ["1 +\n", "def f(:\n", "1 2\n", "\"abc\n", "a =\n", "lambda:\n", "if x\n", "$\n", "if 1:\n  pass\n\n", "x = 1\n"];
        for s in more {
            assert!(super::runs_out(s), "{:?}", s);
        }
        for s in errors {
            assert!(!super::runs_out(s), "{:?}", s);
        }
    }
}
