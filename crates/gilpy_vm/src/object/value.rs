//! `Value`: what a stack slot, a local or a container item holds. Small values live unboxed
//! (None, bools, machine-word ints, floats), so arithmetic on them never allocates and never
//! touches a reference count; everything else is an owning `PyRef`.
//! `Undef` marks an empty local slot and the NULL of a method call; it never reaches Python.

use super::PyRef;

// An 8-byte tag keeps every payload at offset 8, so a Value moves as two words; with a
// one-byte tag the bool payload sits at offset 1 and copies became partial, overlapping
// stores that stalled store forwarding (measured: 45% of the lecture loop).
#[derive(Clone)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(PyRef),
    /// an unbound local, or the empty self slot below a call's arguments
    Undef,
}

impl Value {
    #[inline(always)]
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    /// Identity, as `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            (Value::Undef, Value::Undef) => true,
            _ => false,
        }
    }
    /// A stable number for `id()`: the address for heap objects, a derived tag otherwise.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => o.as_ptr() as i64,
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64 * 16,
            Value::Int(i) => (*i).wrapping_mul(32).wrapping_add(0x7f00_0000_0000),
            Value::Float(f) => (f.to_bits() as i64) ^ 0x5a5a_0000_0000,
            Value::Undef => 0,
        }
    }
}

impl From<PyRef> for Value {
    fn from(r: PyRef) -> Value {
        Value::Obj(r)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
