# A failed attribute deletion raises an AttributeError without name/obj (CPython 3.11), so
# no "Did you mean" is printed, unlike a failed load.
class P:
    def __init__(self):
        self.started = 1


p = P()
try:
    p.starter
except AttributeError as e:
    print(repr(e), e.name, e.obj is p)
try:
    del p.starter
except AttributeError as e:
    print(repr(e), e.name, e.obj is p)
import types
m = types.ModuleType("m")
m.value = 1
try:
    del m.valu
except AttributeError as e:
    print(repr(e), e.name)
del p.starter
