//! The only file that touches `ruff_python_parser`: source text in, AST or a SyntaxError out.
//! Everything past this point works on the AST types re-exported here.

pub use ruff_python_ast as ast;
use ruff_text_size::TextSize;

mod errors;
mod eval_mode;
pub mod incomplete;
pub(crate) use errors::End;
pub(crate) use eval_mode::{eval_error, nothing_error, single_error, single_first_line};

/// Which part of CPython would have raised a SyntaxError: it decides the error's `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// the tokenizer: the line without its newline
    Tokenizer,
    /// the parser: the line with its newline
    Parser,
    /// the parser of an f-string's field (compiled alone in 3.11): its `(expr)` line, with
    /// a newline, never read from a file
    Field,
    /// the symbol table or the compiler: the line read back from the file named, None when
    /// there is no such file
    Compiler,
}

/// A syntax error located the way CPython reports it: 1-based line, 1-based column.
#[derive(Debug, Clone)]
pub struct SyntaxErrorInfo {
    pub stage: Stage,
    /// a parser error's text keeps its newline: CPython's tokenizer was still on that line
    /// (for a source with no file, CPython takes the text from the tokenizer's buffers)
    pub newline: bool,
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    /// -1 where CPython's token had no end (the end of the input, an unindent)
    pub end_offset: i32,
    pub text: String,
}

/// Maps byte offsets to (line, column) pairs.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    /// 1-based line of a byte offset.
    pub fn line(&self, off: TextSize) -> u32 {
        let off = u32::from(off);
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts[(line as usize - 1).min(self.starts.len() - 1)]
    }
}

pub fn line_text(src: &str, line: u32) -> String {
    src.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").to_string()
}

pub fn make_error(src: &str, filename: &str, start: u32, end: u32, msg: String) -> SyntaxErrorInfo {
    let idx = LineIndex::new(src);
    let lineno = idx.line(TextSize::from(start));
    let ls = idx.line_start(lineno) as usize;
    let start = (start as usize).min(src.len());
    let col = src.get(ls..start).map(|s| s.chars().count()).unwrap_or(0) as u32 + 1;
    let end = (end as usize).clamp(start, src.len());
    let endcol = col + src.get(start..end).map(|s| s.chars().count()).unwrap_or(0) as u32;
    SyntaxErrorInfo {
        stage: Stage::Parser,
        newline: true,
        kind: "SyntaxError",
        msg,
        filename: filename.to_string(),
        lineno,
        offset: col,
        end_lineno: lineno,
        end_offset: endcol.max(col + 1) as i32,
        text: line_text(src, lineno),
    }
}

/// A syntax error with CPython's exact range: `end` may end it where it starts, or give it
/// end_offset 0, as CPython's tokenizer and some of its grammar rules do.
pub(crate) fn make_error_exact(src: &str, filename: &str, start: usize, end: errors::End, msg: String) -> SyntaxErrorInfo {
    let mut e = make_error(src, filename, start as u32, start as u32, msg);
    match end {
        errors::End::Same => e.end_offset = e.offset as i32,
        errors::End::Zero => e.end_offset = 0,
        errors::End::None => e.end_offset = -1,
        errors::End::At(to) => {
            let idx = LineIndex::new(src);
            let to = to.clamp(start.min(src.len()), src.len());
            let line = idx.line(TextSize::from(to as u32));
            let ls = idx.line_start(line) as usize;
            e.end_lineno = line;
            e.end_offset = src.get(ls..to).map(|s| s.chars().count()).unwrap_or(0) as i32 + 1;
        }
    }
    e
}

/// The innermost bracket still open at the end of the source (skipping strings and
/// comments): its byte offset and character.
fn unclosed_bracket(src: &str) -> Option<(usize, char)> {
    bracket_scan(src).0
}

/// Just past the string literal whose opening quote is at `i` (at the end of its line when
/// a one-line string is not closed), for the scans below, which skip strings whole.
fn string_end(b: &[u8], i: usize) -> usize {
    string_extent(b, i).0
}

/// (string_end, whether the literal is closed).
fn string_extent(b: &[u8], mut i: usize) -> (usize, bool) {
    let c = b[i];
    let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
    let q = if triple { 3 } else { 1 };
    i += q;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c)) {
            return (i + q, true);
        }
        if b[i] == b'\n' && !triple {
            return (i, false);
        }
        i += 1;
    }
    (b.len(), false)
}

/// CPython 3.11's tokenizer on the whole source: the first string literal it finds unclosed
/// (strings do not nest in 3.11), as (start of its prefix, triple-quoted, where it stopped).
pub(crate) fn unterminated_string(src: &str) -> Option<(usize, bool, usize)> {
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let (e, closed) = string_extent(b, i);
                if !closed {
                    let p = errors::prefix_start(b, i);
                    let triple = i + 2 < b.len() && b[i + 1] == b[i] && b[i + 2] == b[i];
                    return Some((p, triple, e));
                }
                i = e;
            }
            _ => i += 1,
        }
    }
    None
}

/// CPython's tokenizer stops at 200 nested brackets; the offset of the first one too deep.
const MAX_NESTING: usize = 200;

/// ... and at 100 levels of indentation, with an IndentationError.
const MAX_INDENT: usize = 100;
const INDENT_MSG: &str = "too many levels of indentation";
const TAB_MSG: &str = "inconsistent use of tabs and spaces in indentation";

/// (innermost unclosed bracket, the tokenizer's first bracket error: a bracket nested past
/// MAX_NESTING, or a closing bracket that matches none, with its offset and message)
pub(crate) fn bracket_scan(src: &str) -> (Option<(usize, char)>, Option<(usize, String)>) {
    let mut too_deep: Option<(usize, String)> = None;
    let b = src.as_bytes();
    let mut stack: Vec<(usize, char)> = Vec::new();
    // the tokenizer's indentation stack (columns past the first), for its 100-level limit,
    // each with its column counting a tab as one (CPython's altcol): tabs and spaces are
    // inconsistent when the two counts do not order the lines alike
    let mut indents: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        if line_start && too_deep.is_none() {
            line_start = false;
            let (mut j, mut col, mut alt) = (i, 0usize, 0usize);
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\x0c') {
                col = if b[j] == b'\t' { (col / 8 + 1) * 8 } else { col + 1 };
                alt += 1;
                j += 1;
            }
            // blank and comment-only lines do not indent
            if j < b.len() && !matches!(b[j], b'\n' | b'\r' | b'#') {
                while indents.last().is_some_and(|t| t.0 > col) {
                    indents.pop();
                }
                let (top, top_alt) = indents.last().copied().unwrap_or((0, 0));
                if (col == top && alt != top_alt) || (col > top && alt <= top_alt) {
                    too_deep = Some((i, TAB_MSG.into()));
                } else if col > top {
                    indents.push((col, alt));
                    if indents.len() >= MAX_INDENT {
                        too_deep = Some((i, INDENT_MSG.into()));
                    }
                }
            }
        }
        let c = b[i];
        if c == b'\n' && stack.is_empty() && (i == 0 || b[i - 1] != b'\\') {
            line_start = true;
        }
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                // the newline is seen next, and starts a line
                continue;
            }
            b'\'' | b'"' => {
                i = string_end(b, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push((i, c as char));
                if stack.len() > MAX_NESTING && too_deep.is_none() {
                    too_deep = Some((i, "too many nested parentheses".into()));
                }
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => '(',
                    b']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    None if too_deep.is_none() => too_deep = Some((i, format!("unmatched '{}'", c as char))),
                    Some((at, o)) if o != open && too_deep.is_none() => {
                        let line_of = |p: usize| src.as_bytes()[..p].iter().filter(|b| **b == b'\n').count() + 1;
                        let (here, there) = (line_of(i), line_of(at));
                        let msg = format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, o);
                        too_deep = Some((i, if here == there { msg } else { format!("{} on line {}", msg, there) }));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    (stack.pop(), too_deep)
}

/// How deep CPython 3.11's parser may recurse (its MAXSTACK).
pub const MAX_LEVELS: usize = 6000;

/// Where the parser would pass MAX_LEVELS levels of recursion, estimated from the tokens
/// the way CPython's PEG rules nest: 25 levels to reach an operand, 28 more for each
/// enclosing parenthesis and 29 for a bracket or brace, one for each unary `-`/`+`/`~`/`not`/`await` and each `else` of a
/// conditional chain, two for each right-nested `**` and `lambda`. (Measured on CPython
/// 3.11 with chains of each; the left-recursive rules, `1+1+...` and `a.b.c...`, loop in
/// the parser and are limited by the compiler's depth budget instead.)
fn too_many_levels(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    // (levels of the enclosing brackets, the chain's levels) at each open bracket
    let mut saved: Vec<(usize, usize)> = Vec::new();
    let mut outer = 25usize;
    let mut chain = 0usize;
    let mut operand = false;
    let mut lambdas = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let mut reset = true;
        let mut now_operand = false;
        match c {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\\' => {
                i += 1;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                i = string_end(b, i);
                operand = true;
                continue;
            }
            b'(' | b'[' | b'{' => {
                saved.push((outer, chain));
                outer += chain + if c == b'(' { 28 } else { 29 };
                chain = 0;
                i += 1;
                reset = false;
            }
            b')' | b']' | b'}' => {
                if let Some((o, ch)) = saved.pop() {
                    outer = o;
                    chain = ch;
                }
                i += 1;
                reset = false;
                now_operand = true;
            }
            b'*' if b.get(i + 1) == Some(&b'*') && b.get(i + 2) != Some(&b'=') => {
                i += 2;
                if operand {
                    chain += 2;
                    reset = false;
                }
            }
            b'-' | b'+' | b'~' if !operand && b.get(i + 1) != Some(&b'=') => {
                chain += 1;
                i += 1;
                reset = false;
            }
            b':' if lambdas > 0 => {
                lambdas -= 1;
                i += 1;
                reset = false;
            }
            _ if c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80 => {
                while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80 || (b[i] == b'.' && b[start].is_ascii_digit())) {
                    i += 1;
                }
                match &src[start..i] {
                    "not" | "await" if !operand => {
                        chain += 1;
                        reset = false;
                    }
                    "lambda" => {
                        chain += 2;
                        lambdas += 1;
                        reset = false;
                    }
                    "else" | "if" if operand => {
                        chain += usize::from(&src[start..i] == "else");
                        reset = false;
                    }
                    "not" | "await" | "else" | "if" | "and" | "or" | "in" | "is" | "for" | "yield" | "return" | "del" | "assert" | "import" | "from" | "as"
                    | "with" | "while" | "def" | "class" | "elif" | "try" | "except" | "finally" | "raise" | "global" | "nonlocal" | "pass" | "break"
                    | "continue" | "async" => {}
                    _ => {
                        reset = false;
                        now_operand = true;
                    }
                }
            }
            _ => i += 1,
        }
        if reset {
            chain = 0;
        }
        operand = now_operand;
        if outer + chain > MAX_LEVELS {
            return Some(start);
        }
    }
    None
}

/// CPython's wording and location for ruff's errors of indentation, brackets and the end of
/// the input; the rest go to errors.rs.
pub(crate) fn cpython_message(err: &ruff_python_parser::ParseErrorType, src: &str, start: usize, end: usize) -> Option<errors::Found> {
    use errors::{End, Found};
    use ruff_python_parser::ParseErrorType as P;
    let idx = LineIndex::new(src);
    let line_of = |off: usize| idx.line(TextSize::from(off.min(src.len()) as u32));
    let f = |kind: &'static str, msg: String, start: usize, end: End| Some(Found { kind, msg, start, end, text: None, tokenizer: false, furthest: None });
    match err {
        P::Lexical(lex) => {
            let t = lex.to_string();
            if matches!(lex, ruff_python_parser::LexicalErrorType::Eof) {
                if let Some((pos, ch)) = unclosed_bracket(src) {
                    return f("SyntaxError", format!("'{}' was never closed", ch), pos, End::Zero);
                }
                return f("SyntaxError", "unexpected EOF while parsing".into(), start, End::At(end));
            }
            if matches!(lex, ruff_python_parser::LexicalErrorType::UnclosedStringError) {
                // CPython 3.11's string has no nested quotes: it starts at the outermost literal
                let start = errors::literal_at(src, start).map(|(p, _, _)| p).filter(|p| *p < start).unwrap_or(start);
                let triple = src
                    .get(start..)
                    .map(|r| r.trim_start_matches(|c: char| c.is_ascii_alphabetic()))
                    .map(|r| r.starts_with("\"\"\"") || r.starts_with("\'\'\'"))
                    .unwrap_or(false);
                let detected = line_of(end.saturating_sub(1).max(start));
                let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
                let mut e = f("SyntaxError", format!("{} (detected at line {})", what, detected), start, End::Same);
                if let Some(e) = e.as_mut() {
                    e.tokenizer = true;
                }
                return e;
            }
            if t.contains("unindent") || t.contains("Unindent") || t.contains("dedent") {
                // CPython's tokenizer places it just past the line's text (its newline)
                let eol = src[start.min(src.len())..].find('\n').map(|i| start + i).unwrap_or(src.len());
                return f("IndentationError", "unindent does not match any outer indentation level".into(), eol, End::None);
            }
            if t.contains("indent") || t.contains("Indent") {
                return unexpected_indent(src, start);
            }
            None
        }
        P::UnexpectedIndentation => unexpected_indent(src, start),
        P::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            // the block belongs to the statement on the last non-blank line before the error
            // at the end of the input the missing block follows the last line
            let at_end = src.get(start.min(src.len())..).map(|r| r.trim().is_empty()).unwrap_or(true);
            // (ruff may place it on the newline that ends the header's line)
            let at_eol = src.as_bytes().get(start) == Some(&b'\n');
            let err_line = if at_end { src.trim_end().lines().count() as u32 + 1 } else { line_of(start) + u32::from(at_eol) };
            let mut hdr = err_line.saturating_sub(1).max(1);
            while hdr > 1 && line_text(src, hdr).trim().is_empty() {
                hdr -= 1;
            }
            let what = m
                .trim_start_matches("Expected an indented block after ")
                .replace('`', "'")
                .replace(" clause", " statement")
                .replace("'case' block", "'case' statement")
                .replace("'class' definition", "class definition");
            // at the end of the input the token there (ENDMARKER) has no end
            let end = if at_end { End::None } else { End::At(end) };
            f("IndentationError", format!("expected an indented block after {} on line {}", what, hdr), start, end)
        }
        _ => None,
    }
}

fn found_error(src: &str, filename: &str, f: errors::Found) -> SyntaxErrorInfo {
    let mut info = make_error_exact(src, filename, f.start, f.end, f.msg);
    info.kind = f.kind;
    if f.tokenizer {
        info.stage = Stage::Tokenizer;
    }
    if let Some(t) = f.text {
        // an f-string field's own line, as CPython's sub-parser had it: as it is
        info.text = t;
        info.stage = Stage::Field;
    }
    info
}

/// CPython's INDENT token for an indentation no block opened: its column is the width of
/// the indentation, and it has no end.
fn unexpected_indent(src: &str, at: usize) -> Option<errors::Found> {
    let at = at.min(src.len());
    let ls = src[..at].rfind('\n').map(|p| p + 1).unwrap_or(0);
    let width = src[ls..].len() - src[ls..].trim_start_matches([' ', '\t', '\x0c']).len();
    Some(errors::Found {
        kind: "IndentationError",
        msg: "unexpected indent".into(),
        start: ls + width.saturating_sub(1),
        end: errors::End::None,
        text: None,
        tokenizer: false,
        furthest: None,
    })
}

pub fn parse_module(src: &str, filename: &str) -> Result<ast::ModModule, SyntaxErrorInfo> {
    parse_module_mode(src, filename, false)
}

/// `interactive`: the prompt's input, which CPython does not tokenize on after a parser error.
pub fn parse_module_mode(src: &str, filename: &str, interactive: bool) -> Result<ast::ModModule, SyntaxErrorInfo> {
    use ruff_python_parser::{LexicalErrorType as L, ParseErrorType as P};
    // refuse deep nesting before the (recursive) parser sees it, as CPython's tokenizer does
    // the tokenizer's bracket and indentation errors: nesting too deep must stop before the
    // (recursive) parser sees it; the others wait for the parser's verdict (CPython's
    // tokenizer raises them when it reaches them, before or after the parser's error)
    let (unclosed, bracket_err) = bracket_scan(src);
    let bracket_err = bracket_err.map(|(pos, msg)| {
        let mut e = make_error(src, filename, pos as u32, pos as u32 + 1, msg);
        if e.msg.starts_with("unmatched") || e.msg.starts_with("closing parenthesis") {
            // no end, and the line without its newline
            e.end_offset = e.offset as i32;
            e.stage = Stage::Tokenizer;
        }
        if e.msg == INDENT_MSG {
            e.kind = "IndentationError";
        } else if e.msg == TAB_MSG {
            // the tokenizer's error names the line, not a column range
            e.kind = "TabError";
            e.end_offset = 0;
        }
        (pos, e)
    });
    if let Some((_, e)) = &bracket_err {
        if e.msg == INDENT_MSG || e.msg.starts_with("too many nested") {
            return Err(e.clone());
        }
    }
    if let Some(pos) = too_many_levels(src) {
        // CPython's parser gives up with a bare MemoryError past 6000 levels of its rules
        let mut info = make_error(src, filename, pos as u32, pos as u32 + 1, String::new());
        info.kind = "MemoryError";
        return Err(info);
    }
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    let first = parsed.errors().first().cloned();
    match first {
        None if bracket_err.is_some() => Err(bracket_err.unwrap().1),
        None => {
            if let Some(f) = errors::number_warnings(src, parsed.tokens(), src.len() + 1) {
                return Err(found_error(src, filename, f));
            }
            if let Some(f) = errors::unsupported(src, parsed.tokens(), parsed.unsupported_syntax_errors()) {
                return Err(found_error(src, filename, f));
            }
            match parsed.into_syntax() {
                ast::Mod::Module(m) => Ok(m),
                ast::Mod::Expression(_) => unreachable!("parsed in module mode"),
            }
        }
        Some(e) => {
            if std::env::var_os("GILPY_DEBUG_PARSE").is_some() {
                eprintln!("{:?}", e);
            }
            let start = u32::from(e.location.start()) as usize;
            let end = u32::from(e.location.end()) as usize;
            // the tokenizer warns about what it read before the error
            let _ = errors::number_warnings(src, parsed.tokens(), start);
            let f = cpython_message(&e.error, src, start, end).unwrap_or_else(|| errors::explain(src, parsed.tokens(), &e));
            if interactive {
                return Err(found_error(src, filename, f));
            }
            let indent = f.msg == "unexpected indent";
            // CPython tokenizes the rest of the source after a parser error: an error its
            // tokenizer raises wins (except over an unexpected indent before it), up to
            // the first error it only flags (a bad dedent or line continuation, tabs)
            let idx = LineIndex::new(src);
            let line_at = |p: usize| idx.line(TextSize::from(p.min(src.len()) as u32));
            let mut stop = usize::MAX;
            // an error the tokenizer only flags, before the parser's: the parser stops there
            let mut silent: Option<(usize, errors::Found)> = None;
            for pe in parsed.errors() {
                let p = u32::from(pe.location.start()) as usize;
                if matches!(pe.error, P::Lexical(L::LineContinuationError | L::IndentationError)) {
                    // (a bad dedent is met at its line's first token, before the rest of it)
                    let before = p < start || (matches!(pe.error, P::Lexical(L::IndentationError)) && line_at(p) <= line_at(start));
                    if !before {
                        stop = stop.min(p);
                    } else if silent.as_ref().map(|(q, _)| p < *q).unwrap_or(true) {
                        let pend = u32::from(pe.location.end()) as usize;
                        let m = cpython_message(&pe.error, src, p, pend).or_else(|| errors::explain_one(src, parsed.tokens(), &pe.error, p, pend));
                        if let Some(m) = m {
                            silent = Some((p, m));
                        }
                    }
                }
            }
            let silent_used = silent.is_some();
            let (f, start, indent) = match silent {
                Some((p, m)) => {
                    stop = stop.min(p + 1);
                    let indent = m.msg == "unexpected indent";
                    (m, p, indent)
                }
                None => (f, start, indent),
            };
            let mut cands: Vec<(usize, SyntaxErrorInfo)> = Vec::new();
            if let Some(t) = errors::first_lexical(src, parsed.tokens(), parsed.errors()) {
                cands.push((t.start, found_error(src, filename, t)));
            }
            if let Some((p, triple, stopped)) = unterminated_string(src) {
                let (what, at) =
                    if triple { ("unterminated triple-quoted string literal", src.len().saturating_sub(1)) } else { ("unterminated string literal", stopped) };
                let line = line_at(at);
                let mut e = make_error_exact(src, filename, p, End::Same, format!("{} (detected at line {})", what, line));
                e.stage = Stage::Tokenizer;
                cands.push((p, e));
            }
            if let Some((pos, b)) = bracket_err {
                if b.kind == "TabError" && pos > start {
                    stop = stop.min(pos);
                } else {
                    cands.push((pos, b));
                }
            }
            cands.retain(|(p, _)| *p < stop && !(indent && *p > f.start));
            if let Some((_, t)) = cands.into_iter().min_by_key(|(p, _)| *p) {
                return Err(t);
            }
            let mut err_line = errors::error_line(src, parsed.tokens(), errors::token_end(src, parsed.tokens(), start).max(start + 1));
            // (an error on a line's NEWLINE leaves the tokenizer on that line)
            let on_newline = src.as_bytes().get(start) == Some(&b'\n');
            let f_furthest = f.furthest;
            if let Some(fp) = f.furthest {
                err_line = err_line.max(line_at(fp));
            }
            // an expression that opens the bracket the input never closes is read on
            if let Some((pos, _)) = unclosed {
                if pos >= start && line_at(pos) == line_at(start) {
                    if let Some(fp) = errors::furthest_in_bracket(src, parsed.tokens(), pos) {
                        err_line = err_line.max(line_at(fp));
                    }
                }
            }
            // ... and at the end of the input, a bracket opened on an earlier line
            let mut info = found_error(src, filename, f);
            // the tokenizer's line when the parser stopped: its last token's, at most the last
            let last_line = src.matches('\n').count().max(1) as u32 + u32::from(!src.ends_with('\n'));
            let tok_line = if on_newline && f_furthest.is_none() { line_at(start) } else { err_line };
            info.newline = silent_used || info.lineno >= tok_line.min(last_line);
            if !indent && !info.msg.ends_with("was never closed") && stop == usize::MAX {
                if let Some((pos, ch)) = unclosed {
                    if line_at(pos) < err_line {
                        let mut e = make_error_exact(src, filename, pos, End::Zero, format!("'{}' was never closed", ch));
                        e.kind = "SyntaxError";
                        e.newline = e.lineno >= last_line;
                        return Err(e);
                    }
                }
            }
            Err(info)
        }
    }
}

/// The operator or subscript anchors of a traceback's source segment, as CPython 3.11's
/// `extract_anchors_from_line` finds them: the segment must parse as a single expression
/// statement that is a binary operation (the operator, one or two characters) or a
/// subscript (from the end of the value to just past the slice). Byte offsets in `segment`.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    if too_many_levels(segment).is_some() {
        return None;
    }
    crate::with_stack(segment.len(), || anchors_of(segment))
}

fn anchors_of(segment: &str) -> Option<(usize, usize)> {
    use ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let m = ruff_python_parser::parse_module(segment).ok()?.into_syntax();
    if m.body.len() != 1 {
        return None;
    }
    let e = match &m.body[0] {
        Stmt::Expr(e) => &e.value,
        _ => return None,
    };
    let b = segment.as_bytes();
    let ws = |c: u8| c == b' ' || c == b'\t' || c == 0x0c;
    match &**e {
        Expr::BinOp(op) => {
            let (from, to) = (usize::from(op.left.range().end()), usize::from(op.right.range().start()));
            let mut i = from;
            while i < to {
                if !ws(b[i]) {
                    let right = if i + 1 < to && !ws(b[i + 1]) { i + 2 } else { i + 1 };
                    return Some((i, right));
                }
                i += 1;
            }
            None
        }
        Expr::Subscript(s) => Some((usize::from(s.value.range().end()), usize::from(s.slice.range().end()) + 1)),
        _ => None,
    }
}
