//! The `gilpy` command: python3's command line, running the program on a thread with a large
//! stack so deep native recursion ends in RecursionError.
//!
//! Options are read as CPython reads them: single-letter flags combine (`-OO`, `-uB`), `-c`,
//! `-m`, `-W` and `-X` take the rest of their argument or the next one, and `-c`/`-m`/a
//! script name end the options (what follows is `sys.argv[1:]`). Usage errors exit with
//! status 2 and CPython's messages.

use gilpy_vm::runtime::{self, CliFlags, MainSource};

// Objects, dict tables and frames are small, short-lived allocations: mimalloc serves them
// in a fraction of glibc malloc's instructions (bench/RESULTS.md, optimisation log).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Cli {
    source: Option<MainSource>,
    /// sys.argv
    argv: Vec<String>,
    xoptions: Vec<(String, Option<String>)>,
    warnoptions: Vec<String>,
    flags: CliFlags,
    skip_first_line: bool,
}

fn usage_line(prog: &str) -> String {
    format!("usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...", prog)
}

fn usage_error(prog: &str, msg: &str) -> ! {
    eprintln!("{}\n{}\nTry `python -h' for more information.", msg, usage_line(prog));
    std::process::exit(2);
}

const HELP: &str = "\
Options (and corresponding environment variables):
-b     : accepted; gilpy has no BytesWarning checks (-bb likewise)
-B     : don't write .pyc files on import (gilpy never writes them); also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : accepted (parser debugging exists only in CPython's debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -s and -P)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization (gilpy has no site module)
-u     : force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x
-v     : verbose (accepted); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option; gilpy's GIL lab:
         -X gil=1|legacy (also PYTHON_GIL), -X gil-deterministic[=TICKS],
         -X gil-stats, -X gil-trace=FILE.json, -X gil-timeline=FILE.svg|FILE.html
--     : end of options
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Subcommand:
gilpy gil-timeline TRACE.json OUT.svg|OUT.html : draw a saved GIL trace";

fn print_version(level: u32) -> ! {
    if level >= 2 {
        println!("Python 3.11.7 (gilpy {}, a Python interpreter in Rust)", env!("CARGO_PKG_VERSION"));
    } else {
        println!("Python 3.11.7 (gilpy {})", env!("CARGO_PKG_VERSION"));
    }
    std::process::exit(0);
}

fn parse(args: &[String]) -> Cli {
    let prog = args.first().map(|s| s.as_str()).unwrap_or("gilpy");
    let mut cli = Cli { source: None, argv: Vec::new(), xoptions: Vec::new(), warnoptions: Vec::new(), flags: CliFlags::default(), skip_first_line: false };
    let mut help = false;
    let mut version = 0;
    let mut i = 1;
    'args: while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if !a.starts_with('-') || a == "-" {
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            match long {
                "help" | "help-env" | "help-xoptions" | "help-all" => help = true,
                "version" => version += 1,
                "check-hash-based-pycs" => {
                    i += 1;
                    if i >= args.len() {
                        usage_error(prog, "Argument expected for the --check-hash-based-pycs option");
                    }
                }
                _ => usage_error(prog, &format!("unknown option {}", a)),
            }
            i += 1;
            continue;
        }
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            if matches!(c, 'c' | 'm' | 'W' | 'X') {
                let rest: String = chars[j + 1..].iter().collect();
                let val = if !rest.is_empty() {
                    rest
                } else {
                    i += 1;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => usage_error(prog, &format!("Argument expected for the -{} option", c)),
                    }
                };
                match c {
                    'c' => {
                        cli.argv.push("-c".into());
                        cli.argv.extend(args[i + 1..].iter().cloned());
                        cli.source = Some(MainSource::Command(val));
                        break 'args;
                    }
                    'm' => {
                        // runpy replaces it with the module's path once found
                        cli.argv.push("-m".into());
                        cli.argv.extend(args[i + 1..].iter().cloned());
                        cli.source = Some(MainSource::Module(val));
                        break 'args;
                    }
                    'W' => cli.warnoptions.push(val),
                    _ => cli.xoptions.push(split_xoption(&val)),
                }
                break;
            }
            let f = &mut cli.flags;
            match c {
                'b' => f.bytes_warning += 1,
                'B' => f.dont_write_bytecode = 1,
                'd' => f.debug += 1,
                'E' => f.ignore_environment = 1,
                'h' | '?' => help = true,
                'i' => {
                    f.inspect = 1;
                    f.interactive = 1;
                }
                'I' => {
                    f.isolated = 1;
                    f.ignore_environment = 1;
                    f.no_user_site = 1;
                    f.safe_path = true;
                }
                'O' => f.optimize += 1,
                'P' => f.safe_path = true,
                'q' => f.quiet = 1,
                's' => f.no_user_site = 1,
                'S' => f.no_site = 1,
                'u' => f.unbuffered = true,
                'v' => f.verbose += 1,
                'V' => version += 1,
                'x' => cli.skip_first_line = true,
                _ => usage_error(prog, &format!("Unknown option: -{}", c)),
            }
            j += 1;
        }
        i += 1;
    }
    if help {
        println!("{}\n{}", usage_line(prog), HELP);
        std::process::exit(0);
    }
    if version > 0 {
        print_version(version);
    }
    if cli.source.is_none() {
        match args.get(i) {
            Some(a) if a == "-" => {
                cli.argv.push("-".into());
                cli.argv.extend(args[i + 1..].iter().cloned());
                cli.source = Some(MainSource::Stdin);
            }
            Some(a) => {
                cli.argv.extend(args[i..].iter().cloned());
                cli.source = Some(MainSource::File(a.clone()));
            }
            None => cli.argv.push(String::new()),
        }
    }
    cli
}

/// The PYTHON* variables that set flags, unless -E or -I said to ignore them.
fn apply_environment(cli: &mut Cli) {
    if cli.flags.ignore_environment != 0 {
        return;
    }
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    // a number sets the level, anything else counts as 1 (CPython's rule)
    let level = |v: String| v.trim().parse::<i64>().unwrap_or(1).max(1);
    let f = &mut cli.flags;
    if let Some(v) = var("PYTHONOPTIMIZE") {
        f.optimize = f.optimize.max(level(v));
    }
    if let Some(v) = var("PYTHONVERBOSE") {
        f.verbose = f.verbose.max(level(v));
    }
    if let Some(v) = var("PYTHONDEBUG") {
        f.debug = f.debug.max(level(v));
    }
    if var("PYTHONINSPECT").is_some() {
        f.inspect = 1;
    }
    if var("PYTHONDONTWRITEBYTECODE").is_some() {
        f.dont_write_bytecode = 1;
    }
    if var("PYTHONNOUSERSITE").is_some() {
        f.no_user_site = 1;
    }
    if var("PYTHONUNBUFFERED").is_some() {
        f.unbuffered = true;
    }
    if var("PYTHONSAFEPATH").is_some() {
        f.safe_path = true;
    }
    if let Some(v) = var("PYTHONINTMAXSTRDIGITS") {
        if let Ok(n) = v.parse::<i64>() {
            f.int_max_str_digits = n;
        }
    }
    if var("PYTHONHASHSEED").as_deref() == Some("0") {
        f.hash_randomization = 0;
    }
    // PYTHONWARNINGS comes before -W, so the command line wins
    if let Some(w) = var("PYTHONWARNINGS") {
        let mut all: Vec<String> = w.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        all.append(&mut cli.warnoptions);
        cli.warnoptions = all;
    }
}

fn main() {
    gilpy_vm::runtime::panics::install_hook();
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(|a| a.as_str()) == Some("gil-timeline") {
        std::process::exit(render_timeline(&args[2..]));
    }
    let mut cli = parse(&args);
    apply_environment(&mut cli);
    if cli.flags.int_max_str_digits == -1 {
        if let Some(Some(v)) = cli.xoptions.iter().rev().find(|(k, _)| k == "int_max_str_digits").map(|(_, v)| v.clone()) {
            if let Ok(n) = v.parse::<i64>() {
                cli.flags.int_max_str_digits = n;
            }
        }
    }
    gilpy_compiler::OPTIMIZE.store(cli.flags.optimize.clamp(0, 2) as u8, std::sync::atomic::Ordering::Relaxed);
    let source = cli.source.take().unwrap_or(MainSource::Stdin);
    let source = match source {
        MainSource::File(p) if cli.skip_first_line => MainSource::FileSkippingFirstLine(p),
        s => s,
    };
    // sys.path[0]: the script's folder, the current directory for -m, '' for -c and stdin;
    // nothing with -P / -I / PYTHONSAFEPATH
    let mut path: Vec<String> = Vec::new();
    if !cli.flags.safe_path {
        match &source {
            MainSource::File(p) | MainSource::FileSkippingFirstLine(p) => {
                let abs = std::fs::canonicalize(p).unwrap_or_else(|_| std::path::PathBuf::from(p));
                path.push(abs.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default());
            }
            MainSource::Module(_) => path.push(std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()),
            _ => path.push(String::new()),
        }
    }
    if cli.flags.ignore_environment == 0 {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            for p in pp.split(':').filter(|p| !p.is_empty()) {
                path.push(p.to_string());
            }
        }
    }
    configure_gil(&cli.xoptions);
    let inspect = cli.flags.inspect != 0;
    let script_args = std::mem::take(&mut cli.argv);
    let _ = runtime::XOPTIONS.set(cli.xoptions);
    let _ = runtime::WARNOPTIONS.set(cli.warnoptions);
    let _ = runtime::FLAGS.set(cli.flags);
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
            let status = runtime::panics::fatal_on_panic("Py_RunMain", || runtime::run_main_inspect(&vm, source, inspect));
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
