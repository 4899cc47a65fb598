//! Golden programs: every `tests/programs/<area>/*.py` runs through the built gilpy and must
//! print exactly what CPython 3.11 printed (`.out`, plus `.err` and `.code` for programs that
//! fail on purpose). `tests/regen.py` records those files with python3.
//!
//! Normalization, both sides alike: the repository path is removed from stderr (CPython
//! prints absolute script paths; tests/regen.py records them relative to the repository).
//! Everything else, position markers (`^^^`, `~~^~~`) included, must match exactly.
//!
//! `tests/known_failures.txt` lists programs that do not pass yet, one path per line; a
//! listed program that passes fails the run, so the list only shrinks.
//!
//! Leak check: every program runs with GILPY_LEAKCHECK=1, so gilpy reports on stderr how
//! many objects are still alive after its shutdown (which frees what CPython's frees: module
//! globals, cycles). A passing program must end within LEAK_MARGIN objects of an empty
//! program, unless `tests/leak_exempt.txt` lists it with its reason.

use std::collections::BTreeSet;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().parent().unwrap().to_path_buf()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect(&p, out);
        } else if name.ends_with(".py") {
            out.push(p);
        }
    }
}

/// Objects a program may leave alive beyond what an empty program leaves (interned and
/// cached objects that imports create).
const LEAK_MARGIN: i64 = 100;

/// Take gilpy's leak report out of its stderr: (stderr without it, objects alive).
fn split_leak_report(stderr: &str) -> (String, Option<i64>) {
    let mut alive = None;
    let mut kept = String::new();
    for line in stderr.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("gilpy-leakcheck: ") {
            alive = rest.split_whitespace().next().and_then(|n| n.parse().ok());
            continue;
        }
        kept.push_str(line);
    }
    (kept, alive)
}

fn normalize_err(s: &str, root: &str) -> String {
    s.replace(&format!("{}/", root), "")
}

struct Outcome {
    rel: String,
    ok: bool,
    detail: String,
    /// objects alive after shutdown, as gilpy reported
    alive: Option<i64>,
}

fn run_one(bin: &Path, root: &Path, prog: &Path) -> Outcome {
    let rel = prog.strip_prefix(root).unwrap().to_string_lossy().to_string();
    let mut child = Command::new(bin)
        .arg(&rel)
        .current_dir(root)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        // as tests/regen.py records CPython: a program that ends with os._exit keeps what it
        // printed
        .env("PYTHONUNBUFFERED", "1")
        .env("GILPY_LEAKCHECK", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // its own process group, so that children it leaves behind can be found and killed
        .process_group(0)
        .spawn()
        .expect("spawn gilpy");
    let pgid = child.id() as i32;
    let start = Instant::now();
    let limit = Duration::from_secs(60);
    let out_h = child.stdout.take().unwrap();
    let err_h = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut { out_h }, &mut s).ok();
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut { err_h }, &mut s).ok();
        s
    });
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break Some(st);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // Processes the program started may still hold its output pipes: give them a moment to
    // end (a daemon child being terminated), then kill the group; one still there is a fault
    // (an orphan left behind), not a reason to hang the harness.
    let grace = Instant::now();
    while !(t_out.is_finished() && t_err.is_finished()) && grace.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let orphans = !(t_out.is_finished() && t_err.is_finished());
    // SAFETY: kill(2) on our own child's process group; the group id is the child's pid.
    unsafe { libc::kill(-pgid, libc::SIGKILL) };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
    let status = match status {
        Some(s) => s,
        None => return Outcome { rel, ok: false, detail: "timed out after 60 s".into(), alive: None },
    };
    if orphans {
        return Outcome { rel, ok: false, detail: "processes it started were still running 5 s after it ended".into(), alive: None };
    }
    let (stderr, alive) = split_leak_report(&stderr);
    // death by signal N reads as -N, as Python's subprocess reports it
    let code = status.code().unwrap_or_else(|| -std::os::unix::process::ExitStatusExt::signal(&status).unwrap_or(1));
    let base = prog.with_extension("");
    let want_out = std::fs::read_to_string(base.with_extension("out")).unwrap_or_default();
    let want_code: i32 = std::fs::read_to_string(base.with_extension("code")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let root_s = root.to_string_lossy().to_string();
    // tracebacks name the script by its absolute path; the goldens hold it relative
    let stdout = normalize_err(&stdout, &root_s);
    let mut detail = String::new();
    if stdout != want_out {
        detail.push_str(&format!("stdout differs:\n{}", diff(&want_out, &stdout)));
    }
    if code != want_code {
        detail.push_str(&format!("exit status {} (want {})\nstderr:\n{}", code, want_code, stderr));
    }
    let err_file = base.with_extension("err");
    if want_code != 0 || err_file.exists() {
        let want_err = normalize_err(&std::fs::read_to_string(&err_file).unwrap_or_default(), &root_s);
        let got_err = normalize_err(&stderr, &root_s);
        if want_err != got_err {
            detail.push_str(&format!("stderr differs:\n{}", diff(&want_err, &got_err)));
        }
    } else if code == 0 && !stderr.is_empty() && detail.is_empty() {
        detail.push_str(&format!("unexpected stderr:\n{}", stderr));
    }
    Outcome { rel, ok: detail.is_empty(), detail, alive }
}

/// A short line diff: the first differing lines with context.
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let a = w.get(i).copied();
        let b = g.get(i).copied();
        if a != b {
            out.push_str(&format!("  line {}:\n    - {}\n    + {}\n", i + 1, a.unwrap_or("<missing>"), b.unwrap_or("<missing>")));
            shown += 1;
            if shown >= 5 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    out
}

fn known_failures(root: &Path) -> BTreeSet<String> {
    listed(root, "tests/known_failures.txt")
}

fn listed(root: &Path, file: &str) -> BTreeSet<String> {
    std::fs::read_to_string(root.join(file))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn golden_programs() {
    let root = repo_root();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_gilpy"));
    let mut progs = Vec::new();
    collect(&root.join("tests/programs"), &mut progs);
    assert!(!progs.is_empty(), "no golden programs found");
    // GOLDEN_FILTER=threads/ runs only the programs whose path contains it
    let filter = std::env::var("GOLDEN_FILTER").ok();
    if let Some(f) = &filter {
        progs.retain(|p| p.to_string_lossy().contains(f.as_str()));
    }
    let known = known_failures(&root);
    let exempt = listed(&root, "tests/leak_exempt.txt");
    // what an empty program leaves alive
    let empty = Command::new(&bin).args(["-c", "pass"]).env("GILPY_LEAKCHECK", "1").output().expect("run gilpy");
    let baseline = split_leak_report(&String::from_utf8_lossy(&empty.stderr)).1.expect("gilpy reports objects alive at exit");
    let queue = Arc::new(Mutex::new(progs));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2))
        .map(|_| {
            let (q, r, bin, root) = (queue.clone(), results.clone(), bin.clone(), root.clone());
            std::thread::spawn(move || loop {
                let p = q.lock().unwrap().pop();
                match p {
                    Some(p) => {
                        let o = run_one(&bin, &root, &p);
                        r.lock().unwrap().push(o);
                    }
                    None => break,
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.rel.cmp(&b.rel));
    let mut failed = Vec::new();
    let mut unexpected_pass = Vec::new();
    let mut passed = 0;
    let mut expected_fail = 0;
    for o in &results {
        let listed = known.contains(&o.rel);
        match (o.ok, listed) {
            (true, false) => passed += 1,
            (true, true) => unexpected_pass.push(o.rel.clone()),
            (false, true) => expected_fail += 1,
            (false, false) => failed.push(o),
        }
    }
    for o in &failed {
        eprintln!("FAIL {}\n{}", o.rel, o.detail);
    }
    let mut leaks = Vec::new();
    for o in &results {
        if o.ok && !known.contains(&o.rel) && !exempt.contains(&o.rel) {
            match o.alive {
                Some(n) if n <= baseline + LEAK_MARGIN => {}
                Some(n) => leaks.push(format!("{}: {} objects alive at exit (an empty program: {})", o.rel, n, baseline)),
                None => leaks.push(format!("{}: no leak report on stderr", o.rel)),
            }
        }
    }
    for l in &leaks {
        eprintln!("LEAK {}", l);
    }
    for r in &unexpected_pass {
        eprintln!("PASS but listed in tests/known_failures.txt (remove it): {}", r);
    }
    eprintln!(
        "golden: {} passed, {} failed, {} known failures, {} listed but passing, {} leaking",
        passed,
        failed.len(),
        expected_fail,
        unexpected_pass.len(),
        leaks.len()
    );
    assert!(
        failed.is_empty() && unexpected_pass.is_empty() && leaks.is_empty(),
        "{} golden programs failed, {} unexpectedly passed, {} leaked",
        failed.len(),
        unexpected_pass.len(),
        leaks.len()
    );
}

/// The lecture's refcount example, verbatim from ../shared/lecture/.
#[test]
fn lecture_refcount_example() {
    let root = repo_root();
    let lecture = root.parent().unwrap().join("shared/lecture");
    let prog = lecture.join("example_2_1_refcount.py");
    if !prog.exists() {
        panic!("../shared/lecture/example_2_1_refcount.py is missing");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).arg(&prog).output().unwrap();
    let want = std::fs::read_to_string(lecture.join("example_2_1_refcount.out")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    assert!(out.status.success());
}

/// The lecture's threads-versus-processes example, verbatim: it prints three timings, so the
/// test checks that it runs and prints the three labelled lines (no timing is asserted).
#[test]
fn lecture_threads_vs_processes_example() {
    let root = repo_root();
    let prog = root.parent().unwrap().join("shared/lecture/example_3_1_threads_vs_processes.py");
    if !prog.exists() {
        panic!("../shared/lecture/example_3_1_threads_vs_processes.py is missing");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).arg(&prog).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(lines.len(), 3, "{}", text);
    assert!(lines[0].starts_with("Sequential:    ") && lines[0].ends_with('s'), "{}", text);
    assert!(lines[1].starts_with("4 Threads:     ") && lines[1].ends_with("s (GIL bottleneck)"), "{}", text);
    assert!(lines[2].starts_with("4 Processes:   ") && lines[2].ends_with("s (true parallelism)"), "{}", text);
}
