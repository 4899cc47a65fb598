//! Faults (issue 10, [reliability]): gilpy's own bugs never reach the user as a Rust
//! panic, signals at random moments end programs with threads and pools cleanly, forks
//! beside busy threads never hang a child, and a closed stdout ends a program quietly.
//! Every test has a time limit and kills what runs past it: a hang fails, never blocks.

mod common;

use common::{gilpy, run_limited, wait_limited};
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    unsafe { libc::kill(pid, 0) == 0 }
}

#[test]
fn a_panic_in_a_native_call_becomes_system_error() {
    let (out, err, st) = run_limited(
        "
import _gilpy_testing as t
def f(n):
    t.panic('boom %d' % n)
for i in range(3):
    try:
        f(i)
    except SystemError as e:
        print(type(e).__name__, str(e).split(' (at ')[0])
print(sum(range(10)))
f(9)
",
        Duration::from_secs(30),
    );
    assert_eq!(out, "SystemError gilpy internal error: boom 0\nSystemError gilpy internal error: boom 1\nSystemError gilpy internal error: boom 2\n45\n");
    assert_eq!(st.code(), Some(1), "stderr: {}", err);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "stderr: {}", err);
    assert!(err.contains("line 4, in f\n"), "stderr: {}", err);
    assert!(err.contains("\nSystemError: gilpy internal error: boom 9 (at "), "stderr: {}", err);
    assert!(!err.contains("panicked"), "Rust's panic report reached the user: {}", err);
}

#[test]
fn a_panic_without_the_gil_retakes_it() {
    // four threads panic while the GIL is released, 200 times each: every panic comes back
    // holding the GIL (a lost GIL would deadlock or corrupt the shared counter)
    let (out, err, st) = run_limited(
        "
import threading, _gilpy_testing as t
count = [0]
lock = threading.Lock()
def work():
    for _ in range(200):
        try:
            t.panic_without_gil('x')
        except SystemError:
            with lock:
                count[0] += 1
        count[0] += 0
ths = [threading.Thread(target=work) for _ in range(4)]
for th in ths: th.start()
for th in ths: th.join()
print(count[0])
",
        Duration::from_secs(60),
    );
    assert_eq!((out.as_str(), err.as_str(), st.code()), ("800\n", "", Some(0)));
}

#[test]
fn a_fatal_error_stops_the_process_as_cpython_does() {
    let (out, err, st) =
        run_limited("import _gilpy_testing as t\nprint('before')\nt.fatal_error('the runtime is broken')\nprint('after')\n", Duration::from_secs(30));
    // buffered output is flushed first, then SIGABRT
    assert_eq!(out, "before\n");
    assert_eq!(st.signal(), Some(libc::SIGABRT), "status {:?}", st);
    assert!(err.starts_with("Fatal Python error: _gilpy_testing.fatal_error: the runtime is broken\nPython runtime state: initialized\n"), "stderr: {}", err);
}

/// A program with a process pool and busy threads; its pool workers write their pids to
/// `pids` so the test can check none outlives the program.
fn pool_and_threads_program(pids: &str) -> String {
    format!(
        "
import os, threading, multiprocessing, time
PIDS = {pids:?}
def task(x):
    with open(PIDS, 'a') as f:
        f.write('%d\\n' % os.getpid())
    time.sleep(0.02)
    return x * x
def spin(stop):
    n = 0
    while not stop.is_set():
        n += sum(range(100))
if __name__ == '__main__':
    stop = threading.Event()
    ths = [threading.Thread(target=spin, args=(stop,), daemon=True) for _ in range(2)]
    for th in ths: th.start()
    with multiprocessing.Pool(2) as pool:
        print('ready', flush=True)
        total = 0
        for _ in range(1000):
            total += sum(pool.map(task, range(8)))
    stop.set()
"
    )
}

#[test]
fn sigint_and_sigterm_at_random_moments_end_threads_and_pools_cleanly() {
    // "random" moments, spread over a pool's start, its work and its tasks' sleeps; the
    // delays are fixed so a failure can be reproduced
    let delays_ms = [0u64, 37, 120, 260, 410];
    for (i, &delay) in delays_ms.iter().enumerate() {
        for sig in [libc::SIGINT, libc::SIGTERM] {
            let pids = std::env::temp_dir().join(format!("gilpy-faults-{}-{}-{}", std::process::id(), i, sig));
            let _ = std::fs::remove_file(&pids);
            let mut child = gilpy(&pool_and_threads_program(pids.to_str().unwrap()));
            let mut out = BufReader::new(child.stdout.take().unwrap());
            let mut line = String::new();
            out.read_line(&mut line).unwrap();
            assert_eq!(line, "ready\n");
            std::thread::sleep(Duration::from_millis(delay));
            // SAFETY: sending a signal to the child we started.
            unsafe { libc::kill(child.id() as i32, sig) };
            let st = wait_limited(&mut child, Duration::from_secs(20)).unwrap_or_else(|| panic!("no end within 20 s after signal {} at {} ms", sig, delay));
            let mut err = String::new();
            child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
            if sig == libc::SIGTERM {
                // no handler: the default action, as in CPython
                assert_eq!(st.signal(), Some(libc::SIGTERM), "status {:?}, stderr: {}", st, err);
            } else {
                // KeyboardInterrupt, the pool terminated by its `with`, then death by SIGINT
                assert_eq!(st.signal(), Some(libc::SIGINT), "status {:?}, stderr: {}", st, err);
                assert!(err.trim_end().ends_with("KeyboardInterrupt"), "stderr: {}", err);
            }
            assert!(!err.contains("panicked"), "stderr: {}", err);
            // no orphan: every worker that ran a task is gone soon after (a SIGTERMed
            // parent's workers see their task pipe close and leave)
            let text = std::fs::read_to_string(&pids).unwrap_or_default();
            let workers: Vec<i32> = text.lines().filter_map(|l| l.parse().ok()).collect();
            let until = Instant::now() + Duration::from_secs(15);
            for pid in workers {
                while alive(pid) && !is_zombie_of_init(pid) {
                    assert!(Instant::now() < until, "worker {} outlived its parent (signal {} at {} ms)", pid, sig, delay);
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
            let _ = std::fs::remove_file(&pids);
        }
    }
}

/// A dead process not yet reaped (by init, or by this test's own process group) counts as
/// gone.
fn is_zombie_of_init(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{}/stat", pid)) {
        Ok(s) => s.rsplit(')').next().map(|r| r.trim_start().starts_with('Z')).unwrap_or(false),
        Err(_) => true,
    }
}

#[test]
fn a_thousand_forks_beside_busy_threads_never_hang_a_child() {
    // each child uses the GIL, the allocator and stdout's buffer, which the busy
    // threads may have held at the moment of the fork
    let (out, err, st) = run_limited(
        "
import os, sys, threading
stop = threading.Event()
lock = threading.Lock()
shared = []
def busy():
    while not stop.is_set():
        with lock:
            shared.append([1, 2, 3])
            if len(shared) > 100:
                del shared[:]
        print('', end='')
ths = [threading.Thread(target=busy) for _ in range(3)]
for th in ths: th.start()
bad = 0
for i in range(1000):
    pid = os.fork()
    if pid == 0:
        # (not `lock`: a user's lock held by a busy thread at the fork stays held in the
        # child, in CPython as here)
        x = {j: str(j) for j in range(20)}
        sys.stdout.flush()
        os._exit(len(x) + i % 7)
    _, status = os.waitpid(pid, 0)
    if os.WEXITSTATUS(status) != 20 + i % 7:
        bad += 1
stop.set()
for th in ths: th.join()
print('forks', 1000, 'bad', bad)
",
        Duration::from_secs(240),
    );
    assert_eq!((out.as_str(), err.as_str(), st.code()), ("forks 1000 bad 0\n", "", Some(0)));
}

#[test]
fn a_closed_stdout_ends_the_program_as_cpython_does() {
    // `gilpy script | head -1`: the reader goes away after one line
    let mut child = gilpy("for i in range(10**6):\n    print(i)\n");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "0\n");
    drop(out);
    let st = wait_limited(&mut child, Duration::from_secs(30)).expect("gilpy kept running after its reader left");
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    // CPython 3.11: the BrokenPipeError's traceback, status 1, and nothing else
    assert_eq!(st.code(), Some(1), "status {:?}, stderr: {}", st, err);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "stderr: {}", err);
    assert!(err.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"), "stderr: {}", err);
    assert_eq!(err.matches("Traceback").count(), 1, "stderr: {}", err);
}

#[test]
fn a_short_soak_finishes_with_flat_memory() {
    // tests/soak/soak.py for 20 s (docs/reliability.md has the ten-minute run): it must end,
    // check its work, and not grow: the end's resident memory within 25% (and 8 MiB) of
    // what it was after the first tenth of the run
    let soak = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/soak/soak.py");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args([soak, "20"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy");
    let st = wait_limited(&mut child, Duration::from_secs(180)).expect("the soak test did not end");
    let (mut out, mut err) = (String::new(), String::new());
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!((st.code(), err.as_str()), (Some(0), ""), "stdout: {}", out);
    let nums: Vec<u64> = out.lines().nth(1).unwrap_or("").split_whitespace().filter_map(|w| w.parse().ok()).collect();
    assert_eq!(nums.len(), 3, "stdout: {}", out);
    let (early, end) = (nums[0], nums[2]);
    assert!(end <= early + (early / 4).max(8 << 10), "memory grew from {} KiB to {} KiB: {}", early, end, out);
}
