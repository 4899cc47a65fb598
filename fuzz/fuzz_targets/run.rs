//! Run arbitrary programs in one interpreter, each in a module of its own. A panic that
//! escapes (one the dispatch loop could not turn into SystemError), an abort or a hang is a
//! bug; an exception is not. A watchdog interrupts a program that runs longer than the
//! budget, as Ctrl-C would, again and again until it ends: the step budget of issue 10.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Milliseconds a program may run before the watchdog interrupts it.
const BUDGET_MS: u64 = 200;

/// The start of the program now running (ms since EPOCH), 0 when none.
static STARTED: AtomicU64 = AtomicU64::new(0);
static EPOCH: OnceLock<Instant> = OnceLock::new();

fn now_ms() -> u64 {
    EPOCH.get_or_init(Instant::now).elapsed().as_millis() as u64 + 1
}

// boxed: the runtime keeps the thread state's address (set_current_vm, register_thread)
/// Undo the process-wide settings a program can change.
const RESET: &str = "import gc, sys\n\
gc.enable()\n\
gc.set_threshold(700, 10, 10)\n\
gc.set_debug(0)\n\
sys.setrecursionlimit(1000)\n\
sys.setswitchinterval(0.005)\n\
sys.set_int_max_str_digits(4300)\n\
sys.settrace(None)\n\
sys.setprofile(None)\n\
sys.stdout, sys.stderr, sys.stdin = sys.__stdout__, sys.__stderr__, sys.__stdin__\n\
sys.excepthook = sys.__excepthook__\n";

struct Interp(Box<gilpy_vm::Vm>);

thread_local! {
    static VM: Interp = Interp(start());
}

fn start() -> Box<gilpy_vm::Vm> {
    gilpy_vm::runtime::panics::install_hook();
    gilpy_vm::modules::signal::install_default_handlers();
    gilpy_vm::modules::signal::set_main_thread();
    gilpy_vm::runtime::init(vec!["<fuzz>".into()], vec![String::new()]);
    let vm = Box::new(gilpy_vm::Vm::new());
    gilpy_vm::set_current_vm(&*vm);
    gilpy_vm::modules::_thread::register_thread(&vm);
    std::thread::spawn(|| loop {
        std::thread::sleep(Duration::from_millis(BUDGET_MS / 4));
        let s = STARTED.load(Ordering::Relaxed);
        if s != 0 && now_ms() - s > BUDGET_MS {
            gilpy_vm::modules::signal::deliver(2);
        }
    });
    vm
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    VM.with(|i| {
        let vm: &gilpy_vm::Vm = &i.0;
        STARTED.store(now_ms(), Ordering::Relaxed);
        let _ = gilpy_vm::runtime::exec_isolated(vm, src, "__fuzz__");
        STARTED.store(0, Ordering::Relaxed);
        // what one program may leave set for the next: a collection threshold of 1 makes
        // every later program crawl (the first long run's only "hang" was that)
        let _ = gilpy_vm::runtime::exec_isolated(vm, RESET, "__fuzz_reset__");
        // an interrupt that came after the program ended must not hit the next one
        let _ = vm.check_signals();
    });
});
