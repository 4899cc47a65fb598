# Augmented assignment semantics: in-place vs rebinding, get/set ordering, tuple-with-list quirk, errors.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
class Logged:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k):
        print("  getitem", k); return self.d[k]
    def __setitem__(self, k, v):
        print("  setitem", k, v); self.d[k] = v
l = Logged()
l["k"] += 5
l["k"] **= 2
print(l.d)
class P:
    def __init__(self): self._v = 1
    @property
    def v(self):
        print("  get v"); return self._v
    @v.setter
    def v(self, val):
        print("  set v", val); self._v = val
p = P()
p.v += 1
p.v *= 3
print(p._v)
class RO:
    @property
    def v(self): return [1]
r = RO()
try:
    r.v += [2]
except AttributeError as e:
    print("AttributeError", e)
x = [1, 2]
y = x
x *= 2
print(x is y, y)
s = "a"
s2 = s
s += "b"
print(s, s2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2), fs is fs2)
st = {1}
st2 = st
st |= {2}
print(st is st2, sorted(st2))
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d is d2, d2)
n = 10
n //= 3; print(n)
n **= 3; print(n)
n >>= 2; print(n)
n <<= 1; print(n)
n %= 5; print(n)
n ^= 7; print(n)
n |= 8; print(n)
n &= 12; print(n)
n -= 20; print(n)
f = 7.0
f /= 2; print(f)
f //= 1; print(f)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
attempt("augassign undefined", lambda: exec("undefined_zz += 1"))
def local_aug():
    cnt += 1
attempt("augassign unbound local", local_aug)
attempt("augassign to literal", lambda: compile("1 += 1", "s", "exec"))
attempt("augassign to tuple", lambda: compile("a, b += 1", "s", "exec"))
attempt("augassign to call", lambda: compile("f() += 1", "s", "exec"))
