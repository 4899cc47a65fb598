//! The `unicode_escape` and `raw_unicode_escape` codecs: text as Python's escape sequences,
//! in Latin-1 bytes. Encoding writes what a string literal would need (raw: only `\u` and
//! `\U` for characters past Latin-1); decoding reads the escapes of a (raw) string literal.

use super::bytes::decode_error_at;
use crate::Vm;

/// unicode_escape / raw_unicode_escape encoding (it cannot fail).
pub fn encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if raw {
            if n < 0x100 {
                out.push(n as u8);
            } else if n < 0x10000 {
                out.extend_from_slice(format!("\\u{:04x}", n).as_bytes());
            } else {
                out.extend_from_slice(format!("\\U{:08x}", n).as_bytes());
            }
            continue;
        }
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(n as u8),
            _ => out.extend_from_slice(super::str::escape_code_point(n).as_bytes()),
        }
    }
    out
}

/// unicode_escape / raw_unicode_escape decoding, with the error handlers of the other
/// codecs.
pub fn decode(vm: &Vm, b: &[u8], errors: &str, raw: bool) -> crate::PyResult<String> {
    let codec = if raw { "rawunicodeescape" } else { "unicodeescape" };
    let mut out = String::with_capacity(b.len());
    let mut first_invalid: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(char::from(c));
            i += 1;
            continue;
        }
        let start = i;
        if raw {
            // a backslash escapes only \u and \U, and only when it is not itself escaped
            let mut run = 0;
            while i + run < b.len() && b[i + run] == b'\\' {
                run += 1;
            }
            let next = b.get(i + run).copied();
            if run % 2 == 0 || !matches!(next, Some(b'u' | b'U')) {
                out.extend(std::iter::repeat_n('\\', run));
                i += run;
                continue;
            }
            out.extend(std::iter::repeat_n('\\', run - 1));
            i += run - 1;
        }
        let Some(&kind) = b.get(i + 1) else {
            handle(vm, &mut out, errors, codec, b, start, b.len(), "\\ at end of string")?;
            break;
        };
        i += 2;
        let simple = match kind {
            b'\n' if !raw => Some(None),
            b'\\' if !raw => Some(Some('\\')),
            b'\'' if !raw => Some(Some('\'')),
            b'"' if !raw => Some(Some('"')),
            b'a' if !raw => Some(Some('\x07')),
            b'b' if !raw => Some(Some('\x08')),
            b'f' if !raw => Some(Some('\x0c')),
            b'n' if !raw => Some(Some('\n')),
            b'r' if !raw => Some(Some('\r')),
            b't' if !raw => Some(Some('\t')),
            b'v' if !raw => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match kind {
            b'0'..=b'7' if !raw => {
                let mut n = u32::from(kind - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            n = n * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' if !raw || kind != b'x' => {
                let (digits, what) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut n: u32 = 0;
                let mut got = 0;
                while got < digits {
                    match b.get(i).and_then(|d| char::from(*d).to_digit(16)) {
                        Some(v) => {
                            n = n.wrapping_mul(16).wrapping_add(v);
                            i += 1;
                            got += 1;
                        }
                        None => break,
                    }
                }
                if got < digits {
                    handle(vm, &mut out, errors, codec, b, start, i, what)?;
                    continue;
                }
                match char::from_u32(n) {
                    Some(ch) => out.push(ch),
                    None if n <= 0x10ffff => out.push('\u{fffd}'),
                    None => handle(vm, &mut out, errors, codec, b, start, i, "illegal Unicode character")?,
                }
            }
            b'N' if !raw => {
                // names need the Unicode database, which gilpy does not carry
                let end = b[i..].iter().position(|c| *c == b'}').map(|p| i + p + 1).unwrap_or(b.len());
                handle(vm, &mut out, errors, codec, b, start, end, "\\N escapes not supported (can't load unicodedata module)")?;
                i = end;
            }
            other => {
                // an unknown escape stays as it is (and 3.11 warns of the first)
                out.push('\\');
                out.push(char::from(other));
                first_invalid.get_or_insert(other);
            }
        }
    }
    if let Some(c) = first_invalid {
        let warnings = crate::runtime::import::import_module(vm, "warnings")?;
        let warn = vm.getattr_str(&crate::object::Value::Obj(warnings), "warn")?;
        let msg = super::str::new_str(&format!("invalid escape sequence '\\{}'", char::from(c)));
        let category = crate::object::Value::Obj(crate::runtime::rt().e.deprecation_warning.clone());
        vm.call(&warn, &[msg, category], crate::types::payload::KwArgs::EMPTY)?;
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn handle(vm: &Vm, out: &mut String, errors: &str, codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> crate::PyResult<()> {
    match errors {
        "replace" => out.push('\u{fffd}'),
        "ignore" => {}
        "backslashreplace" => b[start..end].iter().for_each(|c| out.push_str(&format!("\\x{:02x}", c))),
        "strict" | "surrogateescape" | "surrogatepass" => return Err(decode_error_at(vm, codec, b, start, end, reason)),
        other => return Err(super::str::unknown_error_handler(vm, other)),
    }
    Ok(())
}
