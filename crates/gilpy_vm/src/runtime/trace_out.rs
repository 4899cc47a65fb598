//! What `-X gil-trace`, `-X gil-timeline` and `-X gil-stats` write when a process ends.
//!
//! A trace is Chrome Trace Event JSON (Perfetto and chrome://tracing open it): one object
//! per line, instants for the raw GIL events and complete ("X") slices for the intervals a
//! thread spent holding, waiting for, or running without the GIL. Timestamps are
//! CLOCK_MONOTONIC microseconds, so the files of several processes line up.
//!
//! Processes: the first gilpy started with the option owns the output file and puts its pid
//! in `GILPY_GILTRACE_OWNER`. Every other process that inherits the option (a forked child,
//! or a spawned one that got the `-X` options on its command line) writes its events to
//! `FILE.part.PID` when it ends, including through `os._exit`. The owner, at its own end,
//! appends the parts it finds and deletes them. A child still running then is left out.

use super::giltrace::{self, Event, Kind, Snapshot, Why};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::OnceLock;

#[derive(Default, Debug, Clone)]
pub struct Config {
    pub trace: Option<String>,
    pub timeline: Option<String>,
    pub stats: bool,
}

static CONFIG: OnceLock<Config> = OnceLock::new();
static OWNER: AtomicBool = AtomicBool::new(true);
static DONE: AtomicBool = AtomicBool::new(false);
const OWNER_VAR: &str = "GILPY_GILTRACE_OWNER";

/// Set the options up; called by main before any thread exists.
pub fn configure(c: Config) {
    let records = c.trace.is_some() || c.timeline.is_some();
    if records {
        giltrace::RECORDING.store(true, Relaxed);
        let me = std::process::id().to_string();
        match std::env::var(OWNER_VAR) {
            Ok(owner) if owner != me => OWNER.store(false, Relaxed),
            // SAFETY of set_var: no other thread exists yet (main calls this first).
            _ => std::env::set_var(OWNER_VAR, &me),
        }
    }
    let _ = CONFIG.set(c);
}

pub fn config() -> Option<&'static Config> {
    CONFIG.get()
}

/// After the interpreter has its first thread: a process that does not own the trace was
/// started by another gilpy (its parent), which the trace notes.
pub fn note_spawned(uid: u64) {
    if giltrace::RECORDING.load(Relaxed) && !OWNER.load(Relaxed) {
        // SAFETY: getppid has no preconditions.
        giltrace::spawned(uid, unsafe { libc::getppid() } as u64);
    }
}

/// A forked child writes a part file, not the trace.
pub fn after_fork_child() {
    OWNER.store(false, Relaxed);
    DONE.store(false, Relaxed);
}

/// The process is ending (normal exit, or os._exit): print and write what was asked for.
pub fn at_exit() {
    let Some(c) = CONFIG.get() else { return };
    if DONE.swap(true, Relaxed) {
        return;
    }
    if c.stats {
        eprint!("{}", stats_table(&giltrace::snapshots()));
    }
    let Some(base) = c.trace.as_ref().or(c.timeline.as_ref()) else { return };
    let own = events_json();
    if !OWNER.load(Relaxed) {
        let _ = std::fs::write(format!("{}.part.{}", base, std::process::id()), own);
        return;
    }
    let mut body = own;
    for part in take_parts(base) {
        body.push_str(&part);
    }
    let json = wrap(&body);
    if let Some(t) = &c.trace {
        if let Err(e) = std::fs::write(t, &json) {
            eprintln!("gilpy: cannot write the GIL trace {}: {}", t, e);
        }
    }
    if let Some(t) = &c.timeline {
        let out = match super::timeline::render_json(&json, t.ends_with(".html")) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("gilpy: cannot draw the GIL timeline: {}", e);
                return;
            }
        };
        if let Err(e) = std::fs::write(t, out) {
            eprintln!("gilpy: cannot write the GIL timeline {}: {}", t, e);
        }
    }
}

fn take_parts(base: &str) -> Vec<String> {
    let path = std::path::Path::new(base);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let prefix = format!("{}.part.", path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let mut found: Vec<(u64, std::path::PathBuf)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name.strip_prefix(&prefix).and_then(|p| p.parse::<u64>().ok()) {
                found.push((pid, e.path()));
            }
        }
    }
    found.sort();
    let mut out = Vec::new();
    for (_, p) in found {
        if let Ok(s) = std::fs::read_to_string(&p) {
            out.push(s);
        }
        let _ = std::fs::remove_file(&p);
    }
    out
}

fn wrap(body: &str) -> String {
    let body = body.trim_end().trim_end_matches(',');
    let mode = super::gil::mode_name();
    format!(
        "{{\"displayTimeUnit\":\"ms\",\"otherData\":{{\"generator\":\"gilpy\",\"mode\":\"{}\",\"switch_interval_us\":{}}},\"traceEvents\":[\n{}\n]}}\n",
        mode,
        (super::gil::interval_secs() * 1e6).round() as u64,
        body
    )
}

fn us(ns: u64) -> String {
    format!("{}.{:03}", ns / 1000, ns % 1000)
}

fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// This process's events as trace lines, each ending with a comma and a newline.
fn events_json() -> String {
    let pid = std::process::id();
    let events = giltrace::events();
    let names = giltrace::thread_names();
    let tid_of: HashMap<u64, u64> = names.iter().map(|(uid, tid, _)| (*uid, *tid)).collect();
    let tid = |uid: u64| tid_of.get(&uid).copied().unwrap_or(uid);
    let mode = match super::gil::mode() {
        super::gil::MODE_LEGACY => "legacy GIL",
        super::gil::MODE_DET => "deterministic GIL",
        _ => "GIL",
    };
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":{},\"tid\":0,\"args\":{{\"name\":{}}}}},",
        pid,
        json_str(&format!("gilpy {} ({})", pid, mode))
    );
    for (uid, t, name) in &names {
        let label = if name.is_empty() { format!("thread {}", uid) } else { name.clone() };
        let _ = writeln!(o, "{{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":{},\"tid\":{},\"args\":{{\"name\":{}}}}},", pid, t, json_str(&label));
        let _ = writeln!(o, "{{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":{},\"tid\":{},\"args\":{{\"sort_index\":{}}}}},", pid, t, uid);
    }
    let end = giltrace::now_ns();
    for iv in intervals(&events, end) {
        let mut args = String::new();
        if let Some(w) = iv.why {
            args = format!(",\"args\":{{\"why\":\"{}\"}}", w.name());
        }
        let _ = writeln!(
            o,
            "{{\"name\":\"{}\",\"cat\":\"gil.state\",\"ph\":\"X\",\"ts\":{},\"dur\":{},\"pid\":{},\"tid\":{}{}}},",
            iv.state,
            us(iv.start),
            us(iv.end - iv.start),
            pid,
            tid(iv.uid),
            args
        );
    }
    for e in &events {
        let args = match e.kind {
            Kind::Take => format!(",\"args\":{{\"wait_us\":{}}}", us(e.arg)),
            Kind::Drop => format!(",\"args\":{{\"why\":\"{}\"}}", e.why.map(Why::name).unwrap_or("?")),
            Kind::DropRequest => format!(",\"args\":{{\"holder\":{}}}", tid(e.arg)),
            Kind::Fork => format!(",\"args\":{{\"child\":{}}}", e.arg),
            Kind::Forked | Kind::Spawned => format!(",\"args\":{{\"parent\":{}}}", e.arg),
            _ => String::new(),
        };
        let _ = writeln!(
            o,
            "{{\"name\":\"{}\",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"t\",\"ts\":{},\"pid\":{},\"tid\":{}{}}},",
            e.kind.name(),
            us(e.t),
            pid,
            tid(e.uid),
            args
        );
    }
    if giltrace::TRUNCATED.load(Relaxed) {
        let _ = writeln!(o, "{{\"name\":\"truncated\",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"p\",\"ts\":{},\"pid\":{},\"tid\":0}},", us(end), pid);
    }
    let _ = writeln!(o, "{{\"name\":\"process_exit\",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"p\",\"ts\":{},\"pid\":{},\"tid\":0}},", us(end), pid);
    o
}

pub struct Interval {
    pub uid: u64,
    pub state: &'static str,
    pub why: Option<Why>,
    pub start: u64,
    pub end: u64,
}

/// The holding / waiting / without-GIL intervals the events describe, per thread; what is
/// still open is closed at `end`.
pub fn intervals(events: &[Event], end: u64) -> Vec<Interval> {
    let mut open: HashMap<u64, (&'static str, Option<Why>, u64)> = HashMap::new();
    let mut out = Vec::new();
    let close = |out: &mut Vec<Interval>, uid: u64, cur: Option<(&'static str, Option<Why>, u64)>, t: u64| {
        if let Some((state, why, s)) = cur {
            if t > s {
                out.push(Interval { uid, state, why, start: s, end: t });
            }
        }
    };
    for e in events {
        let next = match e.kind {
            Kind::Request => Some(("waiting", None)),
            Kind::Take => Some(("holding", None)),
            Kind::Drop => Some(("without GIL", e.why)),
            Kind::ThreadExit => None,
            Kind::ThreadStart => Some(("without GIL", None)),
            _ => continue,
        };
        let cur = open.remove(&e.uid);
        close(&mut out, e.uid, cur, e.t);
        if let Some((state, why)) = next {
            open.insert(e.uid, (state, why, e.t));
        }
    }
    let mut rest: Vec<_> = open.into_iter().collect();
    rest.sort_by_key(|(uid, _)| *uid);
    for (uid, cur) in rest {
        close(&mut out, uid, Some(cur), end.max(cur.2));
    }
    out
}

fn secs(ns: u64) -> String {
    format!("{:.3} s", ns as f64 / 1e9)
}

/// The `-X gil-stats` table.
pub fn stats_table(rows: &[Snapshot]) -> String {
    let mode = if super::gil::counts_ticks() {
        format!("{} GIL, {} ticks between hand-overs", super::gil::mode_name(), super::gil::check_interval())
    } else {
        format!("GIL, switch interval {:.1} ms", super::gil::interval_secs() * 1e3)
    };
    let mut o = String::new();
    let _ = writeln!(o, "GIL statistics for process {} ({}): {} hand-overs between threads", std::process::id(), mode, super::gil::switch_number());
    let _ = writeln!(
        o,
        "{:<24} {:>10} {:>10} {:>12} {:>10} {:>9} {:>7} {:>9} {:>13}",
        "thread", "holding", "waiting", "without GIL", "lifetime", "acquired", "forced", "released", "longest wait"
    );
    for r in rows {
        let name = if r.name.is_empty() { format!("thread {}", r.uid) } else { r.name.clone() };
        let name: String = name.chars().take(24).collect();
        let _ = writeln!(
            o,
            "{:<24} {:>10} {:>10} {:>12} {:>10} {:>9} {:>7} {:>9} {:>10.1} ms",
            name,
            secs(r.holding),
            secs(r.waiting),
            secs(r.without),
            secs(r.lifetime),
            r.acquisitions,
            r.forced,
            r.voluntary,
            r.longest_wait as f64 / 1e6
        );
    }
    o
}
