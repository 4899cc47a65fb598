//! The GIL lab: `-X gil=legacy`, `-X gil-trace`, `-X gil-stats`, `-X gil-timeline`, the
//! `gil` module and the `gil-timeline` subcommand. Every run has a time limit; nothing here
//! asserts a duration. Traces are checked for their format (a golden event sequence for a
//! single thread, whose events do not depend on timing) and for the GIL's own invariant: no
//! two threads of one process ever hold it at once.

use serde_json::Value as J;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gilpy-gil-lab-{}-{}", std::process::id(), name));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Run gilpy with `args`, killing it after `limit`.
fn run(args: &[&str], env: &[(&str, &str)], limit: Duration) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    cmd.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).env_remove("GILPY_GILTRACE_OWNER").env_remove("PYTHON_GIL");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("start gilpy");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!("gilpy {:?} ran past {:?}; stderr:\n{}", args, limit, String::from_utf8_lossy(&out.stderr));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "gilpy failed: {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn load(p: &Path) -> Vec<J> {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("read {}: {}", p.display(), e));
    let doc: J = serde_json::from_str(&text).expect("the trace is JSON");
    assert_eq!(doc["otherData"]["generator"], "gilpy");
    doc["traceEvents"].as_array().expect("traceEvents").clone()
}

fn s<'a>(e: &'a J, k: &str) -> &'a str {
    e[k].as_str().unwrap_or("")
}

/// The raw GIL events of one thread, as "name" or "name:why".
fn thread_events(events: &[J], tid: u64) -> Vec<String> {
    events
        .iter()
        .filter(|e| s(e, "ph") == "i" && e["tid"].as_u64() == Some(tid))
        .map(|e| match e["args"]["why"].as_str() {
            Some(w) => format!("{}:{}", s(e, "name"), w),
            None => s(e, "name").to_string(),
        })
        .collect()
}

fn tid_named(events: &[J], name: &str) -> u64 {
    events
        .iter()
        .find(|e| s(e, "name") == "thread_name" && e["args"]["name"] == name)
        .and_then(|e| e["tid"].as_u64())
        .unwrap_or_else(|| panic!("no thread named {}", name))
}

const SINGLE: &str = "
import time, _thread, os, hashlib, zlib
time.sleep(0.001)
l = _thread.allocate_lock()
l.acquire()
l.acquire(timeout=0.001)
r, w = os.pipe()
os.write(w, b'x')
os.read(r, 1)
hashlib.sha256(b'x' * 100000)
zlib.compress(b'x' * 100000)
";

#[test]
fn trace_of_one_thread_is_golden() {
    let d = scratch("single");
    let trace = d.join("t.json");
    let out = run(&["-X", &format!("gil-trace={}", trace.display()), "-c", SINGLE], &[], Duration::from_secs(30));
    ok(&out);
    let ev = load(&trace);
    let main = tid_named(&ev, "MainThread");
    let golden = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/gil/single_thread.events")).unwrap();
    let want: Vec<&str> = golden.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert_eq!(thread_events(&ev, main), want);
    // every event has what Perfetto needs
    for e in &ev {
        assert!(e["ph"].is_string() && e["pid"].is_u64() && e["tid"].is_u64(), "{}", e);
        if s(e, "ph") != "M" {
            assert!(e["ts"].is_f64() || e["ts"].is_u64(), "{}", e);
        }
        if s(e, "ph") == "X" {
            assert!(e["dur"].as_f64().unwrap() >= 0.0);
        }
    }
    let _ = std::fs::remove_dir_all(&d);
}

const CONTENDED: &str = "
import threading, time, hashlib
def count(n):
    while n > 0:
        n -= 1
def nap():
    for _ in range(5):
        time.sleep(0.04)
def digest():
    hashlib.sha256(b'y' * (4 << 20)).hexdigest()
ts = [threading.Thread(target=count, args=(400000,)) for _ in range(3)]
ts += [threading.Thread(target=nap), threading.Thread(target=digest)]
for t in ts: t.start()
# nap sleeps for 0.2 s in all, so joining it blocks however soon the counting threads end
for t in reversed(ts): t.join()
";

/// The GIL's invariant, read off a trace: the holding slices of one process never overlap,
/// and each thread's events follow request -> take -> drop.
fn check_exclusive(ev: &[J]) {
    let mut holds: Vec<(u64, f64, f64, u64)> = ev
        .iter()
        .filter(|e| s(e, "ph") == "X" && s(e, "name") == "holding")
        .map(|e| {
            let ts = e["ts"].as_f64().unwrap();
            (e["pid"].as_u64().unwrap(), ts, ts + e["dur"].as_f64().unwrap(), e["tid"].as_u64().unwrap())
        })
        .collect();
    assert!(holds.len() > 5, "too few holding slices: {}", holds.len());
    holds.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap());
    for w in holds.windows(2) {
        if w[0].0 == w[1].0 {
            // microsecond text with three decimals: equal stamps may round together
            assert!(w[1].1 + 0.002 >= w[0].2, "threads {} and {} hold the GIL at once: {:?} {:?}", w[0].3, w[1].3, w[0], w[1]);
        }
    }
    let mut tids: Vec<u64> = ev.iter().filter(|e| s(e, "name") == "thread_name").filter_map(|e| e["tid"].as_u64()).collect();
    tids.sort();
    tids.dedup();
    for tid in tids {
        let mut state = "start";
        for name in thread_events(ev, tid) {
            let kind = name.split(':').next().unwrap().to_string();
            state = match (state, kind.as_str()) {
                ("start", "thread_start") | ("start", "forked") | ("start", "spawned") => "start",
                ("start" | "dropped", "request") => "requested",
                ("requested", "drop_request") => "requested",
                ("requested", "take") => "held",
                ("held", "drop") => "dropped",
                ("held", "fork" | "spawned") => "held",
                ("dropped", "thread_exit") => "gone",
                ("start", "take") => "held",
                (st, k) => panic!("thread {}: {} after {}", tid, k, st),
            };
        }
    }
}

#[test]
fn no_two_threads_hold_the_gil_at_once() {
    for mode in ["1", "legacy"] {
        let d = scratch(&format!("contended-{}", mode));
        let trace = d.join("t.json");
        let out = run(&["-X", &format!("gil={}", mode), "-X", &format!("gil-trace={}", trace.display()), "-c", CONTENDED], &[], Duration::from_secs(60));
        ok(&out);
        let ev = load(&trace);
        check_exclusive(&ev);
        let whys: std::collections::HashSet<String> =
            ev.iter().filter(|e| s(e, "name") == "drop").filter_map(|e| e["args"]["why"].as_str().map(String::from)).collect();
        for w in ["sleep", "join", "hashlib"] {
            assert!(whys.contains(w), "mode {}: no drop for {} in {:?}", mode, w, whys);
        }
        let cpu = if mode == "legacy" { "ticks" } else { "forced" };
        assert!(whys.contains(cpu), "mode {}: no {} drop in {:?}", mode, cpu, whys);
        let _ = std::fs::remove_dir_all(&d);
    }
}

#[test]
fn stats_add_up_and_the_table_is_printed() {
    let code = format!(
        "{}
import gil
rows = gil.stats()
print(len(rows), [r['name'] for r in rows])
for r in rows:
    total = r['holding'] + r['waiting'] + r['without']
    assert abs(total - r['lifetime']) <= 0.01 * r['lifetime'] + 1e-6, r
    assert r['acquisitions'] >= 1, r
    assert r['longest_wait'] <= r['waiting'] + 1e-6, r
print(sum(r['forced_drops'] for r in rows) > 0, gil.switches() > 0, gil.mode(), gil.recording())
me = gil.thread_stats()
print(me['name'], me['alive'])
",
        CONTENDED
    );
    let out = run(&["-X", "gil-stats", "-c", &code], &[], Duration::from_secs(60));
    let stdout = ok(&out);
    assert_eq!(
        stdout,
        "6 ['MainThread', 'Thread-1 (count)', 'Thread-2 (count)', 'Thread-3 (count)', 'Thread-4 (nap)', 'Thread-5 (digest)']\nTrue True gil False\nMainThread True\n"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("GIL statistics for process"), "{}", err);
    assert!(err.contains("holding") && err.contains("longest wait"), "{}", err);
    assert!(err.contains("Thread-5 (digest)"), "{}", err);
}

#[test]
fn legacy_mode_has_the_check_interval() {
    let code = "
import sys, gil, threading
print(gil.mode(), sys.getcheckinterval())
sys.setcheckinterval(50)
print(sys.getcheckinterval())
def count(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=count, args=(300000,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
rows = {r['name']: r for r in gil.stats()}
print(all(rows[n]['acquisitions'] >= 1 for n in rows))
";
    let out = run(&["-X", "gil=legacy", "-c", code], &[], Duration::from_secs(60));
    assert_eq!(ok(&out), "legacy 100\n50\nTrue\n");
    let out = run(
        &["-c", "import sys, gil; print(hasattr(sys, 'setcheckinterval'), hasattr(sys, 'getcheckinterval'), gil.mode(), sys._is_gil_enabled())"],
        &[],
        Duration::from_secs(20),
    );
    assert_eq!(ok(&out), "False False gil True\n");
    let out = run(&["-c", "import sys; print(sys.getcheckinterval())"], &[("PYTHON_GIL", "legacy")], Duration::from_secs(20));
    assert_eq!(ok(&out), "100\n");
}

#[test]
fn gil_option_errors() {
    let out = run(&["-X", "gil=0", "-c", "pass"], &[], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Disabling the GIL is not supported by this build"));
    let out = run(&["-c", "pass"], &[("PYTHON_GIL", "0")], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["-X", "gil=2", "-c", "pass"], &[], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-X gil must be \"0\", \"1\" or \"legacy\""));
    let out = run(&["-X", "gil-trace", "-c", "pass"], &[], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["-X", "gil=1", "-Xdev", "-X", "a=b", "-c", "import sys; print(sys._xoptions)"], &[], Duration::from_secs(20));
    assert_eq!(ok(&out), "{'gil': '1', 'dev': True, 'a': 'b'}\n");
}

#[test]
fn child_processes_merge_into_one_trace() {
    let code = "
import multiprocessing as mp, sys
def work(n):
    while n > 0:
        n -= 1
if __name__ == '__main__':
    for method in ('fork', 'spawn'):
        p = mp.get_context(method).Process(target=work, args=(100000,))
        p.start()
        p.join()
        print(method, p.exitcode)
";
    let d = scratch("procs");
    let script = d.join("procs.py");
    std::fs::write(&script, code).unwrap();
    let trace = d.join("t.json");
    let svg = d.join("t.svg");
    let out = run(
        &["-X", &format!("gil-trace={}", trace.display()), "-X", &format!("gil-timeline={}", svg.display()), script.to_str().unwrap()],
        &[],
        Duration::from_secs(60),
    );
    assert_eq!(ok(&out), "fork 0\nspawn 0\n");
    let ev = load(&trace);
    let procs = ev.iter().filter(|e| s(e, "name") == "process_name").count();
    assert_eq!(procs, 3, "one parent and two children");
    for k in ["fork", "forked", "spawned"] {
        assert!(ev.iter().any(|e| s(e, "name") == k), "no {} event", k);
    }
    check_exclusive(&ev);
    let left: Vec<_> =
        std::fs::read_dir(&d).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.contains(".part.")).collect();
    assert!(left.is_empty(), "part files left: {:?}", left);
    let pic = std::fs::read_to_string(&svg).unwrap();
    assert!(pic.starts_with("<svg") && pic.contains("3 processes") && pic.contains("spawned by"));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn timeline_subcommand_draws_a_saved_trace() {
    let d = scratch("timeline");
    let trace = d.join("t.json");
    ok(&run(&["-X", &format!("gil-trace={}", trace.display()), "-c", CONTENDED], &[], Duration::from_secs(60)));
    let svg = d.join("t.svg");
    let html = d.join("t.html");
    ok(&run(&["gil-timeline", trace.to_str().unwrap(), svg.to_str().unwrap()], &[], Duration::from_secs(30)));
    ok(&run(&["gil-timeline", trace.to_str().unwrap(), html.to_str().unwrap()], &[], Duration::from_secs(30)));
    let pic = std::fs::read_to_string(&svg).unwrap();
    assert!(pic.starts_with("<svg") && pic.trim_end().ends_with("</svg>"));
    for want in ["MainThread", "Thread-5 (digest)", "holding the GIL", "waiting for the GIL", "drop request", "hand-over"] {
        assert!(pic.contains(want), "the picture lacks {:?}", want);
    }
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<svg"));
    let bad = d.join("bad.json");
    std::fs::write(&bad, "not json").unwrap();
    let out = run(&["gil-timeline", bad.to_str().unwrap(), svg.to_str().unwrap()], &[], Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a trace file"));
    let _ = std::fs::remove_dir_all(&d);
}

/// The take/drop sequence of a whole trace, by thread name, in time order: the schedule.
fn schedule(ev: &[J]) -> Vec<String> {
    let names: std::collections::HashMap<u64, String> =
        ev.iter().filter(|e| s(e, "name") == "thread_name").map(|e| (e["tid"].as_u64().unwrap(), e["args"]["name"].as_str().unwrap().to_string())).collect();
    let mut seq: Vec<(f64, String)> = ev
        .iter()
        .filter(|e| s(e, "ph") == "i" && matches!(s(e, "name"), "take" | "drop"))
        .map(|e| {
            let who = names.get(&e["tid"].as_u64().unwrap()).cloned().unwrap_or_default();
            let what = match e["args"]["why"].as_str() {
                Some(w) => format!("drop {} {}", who, w),
                None => format!("take {}", who),
            };
            (e["ts"].as_f64().unwrap(), what)
        })
        .collect();
    seq.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
    seq.into_iter().map(|(_, w)| w).collect()
}

const TWO_COUNTERS: &str = "
import threading
def count(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=count, args=(3000,), name='T%d' % i) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
";

#[test]
fn deterministic_mode_gives_a_golden_schedule() {
    let d = scratch("det");
    let golden = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/gil/deterministic_two_threads.events")).unwrap();
    let want: Vec<&str> = golden.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    for run_no in 0..3 {
        let trace = d.join(format!("t{}.json", run_no));
        let out = run(&["-X", "gil-deterministic=1000", "-X", &format!("gil-trace={}", trace.display()), "-c", TWO_COUNTERS], &[], Duration::from_secs(60));
        ok(&out);
        let ev = load(&trace);
        check_exclusive(&ev);
        assert_eq!(schedule(&ev), want, "run {}", run_no);
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn deterministic_mode_repeats_lock_interleavings() {
    // threads taking turns on a Lock, a Barrier, a Semaphore, an Event and a Queue: the
    // order in which they got the lock is the same in every run
    let code = "
import threading, queue, gil
lock = threading.Lock()
order = []
b = threading.Barrier(3)
ev = threading.Event()
sem = threading.Semaphore(2)
q = queue.Queue(maxsize=2)
def worker(k):
    b.wait()
    for i in range(200):
        with lock:
            order.append(k)
    with sem:
        x = 0
        for i in range(2000):
            x += i
    q.put(k)
    if k == 0:
        ev.set()
    else:
        ev.wait()
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts: t.start()
got = [q.get() for _ in range(3)]
for t in ts: t.join()
print(gil.mode(), len(order), ''.join(map(str, order)), got)
";
    let first = ok(&run(&["-X", "gil-deterministic=150", "-c", code], &[], Duration::from_secs(60)));
    assert!(first.starts_with("deterministic 600 "), "{}", first);
    for _ in 0..4 {
        assert_eq!(ok(&run(&["-X", "gil-deterministic=150", "-c", code], &[], Duration::from_secs(60))), first);
    }
    let out = run(&["-X", "gil=legacy", "-X", "gil-deterministic", "-c", "pass"], &[], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["-X", "gil-deterministic=0", "-c", "pass"], &[], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2));
}
