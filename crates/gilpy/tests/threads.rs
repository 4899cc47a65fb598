//! Bounded stress tests for threads and the GIL, and Ctrl-C while the main thread blocks.
//! Every test has a time limit and kills the interpreter when it runs past it, so a deadlock
//! fails the test instead of hanging the suite. No timing is asserted beyond those limits.

mod common;

use common::{gilpy, wait_limited};
use std::io::{BufRead, BufReader, Read};
use std::time::{Duration, Instant};

fn run_limited(code: &str, limit: Duration) -> (String, String, i32) {
    let (out, err, st) = common::run_limited(code, limit);
    (out, err, st.code().unwrap_or(-1))
}

#[test]
fn eight_threads_append_exactly() {
    let code = "
import threading
items = []
def work():
    for i in range(100_000):
        items.append(i)
ts = [threading.Thread(target=work) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(items), sum(items) == 8 * sum(range(100_000)))
";
    let (out, err, code) = run_limited(code, Duration::from_secs(60));
    assert_eq!((out.as_str(), code), ("800000 True\n", 0), "stderr: {}", err);
}

#[test]
fn locked_counter_never_loses_updates() {
    let code = "
import threading
lock = threading.Lock()
n = 0
def work():
    global n
    for _ in range(50_000):
        with lock:
            n = n + 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
";
    let (out, err, code) = run_limited(code, Duration::from_secs(60));
    assert_eq!((out.as_str(), code), ("200000\n", 0), "stderr: {}", err);
}

#[test]
fn primitives_under_contention_do_not_deadlock() {
    // condition ping-pong, a bounded queue pipeline, a barrier and semaphores at once
    let code = "
import threading, queue
cond = threading.Condition()
turn = [0]
def player(me):
    for _ in range(2000):
        with cond:
            while turn[0] % 2 != me:
                cond.wait()
            turn[0] += 1
            cond.notify()
q1, q2 = queue.Queue(maxsize=4), queue.Queue(maxsize=4)
def stage1():
    for i in range(5000):
        q1.put(i)
    q1.put(None)
def stage2():
    while (x := q1.get()) is not None:
        q2.put(x * 2)
    q2.put(None)
got = []
def stage3():
    while (x := q2.get()) is not None:
        got.append(x)
bar = threading.Barrier(3)
sem = threading.BoundedSemaphore(2)
rounds = []
def meet():
    for r in range(200):
        with sem:
            pass
        bar.wait()
    rounds.append(1)
ts = [threading.Thread(target=player, args=(k,)) for k in (0, 1)]
ts += [threading.Thread(target=f) for f in (stage1, stage2, stage3)]
ts += [threading.Thread(target=meet) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(turn[0], len(got), sum(got), len(rounds))
";
    let (out, err, code) = run_limited(code, Duration::from_secs(60));
    assert_eq!((out.as_str(), code), ("4000 5000 24995000 3\n", 0), "stderr: {}", err);
}

#[test]
fn daemon_threads_never_block_exit() {
    let code = "
import threading
def spin():
    while True:
        pass
def block():
    threading.Event().wait()
for f in (spin, block):
    threading.Thread(target=f, daemon=True).start()
print('main done')
";
    let (out, err, code) = run_limited(code, Duration::from_secs(20));
    assert_eq!((out.as_str(), code), ("main done\n", 0), "stderr: {}", err);
}

/// Start `code`, wait for its "ready" line, send SIGINT, and check that it ends within a
/// second, killed by SIGINT after printing KeyboardInterrupt, as CPython does.
fn sigint_while_blocked(code: &str) {
    let mut child = gilpy(code);
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    // give the main thread time to enter the blocking call
    std::thread::sleep(Duration::from_millis(200));
    let sent = Instant::now();
    // SAFETY: sending a signal to the child we started.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let st = wait_limited(&mut child, Duration::from_secs(10)).expect("gilpy did not end after SIGINT");
    let took = sent.elapsed();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(st.signal(), Some(libc::SIGINT), "status {:?}, stderr: {}", st, err);
    assert!(err.trim_end().ends_with("KeyboardInterrupt"), "stderr: {}", err);
    assert!(took < Duration::from_secs(1), "took {:?} to end after SIGINT", took);
}

#[test]
fn sigint_interrupts_join() {
    sigint_while_blocked(
        "
import threading, time
t = threading.Thread(target=time.sleep, args=(5,), daemon=True)
t.start()
print('ready', flush=True)
t.join()
",
    );
}

#[test]
fn sigint_interrupts_sleep() {
    sigint_while_blocked("import time\nprint('ready', flush=True)\ntime.sleep(5)\n");
}

#[test]
fn sigint_interrupts_lock_acquire() {
    sigint_while_blocked(
        "
import threading
l = threading.Lock()
l.acquire()
print('ready', flush=True)
l.acquire()
",
    );
}

#[test]
fn sigint_interrupts_queue_get_and_event_wait() {
    sigint_while_blocked("import queue\nq = queue.Queue()\nprint('ready', flush=True)\nq.get()\n");
    sigint_while_blocked("import threading\nprint('ready', flush=True)\nthreading.Event().wait()\n");
}

#[test]
fn raised_recursion_limit_in_a_thread_does_not_crash() {
    // CPython itself overflows its C stack here; gilpy stops at its stack floor instead
    let code = "
import sys, threading
sys.setrecursionlimit(1_000_000)
def work():
    l = []
    for i in range(300_000):
        l = [l]
    try:
        repr(l)
    except RecursionError as e:
        print('RecursionError')
    a = b = ()
    for i in range(300_000):
        a, b = [a], [b]
    try:
        a == b
    except RecursionError as e:
        print('RecursionError')
t = threading.Thread(target=work)
t.start()
t.join()
print('ok')
";
    let (out, err, code) = run_limited(code, Duration::from_secs(60));
    assert_eq!((out.as_str(), code), ("RecursionError\nRecursionError\nok\n", 0), "stderr: {}", err);
}

#[test]
fn fork_never_writes_buffered_output_twice() {
    // stdout is a pipe here, so it is block-buffered: os.fork flushes it first
    let code = "
import os, sys
print('before fork')
pid = os.fork()
if pid == 0:
    print('child')
    sys.exit(0)
os.waitpid(pid, 0)
print('parent')
";
    let (out, err, code) = run_limited(code, Duration::from_secs(30));
    assert_eq!((out.as_str(), code), ("before fork\nchild\nparent\n", 0), "stderr: {}", err);
}
