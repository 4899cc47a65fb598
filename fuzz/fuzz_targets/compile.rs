//! Parse and compile arbitrary bytes, as a module and as interactive input. Any panic is a
//! bug: the compiler must answer every input with code or a SyntaxError.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let _ = gilpy_compiler::compile_module(&src, "<fuzz>", false);
    let _ = gilpy_compiler::compile_module(&src, "<fuzz>", true);
});
