//! What the process tests share: start `gilpy -c CODE`, and wait for it within a limit,
//! killing it past the limit, so a deadlock fails a test instead of hanging the suite.
#![allow(dead_code)]

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

pub fn gilpy(code: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg("-c")
        .arg(code)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy")
}

pub fn wait_limited(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return Some(st);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Run to the end within `limit`: (stdout, stderr, status).
pub fn run_limited(code: &str, limit: Duration) -> (String, String, ExitStatus) {
    let mut child = gilpy(code);
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = String::new();
        out.read_to_string(&mut s).ok();
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = String::new();
        err.read_to_string(&mut s).ok();
        s
    });
    let st = wait_limited(&mut child, limit);
    let (o, e) = (t_out.join().unwrap(), t_err.join().unwrap());
    let st = st.unwrap_or_else(|| panic!("gilpy ran past {:?} (deadlock?)\nstdout: {}\nstderr: {}", limit, o, e));
    (o, e, st)
}
