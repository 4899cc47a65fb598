//! The `gilpy` command: python3's command line (the core options for now), running the
//! program on a thread with a large stack so deep native recursion ends in RecursionError.

use gilpy_vm::runtime::{self, MainSource};

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...";

fn main() {
    let args: Vec<String> = std::env::args().collect();
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
    gilpy_vm::modules::signal::install_default_handlers();
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(1 << 30)
        .spawn(move || {
            gilpy_vm::modules::signal::set_main_thread();
            runtime::init(script_args, path);
            let vm = gilpy_vm::Vm::new();
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
