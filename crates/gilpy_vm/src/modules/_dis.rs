//! `_dis`: a code object's instructions for the `dis` module (lib/dis.py), each with the
//! value its operand designates and how dis shows it. gilpy's instructions are its own
//! (docs/bytecode.md); their opnames are CPython's where the meaning matches.

use crate::object::{PyRef, Value};
use crate::types::payload::*;
use crate::types::{dict, list, str as pystr, tuple};
use crate::Vm;
use gilpy_compiler::{Instr, OPNAMES};

fn code_arg(vm: &Vm, a: &[Value]) -> PyResult<PyRef> {
    match a.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Code(_)) => Ok(o.clone()),
        Some(v) => Err(vm.type_error(format!("expected a code object, not '{}'", vm.type_name(v)))),
        None => Err(vm.type_error("get_instructions() takes one code object".into())),
    }
}

/// get_instructions(code) -> [(opname, opcode, arg, argval, argrepr, offset, starts_line,
/// is_jump_target, (lineno, end_lineno, col_offset, end_col_offset)), ...]
fn d_get_instructions(vm: &Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let o = code_arg(vm, a)?;
    let Payload::Code(cd) = o.payload() else { unreachable!() };
    let code = &cd.code;
    let targets: std::collections::HashSet<u32> = code.code.iter().filter_map(Instr::jump_target).collect();
    let name_at = |names: &[std::sync::Arc<str>], i: u32| names.get(i as usize).map(|n| n.to_string()).unwrap_or_else(|| "?".into());
    let mut out = Vec::with_capacity(code.code.len());
    for (i, ins) in code.code.iter().enumerate() {
        let arg = ins.arg();
        let text = |s: String| (pystr::new_str(&s), s);
        let (argval, argrepr) = match *ins {
            Instr::LoadConst(k) => {
                let v = cd.consts.get(k as usize).cloned().unwrap_or(Value::None);
                let r = vm.repr_string(&v)?;
                (v, r)
            }
            Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => text(name_at(&code.varnames, n)),
            Instr::LoadDeref(n) | Instr::StoreDeref(n) | Instr::DeleteDeref(n) | Instr::LoadClosure(n) | Instr::LoadClassDeref(n) => {
                // cells first, then free variables
                let cells = code.cellvars.len() as u32;
                text(if n < cells { name_at(&code.cellvars, n) } else { name_at(&code.freevars, n - cells) })
            }
            Instr::LoadName(n)
            | Instr::StoreName(n)
            | Instr::DeleteName(n)
            | Instr::LoadGlobal(n)
            | Instr::StoreGlobal(n)
            | Instr::DeleteGlobal(n)
            | Instr::LoadAttr(n)
            | Instr::StoreAttr(n)
            | Instr::DeleteAttr(n)
            | Instr::LoadMethod(n)
            | Instr::ImportName(n)
            | Instr::ImportFrom(n) => text(name_at(&code.names, n)),
            Instr::BinaryOp(op) => (Value::Int(op as i64), op.symbol().to_string()),
            Instr::InplaceOp(op) => (Value::Int(op as i64 + 13), format!("{}=", op.symbol())),
            Instr::CompareOp(op) => (pystr::new_str(op.symbol()), op.symbol().to_string()),
            _ => match ins.jump_target() {
                Some(t) => (Value::Int(2 * t as i64), format!("to {}", 2 * t)),
                None => (arg.map(|a| Value::Int(a as i64)).unwrap_or(Value::None), String::new()),
            },
        };
        let line = code.lines.get(i).copied();
        let starts_line = match (line, i) {
            (Some(l), 0) => Some(l),
            (Some(l), _) if code.lines.get(i - 1) != Some(&l) => Some(l),
            _ => None,
        };
        let int_or_none = |v: Option<u32>| v.map(|x| Value::Int(x as i64)).unwrap_or(Value::None);
        let pos = code.positions.get(i).copied().flatten();
        let positions = tuple::new_tuple(vec![
            int_or_none(line),
            int_or_none(pos.map(|p| p.end_line)),
            int_or_none(pos.map(|p| p.col)),
            int_or_none(pos.map(|p| p.end_col)),
        ]);
        out.push(tuple::new_tuple(vec![
            pystr::new_str(ins.opname()),
            Value::Int(ins.opcode() as i64),
            int_or_none(arg),
            argval,
            pystr::new_str(&argrepr),
            Value::Int(2 * i as i64),
            int_or_none(starts_line),
            Value::Bool(targets.contains(&(i as u32))),
            positions,
        ]));
    }
    Ok(list::new_list(out))
}

pub fn make(_vm: &Vm) -> PyRef {
    let m = super::new_module("_dis", &[("get_instructions", d_get_instructions)]);
    let Payload::Module(md) = m.payload() else { unreachable!("new_module makes a module") };
    let d = md.dict.clone();
    dict::set_str_raw(&d, "opname", list::new_list(OPNAMES.iter().map(|n| pystr::new_str(n)).collect()));
    let opmap = dict::new_dict();
    for (i, n) in OPNAMES.iter().enumerate() {
        dict::set_str_raw(&opmap, n, Value::Int(i as i64));
    }
    dict::set_str_raw(&d, "opmap", Value::Obj(opmap));
    m
}
