# RecursionError raised through __repr__, __eq__, __getattr__ and properties, then recovery
import sys
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Loop().a
except RecursionError as e:
    print("getattr:", type(e).__name__)
class Prop:
    @property
    def p(self):
        return self.p
try:
    Prop().p
except RecursionError as e:
    print("property:", type(e).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("eq:", type(e).__name__)
lst = [1]
lst.append(lst)
d = {"k": None}
d["k"] = d
print(lst, d, repr(lst) == "[1, [...]]")
t = ([],)
t[0].append(t)
print(t)
def deep_str(n):
    return "x" if n == 0 else "(" + deep_str(n - 1) + ")"
print(len(deep_str(500)))
def count_frames():
    try:
        return 1 + count_frames()
    except RecursionError:
        return 1
n1 = count_frames()
n2 = count_frames()
print("same depth twice:", n1 == n2, n1 > 900)
print(sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(400) % 1000007)
