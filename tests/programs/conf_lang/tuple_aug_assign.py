t = ([1], [2])
try:
    t[0] += [10]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    t[1].extend([20]); t[1] = []
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
fs = frozenset([1])
try:
    fs.add(2)
except AttributeError as e:
    print("AttributeError:", e)
x = 5
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 4
print(x)
lst = [1]
lst *= 3
print(lst)
st = "ab"
st *= 2
print(st)
d = {"k": 1}
d["k"] += 5
d.setdefault("l", []).append(3)
print(d)
class Obj:
    n = 0
o = Obj()
o.n += 1
print(o.n, Obj.n)
nums = [1, 2, 3]
nums[1] **= 3
print(nums)
try:
    y = undefined_var
    y += 1
except NameError as e:
    print("NameError:", e)
def f():
    counter += 1
try:
    counter = 0
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
