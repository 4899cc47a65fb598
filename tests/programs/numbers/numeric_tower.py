# The numbers ABCs: the numeric tower and user-defined numeric types.
import numbers
from numbers import Complex, Integral, Number, Rational, Real

values = [1, True, 2.5, 3j, "4", None, [1]]
for v in values:
    print(repr(v).ljust(6), [abc.__name__ for abc in (Number, Complex, Real, Rational, Integral)
                             if isinstance(v, abc)])

print(issubclass(int, Real), issubclass(float, Integral), issubclass(complex, Real))
print(issubclass(bool, Integral), issubclass(Integral, Number))
print([c.__name__ for c in Integral.__mro__])
print(Number.__hash__ is None, numbers.__all__)
print(len(Complex.__abstractmethods__), len(Real.__abstractmethods__),
      len(Rational.__abstractmethods__), len(Integral.__abstractmethods__))


def describe(x):
    if isinstance(x, Integral):
        return "integral"
    if isinstance(x, Rational):
        return "rational"
    if isinstance(x, Real):
        return "real"
    if isinstance(x, Complex):
        return "complex"
    return "not a number"


print([describe(v) for v in (7, 0.5, 1 + 2j, "x")])

try:
    Integral()
except TypeError as e:
    print("TypeError", str(e)[:45])


class Money(Real):
    """A minimal Real implementation that stores cents."""

    def __init__(self, cents):
        self.cents = int(cents)

    def __float__(self):
        return self.cents / 100

    def __repr__(self):
        return f"Money({self.cents})"

    def _wrap(self, other):
        return other.cents if isinstance(other, Money) else round(other * 100)

    def __add__(self, o): return Money(self.cents + self._wrap(o))
    def __radd__(self, o): return self + o
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return self
    def __mul__(self, o): return Money(self.cents * float(o))
    def __rmul__(self, o): return self * o
    def __truediv__(self, o): return Money(self.cents / float(o))
    def __rtruediv__(self, o): return float(o) / float(self)
    def __pow__(self, o): return float(self) ** o
    def __rpow__(self, o): return o ** float(self)
    def __abs__(self): return Money(abs(self.cents))
    def __eq__(self, o): return float(self) == float(o)
    def __lt__(self, o): return float(self) < float(o)
    def __le__(self, o): return float(self) <= float(o)
    def __trunc__(self): return int(float(self))
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
    def __round__(self, ndigits=None): return round(float(self), ndigits)
    def __floordiv__(self, o): return float(self) // float(o)
    def __rfloordiv__(self, o): return float(o) // float(self)
    def __mod__(self, o): return Money(self.cents % self._wrap(o))
    def __rmod__(self, o): return float(o) % float(self)
    __hash__ = object.__hash__


m = Money(250)
print(m + 1, m - Money(50), 2 * m, float(m), m.real, m.imag, m.conjugate(), complex(m))
print(divmod(m, 1), m < 3, isinstance(m, Real), isinstance(m, Rational), bool(Money(0)))
print(Money.__abstractmethods__)
