//! The `gilpy` command: python3's command line (the core options for now), running the
//! program on a thread with a large stack so deep native recursion ends in RecursionError.

use gilpy_vm::runtime::{self, MainSource};

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(|a| a.as_str()) == Some("gil-timeline") {
        std::process::exit(render_timeline(&args[2..]));
    }
    let mut xoptions: Vec<(String, Option<String>)> = Vec::new();
    let mut i = 1;
    let mut source = None;
    let mut script_args: Vec<String> = Vec::new();
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.11.7 (gilpy {})", env!("CARGO_PKG_VERSION"));
                return;
            }
            "-c" => {
                let cmd = match args.get(i + 1) {
                    Some(c) => c.clone(),
                    None => {
                        eprintln!("Argument expected for the -c option\n{}\nTry `gilpy -h' for more information.", USAGE);
                        std::process::exit(2);
                    }
                };
                script_args.push("-c".into());
                script_args.extend(args[i + 2..].iter().cloned());
                source = Some(MainSource::Command(cmd));
                break;
            }
            "-" => {
                script_args.push("-".into());
                script_args.extend(args[i + 1..].iter().cloned());
                source = Some(MainSource::Stdin);
                break;
            }
            "-X" => {
                match args.get(i + 1) {
                    Some(o) => xoptions.push(split_xoption(o)),
                    None => {
                        eprintln!("Argument expected for the -X option\n{}\nTry `gilpy -h' for more information.", USAGE);
                        std::process::exit(2);
                    }
                }
                i += 2;
                continue;
            }
            s if s.starts_with("-X") => {
                xoptions.push(split_xoption(&s[2..]));
                i += 1;
                continue;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-q" | "-P" => {
                i += 1;
                continue;
            }
            "-h" | "--help" => {
                println!("{}", USAGE);
                return;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {}\n{}\nTry `gilpy -h' for more information.", s, USAGE);
                std::process::exit(2);
            }
            _ => {
                script_args.extend(args[i..].iter().cloned());
                source = Some(MainSource::File(a.clone()));
                break;
            }
        }
    }
    let source = source.unwrap_or(MainSource::Stdin);
    if script_args.is_empty() {
        script_args.push(String::new());
    }
    // sys.path[0]: the script's folder, or '' for -c and stdin
    let mut path: Vec<String> = Vec::new();
    match &source {
        MainSource::File(p) => {
            let abs = std::fs::canonicalize(p).unwrap_or_else(|_| std::path::PathBuf::from(p));
            path.push(abs.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default());
        }
        _ => path.push(String::new()),
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(p.to_string());
        }
    }
    configure_gil(&xoptions);
    let _ = runtime::XOPTIONS.set(xoptions);
    gilpy_vm::modules::signal::install_default_handlers();
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(1 << 30)
        .spawn(move || {
            gilpy_vm::modules::signal::set_main_thread();
            runtime::init(script_args, path);
            let vm = gilpy_vm::Vm::new();
            runtime::giltrace::set_name("MainThread");
            runtime::trace_out::note_spawned(vm.uid);
            gilpy_vm::set_current_vm(&vm);
            gilpy_vm::modules::_thread::register_thread(&vm);
            let status = runtime::run_main(&vm, source);
            // exits holding the GIL: daemon threads stop where they are
            runtime::exit_process(status)
        })
        .expect("spawn interpreter thread");
    // signals go to the interpreter's main thread, which runs the Python handlers
    gilpy_vm::modules::_thread::block_signals_here();
    let status = handle.join().map(|_: std::convert::Infallible| 0).unwrap_or(1);
    std::process::exit(status);
}

/// `-X name=value` or a bare `-X name` (CPython's sys._xoptions records True for that).
fn split_xoption(o: &str) -> (String, Option<String>) {
    match o.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (o.to_string(), None),
    }
}

/// The GIL lab's options: the GIL's design (`-X gil`, or `PYTHON_GIL` as in CPython 3.13)
/// and what to record. Runs before any thread exists.
fn configure_gil(xoptions: &[(String, Option<String>)]) {
    let get = |k: &str| xoptions.iter().rev().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let gil = match get("gil") {
        Some(v) => Some(v.unwrap_or_default()),
        None => std::env::var("PYTHON_GIL").ok().filter(|v| !v.is_empty()),
    };
    match gil.as_deref() {
        None | Some("1") => {}
        Some("legacy") => runtime::gil::set_mode(runtime::gil::MODE_LEGACY),
        Some("0") => fatal("Disabling the GIL is not supported by this build"),
        Some(_) => fatal("PYTHON_GIL / -X gil must be \"0\", \"1\" or \"legacy\""),
    }
    if let Some(v) = get("gil-deterministic") {
        if runtime::gil::is_legacy() {
            eprintln!("gilpy: -X gil-deterministic switches the modern GIL; it cannot go with -X gil=legacy");
            std::process::exit(2);
        }
        let ticks = match v.as_deref().map(|t| t.parse::<i64>()) {
            None => 1000,
            Some(Ok(n)) if n > 0 => n,
            _ => {
                eprintln!("gilpy: -X gil-deterministic=TICKS needs a positive number of ticks");
                std::process::exit(2);
            }
        };
        runtime::gil::set_mode(runtime::gil::MODE_DET);
        runtime::gil::set_check_interval(ticks);
    }
    let file = |k: &str| -> Option<String> {
        match get(k)? {
            Some(f) if !f.is_empty() => Some(f),
            _ => {
                eprintln!("gilpy: -X {} needs a file name: -X {}=FILE", k, k);
                std::process::exit(2);
            }
        }
    };
    let config = runtime::trace_out::Config { trace: file("gil-trace"), timeline: file("gil-timeline"), stats: get("gil-stats").is_some() };
    runtime::trace_out::configure(config);
}

fn fatal(msg: &str) -> ! {
    eprintln!("Fatal Python error: config_read_gil: {}\nPython runtime state: preinitialized\n", msg);
    std::process::exit(1);
}

/// `gilpy gil-timeline TRACE.json OUT.svg|OUT.html`: draw a saved trace.
fn render_timeline(args: &[String]) -> i32 {
    if args.len() != 2 {
        eprintln!("usage: gilpy gil-timeline TRACE.json OUT.svg|OUT.html");
        return 2;
    }
    let text = match std::fs::read_to_string(&args[0]) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("gilpy gil-timeline: cannot read {}: {}", args[0], e);
            return 1;
        }
    };
    match runtime::timeline::render_json(&text, args[1].ends_with(".html")) {
        Ok(out) => match std::fs::write(&args[1], out) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("gilpy gil-timeline: cannot write {}: {}", args[1], e);
                1
            }
        },
        Err(e) => {
            eprintln!("gilpy gil-timeline: {}: {}", args[0], e);
            1
        }
    }
}
