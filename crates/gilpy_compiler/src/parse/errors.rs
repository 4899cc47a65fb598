//! CPython's second pass over a source the parser rejected. CPython 3.11 parses twice: the
//! second time with its `invalid_*` grammar rules switched on, which name the mistake
//! ("Missing parentheses in call to 'print'", "cannot assign to function call here") and
//! place it. ruff's parser recovers from errors and reports its own kinds of error; this
//! file turns the first of them, with the tokens around it, into the message and the range
//! CPython's rule or tokenizer would give. Where no rule applies, CPython says "invalid
//! syntax" at the furthest token it read, which is ruff's error token.

use ruff_python_ast::token::{TokenKind as K, Tokens};
use ruff_python_parser::{InterpolatedStringErrorType as F, LexicalErrorType as L, ParseError, ParseErrorType as P};
use ruff_text_size::Ranged;

/// Where a SyntaxError's range ends (CPython's end_offset).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum End {
    /// at this byte offset (exclusive)
    At(usize),
    /// where it starts: the tokenizer's errors and errors placed on a NEWLINE token
    Same,
    /// end_offset 0, as some of CPython 3.11's rules leave it
    Zero,
    /// end_offset -1: a token with no end (the end of the input)
    None,
}

pub(crate) struct Found {
    pub kind: &'static str,
    pub msg: String,
    pub start: usize,
    pub end: End,
    /// the line CPython shows when it is not the source's (an f-string's field, compiled alone)
    pub text: Option<String>,
    /// raised by CPython's tokenizer (its `text` has no newline)
    pub tokenizer: bool,
    /// the furthest source position CPython's rule read to decide (its lookahead)
    pub furthest: Option<usize>,
}

fn found(msg: impl Into<String>, start: usize, end: End) -> Found {
    Found { kind: "SyntaxError", msg: msg.into(), start, end, text: None, tokenizer: false, furthest: None }
}

fn tokenizer_error(msg: impl Into<String>, start: usize, end: End) -> Found {
    Found { tokenizer: true, ..found(msg, start, end) }
}

/// A token as the rules below see it: comments and line breaks inside brackets dropped
/// (CPython's tokenizer does not give them to the parser), with its bracket depth.
#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: K,
    start: usize,
    end: usize,
    depth: u32,
}

struct Ctx<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    /// where comments start (CPython's NEWLINE token after a comment covers the comment)
    comments: Vec<usize>,
}

fn is_open(k: K) -> bool {
    matches!(k, K::Lpar | K::Lsqb | K::Lbrace)
}
fn is_close(k: K) -> bool {
    matches!(k, K::Rpar | K::Rsqb | K::Rbrace)
}
fn is_name(k: K) -> bool {
    matches!(k, K::Name | K::Match | K::Case | K::Type | K::Lazy)
}
/// A token an operand can begin with.
fn starts_operand(k: K) -> bool {
    is_name(k)
        || matches!(
            k,
            K::Int
                | K::Float
                | K::Complex
                | K::String
                | K::FStringStart
                | K::TStringStart
                | K::Lpar
                | K::Lsqb
                | K::Lbrace
                | K::True
                | K::False
                | K::None
                | K::Ellipsis
                | K::Await
                | K::Lambda
                | K::Not
                | K::Minus
                | K::Plus
                | K::Tilde
        )
}
/// A token an operand can end with.
fn ends_operand(k: K) -> bool {
    is_name(k)
        || matches!(
            k,
            K::Int
                | K::Float
                | K::Complex
                | K::String
                | K::FStringEnd
                | K::TStringEnd
                | K::Rpar
                | K::Rsqb
                | K::Rbrace
                | K::True
                | K::False
                | K::None
                | K::Ellipsis
        )
}
fn is_binary(k: K) -> bool {
    matches!(
        k,
        K::Plus
            | K::Minus
            | K::Star
            | K::Slash
            | K::DoubleSlash
            | K::Percent
            | K::DoubleStar
            | K::At
            | K::Vbar
            | K::Amper
            | K::CircumFlex
            | K::LeftShift
            | K::RightShift
            | K::Dot
    )
}
fn is_comparison(k: K) -> bool {
    matches!(k, K::EqEqual | K::NotEqual | K::Less | K::Greater | K::LessEqual | K::GreaterEqual | K::In | K::Is | K::Not)
}
fn is_augassign(k: K) -> bool {
    matches!(
        k,
        K::PlusEqual
            | K::MinusEqual
            | K::StarEqual
            | K::SlashEqual
            | K::PercentEqual
            | K::AmperEqual
            | K::VbarEqual
            | K::CircumflexEqual
            | K::LeftShiftEqual
            | K::RightShiftEqual
            | K::DoubleStarEqual
            | K::DoubleSlashEqual
            | K::AtEqual
    )
}

/// How much of an expression a scan takes, after CPython's rule names.
#[derive(Clone, Copy, PartialEq)]
enum Level {
    /// operators only: no comparison, `not`, `and`, `or`
    BitwiseOr,
    /// comparisons, `not`, `and`, `or` and `x if c else y` as well
    Expression,
}

impl<'a> Ctx<'a> {
    fn new(src: &'a str, tokens: &Tokens) -> Self {
        let mut toks = Vec::with_capacity(tokens.len());
        let mut comments = Vec::new();
        let mut depth = 0u32;
        for t in tokens.iter() {
            let k = t.kind();
            if k == K::Comment {
                comments.push(u32::from(t.start()) as usize);
            }
            if matches!(k, K::Comment | K::NonLogicalNewline) {
                continue;
            }
            if is_close(k) {
                depth = depth.saturating_sub(1);
            }
            let r = t.range();
            toks.push(Tok { kind: k, start: u32::from(r.start()) as usize, end: u32::from(r.end()) as usize, depth });
            if is_open(k) {
                depth += 1;
            }
        }
        Ctx { src, toks, comments }
    }

    fn kind(&self, i: usize) -> K {
        self.toks.get(i).map(|t| t.kind).unwrap_or(K::EndOfFile)
    }

    /// The index of the first token that starts at or after `off`.
    fn at(&self, off: usize) -> usize {
        self.toks.partition_point(|t| t.start < off)
    }

    fn text(&self, from: usize, to: usize) -> &'a str {
        self.src.get(self.toks[from].start..self.toks[to].end).unwrap_or("")
    }

    /// The matching closing bracket of the opener at `i`, or the last token.
    fn closer(&self, i: usize) -> usize {
        let d = self.toks[i].depth;
        let mut j = i + 1;
        while j < self.toks.len() {
            if is_close(self.toks[j].kind) && self.toks[j].depth == d {
                return j;
            }
            j += 1;
        }
        self.toks.len() - 1
    }

    /// The opener matching the closing bracket at `i`.
    fn opener(&self, i: usize) -> usize {
        let d = self.toks[i].depth;
        let mut j = i;
        while j > 0 {
            j -= 1;
            if is_open(self.toks[j].kind) && self.toks[j].depth == d {
                return j;
            }
        }
        0
    }

    /// The end of a (possibly implicitly concatenated) f-string starting at `i`.
    fn fstring_end(&self, i: usize) -> usize {
        let d = self.toks[i].depth;
        let mut j = i + 1;
        while j < self.toks.len() {
            let t = self.toks[j];
            if matches!(t.kind, K::FStringEnd | K::TStringEnd) && t.depth == d {
                return j;
            }
            j += 1;
        }
        self.toks.len() - 1
    }

    /// The FStringStart of the f-string ending at token `i`.
    fn fstring_start(&self, i: usize) -> usize {
        let d = self.toks[i].depth;
        (0..i).rev().find(|&j| matches!(self.toks[j].kind, K::FStringStart | K::TStringStart) && self.toks[j].depth == d).unwrap_or(i)
    }

    /// The last token of the expression that starts at token `i` (CPython's `level` rule),
    /// or None when no operand starts there.
    fn expr_forward(&self, i: usize, level: Level) -> Option<usize> {
        let mut j = i;
        let mut last = None;
        // true when the tokens so far end an operand (a following operand is a new expression)
        let mut after_operand = false;
        while j < self.toks.len() {
            let k = self.toks[j].kind;
            if is_open(k) {
                if after_operand && k == K::Lbrace {
                    break;
                }
                j = self.closer(j);
                last = Some(j);
                after_operand = true;
            } else if matches!(k, K::FStringStart | K::TStringStart) {
                if after_operand {
                    break;
                }
                j = self.fstring_end(j);
                last = Some(j);
                after_operand = true;
            } else if ends_operand(k) {
                // adjacent strings are one literal
                if after_operand && !(k == K::String && self.kind(j - 1) == K::String) {
                    break;
                }
                last = Some(j);
                after_operand = true;
            } else if is_binary(k) || k == K::Tilde || k == K::Await {
                if !after_operand && !matches!(k, K::Minus | K::Plus | K::Tilde | K::Await) {
                    break;
                }
                after_operand = false;
            } else if is_comparison(k) || matches!(k, K::And | K::Or) {
                if level == Level::BitwiseOr || (!after_operand && k != K::Not) {
                    break;
                }
                after_operand = false;
            } else if matches!(k, K::If | K::Else) && level == Level::Expression && after_operand {
                after_operand = false;
            } else {
                break;
            }
            j += 1;
        }
        last
    }

    /// The first token of the expression that ends with token `i`: back to the separator
    /// before it (a comma, an opening bracket, `=`, `:`, a keyword that starts a clause), or
    /// to an operand that ends right before an operand begins.
    fn expr_backward(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            let k = self.toks[j].kind;
            let at = if is_close(k) {
                self.opener(j)
            } else if matches!(k, K::FStringEnd | K::TStringEnd) {
                self.fstring_start(j)
            } else {
                j
            };
            if at == 0 {
                return 0;
            }
            let p = self.toks[at - 1].kind;
            let separated = matches!(
                p,
                K::Comma
                    | K::Equal
                    | K::Colon
                    | K::ColonEqual
                    | K::Semi
                    | K::Newline
                    | K::Indent
                    | K::Dedent
                    | K::If
                    | K::Elif
                    | K::While
                    | K::Else
                    | K::For
                    | K::Return
                    | K::Lambda
                    | K::Yield
                    | K::Del
                    | K::Assert
                    | K::Import
                    | K::From
                    | K::With
                    | K::As
                    | K::Except
                    | K::Raise
                    | K::Global
                    | K::Nonlocal
                    | K::Class
                    | K::Def
                    | K::Async
                    | K::Rarrow
            ) || is_augassign(p)
                || (is_open(p) && self.toks[at - 1].depth < self.toks[at].depth);
            // two operands side by side are two expressions
            let trailer = is_close(k) && self.toks[at].kind != K::Lbrace;
            if separated || (ends_operand(k) && ends_operand(p) && !trailer && !(p == K::String && k == K::String)) {
                return at;
            }
            // an operand's trailer: `(`/`[` after an operand belong to it
            j = at - 1;
        }
    }

    /// The index of the first token of the logical line that holds token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 {
            let k = self.toks[j - 1].kind;
            if matches!(k, K::Newline | K::Indent | K::Dedent) || (k == K::Semi && self.toks[j - 1].depth == 0) {
                break;
            }
            j -= 1;
        }
        j
    }

    /// CPython's name for the expression in `text` (its `_PyPegen_get_expr_name`).
    fn expr_name(&self, text: &str) -> Option<&'static str> {
        if text.trim_start().starts_with('*') {
            return Some("starred");
        }
        let parsed = ruff_python_parser::parse_expression(text.trim()).ok()?;
        Some(expr_name(parsed.expr()))
    }

    /// The range of the token at `i`, a NEWLINE (or the end) giving an empty one.
    fn token_range(&self, mut i: usize) -> (usize, End) {
        // an INDENT or DEDENT stands before the line's first token
        while i + 1 < self.toks.len() && matches!(self.toks[i].kind, K::Indent | K::Dedent) {
            i += 1;
        }
        match self.toks.get(i) {
            Some(t) if t.kind == K::Newline && i > 0 => {
                // after a comment, CPython's NEWLINE token spans the comment
                let prev = self.toks[i - 1].end;
                match self.comments.iter().find(|&&c| c >= prev && c <= t.start) {
                    Some(&c) => (c, End::At(t.start)),
                    None => (t.start, End::Same),
                }
            }
            Some(t) if !matches!(t.kind, K::Newline | K::EndOfFile | K::Dedent) && t.end > t.start => (t.start, End::At(t.end)),
            Some(t) => (t.start, End::Same),
            None => (self.src.len(), End::Same),
        }
    }

    /// The token CPython's parser read last when a string literal (implicitly concatenated
    /// ones included) turned out bad: the one after the literal. Found in the source text, as
    /// CPython 3.11 reads a string: to the first quote like its opening one.
    fn after_string(&self, off: usize) -> (usize, End) {
        let b = self.src.as_bytes();
        let mut p = match literal_at(self.src, off) {
            Some((_, _, end)) => end,
            None => return self.token_range(self.at(off)),
        };
        loop {
            let mut q = p;
            while q < b.len() && matches!(b[q], b' ' | b'\t') {
                q += 1;
            }
            // another literal: a prefix of letters, then a quote
            let mut r = q;
            while r < b.len() && r < q + 2 && b[r].is_ascii_alphabetic() {
                r += 1;
            }
            if r < b.len() && (b[r] == b'\'' || b[r] == b'"') && is_prefix(&self.src[q..r]) {
                p = super::string_end(b, r);
                continue;
            }
            return raw_token(self.src, q);
        }
    }
}

/// Where the literal whose quote is at `q` starts: its prefix letters (`rb`, `f`), when they
/// are a prefix and not the end of a name (`sha"` is the name sha, then a string).
pub(crate) fn prefix_start(b: &[u8], q: usize) -> usize {
    let mut p = q;
    while p > 0 && q - p < 2 && b[p - 1].is_ascii_alphabetic() {
        p -= 1;
    }
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 128;
    if p < q && (!is_prefix(std::str::from_utf8(&b[p..q]).unwrap_or("x")) || (p > 0 && ident(b[p - 1]))) {
        // maybe only the last letter is the prefix (`xr'...'` is x then r'...': still a name)
        return q;
    }
    p
}

fn is_prefix(p: &str) -> bool {
    matches!(p.to_ascii_lowercase().as_str(), "" | "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf")
}

/// (prefix start, opening quote, end) of the string literal holding byte `off`, found by
/// reading its line from the start as CPython 3.11's tokenizer does.
pub(crate) fn literal_at(src: &str, off: usize) -> Option<(usize, usize, usize)> {
    let b = src.as_bytes();
    let off = off.min(b.len());
    let mut k = src[..off].rfind('\n').map(|p| p + 1).unwrap_or(0);
    while k < b.len() {
        match b[k] {
            b'\'' | b'"' => {
                let e = super::string_end(b, k);
                if e > off || (e == off && off == b.len()) {
                    return Some((prefix_start(b, k), k, e));
                }
                k = e;
            }
            b'#' => return None,
            _ => k += 1,
        }
        // (`off` may be on a prefix letter, before the quote)
        if k > off + 2 {
            return None;
        }
    }
    None
}

/// The extent of the token at byte `p`, read from the text: a name or number, the end of a
/// line (empty, as CPython's NEWLINE token), or one character.
fn raw_token(src: &str, p: usize) -> (usize, End) {
    let b = src.as_bytes();
    match b.get(p) {
        None | Some(b'\n') | Some(b'\r') | Some(b'#') => (p, End::Same),
        Some(c) if c.is_ascii_alphanumeric() || *c == b'_' || *c >= 128 => {
            let mut e = p;
            while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_' || b[e] >= 128) {
                e += 1;
            }
            (p, End::At(e))
        }
        Some(_) => (p, End::At(p + 1)),
    }
}

/// CPython's `_PyPegen_get_expr_name`.
pub(crate) fn expr_name(e: &ruff_python_ast::Expr) -> &'static str {
    use ruff_python_ast::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Generator(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) | E::TString(_) => "f-string expression",
        E::NoneLiteral(_) => "None",
        E::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        E::EllipsisLiteral(_) => "ellipsis",
        E::StringLiteral(_) | E::BytesLiteral(_) | E::NumberLiteral(_) => "literal",
        E::Compare(_) => "comparison",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        _ => "expression",
    }
}

/// The message and range CPython 3.11 gives for the source whose first parse error is `err`.
pub(crate) fn explain(src: &str, tokens: &Tokens, err: &ParseError) -> Found {
    let cx = Ctx::new(src, tokens);
    let start = u32::from(err.location.start()) as usize;
    let end = u32::from(err.location.end()) as usize;
    // the tokenizer's errors come first: a bad number before the parser's error
    if let Some(f) = first_bad_number(&cx, start) {
        return f;
    }
    if let Some(f) = by_kind(&cx, &err.error, start, end) {
        return f;
    }
    let i = cx.at(start);
    let (s, e) = cx.token_range(i);
    if s == start {
        return found("invalid syntax", s, e);
    }
    found("invalid syntax", start, if end > start { End::At(end) } else { End::Same })
}

/// The message of one of ruff's errors on its own (no second pass around it).
pub(crate) fn explain_one(src: &str, tokens: &Tokens, err: &P, start: usize, end: usize) -> Option<Found> {
    by_kind(&Ctx::new(src, tokens), err, start, end)
}

fn by_kind(cx: &Ctx, err: &P, start: usize, end: usize) -> Option<Found> {
    let i = cx.at(start);
    match err {
        P::Lexical(L::UnrecognizedToken { tok }) => {
            let c = *tok;
            if c.is_ascii() {
                return None;
            }
            let msg = if printable(c) {
                format!("invalid character '{}' (U+{:04X})", c, c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            Some(tokenizer_error(msg, start, End::Same))
        }
        P::Lexical(L::LineContinuationError) => {
            // placed on the character after the backslash, with no end
            let after = cx.src[start..].char_indices().nth(1).map(|(p, _)| start + p).unwrap_or(start + 1);
            Some(found("unexpected character after line continuation character", after, End::Zero))
        }
        P::Lexical(L::InvalidByteLiteral) => {
            let s = string_token_start(cx, start);
            let e = cx.toks.get(cx.at(s)).map(|t| t.end).unwrap_or(end);
            Some(found("bytes can only contain ASCII literal characters", s, End::At(e)))
        }
        P::Lexical(L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace) => {
            let (msg, _) = escape_error(cx.src, start)?;
            let (s, e) = cx.after_string(start);
            Some(found(msg, s, e))
        }
        P::UnparenthesizedGeneratorExpression => {
            // a class's bases are not call arguments: the `for` is a plain syntax error there
            let head = cx.line_start(i);
            if cx.kind(head) == K::Class && cx.toks.get(i)?.depth == 1 {
                let f = (i..cx.toks.len()).find(|&j| cx.kind(j) == K::For && cx.toks[j].depth == 1)?;
                let (s, e) = cx.token_range(f);
                return Some(found("invalid syntax", s, e));
            }
            Some(found("Generator expression must be parenthesized", start, End::At(end)))
        }
        P::FStringError(F::UnclosedLbrace) if in_fstring(cx, i) && i > 0 && starts_operand(cx.kind(i)) && ends_operand(cx.kind(i - 1)) => {
            // `f'{a b}'`: CPython 3.11 parses the field as `(a b)` and places the error in it
            let a = cx.expr_backward(i - 1);
            let b = cx.expr_forward(i, Level::Expression)?;
            field_relative(cx, i, cx.toks[a].start, cx.toks[b].end, "f-string: invalid syntax. Perhaps you forgot a comma?")
        }
        P::FStringError(F::LambdaWithoutParentheses) => {
            // the field's expression ends at the lambda's colon, where `)` closes it
            let colon = (i..cx.toks.len()).find(|&j| cx.kind(j) == K::Colon && cx.toks[j].depth == cx.toks[i].depth)?;
            field_relative(cx, i, cx.toks[colon].start, cx.toks[colon].end, "f-string: invalid syntax")
        }
        P::Lexical(L::FStringError(fe)) | P::FStringError(fe) => {
            let msg = match fe {
                F::UnclosedLbrace => "f-string: expecting '}'".to_string(),
                F::SingleRbrace => "f-string: single '}' is not allowed".into(),
                F::InvalidConversionFlag | F::ConversionFlagNotImmediatelyAfterExclamation => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
                }
                F::LambdaWithoutParentheses => "f-string: invalid syntax".into(),
                F::UnterminatedString if fstring_comment(cx, start) => {
                    // the comment ran to the end of the line, where CPython stops too
                    let eol = cx.src[..start.min(cx.src.len())].trim_end_matches(['\n', '\r']).len();
                    return Some(found("f-string expression part cannot include '#'", eol, End::Same));
                }
                _ => return None,
            };
            let (s, e) = cx.after_string(start);
            Some(found(msg, s, e))
        }
        P::ExpectedExpression if in_fstring(cx, i) => {
            // a lambda's colon starts the format spec in 3.11
            let d = cx.toks.get(i).map(|t| t.depth).unwrap_or(0);
            let open = (0..i).rev().find(|&j| cx.kind(j) == K::Lbrace && cx.toks[j].depth + 1 == d);
            if let Some(open) = open {
                if cx.kind(open + 1) == K::Lambda {
                    let colon = (open..cx.toks.len()).find(|&j| cx.kind(j) == K::Colon && cx.toks[j].depth == d)?;
                    return field_relative(cx, open + 1, cx.toks[colon].start, cx.toks[colon].end, "f-string: invalid syntax");
                }
            }
            let next = cx.src[start.min(cx.src.len())..].trim_start().chars().next().unwrap_or('\n');
            let msg = match next {
                '!' | ':' | '=' => format!("f-string: expression required before '{}'", next),
                '}' => "f-string: empty expression not allowed".into(),
                _ => "f-string: expecting '}'".into(),
            };
            let (s, e) = cx.after_string(start);
            Some(found(msg, s, e))
        }
        P::OtherError(m) if m.starts_with("Bytes literal cannot be mixed") => {
            let (s, e) = cx.after_string(start);
            Some(found("cannot mix bytes and nonbytes literals", s, e))
        }
        P::OtherError(m) if m.starts_with("Expected `except` or `finally` after `try`") => {
            // at the end of the input CPython stops on the last line's NEWLINE, with no end
            let msg = "expected 'except' or 'finally' block";
            if cx.src[start.min(cx.src.len())..].trim().is_empty() {
                // (the last line's NEWLINE, or the start of a blank line after it)
                let eol = cx.src.len() - usize::from(cx.src.ends_with('\n'));
                return Some(found(msg, eol, End::None));
            }
            let (s, e) = cx.token_range(i);
            Some(found(msg, s, e))
        }
        P::OtherError(m) if m.starts_with("Cannot have both 'except' and 'except*'") => {
            let (s, e) = cx.token_range(i);
            Some(found(lower_first(m), s, e))
        }
        P::ExpectedImaginaryNumber => Some(found("imaginary number required in complex literal", start, End::At(end))),
        P::ExpectedRealNumber => Some(found("real number required in complex literal", start, End::At(end))),
        P::OtherError(m) if m.starts_with("Only single target") => Some(found(lower_first(m), start, End::At(end))),
        P::OtherError(m) if m == "Expected one or more exception types" => Some(found("expected one or more exception types", start, End::At(end))),
        P::OtherError(m) if m == "Expected a parameter name" => {
            // `f(True=1)`, `f(a.b=1)`: a keyword argument that is not a name
            let eq = cx.at(end);
            if cx.kind(eq) != K::Equal {
                return None;
            }
            let to = End::At(cx.toks[eq].end);
            let text = cx.src.get(start..end).unwrap_or("").trim();
            if matches!(text, "True" | "False" | "None") {
                return Some(found(format!("cannot assign to {}", text), start, to));
            }
            Some(found("expression cannot contain assignment, perhaps you meant \"==\"?", start, to))
        }
        P::OtherError(_) if cx.kind(i) == K::Equal && cx.toks[i].depth > 0 => named_expression(cx, i),
        P::InvalidAssignmentTarget => {
            let text = cx.src.get(start..end)?;
            let name = if text.trim_start().starts_with("yield") { "yield expression" } else { cx.expr_name(text)? };
            if name == "yield expression" {
                return Some(found("assignment to yield expression not possible", start, End::At(end)));
            }
            let after = cx.at(end);
            // `target = value` where the target is an operand: CPython's invalid_named_expression
            let here = cx.kind(after) == K::Equal
                && !matches!(
                    name,
                    "True"
                        | "False"
                        | "None"
                        | "list"
                        | "tuple"
                        | "generator expression"
                        | "comparison"
                        | "conditional expression"
                        | "lambda"
                        | "named expression"
                        | "starred"
                )
                && !(name == "expression" && cx.src[start..end].trim_start().starts_with("not"))
                && cx.expr_forward(after + 1, Level::BitwiseOr).map(|b| !matches!(cx.kind(b + 1), K::Equal | K::ColonEqual)).unwrap_or(false);
            let msg = if here { format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", name) } else { format!("cannot assign to {}", name) };
            Some(found(msg, start, End::At(end)))
        }
        P::InvalidDeleteTarget => Some(found(format!("cannot delete {}", cx.expr_name(cx.src.get(start..end)?)?), start, End::At(end))),
        P::InvalidAugmentedAssignmentTarget => {
            let name = cx.expr_name(cx.src.get(start..end)?)?;
            Some(found(format!("'{}' is an illegal expression for augmented assignment", name), start, End::At(end)))
        }
        P::InvalidNamedAssignmentTarget => {
            let name = cx.expr_name(cx.src.get(start..end)?)?;
            Some(found(format!("cannot use assignment expressions with {}", name), start, End::At(end)))
        }
        P::PositionalAfterKeywordArgument | P::PositionalAfterKeywordUnpacking => {
            // CPython raises once the arguments are read: at the token after them
            let mut j = i;
            let d = cx.toks.get(i)?.depth;
            while j < cx.toks.len() && !(is_close(cx.toks[j].kind) && cx.toks[j].depth < d) {
                j += 1;
            }
            let msg = if matches!(err, P::PositionalAfterKeywordArgument) {
                "positional argument follows keyword argument"
            } else {
                "positional argument follows keyword argument unpacking"
            };
            let (s, e) = cx.token_range(j);
            Some(found(msg, s, e))
        }
        P::InvalidArgumentUnpackingOrder => {
            Some(found("iterable argument unpacking follows keyword argument unpacking", start, End::At(cx.toks.get(i).map(|t| t.end).unwrap_or(start + 1))))
        }
        P::NonDefaultParamAfterDefaultParam => Some(found("non-default argument follows default argument", start, End::At(end))),
        P::ParamAfterVarKeywordParam => Some(found("arguments cannot follow var-keyword argument", start, End::At(end))),
        P::VarParameterWithDefault => {
            let star = (0..=i.min(cx.toks.len().saturating_sub(1))).rev().find(|&j| matches!(cx.kind(j), K::Star | K::DoubleStar))?;
            let what = if cx.kind(star) == K::Star { "var-positional" } else { "var-keyword" };
            Some(found(format!("{} argument cannot have default value", what), start, End::At(end)))
        }
        P::ExpectedKeywordParam => {
            // the bare `*`; for a lambda, the token after it (and after its comma)
            let star = (0..=i.min(cx.toks.len().saturating_sub(1))).rev().find(|&j| cx.kind(j) == K::Star)?;
            let ls = cx.line_start(star);
            let in_lambda = (ls..star).rev().take_while(|&j| cx.toks[j].depth >= cx.toks[star].depth).any(|j| cx.kind(j) == K::Lambda)
                || (ls..star).any(|j| cx.kind(j) == K::Lambda && cx.toks[j].depth == cx.toks[star].depth);
            if in_lambda {
                let mut j = star + 1;
                if cx.kind(j) == K::Comma {
                    j += 1;
                }
                let (s, e) = cx.token_range(j);
                return Some(found("named arguments must follow bare *", s, e));
            }
            Some(found("named arguments must follow bare *", cx.toks[star].start, End::At(cx.toks[star].end)))
        }
        P::InvalidAnnotatedAssignmentTarget => {
            // with an annotation, the target is illegal; without one, the `:` is
            let colon = cx.at(end);
            if cx.kind(colon) != K::Colon {
                return None;
            }
            if starts_operand(cx.kind(colon + 1)) {
                return Some(found("illegal target for annotation", start, End::At(end)));
            }
            let (s, e) = cx.token_range(colon);
            Some(found("invalid syntax", s, e))
        }
        P::IterableUnpackingInComprehension => Some(found("iterable unpacking cannot be used in comprehension", start, End::At(end))),
        P::SimpleStatementsOnSameLine | P::UnexpectedExpressionToken => legacy_print(cx, i).or_else(|| forgot_comma(cx, i)),
        P::ExpectedToken { expected, found: got } => expected_token(cx, i, *expected, *got),
        _ => None,
    }
}

/// `print "x"` / `exec "code"`: CPython's invalid_legacy_expression.
fn legacy_print(cx: &Ctx, i: usize) -> Option<Found> {
    if i == 0 || i >= cx.toks.len() {
        return None;
    }
    let n = cx.toks[i - 1];
    let word = cx.src.get(n.start..n.end)?;
    if n.kind != K::Name || !matches!(word, "print" | "exec") || cx.kind(i) == K::Lpar || !starts_operand(cx.kind(i)) {
        return None;
    }
    // b: star_expressions, items separated by commas
    let mut last = cx.expr_forward(i, Level::Expression)?;
    while cx.kind(last + 1) == K::Comma {
        match cx.expr_forward(last + 2, Level::Expression) {
            Some(l) => last = l,
            None => {
                last += 1;
                break;
            }
        }
    }
    let mut f = found(format!("Missing parentheses in call to '{0}'. Did you mean {0}(...)?", word), n.start, End::At(cx.toks[last].end));
    f.furthest = cx.toks.get(last + 1).map(|t| t.start);
    Some(f)
}

/// Two expressions side by side inside brackets: "Perhaps you forgot a comma?", over both.
fn forgot_comma(cx: &Ctx, i: usize) -> Option<Found> {
    let t = cx.toks.get(i)?;
    if t.depth == 0 || i == 0 || !starts_operand(t.kind) || !ends_operand(cx.kind(i - 1)) {
        return None;
    }
    let a = cx.expr_backward(i - 1);
    // not when the first is a name before a string (a mistyped prefix) or a soft keyword
    if (is_name(cx.kind(a)) && matches!(cx.kind(a + 1), K::String | K::FStringStart)) || matches!(cx.kind(a), K::Match | K::Case | K::Type) {
        return None;
    }
    if legacy_print(cx, a + 1).is_some() {
        return None;
    }
    let b = cx.expr_forward(i, Level::Expression)?;
    let mut f = found("invalid syntax. Perhaps you forgot a comma?", cx.toks[a].start, End::At(cx.toks[b].end));
    f.furthest = cx.toks.get(b + 1).map(|t| t.start);
    Some(f)
}

/// `if x = 1:`, `[x = 1]`: CPython's invalid_named_expression, for an `=` at token `eq`
/// where an expression was being read.
fn named_expression(cx: &Ctx, eq: usize) -> Option<Found> {
    if eq == 0 || !ends_operand(cx.kind(eq - 1)) {
        return None;
    }
    let a = cx.expr_backward(eq - 1);
    // a keyword argument's or a default's value is not a named expression, nor is the name
    // of a class, a function or an import
    if a > 0 && matches!(cx.kind(a - 1), K::Equal | K::Class | K::Def | K::Import | K::From | K::As | K::Global | K::Nonlocal | K::For | K::Del) {
        return None;
    }
    // only an operand (a bitwise_or) can be the left side
    if (a..eq).any(|j| cx.toks[j].depth == cx.toks[a].depth && (is_comparison(cx.kind(j)) || matches!(cx.kind(j), K::And | K::Or))) {
        return None;
    }
    let b = cx.expr_forward(eq + 1, Level::BitwiseOr)?;
    if matches!(cx.kind(b + 1), K::Equal | K::ColonEqual) {
        return None;
    }
    let furthest = cx.toks.get(b + 1).map(|t| t.start);
    if a + 1 == eq && is_name(cx.kind(a)) {
        let mut f = found("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", cx.toks[a].start, End::At(cx.toks[b].end));
        f.furthest = furthest;
        return Some(f);
    }
    let name = cx.expr_name(cx.text(a, eq - 1))?;
    if matches!(name, "True" | "False" | "None" | "list" | "tuple" | "generator expression") {
        return None;
    }
    let mut f = found(format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", name), cx.toks[a].start, End::At(cx.toks[eq - 1].end));
    f.furthest = furthest;
    Some(f)
}

fn expected_token(cx: &Ctx, i: usize, expected: K, got: K) -> Option<Found> {
    if got == K::Equal {
        if let Some(f) = named_expression(cx, i) {
            return Some(f);
        }
    }
    match expected {
        K::Colon if got == K::Comma && cx.toks[i].depth == 0 && matches!(cx.kind(cx.line_start(i)), K::Except) => {
            // `except A, B:` (before 3.14)
            let head = cx.line_start(i);
            let first = if cx.kind(head + 1) == K::Star { head + 2 } else { head + 1 };
            let colon = (i..cx.toks.len()).take_while(|&j| cx.kind(j) != K::Newline).find(|&j| cx.kind(j) == K::Colon && cx.toks[j].depth == 0)?;
            Some(found("multiple exception types must be parenthesized", cx.toks[first].start, End::At(cx.toks[colon - 1].end)))
        }
        K::Colon => {
            // `{1: 2, 3}`: a key without its value
            let d = cx.toks.get(i.checked_sub(1)?)?.depth;
            if d > 0 && matches!(got, K::Comma | K::Rbrace) {
                let open = (0..i).rev().find(|&j| is_open(cx.kind(j)) && cx.toks[j].depth == d - 1)?;
                if cx.kind(open) == K::Lbrace {
                    // CPython points at the key's last character
                    let key_end = cx.toks[i - 1].end;
                    let last = cx.src[..key_end].char_indices().next_back().map(|(p, _)| p).unwrap_or(key_end);
                    return Some(found("':' expected after dictionary key", last, End::Zero));
                }
            }
            if got == K::Newline {
                return Some(found("expected ':'", cx.toks[i].start, End::Same));
            }
            // only some statements insist on their colon
            let head = cx.kind(cx.line_start(i));
            let head = if head == K::Async { cx.kind(cx.line_start(i) + 1) } else { head };
            if matches!(head, K::Def | K::Try | K::Finally | K::Else) {
                let (s, e) = cx.token_range(i);
                return Some(found("expected ':'", s, e));
            }
            None
        }
        K::Lpar => {
            // `def name` insists on its parameters
            let head = cx.line_start(i);
            let head = if cx.kind(head) == K::Async { head + 1 } else { head };
            if cx.kind(head) == K::Def && i == head + 2 {
                let (s, e) = cx.token_range(i);
                return Some(found("expected '('", s, e));
            }
            legacy_print(cx, i).or_else(|| forgot_comma(cx, i))
        }
        K::Else => {
            let d = cx.toks.get(i)?.depth;
            let iff = (0..i).rev().find(|&j| cx.kind(j) == K::If && cx.toks[j].depth == d)?;
            let a = cx.expr_backward(iff.checked_sub(1)?);
            Some(found("expected 'else' after 'if' expression", cx.toks[a].start, End::At(cx.toks[i - 1].end)))
        }
        K::Comma => {
            if is_augassign(got) && cx.toks[i].depth == 0 {
                // `a, b += 1`
                let s = cx.line_start(i);
                return Some(found("'tuple' is an illegal expression for augmented assignment", cx.toks[s].start, End::At(cx.toks[i - 1].end)));
            }
            legacy_print(cx, i).or_else(|| forgot_comma(cx, i))
        }
        _ => legacy_print(cx, i).or_else(|| forgot_comma(cx, i)),
    }
}

/// A range inside an f-string's replacement field moved to where CPython 3.11 reports it: it
/// compiles the field as `(expr)` on its own, so columns count from the field's `{`.
fn field_relative(cx: &Ctx, i: usize, from: usize, to: usize, msg: &str) -> Option<Found> {
    let d = cx.toks.get(i)?.depth;
    let open = (0..i).rev().find(|&j| cx.kind(j) == K::Lbrace && cx.toks[j].depth + 1 == d)?;
    let brace = cx.toks[open].start;
    let ls = cx.src[..brace].rfind('\n').map(|p| p + 1).unwrap_or(0);
    // the field's expression: to its `}`, `!` or format spec's `:`
    let mut j = open + 1;
    while j < cx.toks.len() {
        let t = cx.toks[j];
        if (t.kind == K::Rbrace && t.depth + 1 == d)
            || (matches!(t.kind, K::Exclamation | K::Colon) && t.depth == d)
            || matches!(t.kind, K::Newline | K::FStringMiddle | K::FStringEnd)
        {
            break;
        }
        j += 1;
    }
    let stop = cx.toks.get(j).map(|t| t.start).unwrap_or(cx.src.len());
    let expr = cx.src.get(brace + 1..stop).unwrap_or("");
    // (after an error the parser may not have read the field's `}` as a token)
    let expr = expr.split('}').next().unwrap_or(expr);
    let mut f = found(msg, ls + from.saturating_sub(brace), End::At(ls + to.saturating_sub(brace)));
    f.text = Some(format!("({})", expr));
    Some(f)
}

fn in_fstring(cx: &Ctx, i: usize) -> bool {
    let mut depth = 0i32;
    for j in (0..i.min(cx.toks.len())).rev() {
        match cx.kind(j) {
            K::FStringEnd | K::TStringEnd => depth += 1,
            K::FStringStart | K::TStringStart => {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            K::Newline => return false,
            _ => {}
        }
    }
    false
}

/// ruff reads `f'{#}'` as a comment running to the line's end, so the string is unterminated.
fn fstring_comment(cx: &Ctx, off: usize) -> bool {
    let upto = cx.src[..off.min(cx.src.len())].trim_end_matches(['\n', '\r']);
    let line = &upto[upto.rfind('\n').map(|p| p + 1).unwrap_or(0)..];
    line.find('{').is_some_and(|b| line[b..].contains('#'))
}

fn lower_first(m: &str) -> String {
    let mut c = m.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Start of the string token holding `off` (its prefix included).
fn string_token_start(cx: &Ctx, off: usize) -> usize {
    let i = cx.at(off + 1).saturating_sub(1);
    cx.toks.get(i).map(|t| t.start).unwrap_or(off)
}

/// str.isprintable for the characters that show up in source text by mistake.
fn printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..=0xa0).contains(&u)
        || u == 0xad
        || (0x2000..=0x200f).contains(&u)
        || (0x2028..=0x202f).contains(&u)
        || (0x205f..=0x206f).contains(&u)
        || u == 0x3000
        || u == 0xfeff
        || (0xd800..=0xf8ff).contains(&u)
        || (0xfff0..=0xfffb).contains(&u))
}

/// The unicode-escape error of the string literal holding `off`, as CPython's decoder words
/// it, with the escape's position inside the literal's body.
fn escape_error(src: &str, off: usize) -> Option<(String, usize)> {
    let b = src.as_bytes();
    let (p, q, _) = literal_at(src, off)?;
    let prefix = src[p..q].to_ascii_lowercase();
    if prefix.contains('r') {
        return None;
    }
    let quote = if b.get(q + 1) == Some(&b[q]) && b.get(q + 2) == Some(&b[q]) { 3 } else { 1 };
    let body_start = q + quote;
    let bytes_lit = prefix.contains('b');
    // walk the body's escapes, as the decoder would
    let mut i = body_start;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            let pos = i - body_start;
            let c = b[i + 1];
            let want = match c {
                b'x' => 2,
                b'u' if !bytes_lit => 4,
                b'U' if !bytes_lit => 8,
                b'N' if !bytes_lit => 0,
                _ => {
                    i += 2;
                    continue;
                }
            };
            if c == b'N' {
                let rest = &src[i + 2..];
                let close = rest.find('}');
                let ok_shape = rest.starts_with('{') && close.map(|e| e > 1 && !rest[..e].contains(['\n', '\'', '"'])).unwrap_or(false);
                if !ok_shape {
                    // the decoder read `\N`, and `{` (and `}`) when there
                    let last = match (rest.starts_with('{'), close) {
                        (false, _) => pos + 1,
                        (true, Some(1)) => pos + 3,
                        (true, _) => pos + 2,
                    };
                    return Some((
                        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape", pos, last),
                        q,
                    ));
                }
                let e = close.unwrap();
                let name = &rest[1..e];
                if unicode_names_lookup(name) {
                    i += 3 + e;
                    continue;
                }
                let last = pos + 2 + e;
                return Some((
                    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name", pos, last),
                    q,
                ));
            }
            let digits = b[i + 2..].iter().take(want).take_while(|d| d.is_ascii_hexdigit()).count();
            if digits < want {
                if bytes_lit {
                    return Some((format!("(value error) invalid \\x escape at position {}", pos), q));
                }
                let what = match c {
                    b'x' => "truncated \\xXX escape",
                    b'u' => "truncated \\uXXXX escape",
                    _ => "truncated \\UXXXXXXXX escape",
                };
                let last = pos + 1 + digits;
                return Some((format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", pos, last, what), q));
            }
            if c == b'U' {
                let v = u32::from_str_radix(&src[i + 2..i + 10], 16).unwrap_or(0);
                if v > 0x10ffff {
                    let last = pos + 9;
                    return Some((
                        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character", pos, last),
                        q,
                    ));
                }
            }
            i += 2 + want;
            continue;
        }
        if b[i] == b[q] {
            break;
        }
        i += 1;
    }
    None
}

/// Whether `\N{name}` names a character.
fn unicode_names_lookup(name: &str) -> bool {
    unicode_names2::character(name).is_some()
}

/// The first bad number or stray non-ASCII character in the source: errors CPython's
/// tokenizer raises wherever it meets them, after a parser error too.
pub(crate) fn first_lexical(src: &str, tokens: &Tokens, errs: &[ParseError]) -> Option<Found> {
    let cx = Ctx::new(src, tokens);
    let mut best = first_bad_number(&cx, usize::MAX);
    for e in errs {
        if let P::Lexical(L::UnrecognizedToken { tok }) = &e.error {
            let start = u32::from(e.location.start()) as usize;
            if tok.is_ascii() || best.as_ref().is_some_and(|b| b.start <= start) || in_fstring(&cx, cx.at(start)) {
                continue;
            }
            best = by_kind(&cx, &e.error, start, start + 1);
        }
    }
    best
}

/// The first number literal before `limit` that CPython's tokenizer rejects.
fn first_bad_number(cx: &Ctx, limit: usize) -> Option<Found> {
    for t in &cx.toks {
        if t.start > limit {
            break;
        }
        let b = cx.src.as_bytes();
        let first = b.get(t.start).copied().unwrap_or(b' ');
        let digit_start = first.is_ascii_digit() || (first == b'.' && b.get(t.start + 1).is_some_and(|c| c.is_ascii_digit()));
        if !matches!(t.kind, K::Int | K::Float | K::Complex | K::Unknown | K::Dot) || !digit_start {
            continue;
        }
        // inside an f-string's field, 3.11's tokenizer saw only a string
        if in_fstring(cx, cx.at(t.start)) {
            continue;
        }
        if let Err(f) = scan_number(cx.src, t.start) {
            return Some(f);
        }
    }
    None
}

/// CPython 3.11's tokenizer on the number at `start`: Err with its error, placed where
/// CPython places it (its `tok->cur`, the column after the last character it accepted).
fn scan_number(src: &str, start: usize) -> Result<usize, Found> {
    let b = src.as_bytes();
    let at = |i: usize| -> u8 { b.get(i).copied().unwrap_or(0) };
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 128;
    let err = |msg: String, cur: usize| tokenizer_error(msg, cur.saturating_sub(1), End::Same);
    // `c` is the character at `cur - 1`, just read; the checks below mirror tok_get
    let verify_end = |cur: usize, kind: &str| -> Result<(), Found> {
        let c = at(cur - 1);
        let rest = &b[cur.min(b.len())..];
        // a whole keyword that may follow a number (`1if`, `1else`) is only warned about
        let whole = |w: &[u8]| rest.starts_with(w) && !rest.get(w.len()).is_some_and(|&c| ident(c));
        let keyword = match c {
            b'a' => whole(b"nd"),
            b'e' => whole(b"lse"),
            b'f' => whole(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => whole(b"r"),
            b'n' => whole(b"ot"),
            _ => false,
        };
        if !keyword && ident(c) {
            return Err(err(format!("invalid {} literal", kind), cur - 1));
        }
        Ok(())
    };
    // tok_decimal_tail: digits with single underscores between them; returns cur after
    // reading the first character that is not part of them
    let decimal_tail = |mut cur: usize| -> Result<usize, Found> {
        loop {
            loop {
                cur += 1;
                if !at(cur - 1).is_ascii_digit() {
                    break;
                }
            }
            if at(cur - 1) != b'_' {
                return Ok(cur);
            }
            cur += 1;
            if !at(cur - 1).is_ascii_digit() {
                return Err(err("invalid decimal literal".into(), cur - 1));
            }
        }
    };
    let mut cur = start + 1;
    let mut c = at(start);
    let fraction_and_beyond = |mut cur: usize, mut c: u8, in_fraction: bool| -> Result<usize, Found> {
        if in_fraction {
            // c is the character after '.'
            if c.is_ascii_digit() {
                cur = decimal_tail(cur)?;
                c = at(cur - 1);
            }
        }
        if c == b'e' || c == b'E' {
            let e_at = cur;
            cur += 1;
            c = at(cur - 1);
            if c == b'+' || c == b'-' {
                cur += 1;
                c = at(cur - 1);
                if !c.is_ascii_digit() {
                    return Err(err("invalid decimal literal".into(), cur - 1));
                }
            } else if !c.is_ascii_digit() {
                // back to the 'e': the number ends before it
                verify_end(e_at, "decimal")?;
                return Ok(e_at - 1);
            }
            cur = decimal_tail(cur)?;
            c = at(cur - 1);
        }
        if c == b'j' || c == b'J' {
            cur += 1;
            verify_end(cur, "imaginary")?;
        } else {
            verify_end(cur, "decimal")?;
        }
        Ok(cur - 1)
    };
    if c == b'.' {
        cur += 1;
        return fraction_and_beyond(cur, at(cur - 1), true);
    }
    if c == b'0' {
        cur += 1;
        c = at(cur - 1);
        let radix = match c {
            b'x' | b'X' => Some((16u32, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, kind)) = radix {
            cur += 1;
            c = at(cur - 1);
            loop {
                if c == b'_' {
                    cur += 1;
                    c = at(cur - 1);
                }
                if !(c as char).is_digit(radix) {
                    if radix != 16 && c.is_ascii_digit() {
                        return Err(err(format!("invalid digit '{}' in {} literal", c as char, kind), cur));
                    }
                    return Err(err(format!("invalid {} literal", kind), cur - 1));
                }
                while (c as char).is_digit(radix) {
                    cur += 1;
                    c = at(cur - 1);
                }
                if c != b'_' {
                    break;
                }
            }
            if radix != 16 && c.is_ascii_digit() {
                return Err(err(format!("invalid digit '{}' in {} literal", c as char, kind), cur));
            }
            verify_end(cur, kind)?;
            return Ok(cur - 1);
        }
        let mut nonzero = false;
        loop {
            if c == b'_' {
                cur += 1;
                c = at(cur - 1);
                if !c.is_ascii_digit() {
                    return Err(err("invalid decimal literal".into(), cur - 1));
                }
            }
            if c != b'0' {
                break;
            }
            cur += 1;
            c = at(cur - 1);
        }
        let zeros_end = cur;
        if c.is_ascii_digit() {
            nonzero = true;
            cur = decimal_tail(cur)?;
            c = at(cur - 1);
        }
        if c == b'.' {
            cur += 1;
            return fraction_and_beyond(cur, at(cur - 1), true);
        }
        if matches!(c, b'e' | b'E' | b'j' | b'J') {
            return fraction_and_beyond(cur, c, false);
        }
        if nonzero {
            return Err(tokenizer_error(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start,
                End::At(zeros_end - 1),
            ));
        }
        verify_end(cur, "decimal")?;
        return Ok(cur - 1);
    }
    cur = decimal_tail(start + 1)?;
    c = at(cur - 1);
    if c == b'.' {
        cur += 1;
        return fraction_and_beyond(cur, at(cur - 1), true);
    }
    fraction_and_beyond(cur, c, false)
}

/// A source ruff accepts that CPython 3.11 does not: syntax from later versions (PEP 701's
/// f-strings, type parameters and aliases, template strings, unparenthesized exception
/// lists) and f-string replacement fields nested three deep.
pub(crate) fn unsupported(src: &str, tokens: &Tokens, errs: &[ruff_python_parser::UnsupportedSyntaxError]) -> Option<Found> {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as U;
    let cx = Ctx::new(src, tokens);
    let mut best = fstring_too_deep(&cx);
    for e in errs {
        let start = u32::from(e.range.start()) as usize;
        let end = u32::from(e.range.end()) as usize;
        let f = match e.kind {
            U::Pep701FString(kind) => {
                // (the kind's type is not exported by the parser crate)
                let kind = format!("{:?}", kind);
                let msg = match kind.as_str() {
                    "Backslash" => "f-string expression part cannot include a backslash",
                    "Comment" => "f-string expression part cannot include '#'",
                    "NestedQuote" => "f-string: expecting '}'",
                    _ => continue,
                };
                let (s, e) = if kind == "NestedQuote" { after_311_string(&cx, start) } else { cx.after_string(start) };
                found(msg, s, e)
            }
            U::TypeAliasStatement => {
                let (s, e) = cx.token_range(cx.at(start) + 1);
                found("invalid syntax", s, e)
            }
            U::TypeParameterList => {
                let i = cx.at(start);
                let (s, e) = cx.token_range(i);
                let head = cx.kind(cx.line_start(i));
                let def = head == K::Def || (head == K::Async && cx.kind(cx.line_start(i) + 1) == K::Def);
                found(if def { "expected '('" } else { "invalid syntax" }, s, e)
            }
            U::UnparenthesizedExceptionTypes => found("multiple exception types must be parenthesized", start, End::At(end)),
            U::TemplateStrings => {
                // `t"..."` reads as the name t before a string
                let i = cx.at(start);
                let last = cx.fstring_end(i);
                found("invalid syntax", cx.toks[i].start + 1, End::At(cx.toks[last].end))
            }
            _ => continue,
        };
        if best.as_ref().map(|b| f.start < b.start).unwrap_or(true) {
            best = Some(f);
        }
    }
    best
}

/// For `f'{'a'}'`: CPython 3.11's f-string ends at the first quote like its opening one, and
/// its parser stops on what follows.
fn after_311_string(cx: &Ctx, off: usize) -> (usize, End) {
    let mut i = cx.at(off + 1).saturating_sub(1);
    while i > 0 && cx.kind(i) != K::FStringStart {
        i -= 1;
    }
    let b = cx.src.as_bytes();
    let t = cx.toks[i];
    let q = b[t.end - 1];
    let mut p = t.end;
    while p < b.len() && b[p] != q {
        p += 1;
    }
    p += 1;
    while p < b.len() && b[p] == b' ' {
        p += 1;
    }
    raw_token(cx.src, p)
}

/// CPython 3.11 allows a replacement field inside a format spec, but not one more inside that.
fn fstring_too_deep(cx: &Ctx) -> Option<Found> {
    #[derive(PartialEq, Clone, Copy)]
    enum S {
        Field,
        Spec,
        Bracket,
    }
    let mut i = 0;
    while i < cx.toks.len() {
        if cx.kind(i) != K::FStringStart {
            i += 1;
            continue;
        }
        let end = cx.fstring_end(i);
        let mut stack: Vec<S> = Vec::new();
        let mut j = i + 1;
        while j < end {
            match cx.kind(j) {
                K::Lbrace if matches!(stack.last(), None | Some(S::Spec)) => {
                    if stack.iter().filter(|s| matches!(s, S::Field | S::Spec)).count() >= 2 {
                        let (s, e) = cx.after_string(cx.toks[i].start);
                        return Some(found("f-string: expressions nested too deeply", s, e));
                    }
                    stack.push(S::Field);
                }
                K::Lbrace | K::Lpar | K::Lsqb => stack.push(S::Bracket),
                K::Rbrace | K::Rpar | K::Rsqb => {
                    stack.pop();
                }
                K::Colon if stack.last() == Some(&S::Field) => {
                    *stack.last_mut().unwrap() = S::Spec;
                }
                K::FStringStart => j = cx.fstring_end(j),
                _ => {}
            }
            j += 1;
        }
        i = end + 1;
    }
    None
}

/// `1if x else 2`, `0x1for`: a number run into a keyword. CPython's tokenizer accepts it with
/// a SyntaxWarning ("invalid decimal literal") that the parser (ruff) does not give, and
/// rejects a number run into any other name (`0x1for_`), which ruff reads as two tokens.
pub(crate) fn number_warnings(src: &str, tokens: &Tokens, limit: usize) -> Option<Found> {
    let b = src.as_bytes();
    let idx = super::LineIndex::new(src);
    for t in tokens.iter() {
        if u32::from(t.start()) as usize >= limit {
            break;
        }
        if !matches!(t.kind(), K::Int | K::Float | K::Complex) {
            continue;
        }
        let r = t.range();
        let end = u32::from(r.end()) as usize;
        let next = b.get(end).copied().unwrap_or(0);
        if !(next.is_ascii_alphanumeric() || next == b'_' || next >= 128) {
            continue;
        }
        if let Err(f) = scan_number(src, u32::from(r.start()) as usize) {
            return Some(f);
        }
        let text = src[u32::from(r.start()) as usize..end].to_ascii_lowercase();
        let kind = if text.ends_with('j') {
            "imaginary"
        } else if text.starts_with("0x") {
            "hexadecimal"
        } else if text.starts_with("0o") {
            "octal"
        } else if text.starts_with("0b") {
            "binary"
        } else {
            "decimal"
        };
        crate::push_warning(idx.line(r.end()), format!("invalid {} literal", kind));
    }
    None
}

/// The line of the token CPython's parser read last: the first real token after the error
/// token (a line break inside brackets is no token for CPython; past the last token, the
/// end of the input).
pub(crate) fn error_line(src: &str, tokens: &Tokens, start: usize) -> u32 {
    let cx = Ctx::new(src, tokens);
    let mut i = cx.at(start);
    while cx.kind(i) == K::Dedent {
        i += 1;
    }
    let at = cx.toks.get(i).map(|t| t.start).unwrap_or(src.len());
    super::LineIndex::new(src).line(ruff_text_size::TextSize::from(at.min(src.len()) as u32))
}

/// How far CPython's second pass reads into a bracket the input never closes, opened at `open`
/// after the parser's error: it parses the expression inside, so it stops on the first token
/// after that expression (the end of the input when the expression runs to it). None where
/// no expression is parsed (the name in `import x[`, `class C{`).
pub(crate) fn furthest_in_bracket(src: &str, tokens: &Tokens, open: usize) -> Option<usize> {
    let cx = Ctx::new(src, tokens);
    let i = cx.at(open);
    if cx.kind(i) != K::Lpar && cx.kind(i) != K::Lsqb && cx.kind(i) != K::Lbrace {
        return None;
    }
    let head = cx.kind(cx.line_start(i));
    if matches!(head, K::Import | K::From | K::Class | K::Def | K::Except | K::Global | K::Nonlocal) {
        return None;
    }
    let next = match cx.expr_forward(i + 1, Level::Expression) {
        Some(l) => l + 1,
        None => i + 1,
    };
    Some(cx.toks.get(next).map(|t| t.start).unwrap_or(src.len()))
}

/// The end of the token at `start` (the parser's error token).
pub(crate) fn token_end(src: &str, tokens: &Tokens, start: usize) -> usize {
    let cx = Ctx::new(src, tokens);
    let i = cx.at(start);
    cx.toks.get(i).map(|t| t.end).unwrap_or(start)
}
