//! Unit tests of runtime pieces against values CPython 3.11 computes (the numbers in the
//! assertions were printed by python3 3.11.7 with PYTHONHASHSEED=0).
//!
//! The runtime is process-wide and GIL-protected: these tests take a lock so only one
//! touches objects at a time, as the GIL would.

use gilpy_vm::runtime::{self, rt};
use gilpy_vm::types::{float, int, set, str as pystr, tuple};
use gilpy_vm::{Value, Vm};
use std::sync::Mutex;

static GIL: Mutex<()> = Mutex::new(());

fn with_vm<R>(f: impl FnOnce(&Vm) -> R) -> R {
    let _g = GIL.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("PYTHONHASHSEED", "0");
    runtime::init(vec![String::new()], vec![]);
    let vm = Vm::new();
    gilpy_vm::set_current_vm(&vm);
    let r = f(&vm);
    gilpy_vm::set_current_vm(std::ptr::null());
    r
}

#[test]
fn float_repr_matches_cpython() {
    for (f, s) in [
        (1e16, "1e+16"),
        (1.5e-5, "1.5e-05"),
        (0.0001, "0.0001"),
        (-0.0, "-0.0"),
        (123.0, "123.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (f64::INFINITY, "inf"),
        (f64::NAN, "nan"),
        (1e15, "1000000000000000.0"),
        (2.5e-310, "2.5e-310"),
    ] {
        assert_eq!(float::float_repr(f), s);
    }
}

#[test]
fn numeric_hashes_match_cpython() {
    assert_eq!(int::hash_i64(-1), -2);
    assert_eq!(int::hash_i64(1 << 61), 1);
    assert_eq!(float::hash_float(1.5), 1152921504606846977);
    assert_eq!(float::hash_float(2.0), 2);
    assert_eq!(float::hash_float(f64::INFINITY), 314159);
}

#[test]
fn tuple_and_str_hashes_match_cpython() {
    with_vm(|vm| {
        let t = tuple::new_tuple(vec![Value::Int(1), Value::Int(2)]);
        assert_eq!(vm.hash(&t).unwrap(), -3550055125485641917);
        assert_eq!(vm.hash(&pystr::new_str("abc")).unwrap(), -4594863902769663758);
        assert_eq!(vm.hash(&pystr::new_str("é")).unwrap(), 6047309291227476195);
        assert_eq!(vm.hash(&pystr::new_str("€")).unwrap(), -5529981157763016009);
    });
}

#[test]
fn set_iteration_order_matches_cpython() {
    with_vm(|vm| {
        let s = set::new_set(false);
        for i in [100, 5, 33, 8, 1000] {
            set::add(vm, &s, Value::Int(i)).unwrap();
        }
        let order: Vec<i64> = set::items(&s).iter().map(|v| if let Value::Int(i) = v { *i } else { -1 }).collect();
        assert_eq!(order, vec![33, 100, 5, 8, 1000]);
    });
}

#[test]
fn objects_are_freed_when_the_last_reference_goes() {
    with_vm(|_vm| {
        let before = gilpy_vm::runtime::stats::live_objects();
        {
            let l = gilpy_vm::types::list::new_list_ref(vec![pystr::new_str("a long enough string"), tuple::new_tuple(vec![Value::Int(1)])]);
            let l2 = l.clone();
            assert_eq!(l.refcount(), 2);
            drop(l2);
            assert_eq!(l.refcount(), 1);
        }
        assert_eq!(gilpy_vm::runtime::stats::live_objects(), before);
    });
}

#[test]
fn deep_nesting_frees_without_native_recursion() {
    with_vm(|_vm| {
        let before = gilpy_vm::runtime::stats::live_objects();
        let mut cur = gilpy_vm::types::list::new_list_ref(vec![]);
        for _ in 0..200_000 {
            cur = gilpy_vm::types::list::new_list_ref(vec![Value::Obj(cur)]);
        }
        drop(cur);
        assert_eq!(gilpy_vm::runtime::stats::live_objects(), before);
    });
}

#[test]
fn immortal_builtins_are_never_freed() {
    with_vm(|_vm| {
        let t = rt().t.int.clone();
        assert!(t.refcount() >= gilpy_vm::object::IMMORTAL);
    });
}

/// Every object carries the header and the payload enum, so their sizes bound the memory of
/// every list, tuple, str and instance; a variant that grows the enum shows up here.
#[test]
fn object_header_and_payload_stay_small() {
    use gilpy_vm::object::PyObject;
    use gilpy_vm::types::payload::Payload;
    let (obj, payload) = (std::mem::size_of::<PyObject>(), std::mem::size_of::<Payload>());
    eprintln!("PyObject {} bytes, Payload {} bytes", obj, payload);
    assert!(payload <= 72, "Payload grew to {} bytes", payload);
    assert!(obj <= payload + 48, "the header grew: PyObject {} bytes, Payload {}", obj, payload);
}
