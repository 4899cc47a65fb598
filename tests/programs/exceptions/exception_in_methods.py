# exceptions raised from special methods propagate unchanged
class Bad:
    def __len__(self):
        raise KeyError("from __len__")
    def __iter__(self):
        raise ValueError("from __iter__")
    def __getitem__(self, i):
        raise IndexError("from __getitem__")
    def __eq__(self, o):
        raise RuntimeError("from __eq__")
    def __hash__(self):
        return 1
    def __str__(self):
        raise TypeError("from __str__")
    def __bool__(self):
        raise ArithmeticError("from __bool__")
b = Bad()
tests = [lambda: len(b), lambda: list(b), lambda: b[0], lambda: b == 1, lambda: str(b),
         lambda: bool(b), lambda: [1, b].index(b) if False else [b] == [Bad()],
         lambda: {b: 1, Bad(): 2}, lambda: print(b), lambda: "yes" if b else "no",
         lambda: f"{b}", lambda: b in [1]]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class InitFails:
    def __init__(self):
        raise ValueError("constructor failed")
try:
    InitFails()
except ValueError as e:
    print(type(e).__name__, e)
class PropFails:
    @property
    def p(self):
        raise AttributeError("inner attribute error")
    def __getattr__(self, name):
        return "fallback for " + name
print(PropFails().p)
