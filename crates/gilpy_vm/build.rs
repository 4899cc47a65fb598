//! Embeds every Python module under `lib/` into the binary, so adding a library module is adding
//! a file: `lib/a/b.py` becomes module `a.b`, `lib/a/__init__.py` package `a`.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("lib/ is readable").filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                let full = format!("{}{}", prefix, name);
                out.push((full.clone(), path.join("__init__.py"), true));
                walk(&path, &format!("{}.", full), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{}{}", prefix, stem), path.clone(), false));
            }
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut mods = Vec::new();
    walk(&root, "", &mut mods);
    mods.sort_by(|a, b| a.0.cmp(&b.0));
    let mut src = String::from("/// (module name, source, is a package), sorted by name for binary search.\npub static LIB: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={}", path.display());
        src.push_str(&format!("    ({:?}, include_str!({:?}), {}),\n", name, path.display().to_string(), pkg));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_lib.rs");
    std::fs::write(out, src).unwrap();
}
