# augmented assignment operators
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
y = 17
y %= 5; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0xFF; print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {"n": 0}
d["n"] += 5
print(d)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1] -= 1
print(lst)
try:
    z = 1
    z += "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
