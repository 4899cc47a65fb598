//! The only file that touches `ruff_python_parser`: source text in, AST or a SyntaxError out.
//! Everything past this point works on the AST types re-exported here.

pub use ruff_python_ast as ast;
use ruff_text_size::TextSize;

/// A syntax error located the way CPython reports it: 1-based line, 1-based column.
#[derive(Debug, Clone)]
pub struct SyntaxErrorInfo {
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_offset: u32,
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
        kind: "SyntaxError",
        msg,
        filename: filename.to_string(),
        lineno,
        offset: col,
        end_offset: endcol.max(col + 1),
        text: line_text(src, lineno),
    }
}

/// CPython words some common errors differently from ruff; translate the ones we know.
fn cpython_message(err: &ruff_python_parser::ParseErrorType, src: &str, start: usize) -> (&'static str, String) {
    use ruff_python_parser::ParseErrorType as P;
    let text = err.to_string();
    if let P::Lexical(lex) = err {
        let t = lex.to_string();
        if t.contains("indent") || t.contains("Indent") {
            if t.contains("unindent") || t.contains("Unindent") {
                return ("IndentationError", "unindent does not match any outer indentation level".into());
            }
            return ("IndentationError", "unexpected indent".into());
        }
        if t.contains("unterminated string") || t.contains("missing closing quote") {
            return ("SyntaxError", "unterminated string literal (detected at line 1)".into());
        }
    }
    if text.contains("Expected an indented block") {
        return ("IndentationError", "expected an indented block".into());
    }
    if text.contains("Unexpected indentation") {
        return ("IndentationError", "unexpected indent".into());
    }
    let _ = (src, start);
    ("SyntaxError", "invalid syntax".into())
}

pub fn parse_module(src: &str, filename: &str) -> Result<ast::ModModule, SyntaxErrorInfo> {
    match ruff_python_parser::parse_module(src) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(e) => {
            let start = u32::from(e.location.start());
            let end = u32::from(e.location.end());
            let (kind, msg) = cpython_message(&e.error, src, start as usize);
            let mut info = make_error(src, filename, start, end, msg);
            info.kind = kind;
            Err(info)
        }
    }
}
