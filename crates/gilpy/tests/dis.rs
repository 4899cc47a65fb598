//! Snapshot tests for `dis` (issue 9): gilpy's bytecode is its own, so its disassembly cannot
//! be compared with CPython's. tests/dis/NAME.py is disassembled with `gilpy -m dis` and the
//! text compared with tests/dis/NAME.dis (code objects' addresses replaced by 0x...). A
//! change to the compiler that changes the bytecode shows here as a diff; after checking it,
//! `GILPY_UPDATE_SNAPSHOTS=1 cargo test --release --test dis` records the new text.
//! The layout itself is checked against CPython 3.11 by tests/programs/dis/.

use std::path::Path;
use std::process::Command;

fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i]);
        out.push_str(" at 0x...");
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

#[test]
fn disassemblies_match_their_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = root.join("tests/dis");
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    names.sort();
    assert!(!names.is_empty(), "no programs in {}", dir.display());
    let update = std::env::var_os("GILPY_UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for py in names {
        let rel = py.strip_prefix(&root).unwrap().to_string_lossy().into_owned();
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).args(["-m", "dis", &rel]).current_dir(&root).output().expect("run gilpy");
        assert!(out.status.success(), "gilpy -m dis {} failed: {}", rel, String::from_utf8_lossy(&out.stderr));
        let got = normalize(&String::from_utf8_lossy(&out.stdout));
        let snap = py.with_extension("dis");
        if update {
            std::fs::write(&snap, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&snap).unwrap_or_default();
        if got != want {
            let first = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{}: differs from {} at line {}:\n  got:  {}\n  want: {}",
                rel,
                snap.display(),
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                want.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn normalize_hides_addresses_only() {
    assert_eq!(normalize("<code object f at 0x7f00ab12, file \"x\", line 1>"), "<code object f at 0x..., file \"x\", line 1>");
    assert_eq!(normalize("no address here"), "no address here");
}
