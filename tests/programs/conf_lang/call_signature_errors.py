def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e

print(f(1, 2, d=4))
cases = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=0),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)

def pos_only(x, y, /, z):
    return x + y + z
print(pos_only(1, 2, z=3))
try:
    pos_only(1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)

class K:
    def method(self, a):
        return a
    @staticmethod
    def st():
        return "st"
try:
    K().method()
except TypeError as e:
    print("TypeError:", e)
try:
    K().method(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K.method(1)
except TypeError as e:
    print("TypeError:", e)
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
try:
    K.st(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
def kw(**kwargs):
    return sorted(kwargs)
print(kw(a=1, **{"b": 2}))
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults.__defaults__)
print(f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__name__, f.__qualname__)
