//! "Did you mean" for NameError and AttributeError, which CPython 3.11 appends to the last
//! line when it prints such an exception (not to `str(e)`).
//!
//! The candidates are, for a NameError, the local variable names of the code it was raised
//! in, then its globals, then the builtins (the first list with a close name wins); for an
//! AttributeError, `dir(obj)`. The closest candidate by a weighted edit distance is taken, if
//! it is close enough: inserting or deleting a character costs 2, changing one costs 2, or 1
//! when only its case changes, and at most a third of the characters may need changing.
//! Ties go to the earlier candidate. Long names (over 40 bytes) and long lists (750 entries
//! or more) get no suggestion.

use crate::object::PyRef;
use crate::runtime::rt;
use crate::types::{dict, str as pystr, typeobj};
use crate::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_LEN: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The suggestion for `exc`, if CPython would print one.
pub fn suggestion(vm: &Vm, exc: &PyRef) -> Option<String> {
    let ty = exc.ty();
    let attr = |n: &str| exc.dict().and_then(|d| dict::get_str(&d, &rt().intern(n)));
    if typeobj::is_subtype(ty, &rt().e.name_error) {
        let name = attr("name").and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))?;
        let ed = crate::types::exceptions::exc_data(exc)?;
        // SAFETY: GIL invariant; cloned out.
        let (globals, builtins) = unsafe { (*ed.name_scope.get()).clone() }?;
        let tb = ed.traceback();
        let code = tb.first().map(|(c, _, _)| c.clone())?;
        let varnames: Vec<String> = crate::eval::frame::code_data(&code).code.varnames.iter().map(|s| s.to_string()).collect();
        if let Some(s) = closest(&varnames, &name) {
            return Some(s);
        }
        if let Some(s) = closest(&dict_keys(&globals), &name) {
            return Some(s);
        }
        return closest(&dict_keys(&builtins), &name);
    }
    if typeobj::is_subtype(ty, &rt().e.attribute_error) {
        let name = attr("name").and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))?;
        let obj = attr("obj")?;
        let dir_fn = dict::get_str(&rt().builtins_dict, &rt().intern("dir"))?;
        let listing = vm.call(&dir_fn, &[obj], crate::types::payload::KwArgs::EMPTY).ok()?;
        let names: Vec<String> = vm.collect(&listing).ok()?.iter().filter_map(|v| pystr::as_str(v).map(|s| s.to_string())).collect();
        return closest(&names, &name);
    }
    None
}

fn dict_keys(d: &PyRef) -> Vec<String> {
    dict::keys(d).iter().filter_map(|k| pystr::as_str(k).map(|s| s.to_string())).collect()
}

fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES || name.len() > MAX_LEN {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for c in candidates {
        if c == name || c.len() > MAX_LEN {
            continue;
        }
        // no more than a third of the characters changed, and better than the best so far
        let limit = ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = distance(name.as_bytes(), c.as_bytes());
        if d > limit {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(c);
            best_distance = d;
        }
    }
    best.cloned()
}

fn substitution(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between two byte strings.
fn distance(a: &[u8], b: &[u8]) -> usize {
    // common prefixes and suffixes cost nothing
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    // one row of the table at a time: row[j] = cost of turning b[..i] into a[..j+1]
    let mut row: Vec<usize> = (1..=a.len()).map(|j| j * MOVE_COST).collect();
    let mut result = 0;
    for (i, &cb) in b.iter().enumerate() {
        let mut diagonal = i * MOVE_COST;
        result = diagonal;
        for (j, &ca) in a.iter().enumerate() {
            let substitute = diagonal + substitution(cb, ca);
            diagonal = row[j];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[j] = result;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn weighted_distances() {
        assert_eq!(distance(b"counter", b"countr"), 2);
        assert_eq!(distance(b"start", b"strat"), 4);
        assert_eq!(distance(b"Thread", b"thread"), 1);
        assert_eq!(distance(b"abc", b"abc"), 0);
        assert_eq!(distance(b"", b"ab"), 4);
    }
}
