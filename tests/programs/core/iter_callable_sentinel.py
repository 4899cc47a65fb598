# iter(callable, sentinel) and related behaviours
data = [5, 4, 3, 0, 9]
pos = [0]
def nxt():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)), pos)
counter = iter(range(10)).__next__
print(list(iter(counter, 4)))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
r = Reader(["ab", "cd", "ef"])
print([c for c in iter(r.read, "")])
it = iter(lambda: 1, 1)
print(list(it))
n = [0]
def bump():
    n[0] += 1
    return n[0]
ci = iter(bump, 3)
print(type(ci).__name__, next(ci), next(ci))
try:
    next(ci)
except StopIteration:
    print("stopped", n)
try:
    next(ci)
except StopIteration:
    print("stays stopped", n)
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
eq_calls = []
class Sent:
    def __eq__(self, other):
        eq_calls.append(other)
        return other == "stop"
vals = iter(["a", "b", "stop", "c"])
print(list(iter(lambda: next(vals), Sent())), eq_calls)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
try:
    iter(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
def bad():
    raise ValueError("inside callable")
try:
    list(iter(bad, 0))
except ValueError as e:
    print("ValueError", e)
