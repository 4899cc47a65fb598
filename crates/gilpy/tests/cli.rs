//! The command line (issue [cli]): options, usage errors, -m, -O, -W, -i, and the interactive
//! prompt through a pseudo-terminal. Expected texts are CPython 3.11.7's, recorded with the
//! same arguments (the program name replaced by PROG); every run has a time limit.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const G: &str = env!("CARGO_BIN_EXE_gilpy");

/// Run gilpy with no PYTHON* variables from the caller's environment.
fn run_in(dir: &str, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> (String, String, i32) {
    let mut cmd = Command::new(G);
    cmd.args(args).current_dir(dir).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("PYTHON") || k.starts_with("GILPY") {
            cmd.env_remove(k);
        }
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("start gilpy");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("gilpy {:?} ran past 30 s", args);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().unwrap();
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(G, "PROG");
    (norm(&out.stdout), norm(&out.stderr), out.status.code().unwrap_or(-1))
}

fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    run_in(".", args, stdin, &[])
}

const USAGE: &str = "usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";

#[test]
fn usage_errors_are_cpythons() {
    for (args, first) in [
        (&["-z"][..], "Unknown option: -z"),
        (&["--foo"][..], "unknown option --foo"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["-m"][..], "Argument expected for the -m option"),
        (&["-W"][..], "Argument expected for the -W option"),
        (&["-X"][..], "Argument expected for the -X option"),
    ] {
        let (out, err, rc) = run(args, "");
        assert_eq!((out.as_str(), err, rc), ("", format!("{}\n{}", first, USAGE), 2), "{:?}", args);
    }
    let (out, _, rc) = run(&["-h"], "");
    assert!(out.starts_with("usage: PROG [option] ...") && out.contains("-X opt") && rc == 0);
    let (out, _, rc) = run(&["-V"], "");
    assert!(out.starts_with("Python 3.11.7") && rc == 0);
}

#[test]
fn flags_and_argv() {
    let flags = "sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, hash_randomization=1, isolated=0, dev_mode=False, utf8_mode=0, warn_default_encoding=0, safe_path=False, int_max_str_digits=-1)\n";
    assert_eq!(run(&["-c", "import sys;print(sys.flags)"], "").0, flags);
    let cases: &[(&[&str], &str)] = &[
        (&["-OOc", "import sys;print(sys.flags.optimize, __debug__)"], "2 False\n"),
        (&["-c", "import sys;print(sys.argv)", "a", "-c", "b"], "['-c', 'a', '-c', 'b']\n"),
        (&["-cimport sys;print(sys.argv)", "z"], "['-c', 'z']\n"),
        (
            &[
                "-bb",
                "-d",
                "-s",
                "-S",
                "-B",
                "-q",
                "-c",
                "import sys;f=sys.flags;print(f.bytes_warning,f.no_site,f.no_user_site,f.dont_write_bytecode,f.quiet)",
            ],
            "2 1 1 1 1\n",
        ),
        (&["-E", "-c", "import sys;print(sys.flags.ignore_environment)"], "1\n"),
        (&["-X", "int_max_str_digits=5000", "-c", "import sys; print(sys.flags.int_max_str_digits)"], "5000\n"),
        (&["-Wd", "-Werror::DeprecationWarning", "-c", "import sys;print(sys.warnoptions)"], "['d', 'error::DeprecationWarning']\n"),
    ];
    for (args, want) in cases {
        let (out, err, rc) = run(args, "");
        assert_eq!((out.as_str(), err.as_str(), rc), (*want, "", 0), "{:?}", args);
    }
    let (out, _, _) = run(&["-", "x", "y"], "import sys;print(sys.argv)\n");
    assert_eq!(out, "['-', 'x', 'y']\n");
    let (out, _, _) = run(&[], "import sys;print(sys.argv, sys.flags.interactive)\n");
    assert_eq!(out, "[''] 0\n");
    let (out, _, _) =
        run_in(".", &["-c", "import sys; print(sys.flags.optimize, sys.flags.hash_randomization)"], "", &[("PYTHONOPTIMIZE", "1"), ("PYTHONHASHSEED", "0")]);
    assert_eq!(out, "1 0\n");
    let (out, _, _) = run_in(".", &["-E", "-c", "import sys; print(sys.flags.optimize)"], "", &[("PYTHONOPTIMIZE", "1")]);
    assert_eq!(out, "0\n");
    // -u / PYTHONUNBUFFERED: a partial line is out before os._exit; otherwise it is lost
    let exit_early = "import os, sys; print('a'); print('b', end=''); print('c', file=sys.stderr, end=''); os._exit(3)";
    assert_eq!(run(&["-u", "-c", exit_early], ""), ("a\nb".into(), "c".into(), 3));
    assert_eq!(run_in(".", &["-c", exit_early], "", &[("PYTHONUNBUFFERED", "1")]).0, "a\nb");
    assert_eq!(run(&["-c", exit_early], ""), (String::new(), String::new(), 3));
}

#[test]
fn optimize_drops_asserts_and_docstrings() {
    let code = "assert False, 'boom'\nprint(__debug__)\ndef f():\n    'doc'\nprint(f.__doc__)\n";
    let (_, err, rc) = run(&["-c", code], "");
    assert_eq!((err.as_str(), rc), ("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nAssertionError: boom\n", 1));
    assert_eq!(run(&["-O", "-c", code], "").0, "False\ndoc\n");
    assert_eq!(run(&["-OO", "-c", code], "").0, "False\nNone\n");
}

#[test]
fn warning_options() {
    let (out, err, rc) = run(&["-W", "ignore", "-c", "import warnings;warnings.warn('x');print('ok')"], "");
    assert_eq!((out.as_str(), err.as_str(), rc), ("ok\n", "", 0));
    let (_, err, _) = run(&["-Wd", "-c", "import warnings;warnings.warn('x')"], "");
    assert_eq!(err, "<string>:1: UserWarning: x\n");
    let (_, err, rc) = run(&["-W", "error", "-c", "import warnings;warnings.warn('x')"], "");
    assert!(err.ends_with("UserWarning: x\n") && rc == 1, "{}", err);
    let (_, err, _) = run(&["-W", "bogus", "-c", "pass"], "");
    assert_eq!(err, "Invalid -W option ignored: invalid action: 'bogus'\n");
    let (_, err, _) = run_in(".", &["-c", "import warnings;warnings.warn('x')"], "", &[("PYTHONWARNINGS", "ignore")]);
    assert_eq!(err, "");
}

#[test]
fn run_module() {
    let dir = std::env::temp_dir().join(format!("gilpy-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(
        dir.join("pkg/__main__.py"),
        "import sys, os\nprint(__name__, __package__, sys.argv[1:], sys.argv[0].endswith('__main__.py'), sys.path[0] == os.getcwd())\n",
    )
    .unwrap();
    std::fs::write(dir.join("pkg/sub.py"), "import sys\nprint('sub', __name__, __package__, sys.argv[1:])\n").unwrap();
    let d = dir.to_str().unwrap();
    assert_eq!(run_in(d, &["-m", "pkg", "a", "b"], "", &[]).0, "__main__ pkg ['a', 'b'] True True\n");
    assert_eq!(run_in(d, &["-m", "pkg.sub", "x"], "", &[]).0, "sub __main__ pkg ['x']\n");
    assert_eq!(run_in(d, &["-m", "nonexist_mod"], "", &[]), (String::new(), "PROG: No module named nonexist_mod\n".into(), 1));
    assert_eq!(
        run_in(d, &["-m", "json"], "", &[]),
        (String::new(), "PROG: No module named json.__main__; 'json' is a package and cannot be directly executed\n".into(), 1)
    );
    assert_eq!(
        run_in(d, &["-m", "nonexist.sub"], "", &[]).1,
        "PROG: Error while finding module specification for 'nonexist.sub' (ModuleNotFoundError: No module named 'nonexist')\n"
    );
    assert_eq!(run_in(d, &["-m", "json.tool"], "{\"a\": [1, 2]}", &[]).0, "{\n    \"a\": [\n        1,\n        2\n    ]\n}\n");
    // -m timeit: CPython's options and line; the time itself varies
    let (out, _, rc) = run_in(d, &["-m", "timeit", "-n", "3", "-r", "2", "-s", "x = 0", "x += 1"], "", &[]);
    assert!(out.starts_with("3 loops, best of 2: ") && out.ends_with(" per loop\n") && rc == 0, "{:?}", out);
    assert_eq!(run_in(d, &["-m", "timeit", "-x"], "", &[]), (String::new(), "option -x not recognized\nuse -h/--help for command line help\n".into(), 2));
    assert_eq!(run_in(d, &["-m", "timeit", "-u", "ms", "pass"], "", &[]).1, "Unrecognized unit. Please select nsec, usec, msec, or sec.\n");
    // modules CPython runs with -m: base64 (getopt, through sys.stdout.buffer), calendar, textwrap
    assert_eq!(run_in(d, &["-m", "base64"], "hello\n", &[]), ("aGVsbG8K\n".into(), String::new(), 0));
    assert_eq!(run_in(d, &["-m", "base64", "-d", "-"], "aGVsbG8K\n", &[]).0, "hello\n");
    assert_eq!(run_in(d, &["-m", "base64", "-t"], "", &[]).0, "b'Aladdin:open sesame'\nb'QWxhZGRpbjpvcGVuIHNlc2FtZQ==\\n'\nb'Aladdin:open sesame'\n");
    let (out, err, rc) = run_in(d, &["-m", "base64", "-x"], "", &[]);
    assert!(out.is_empty() && err.starts_with("option -x not recognized\nusage: ") && rc == 2, "{:?}", (out, err, rc));
    assert_eq!(
        run_in(d, &["-m", "calendar", "2024", "2"], "", &[]).0,
        "   February 2024\nMo Tu We Th Fr Sa Su\n          1  2  3  4\n 5  6  7  8  9 10 11\n12 13 14 15 16 17 18\n19 20 21 22 23 24 25\n26 27 28 29\n"
    );
    let (out, _, rc) = run_in(d, &["-m", "calendar", "-w", "3", "-m", "6", "2025"], "", &[]);
    assert_eq!((out.len(), out.matches('\n').count(), rc), (2936, 18, 0));
    let (out, _, _) = run_in(d, &["-m", "calendar", "-t", "html", "-c", "s.css", "2000"], "", &[]);
    assert!(
        out.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n") && out.contains("href=\"s.css\"") && out.ends_with("</body>\n</html>\n"),
        "{}",
        out
    );
    assert_eq!(run_in(d, &["-m", "calendar", "-t", "html", "2000", "1"], "", &[]).2, 2);
    assert_eq!(run_in(d, &["-m", "textwrap"], "", &[]).0, "Hello there.\n  This is indented.\n");
    run_in(d, &["-c", "import pickle; pickle.dump({'b': [1, 2], 'a': None}, open('p.pkl', 'wb'))"], "", &[]);
    assert_eq!(run_in(d, &["-m", "pickle", "p.pkl", "p.pkl"], "", &[]), ("{'a': None, 'b': [1, 2]}\n{'a': None, 'b': [1, 2]}\n".into(), String::new(), 0));
    let (out, err, rc) = run_in(d, &["-m", "pickle", "missing.pkl"], "", &[]);
    assert!(
        out.is_empty()
            && err.ends_with("error: argument pickle_file: can't open 'missing.pkl': [Errno 2] No such file or directory: 'missing.pkl'\n")
            && rc == 2,
        "{}",
        err
    );
    // getopt, inspect, random and pprint, as CPython 3.11 runs them
    assert_eq!(run_in(d, &["-m", "getopt", "-a", "1", "-b", "--beta", "x"], "", &[]).0, "([('-a', '1'), ('-b', ''), ('--beta', '')], ['x'])\n");
    let (_, err, rc) = run_in(d, &["-m", "getopt", "--alpha"], "", &[]);
    assert!(err.ends_with("GetoptError: option --alpha requires argument\n") && rc == 1, "{}", err);
    std::fs::write(dir.join("shown.py"), "def hello(x):\n    return x + 1\n\nclass K:\n    def m(self):\n        pass\n").unwrap();
    assert_eq!(run_in(d, &["-m", "inspect", "shown:hello"], "", &[]), ("def hello(x):\n    return x + 1\n\n".into(), String::new(), 0));
    assert_eq!(run_in(d, &["-m", "inspect", "shown:K.m"], "", &[]).0, "    def m(self):\n        pass\n\n");
    let (out, _, _) = run_in(d, &["-m", "inspect", "-d", "shown:K"], "", &[]);
    assert!(out.starts_with("Target: shown:K\nOrigin: ") && out.ends_with("shown.py\nCached: None\nLine: 3\n\n\n"), "{}", out);
    assert_eq!(
        run_in(d, &["-m", "inspect", "nosuch_mod"], "", &[]),
        (String::new(), "Failed to import nosuch_mod (ModuleNotFoundError: No module named 'nosuch_mod')\n".into(), 2)
    );
    assert_eq!(run_in(d, &["-m", "inspect", "math"], "", &[]), (String::new(), "Can't get info for builtin modules.\n".into(), 1));
    // the library is built in: its source comes from the binary
    assert!(run_in(d, &["-m", "inspect", "json:dumps"], "", &[]).0.starts_with("def dumps(obj, *, skipkeys=False,"));
    let (out, _, rc) = run_in(d, &["-m", "random"], "", &[]);
    assert!(out.matches(" sec, 2000 times ").count() == 16 && out.contains("times triangular\navg ") && rc == 0, "{}", out);
    // code: a console of its own, reading piped lines without a terminal
    let (out, err, rc) = run_in(d, &["-m", "code", "-q"], "x = 1\nx + 1\nif x:\n  print('y')\n\n1/0\n(1,\n2)\nimport sys; sys.exit(3)\n", &[]);
    // input() writes its prompt to stdout when stdin is no terminal, as CPython's does
    assert_eq!(out, ">>> >>> 2\n>>> ... ... y\n>>> >>> ... (1, 2)\n>>> ");
    assert_eq!(err, "Traceback (most recent call last):\n  File \"<console>\", line 1, in <module>\nZeroDivisionError: division by zero\n");
    assert_eq!(rc, 3);
    let (out, err, rc) = run_in(d, &["-m", "code"], "", &[]);
    assert!(
        out == ">>> " && err.starts_with("Python 3.11.7 (gilpy ") && err.ends_with("(InteractiveConsole)\n\nnow exiting InteractiveConsole...\n") && rc == 0,
        "{}",
        err
    );
    // doctest: a module's docstrings, a text file, and heapq's own self-test
    std::fs::write(dir.join("dt_mod.py"), "def f():\n    \"\"\"\n    >>> f()\n    2\n    >>> 1/0\n    \"\"\"\n    return 1\n").unwrap();
    let (out, _, rc) = run_in(d, &["-m", "doctest", "dt_mod.py"], "", &[]);
    assert!(out.contains("/dt_mod.py\", line 3, in dt_mod.f\nFailed example:\n    f()\nExpected:\n    2\nGot:\n    1\n"), "{}", out);
    assert!(out.contains("Exception raised:\n    Traceback (most recent call last):\n"), "{}", out);
    assert!(
        out.contains("      File \"<doctest dt_mod.f[1]>\", line 1, in <module>\n        1/0\n        ~^~\n    ZeroDivisionError: division by zero\n"),
        "{}",
        out
    );
    assert!(out.ends_with("1 items had failures:\n   2 of   2 in dt_mod.f\n***Test Failed*** 2 failures.\n") && rc == 1, "{}", out);
    std::fs::write(dir.join("dt.txt"), "  >>> 2 + 2\n  4\n").unwrap();
    assert_eq!(run_in(d, &["-m", "doctest", "dt.txt"], "", &[]), (String::new(), String::new(), 0));
    let (out, _, rc) = run_in(d, &["-m", "doctest", "-v", "dt.txt"], "", &[]);
    assert_eq!((out.as_str(), rc), ("Trying:\n    2 + 2\nExpecting:\n    4\nok\n1 items passed all tests:\n   1 tests in dt.txt\n1 tests in 1 items.\n1 passed and 0 failed.\nTest passed.\n", 0));
    assert_eq!(run_in(d, &["-m", "heapq"], "", &[]).0, "TestResults(failed=0, attempted=2)\n");
    // CPython 3.11's _perfcheck passes _safe_repr one argument too many
    let (_, err, rc) = run_in(d, &["-m", "pprint"], "", &[]);
    assert!(err.ends_with("TypeError: PrettyPrinter._safe_repr() takes 5 positional arguments but 6 were given\n") && rc == 1, "{}", err);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn inspect_with_piped_stdin() {
    let (out, err, rc) = run(&["-i", "-q"], "x = 5\nif x:\n    print(x)\n\nx*2\nraise ValueError(1)\nx\n_\n");
    assert_eq!(out, "5\n10\n5\n5\n");
    assert_eq!(err, ">>> >>> ... ... >>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nValueError: 1\n>>> >>> >>> \n");
    assert_eq!(rc, 0);
    let (out, err, _) = run(&["-i", "-q"], "def f(:\n1+\n(1,\n2)\n\"\"\"a\nb\"\"\"\nfor i in range(2):\n  i\n\n");
    assert_eq!(out, "(1, 2)\n'a\\nb'\n0\n1\n");
    assert_eq!(
        err,
        ">>>   File \"<stdin>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n>>>   File \"<stdin>\", line 1\n    1+\n      ^\nSyntaxError: invalid syntax\n>>> ... >>> ... >>> ... ... >>> \n"
    );
    let (_, err, rc) = run(&["-i", "-c", "raise SystemExit(3)"], "");
    assert_eq!((err.as_str(), rc), ("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 3\n>>> \n", 0));
    let (_, err, rc) = run(&["-q", "-i"], "import sys\nsys.exit(4)\n");
    assert_eq!((err.as_str(), rc), (">>> >>> ", 4));
}

/// A session through a pseudo-terminal: the prompt, an echoed value, Ctrl-C, Ctrl-D.
#[test]
fn prompt_on_a_terminal() {
    let mut master: libc::c_int = 0;
    let mut slave: libc::c_int = 0;
    // SAFETY: openpty fills two descriptors; the names and settings are left to defaults.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned here.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut cmd = Command::new(G);
    cmd.env("TERM", "xterm").stdin(Stdio::from(slave.try_clone().unwrap())).stdout(Stdio::from(slave.try_clone().unwrap())).stderr(Stdio::from(slave));
    for (k, _) in std::env::vars() {
        if k.starts_with("PYTHON") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd.spawn().expect("start gilpy");
    let fd = master.as_raw_fd();
    // SAFETY: non-blocking reads on the master side, so the test polls with a time limit.
    unsafe { libc::fcntl(fd, libc::F_SETFL, libc::fcntl(fd, libc::F_GETFL) | libc::O_NONBLOCK) };
    let mut file = std::fs::File::from(master);
    let mut seen = String::new();
    let wait_for = |file: &mut std::fs::File, what: &str, seen: &mut String| {
        let start = Instant::now();
        while !seen.contains(what) {
            let mut buf = [0u8; 4096];
            match file.read(&mut buf) {
                Ok(n) if n > 0 => seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                _ => std::thread::sleep(Duration::from_millis(10)),
            }
            assert!(start.elapsed() < Duration::from_secs(20), "no {:?} in {:?}", what, seen);
        }
    };
    wait_for(&mut file, ">>> ", &mut seen);
    assert!(seen.contains("Python 3.11.7 (gilpy") && seen.contains("Type \"help\""), "{:?}", seen);
    seen.clear();
    file.write_all(b"6 * 7\r").unwrap();
    wait_for(&mut file, "42", &mut seen);
    wait_for(&mut file, ">>> ", &mut seen);
    seen.clear();
    file.write_all(b"for i in range(2):\r").unwrap();
    wait_for(&mut file, "... ", &mut seen);
    seen.clear();
    file.write_all(b"  print('row', i)\r").unwrap();
    wait_for(&mut file, "... ", &mut seen);
    file.write_all(b"\r").unwrap();
    wait_for(&mut file, "row 1", &mut seen);
    wait_for(&mut file, ">>> ", &mut seen);
    seen.clear();
    file.write_all(b"unfinished(\x03").unwrap();
    wait_for(&mut file, "KeyboardInterrupt", &mut seen);
    wait_for(&mut file, ">>> ", &mut seen);
    file.write_all(b"\x04").unwrap();
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            assert_eq!(st.code(), Some(0));
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "Ctrl-D did not end the prompt");
        std::thread::sleep(Duration::from_millis(10));
    }
}
