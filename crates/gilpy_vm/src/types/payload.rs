//! The payload of each kind of heap object, one variant per builtin layout.
//! A user class's instances take the layout of their nearest builtin base (`Object` for
//! plain classes), with attributes in the header's dict slot.
//!
//! Mutable payloads sit behind `UnsafeCell`: see the GIL invariant in object/mod.rs. Every
//! accessor copies out or clones before it can call back into Python, so no Rust borrow of a
//! payload lives across arbitrary code (the re-entrancy trap in design/objects.md).

use crate::object::{PyRef, Value};
use gilpy_compiler::CodeObject;
use num_bigint::BigInt;
use std::cell::{Cell, UnsafeCell};
use std::sync::Arc;

pub type PyResult<T> = Result<T, crate::PyErr>;

/// Keyword arguments of a call: names (str objects) and their values, in call order.
#[derive(Clone, Copy)]
pub struct KwArgs<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl<'a> KwArgs<'a> {
    pub const EMPTY: KwArgs<'static> = KwArgs { names: &[], values: &[] };
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.names.iter().position(|n| crate::types::str::as_str(n) == Some(name)).map(|i| &self.values[i])
    }
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.names.iter().zip(self.values.iter()).map(|(n, v)| (crate::types::str::as_str(n).unwrap_or(""), v))
    }
}

pub type NativeFn = fn(&crate::Vm, &[Value], KwArgs) -> PyResult<Value>;

pub struct BuiltinData {
    pub name: &'static str,
    pub f: NativeFn,
    /// the bound receiver (a method of a builtin object, or a module function's module)
    pub self_: Option<Value>,
    /// the type a method descriptor belongs to (for `__qualname__` and receiver checks)
    pub owner: Option<PyRef>,
    /// a builtin method is bound when looked up on an instance
    pub is_method: bool,
    /// a native module's function: the module's name (`__module__`, which pickle uses)
    pub module: Option<&'static str>,
}

pub struct TypeData {
    pub name: UnsafeCell<String>,
    pub qualname: UnsafeCell<String>,
    pub module: UnsafeCell<String>,
    pub bases: UnsafeCell<Vec<PyRef>>,
    /// the method resolution order without the type itself (which would be a cycle)
    pub mro: UnsafeCell<Vec<PyRef>>,
    pub dict: PyRef,
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// constructor of a builtin type: called with (type, args)
    pub new: Option<NativeFn>,
    pub doc: UnsafeCell<Option<String>>,
    /// addresses of the live direct subclasses (weak: a class removes itself when freed)
    pub subclasses: UnsafeCell<Vec<usize>>,
    /// identifies the state of the type's MRO dicts for the attribute cache; 0 = none yet
    pub version_tag: Cell<u64>,
    /// (version tag, kind, `__init__`): how calling the class makes instances at that tag
    /// (eval/newobj.rs): INIT_GENERAL, or object.__new__ (no abstract methods) followed by
    /// object.__init__ (INIT_OBJECT) or by a Python `__init__` (INIT_PYTHON, borrowed from a
    /// dict along the MRO)
    pub init_cache: Cell<(u64, u8, *const crate::object::PyObject)>,
    /// a class's `__mro__` (itself first) and `__bases__`, kept as CPython keeps them
    pub mro_tuple: UnsafeCell<Option<PyRef>>,
    pub bases_tuple: UnsafeCell<Option<PyRef>>,
}

pub const TF_HEAP: u32 = 1;
pub const TF_BASETYPE: u32 = 2;
pub const TF_HAS_DEL: u32 = 4;
pub const TF_HAS_GETATTR: u32 = 8;
pub const TF_HAS_SETATTR: u32 = 16;
pub const TF_HAS_GETATTRIBUTE: u32 = 32;
pub const TF_EXCEPTION: u32 = 64;
pub const TF_HAS_DICT: u32 = 128;
pub const TF_HAS_DELATTR: u32 = 256;
/// instances keep their __slots__ values in a hidden dict and have no visible __dict__
pub const TF_SLOTTED: u32 = 512;
/// a builtin type with a builtin layout but its own __repr__ (struct_time, version_info)
pub const TF_OWN_REPR: u32 = 1024;
/// a builtin type whose attribute hooks (__getattribute__, __setattr__, __delattr__) are
/// native methods that subclasses inherit (`_thread._local`)
pub const TF_NATIVE_HOOKS: u32 = 2048;
/// a native module's type whose protocols (len, items, iteration, operators, comparisons)
/// are native dunder methods in its dict, dispatched as a class's are (`collections.deque`)
pub const TF_NATIVE_DUNDERS: u32 = 4096;
/// the protocol dispatch of classes: their own dunders, or a native type's
pub const TF_DISPATCH: u32 = TF_HEAP | TF_NATIVE_DUNDERS;

/// Which builtin layout the instances of a type have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Type,
    Int,
    Float,
    Bool,
    NoneType,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Other,
}

pub struct StrData {
    pub s: Box<str>,
    /// number of code points; equals s.len() for ASCII strings
    pub chars: usize,
    pub hash: Cell<i64>,
    /// for a non-ASCII string that has been indexed: the byte offset of every
    /// STR_INDEX_STEP-th code point, so indexing and slicing need not scan from the start
    pub index: std::cell::OnceCell<Box<[u32]>>,
}

/// One entry of StrData::index per this many code points.
pub const STR_INDEX_STEP: usize = 32;

impl StrData {
    pub fn new(s: Box<str>) -> StrData {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrData { s, chars, hash: Cell::new(-1), index: std::cell::OnceCell::new() }
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    fn offsets(&self) -> &[u32] {
        self.index.get_or_init(|| self.s.char_indices().step_by(STR_INDEX_STEP).map(|(b, _)| b as u32).collect())
    }

    /// The byte offset of code point `i` (the string's length for i >= chars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.chars {
            return self.s.len();
        }
        let base = self.offsets()[i / STR_INDEX_STEP] as usize;
        base + self.s[base..].char_indices().nth(i % STR_INDEX_STEP).map(|(b, _)| b).unwrap_or(self.s.len() - base)
    }

    /// The code-point index of byte offset `b` (a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        let offs = self.offsets();
        let k = match offs.binary_search(&(b as u32)) {
            Ok(k) => return k * STR_INDEX_STEP,
            Err(k) => k - 1,
        };
        k * STR_INDEX_STEP + self.s[offs[k] as usize..b].chars().count()
    }
}

pub struct FunctionData {
    pub code: PyRef,
    pub globals: PyRef,
    pub name: UnsafeCell<PyRef>,
    pub qualname: UnsafeCell<PyRef>,
    pub defaults: UnsafeCell<Option<PyRef>>,
    pub kwdefaults: UnsafeCell<Option<PyRef>>,
    pub closure: Option<PyRef>,
    pub doc: UnsafeCell<Value>,
    pub module: UnsafeCell<Value>,
}

/// A code object in the VM: the compiler's code plus its constants made into values.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    /// `names` as interned str objects, for attribute and global lookups
    pub names: Box<[PyRef]>,
    pub varnames: Box<[PyRef]>,
    /// LOAD_GLOBAL's cache, one entry per name: valid while both dicts keep their versions
    pub gcache: Box<[GlobalCache]>,
    /// attribute loads' and stores' cache, one entry per name
    pub acache: Box<[AttrCache]>,
    /// Some(argcount) when a call with exactly that many positional arguments and no
    /// keywords binds them straight into the first slots: no *args, **kwargs, keyword-only
    /// parameters or cells, and not a generator or coroutine (eval's moving call path)
    pub plain_args: Option<u32>,
    /// the instructions with line starts marked, for frames being traced (eval/trace.rs)
    pub traced: std::cell::OnceCell<Box<[gilpy_compiler::Instr]>>,
    /// library code standing in for what CPython writes in C (`_traceback._native_frames`):
    /// its frames are left out of tracebacks, `f_back` chains, `sys._getframe` and tracing
    pub hidden: Cell<bool>,
}

/// Where a global name was found: the entry index in globals (or builtins), so the cache
/// holds no reference to the value (counts stay exact, as CPython's index cache).
#[derive(Default)]
pub struct GlobalCache {
    pub globals_ver: Cell<u64>,
    pub builtins_ver: Cell<u64>,
    pub index: Cell<u32>,
    pub in_builtins: Cell<bool>,
}

/// LOAD_ATTR, STORE_ATTR and LOAD_METHOD's cache, one entry per name (eval/attrcache.rs):
/// for objects of one type, identified by address and version tag, where the name was
/// found. It holds no reference: a method is borrowed from the type's dict, which the tag
/// proves unchanged.
pub struct AttrCache {
    /// the type's address; 0 when the entry is empty
    pub ty: Cell<usize>,
    pub tag: Cell<u64>,
    /// ATTR_LOAD, ATTR_STORE: the instance-dict entry index where the name was last found
    pub index: Cell<u32>,
    pub kind: Cell<u8>,
    /// ATTR_METHOD: the function found along the type's MRO
    pub descr: Cell<*const crate::object::PyObject>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache { ty: Cell::new(0), tag: Cell::new(0), index: Cell::new(0), kind: Cell::new(0), descr: Cell::new(std::ptr::null()) }
    }
}

pub struct ModuleData {
    pub dict: PyRef,
}

pub struct ExcData {
    pub args: UnsafeCell<PyRef>,
    /// (code object, line) for each frame the exception passed through, innermost first
    /// (code object, line, instruction index) innermost first
    pub traceback: UnsafeCell<Vec<(PyRef, u32, u32)>>,
    /// the frames the exception unwound out of, kept alive (with their locals) as long as
    /// the exception is, as CPython's traceback objects keep theirs; innermost first
    pub tb_frames: UnsafeCell<Vec<Box<crate::eval::frame::Frame>>>,
    pub cause: UnsafeCell<Value>,
    pub context: UnsafeCell<Value>,
    pub suppress_context: Cell<bool>,
    /// a NameError's globals and builtins where it was raised, for "Did you mean" when it is
    /// printed (CPython reads them from the traceback's last frame)
    pub name_scope: UnsafeCell<Option<(PyRef, PyRef)>>,
    /// the frame objects of the frames that caught the exception: as CPython's traceback
    /// objects do, they keep those frames' locals alive as long as the exception lives
    /// (`err = e` in a handler makes a cycle only the collector frees)
    pub catch_frames: UnsafeCell<Vec<PyRef>>,
    /// the traceback objects made so far (`__traceback__`): the chain's head and how many
    /// entries, innermost first, it covers; entries added later get new objects in front
    pub tb_cache: UnsafeCell<Option<(PyRef, usize)>>,
}

pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub enum IterKind {
    /// list or tuple (or any object indexed by position)
    Seq {
        seq: PyRef,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    Str {
        s: PyRef,
        byte: usize,
    },
    /// dict keys (0), values (1) or items (2); `len` detects size changes
    Dict {
        dict: PyRef,
        pos: usize,
        kind: u8,
        /// the dict's size when iteration began (a change is an error)
        len: usize,
        /// how many entries are still to come: one more found is "keys changed"
        remaining: usize,
        /// items only: the last result tuple (see iter::reuse_result)
        last: Option<PyRef>,
    },
    Set {
        set: PyRef,
        pos: usize,
        len: usize,
        /// how many entries are still to come (`__length_hint__`)
        remaining: usize,
    },
    Bytes {
        b: PyRef,
        idx: usize,
    },
    /// iteration through __getitem__ with 0, 1, 2 ...
    GetItem {
        obj: Value,
        idx: i64,
    },
    Enumerate {
        /// the last result tuple, kept as CPython keeps it (see iter::reuse_result); declared
        /// first because fields drop in order and CPython's enumerate releases it first
        last: Option<PyRef>,
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
        last: Option<PyRef>,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Reversed {
        seq: PyRef,
        idx: isize,
    },
    /// iter(callable, sentinel)
    Callable {
        f: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct GenData {
    pub frame: UnsafeCell<Option<Box<crate::eval::frame::Frame>>>,
    /// the exception the suspended generator is handling (CPython's gi_exc_state): it is
    /// the thread's handled exception only while the generator runs
    pub exc_state: std::cell::RefCell<Value>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: PyRef,
    pub qualname: PyRef,
    pub code: PyRef,
}

pub struct FileData {
    pub fd: Cell<i32>,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: Cell<bool>,
    pub encoding: String,
    /// the codec error handler of a text file ("strict", "ignore", ...); the standard
    /// streams' None keeps their lenient decoding
    pub errors: Option<String>,
    /// bytes read ahead but not yet returned
    pub rbuf: UnsafeCell<Vec<u8>>,
    pub wbuf: UnsafeCell<Vec<u8>>,
    /// flush after every newline (a terminal, or stderr)
    pub line_buffered: bool,
    /// flush after every write (the standard streams under -u / PYTHONUNBUFFERED)
    pub write_through: Cell<bool>,
    /// owned: close the fd on dealloc
    pub owns_fd: bool,
    /// text newline handling: 0 universal and translated (newline=None), 1 universal but
    /// kept (newline=''), 2 only '\n' ends a line
    pub newline: Cell<u8>,
    /// a text file's `buffer`: the text file whose fd this binary view shares
    /// (types/file.rs, `synced`)
    pub parent: Option<PyRef>,
    /// a text file's bytes that its `buffer` read ahead (CPython's BufferedReader under the
    /// TextIOWrapper): the text file's next read takes them before reading the fd
    pub below: UnsafeCell<Vec<u8>>,
}

/// Kept small (objects are allocated and moved with it): the large kinds are boxed.
pub enum Payload {
    Object,
    NotImplemented,
    Ellipsis,
    Type(Box<TypeData>),
    Str(StrData),
    BigInt(BigInt),
    /// an instance of a subclass of float (exact floats are unboxed `Value::Float`)
    Float(f64),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    ByteArray(UnsafeCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(UnsafeCell<Vec<Value>>),
    Dict(crate::types::dict::DictData),
    Set(crate::types::set::SetData),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// a range whose bounds do not fit a machine word
    BigRange(Box<(BigInt, BigInt, BigInt)>),
    Slice(Value, Value, Value),
    Function(Box<FunctionData>),
    Builtin(Box<BuiltinData>),
    Method {
        func: Value,
        self_: Value,
    },
    Code(Box<CodeData>),
    Cell(UnsafeCell<Value>),
    Module(ModuleData),
    Exception(Box<ExcData>),
    Generator(Box<GenData>),
    Property(Box<PropertyData>),
    ClassMethod(Value),
    /// a __slots__ entry: the slot's (interned) name and its class's name
    MemberDescr {
        name: PyRef,
        owner: String,
    },
    StaticMethod(Value),
    Super {
        ty: PyRef,
        obj: Value,
    },
    Iter(Box<UnsafeCell<IterKind>>),
    DictView {
        dict: PyRef,
        kind: u8,
    },
    File(Box<FileData>),
    /// state of a native module's object (locks, hash objects, compressors, ...)
    Native(Box<dyn NativeData>),
}

/// The state behind a native module's object type. Objects are reached only under the GIL
/// (object/mod.rs); state that native work uses with the GIL released lives behind the
/// implementor's own `Mutex`.
pub trait NativeData: std::any::Any {
    fn as_any(&self) -> &dyn std::any::Any;
    /// read-only data attributes (what CPython exposes through getset descriptors)
    fn attr(&self, _vm: &crate::Vm, _name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// Objects of this kind hold references the cycle collector should follow.
    fn is_gc(&self) -> bool {
        false
    }
    /// Visit the references owned (object/traverse.rs states the rule).
    fn traverse(&self, _visit: &mut dyn FnMut(&crate::object::PyObject)) {}
    /// Drop the references owned, to break a cycle of garbage.
    fn clear(&self) {}
}

/// The native state of `o` if it is a `T`.
pub fn native<T: 'static>(o: &crate::PyRef) -> Option<&T> {
    match o.payload() {
        Payload::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

impl crate::types::PayloadDrop for Payload {
    fn before_drop(&mut self) {
        match self {
            Payload::File(f) => crate::types::file::close_on_drop(f),

            Payload::List(v) => {
                // CPython's list_dealloc releases items from the last to the first
                let items = std::mem::take(v.get_mut());
                for x in items.into_iter().rev() {
                    drop(x);
                }
            }
            Payload::Tuple(v) => {
                let items = std::mem::take(v);
                for x in items.into_vec().into_iter().rev() {
                    drop(x);
                }
            }
            _ => {}
        }
    }
}

impl Payload {
    #[inline(always)]
    pub fn as_str(&self) -> Option<&StrData> {
        match self {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
}

pub fn _unused(_: BigInt) {}
