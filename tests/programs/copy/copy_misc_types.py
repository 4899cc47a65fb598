# deepcopy/copy of exceptions, partials, enums, fractions, dates and other atomic objects.
import copy, functools
e = ValueError("x", [1])
e2 = copy.deepcopy(e); print(type(e2).__name__, e2.args, e2.args[1] is e.args[1])
p = functools.partial(max, [1], key=len)
p2 = copy.deepcopy(p); print(p2.func is max, p2.args, p2.args[0] is p.args[0], p2.keywords)
import enum
class Color(enum.Enum):
    RED = 1
print(copy.deepcopy(Color.RED) is Color.RED, copy.copy(Color.RED) is Color.RED)
from fractions import Fraction
print(copy.deepcopy(Fraction(1, 3)))
import datetime
print(copy.deepcopy(datetime.date(2020, 1, 2)))
print(copy.deepcopy(range(1, 5)), copy.deepcopy(slice(1, 2)), copy.deepcopy(b'x'), copy.deepcopy(3+4j))
class WithCopyreg:
    def __init__(self): self.v = [1]
o = WithCopyreg(); o2 = copy.deepcopy(o); print(o2.v, o2.v is o.v)
print(copy.deepcopy(NotImplemented) is NotImplemented, copy.deepcopy(...) is ..., copy.deepcopy(print) is print)
print(copy.deepcopy(property(lambda s: 1)).__class__.__name__)
