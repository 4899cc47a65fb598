//! The compiler-to-VM contract: instructions, constants and code objects.
//! Nothing here executes; the VM (crates/gilpy_vm/src/eval) gives each instruction its meaning.
//! Opcode names follow CPython 3.11 where the meaning matches, so a disassembly reads alike.

use num_bigint::BigInt;
use std::fmt;
use std::sync::Arc;

/// Binary operators, in CPython 3.11's `BINARY_OP` argument order (NB_ADD = 0 ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Mod,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
    ];
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "** or pow()",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }
    /// The special method names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// One instruction: an opcode and its argument, 8 bytes.
/// Stack effects are written `(before -- after)`, top of stack on the right.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// ( -- )
    Nop,
    /// ( -- ) function entry and generator resume: the eval breaker is checked here.
    Resume,
    /// ( -- ) never emitted by the compiler: the VM's copy of a traced code object has it in
    /// place of each instruction that starts a line (sys.settrace's "line" events); the
    /// original instruction then runs.
    TraceLine,
    /// (v -- )
    PopTop,
    /// (a b -- b a)
    Swap(u32),
    /// (... v -- ... v v') copy the n-th item (1 = top)
    Copy(u32),
    /// ( -- v)
    LoadConst(u32),
    /// ( -- v) local slot; UnboundLocalError when empty
    LoadFast(u32),
    /// (v -- )
    StoreFast(u32),
    DeleteFast(u32),
    /// cell or free variable n (cells first, then frees)
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// ( -- cell)
    LoadClosure(u32),
    /// class body: the name in the class namespace, else the cell
    LoadClassDeref(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// (obj -- attr)
    LoadAttr(u32),
    /// (val obj -- )
    StoreAttr(u32),
    DeleteAttr(u32),
    /// (obj -- meth self) or (obj -- attr NULL)
    LoadMethod(u32),
    /// (container key -- item)
    BinarySubscr,
    /// (val container key -- )
    StoreSubscr,
    DeleteSubscr,
    /// (a b -- a op b)
    BinaryOp(BinOp),
    /// (a b -- a op= b)
    InplaceOp(BinOp),
    /// (a b -- bool-ish)
    CompareOp(CmpOp),
    /// (a b -- a is b) arg 1 inverts
    IsOp(u32),
    /// (a b -- a in b) arg 1 inverts
    ContainsOp(u32),
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// (k1 v1 ... kn vn -- dict)
    BuildMap(u32),
    /// (s1 ... sn -- s)
    BuildString(u32),
    /// (start stop [step] -- slice)
    BuildSlice(u32),
    /// (list ... v -- list ...) appends to the list n deep (after popping v)
    ListAppend(u32),
    SetAdd(u32),
    /// (dict ... k v -- dict ...)
    MapAdd(u32),
    /// (list ... iterable -- list ...)
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// like DictUpdate but duplicate keys are an error (f(**a, **b))
    DictMerge(u32),
    /// (list -- tuple)
    ListToTuple,
    /// (v [spec] -- str) arg: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 spec present
    FormatValue(u32),
    /// (seq -- vn ... v1)
    UnpackSequence(u32),
    /// (seq -- ...) low byte: count before the star, high bytes: count after
    UnpackEx(u32),
    Jump(u32),
    /// a jump to an earlier instruction: the eval breaker is checked here
    JumpBackward(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// (v -- ) jump when v is None / not None
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// (iterable -- iter)
    GetIter,
    /// (iter -- iter next) or pops iter and jumps when exhausted
    ForIter(u32),
    /// (callable self_or_null a1 ... an -- result)
    Call(u32),
    /// (callable self_or_null a1 ... an names -- result): the last len(names) args are keywords
    CallKw(u32),
    /// (callable null args_tuple [kwargs_dict] -- result), arg 1 when kwargs present
    CallEx(u32),
    /// ( -- NULL)
    PushNull,
    /// ([defaults] [kwdefaults] [annotations] [closure] code -- function) flags: 1 defaults,
    /// 2 kwdefaults, 4 annotations, 8 closure
    MakeFunction(u32),
    /// (v -- )
    ReturnValue,
    /// (v -- sent)
    YieldValue,
    /// (iterable -- iter)
    GetYieldFromIter,
    /// (iter sent -- iter value) sends; jumps to target with (retval) when the subiterator ends
    Send(u32),
    /// push a handler block: when an exception escapes, the stack is cut back to its depth now,
    /// the exception being handled and the new exception are pushed, and control goes to target
    SetupFinally(u32),
    /// SetupFinally for a with body: the block's depth excludes the __enter__ result on top
    SetupWith(u32),
    PopBlock,
    /// (prev -- ) makes prev the exception being handled again, as it was before the handler
    PopExcept,
    /// (prev exc -- ) restores prev, raises exc again
    Reraise,
    /// (prev exc handled err -- ) restores prev, raises err
    CleanupReraise,
    /// (exc type -- exc bool)
    CheckExcMatch,
    /// ([exc [cause]] -- )
    RaiseVarargs(u32),
    /// (mgr -- exit enter_result)
    BeforeWith,
    /// (exit -- ) calls exit(None, None, None)
    WithExitNormal,
    /// (exit prev exc -- exit prev exc result)
    WithExceptStart,
    /// (level fromlist -- module)
    ImportName(u32),
    /// (module -- module attr)
    ImportFrom(u32),
    /// (module -- )
    ImportStar,
    /// ( -- __build_class__)
    LoadBuildClass,
    /// ( -- AssertionError)
    LoadAssertionError,
    /// (v -- ) the interactive prompt's echo
    PrintExpr,
    /// ( -- ) class body: store __annotations__ = {} once
    SetupAnnotations,
    /// (v -- v len(v))
    GetLen,
    /// (subject -- subject bool) is it a sequence for a sequence pattern
    MatchSequence,
    /// (subject -- subject bool) is it a mapping for a mapping pattern
    MatchMapping,
    /// (subject keys -- subject keys values) values: a tuple, or None when a key is missing
    MatchKeys,
    /// (subject keys -- rest) a dict of the subject's items without the keys
    CopyDictWithoutKeys,
    /// (subject cls names -- attrs) attrs: the n positional then the named attributes as a
    /// tuple, or None when the subject is not an instance or lacks one
    MatchClass(u32),
    /// ( -- captures) a list of n Nones that a case's captured values wait in
    MatchStart(u32),
    /// (captures ... v -- captures ...) low 16 bits: slot; high bits: how many values lie
    /// between the list and v
    MatchCapture(u32),
    /// (captures -- captures v) take slot n out of the list
    MatchTake(u32),
    /// (v -- awaitable iterator) arg: 0 await, 1 __aenter__'s result, 2 __aexit__'s result
    GetAwaitable(u32),
    /// (obj -- aiter)
    GetAIter,
    /// (aiter -- aiter awaitable) the awaitable of aiter.__anext__()
    GetANext,
    /// (aiter prev exc -- ) the end of an async for: StopAsyncIteration ends the loop, any other
    /// exception is raised again
    EndAsyncFor,
    /// (mgr -- aexit aenter_result)
    BeforeAsyncWith,
    /// (exit -- result) exit(None, None, None), for async with
    WithExitCall,
    /// (exc type -- rest match) an except* clause: the part of exc that matches (None if no
    /// part does) and the rest (None when all matched)
    CheckEgMatch,
    /// (orig raised rest -- exc) what leaves a try/except* statement (None: nothing)
    PrepReraiseStar,
    /// (v -- old) make v the exception being handled; old is restored by PopExcept
    SetExcInfo,
    /// (v -- wrapped) a value an async generator yields to its consumer (not to the event loop)
    AsyncGenWrap,
}

/// Every opname, in opcode order (`Instr::opcode` indexes this): CPython's names where the
/// meaning matches, gilpy's own otherwise (docs/bytecode.md).
pub const OPNAMES: [&str; 109] = [
    "NOP",
    "RESUME",
    "TRACE_LINE",
    "POP_TOP",
    "SWAP",
    "COPY",
    "LOAD_CONST",
    "LOAD_FAST",
    "STORE_FAST",
    "DELETE_FAST",
    "LOAD_DEREF",
    "STORE_DEREF",
    "DELETE_DEREF",
    "LOAD_CLOSURE",
    "LOAD_CLASSDEREF",
    "LOAD_NAME",
    "STORE_NAME",
    "DELETE_NAME",
    "LOAD_GLOBAL",
    "STORE_GLOBAL",
    "DELETE_GLOBAL",
    "LOAD_ATTR",
    "STORE_ATTR",
    "DELETE_ATTR",
    "LOAD_METHOD",
    "BINARY_SUBSCR",
    "STORE_SUBSCR",
    "DELETE_SUBSCR",
    "BINARY_OP",
    "COMPARE_OP",
    "IS_OP",
    "CONTAINS_OP",
    "UNARY_NEGATIVE",
    "UNARY_POSITIVE",
    "UNARY_NOT",
    "UNARY_INVERT",
    "BUILD_TUPLE",
    "BUILD_LIST",
    "BUILD_SET",
    "BUILD_MAP",
    "BUILD_STRING",
    "BUILD_SLICE",
    "LIST_APPEND",
    "SET_ADD",
    "MAP_ADD",
    "LIST_EXTEND",
    "SET_UPDATE",
    "DICT_UPDATE",
    "DICT_MERGE",
    "LIST_TO_TUPLE",
    "FORMAT_VALUE",
    "UNPACK_SEQUENCE",
    "UNPACK_EX",
    "JUMP_FORWARD",
    "JUMP_BACKWARD",
    "POP_JUMP_IF_FALSE",
    "POP_JUMP_IF_TRUE",
    "JUMP_IF_FALSE_OR_POP",
    "JUMP_IF_TRUE_OR_POP",
    "POP_JUMP_IF_NONE",
    "POP_JUMP_IF_NOT_NONE",
    "GET_ITER",
    "FOR_ITER",
    "CALL",
    "CALL_KW",
    "CALL_FUNCTION_EX",
    "PUSH_NULL",
    "MAKE_FUNCTION",
    "RETURN_VALUE",
    "YIELD_VALUE",
    "GET_YIELD_FROM_ITER",
    "SEND",
    "SETUP_FINALLY",
    "SETUP_WITH",
    "POP_BLOCK",
    "POP_EXCEPT",
    "RERAISE",
    "CLEANUP_RERAISE",
    "CHECK_EXC_MATCH",
    "RAISE_VARARGS",
    "BEFORE_WITH",
    "WITH_EXIT_NORMAL",
    "WITH_EXCEPT_START",
    "IMPORT_NAME",
    "IMPORT_FROM",
    "IMPORT_STAR",
    "LOAD_BUILD_CLASS",
    "LOAD_ASSERTION_ERROR",
    "PRINT_EXPR",
    "SETUP_ANNOTATIONS",
    "GET_LEN",
    "MATCH_SEQUENCE",
    "MATCH_MAPPING",
    "MATCH_KEYS",
    "COPY_DICT_WITHOUT_KEYS",
    "MATCH_CLASS",
    "MATCH_START",
    "MATCH_CAPTURE",
    "MATCH_TAKE",
    "GET_AWAITABLE",
    "GET_AITER",
    "GET_ANEXT",
    "END_ASYNC_FOR",
    "BEFORE_ASYNC_WITH",
    "WITH_EXIT_CALL",
    "CHECK_EG_MATCH",
    "PREP_RERAISE_STAR",
    "SET_EXC_INFO",
    "ASYNC_GEN_WRAP",
];

impl Instr {
    /// The name `dis` shows.
    pub fn opname(&self) -> &'static str {
        OPNAMES[self.opcode() as usize]
    }

    /// The opcode number `dis` shows (an index into OPNAMES).
    pub fn opcode(&self) -> u8 {
        match self {
            Instr::Nop => 0,
            Instr::Resume => 1,
            Instr::TraceLine => 2,
            Instr::PopTop => 3,
            Instr::Swap(_) => 4,
            Instr::Copy(_) => 5,
            Instr::LoadConst(_) => 6,
            Instr::LoadFast(_) => 7,
            Instr::StoreFast(_) => 8,
            Instr::DeleteFast(_) => 9,
            Instr::LoadDeref(_) => 10,
            Instr::StoreDeref(_) => 11,
            Instr::DeleteDeref(_) => 12,
            Instr::LoadClosure(_) => 13,
            Instr::LoadClassDeref(_) => 14,
            Instr::LoadName(_) => 15,
            Instr::StoreName(_) => 16,
            Instr::DeleteName(_) => 17,
            Instr::LoadGlobal(_) => 18,
            Instr::StoreGlobal(_) => 19,
            Instr::DeleteGlobal(_) => 20,
            Instr::LoadAttr(_) => 21,
            Instr::StoreAttr(_) => 22,
            Instr::DeleteAttr(_) => 23,
            Instr::LoadMethod(_) => 24,
            Instr::BinarySubscr => 25,
            Instr::StoreSubscr => 26,
            Instr::DeleteSubscr => 27,
            Instr::BinaryOp(_) => 28,
            Instr::InplaceOp(_) => 28,
            Instr::CompareOp(_) => 29,
            Instr::IsOp(_) => 30,
            Instr::ContainsOp(_) => 31,
            Instr::UnaryNegative => 32,
            Instr::UnaryPositive => 33,
            Instr::UnaryNot => 34,
            Instr::UnaryInvert => 35,
            Instr::BuildTuple(_) => 36,
            Instr::BuildList(_) => 37,
            Instr::BuildSet(_) => 38,
            Instr::BuildMap(_) => 39,
            Instr::BuildString(_) => 40,
            Instr::BuildSlice(_) => 41,
            Instr::ListAppend(_) => 42,
            Instr::SetAdd(_) => 43,
            Instr::MapAdd(_) => 44,
            Instr::ListExtend(_) => 45,
            Instr::SetUpdate(_) => 46,
            Instr::DictUpdate(_) => 47,
            Instr::DictMerge(_) => 48,
            Instr::ListToTuple => 49,
            Instr::FormatValue(_) => 50,
            Instr::UnpackSequence(_) => 51,
            Instr::UnpackEx(_) => 52,
            Instr::Jump(_) => 53,
            Instr::JumpBackward(_) => 54,
            Instr::PopJumpIfFalse(_) => 55,
            Instr::PopJumpIfTrue(_) => 56,
            Instr::JumpIfFalseOrPop(_) => 57,
            Instr::JumpIfTrueOrPop(_) => 58,
            Instr::PopJumpIfNone(_) => 59,
            Instr::PopJumpIfNotNone(_) => 60,
            Instr::GetIter => 61,
            Instr::ForIter(_) => 62,
            Instr::Call(_) => 63,
            Instr::CallKw(_) => 64,
            Instr::CallEx(_) => 65,
            Instr::PushNull => 66,
            Instr::MakeFunction(_) => 67,
            Instr::ReturnValue => 68,
            Instr::YieldValue => 69,
            Instr::GetYieldFromIter => 70,
            Instr::Send(_) => 71,
            Instr::SetupFinally(_) => 72,
            Instr::SetupWith(_) => 73,
            Instr::PopBlock => 74,
            Instr::PopExcept => 75,
            Instr::Reraise => 76,
            Instr::CleanupReraise => 77,
            Instr::CheckExcMatch => 78,
            Instr::RaiseVarargs(_) => 79,
            Instr::BeforeWith => 80,
            Instr::WithExitNormal => 81,
            Instr::WithExceptStart => 82,
            Instr::ImportName(_) => 83,
            Instr::ImportFrom(_) => 84,
            Instr::ImportStar => 85,
            Instr::LoadBuildClass => 86,
            Instr::LoadAssertionError => 87,
            Instr::PrintExpr => 88,
            Instr::SetupAnnotations => 89,
            Instr::GetLen => 90,
            Instr::MatchSequence => 91,
            Instr::MatchMapping => 92,
            Instr::MatchKeys => 93,
            Instr::CopyDictWithoutKeys => 94,
            Instr::MatchClass(_) => 95,
            Instr::MatchStart(_) => 96,
            Instr::MatchCapture(_) => 97,
            Instr::MatchTake(_) => 98,
            Instr::GetAwaitable(_) => 99,
            Instr::GetAIter => 100,
            Instr::GetANext => 101,
            Instr::EndAsyncFor => 102,
            Instr::BeforeAsyncWith => 103,
            Instr::WithExitCall => 104,
            Instr::CheckEgMatch => 105,
            Instr::PrepReraiseStar => 106,
            Instr::SetExcInfo => 107,
            Instr::AsyncGenWrap => 108,
        }
    }

    /// Where this instruction may jump (an instruction index), if it jumps.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Instr::Jump(t)
            | Instr::JumpBackward(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::ForIter(t)
            | Instr::Send(t)
            | Instr::SetupFinally(t)
            | Instr::SetupWith(t) => Some(t),
            _ => None,
        }
    }

    /// The argument `dis` shows: the operand, the operator's number for BINARY_OP (13
    /// more for an in-place one, as CPython numbers them) and COMPARE_OP; None without one.
    pub fn arg(&self) -> Option<u32> {
        match *self {
            Instr::Swap(a) => Some(a),
            Instr::Copy(a) => Some(a),
            Instr::LoadConst(a) => Some(a),
            Instr::LoadFast(a) => Some(a),
            Instr::StoreFast(a) => Some(a),
            Instr::DeleteFast(a) => Some(a),
            Instr::LoadDeref(a) => Some(a),
            Instr::StoreDeref(a) => Some(a),
            Instr::DeleteDeref(a) => Some(a),
            Instr::LoadClosure(a) => Some(a),
            Instr::LoadClassDeref(a) => Some(a),
            Instr::LoadName(a) => Some(a),
            Instr::StoreName(a) => Some(a),
            Instr::DeleteName(a) => Some(a),
            Instr::LoadGlobal(a) => Some(a),
            Instr::StoreGlobal(a) => Some(a),
            Instr::DeleteGlobal(a) => Some(a),
            Instr::LoadAttr(a) => Some(a),
            Instr::StoreAttr(a) => Some(a),
            Instr::DeleteAttr(a) => Some(a),
            Instr::LoadMethod(a) => Some(a),
            Instr::BinaryOp(op) => Some(op as u32),
            Instr::InplaceOp(op) => Some(op as u32 + 13),
            Instr::CompareOp(op) => Some(op as u32),
            Instr::IsOp(a) => Some(a),
            Instr::ContainsOp(a) => Some(a),
            Instr::BuildTuple(a) => Some(a),
            Instr::BuildList(a) => Some(a),
            Instr::BuildSet(a) => Some(a),
            Instr::BuildMap(a) => Some(a),
            Instr::BuildString(a) => Some(a),
            Instr::BuildSlice(a) => Some(a),
            Instr::ListAppend(a) => Some(a),
            Instr::SetAdd(a) => Some(a),
            Instr::MapAdd(a) => Some(a),
            Instr::ListExtend(a) => Some(a),
            Instr::SetUpdate(a) => Some(a),
            Instr::DictUpdate(a) => Some(a),
            Instr::DictMerge(a) => Some(a),
            Instr::FormatValue(a) => Some(a),
            Instr::UnpackSequence(a) => Some(a),
            Instr::UnpackEx(a) => Some(a),
            Instr::Jump(a) => Some(a),
            Instr::JumpBackward(a) => Some(a),
            Instr::PopJumpIfFalse(a) => Some(a),
            Instr::PopJumpIfTrue(a) => Some(a),
            Instr::JumpIfFalseOrPop(a) => Some(a),
            Instr::JumpIfTrueOrPop(a) => Some(a),
            Instr::PopJumpIfNone(a) => Some(a),
            Instr::PopJumpIfNotNone(a) => Some(a),
            Instr::ForIter(a) => Some(a),
            Instr::Call(a) => Some(a),
            Instr::CallKw(a) => Some(a),
            Instr::CallEx(a) => Some(a),
            Instr::MakeFunction(a) => Some(a),
            Instr::Send(a) => Some(a),
            Instr::SetupFinally(a) => Some(a),
            Instr::SetupWith(a) => Some(a),
            Instr::RaiseVarargs(a) => Some(a),
            Instr::ImportName(a) => Some(a),
            Instr::ImportFrom(a) => Some(a),
            Instr::MatchClass(a) => Some(a),
            Instr::MatchStart(a) => Some(a),
            Instr::MatchCapture(a) => Some(a),
            Instr::MatchTake(a) => Some(a),
            Instr::GetAwaitable(a) => Some(a),
            _ => None,
        }
    }
}

/// The source range of an instruction beyond its start line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Arc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Const]>),
    /// a frozenset built by adding these in order (a set display of constants, as CPython
    /// 3.11 compiles it: its iteration order depends on how the table grew)
    FrozenSet(Arc<[Const]>),
    Ellipsis,
    Code(Arc<CodeObject>),
}

pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
/// a generator that may be awaited (types.coroutine)
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// `from __future__ import annotations` is in force (CPython's CO_FUTURE_ANNOTATIONS)
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// A compiled function, class body or module: immutable once built.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// local slots: parameters first, in order (positional, *args, keyword-only, **kwargs)
    pub varnames: Vec<Arc<str>>,
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    /// for each cell, the parameter slot it is initialised from
    pub cell2arg: Vec<Option<u32>>,
    pub names: Vec<Arc<str>>,
    pub consts: Vec<Const>,
    pub code: Vec<Instr>,
    /// the source line of each instruction
    pub lines: Vec<u32>,
    /// where each instruction's source range ends and its columns (UTF-8 byte offsets within
    /// their lines), for the traceback's position markers; None when unknown
    pub positions: Vec<Option<Position>>,
    pub max_stack: u32,
    pub docstring: Option<Arc<str>>,
}

impl CodeObject {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}

impl fmt::Display for CodeObject {
    /// A plain listing, used by `gilpy --dis` until the dis module exists.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "code {} ({}:{})", self.qualname, self.filename, self.first_line)?;
        let mut last = 0;
        for (i, ins) in self.code.iter().enumerate() {
            let line = self.lines[i];
            if line != last {
                write!(f, "{:>4} ", line)?;
                last = line;
            } else {
                write!(f, "     ")?;
            }
            writeln!(f, "{:>5} {:?}", i, ins)?;
        }
        for c in &self.consts {
            if let Const::Code(code) = c {
                writeln!(f)?;
                write!(f, "{}", code)?;
            }
        }
        Ok(())
    }
}
