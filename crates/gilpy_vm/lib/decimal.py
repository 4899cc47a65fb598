"""decimal, written for gilpy: decimal floating point after the General Decimal Arithmetic
specification, the part of CPython's module that programs use for money and exact decimal
work. A Decimal is a sign, an integer coefficient and an exponent (or a NaN or an infinity);
each operation is exact and then rounded to the context's precision with its rounding mode.
Supported: construction from str, int, float and tuples; + - * / // % divmod, ** with an
integer power, abs, negation, comparisons (also with int, float and Fraction), hashing equal
to equal numbers', quantize, normalize, sqrt, exp, scaleb, compare, to_integral_value,
as_tuple, int/float/round, and format() with the 'f', 'F', '%', 'e' and 'E' types. Contexts
(getcontext, setcontext, localcontext, Context) carry prec, rounding and traps; the signals
are the exception classes, raised when trapped. Not here: ln, log10, the logical and
'g'/'n' formatting, subnormal results, and per-thread contexts (one context per process)."""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "DivisionUndefined", "ConversionSyntax", "InvalidContext",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = False

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = "decimal"
del _cls

_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]
# a condition is reported through the signal that names it (ConversionSyntax through
# InvalidOperation), and the exception raised lists the condition's class
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class Context:
    """Precision, rounding, exponent limits, and which signals raise (traps) or were
    raised (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = traps
        self.flags = flags

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num="0"):
        return Decimal(num)._fix(self)

    def _raise(self, condition, result=None):
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        return result

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags),
                                             ", ".join(traps)))


_context = None


def getcontext():
    global _context
    if _context is None:
        _context = Context()
    return _context


def setcontext(context):
    global _context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _context = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = ctx.copy()

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of `ctx` (the current context) current."""
    manager = _LocalContext(ctx if ctx is not None else getcontext())
    for k, v in kwargs.items():
        if not hasattr(manager.new, k):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(manager.new, k, v)
    return manager


def _digits(n):
    return len(str(n)) if n else 1


def _round_int(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits rounded away."""
    if drop <= 0:
        return coeff
    q, r = divmod(coeff, 10 ** drop)
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = r != 0
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = r != 0 and sign == 0
    elif rounding == ROUND_FLOOR:
        up = r != 0 and sign == 1
    else:
        up = r != 0 and q % 10 in (0, 5)
    return q + 1 if up else q


def _is_decimal_like(other):
    return isinstance(other, (Decimal, int))


def _convert(other, raise_type=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_type:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _binop_error(op, a, b):
    def name(x):
        return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, name(a), name(b)))


def _operand(a, other, op, reflected=False):
    """`other` as a Decimal for the operator `op`, or NotImplemented for a type Decimal does
    not mix with; a float is refused with CPython's message."""
    if isinstance(other, float):
        raise _binop_error(op, other, a) if reflected else _binop_error(op, a, other)
    return _convert(other)


def _reflected(op, name):
    """The reflected form of the operator method `name` (`__radd__` from `__add__`)."""

    def method(self, other, context=None):
        other = _operand(self, other, op, True)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context)

    method.__name__ = "__r" + name[2:]
    return method


class Decimal:
    """Decimal(value="0", context=None): an exact decimal number, NaN or infinity."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ""
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, str):
            if not self._parse(value.strip().replace("_", "") if "__" not in value else "!"):
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            self._sign, self._int = sign, coeff
            if exp == "F":
                self._exp, self._special = 0, "F"
            elif exp in ("n", "N"):
                self._exp, self._special = 0, exp
            elif isinstance(exp, int):
                self._exp = exp
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _parse(self, s):
        sign = 0
        if s[:1] in ("+", "-"):
            sign = 1 if s[0] == "-" else 0
            s = s[1:]
        low = s.lower()
        self._sign = sign
        if low in ("inf", "infinity"):
            self._int, self._exp, self._special = 0, 0, "F"
            return True
        for prefix, kind in (("snan", "N"), ("nan", "n")):
            if low.startswith(prefix):
                payload = low[len(prefix):]
                if payload and not payload.isdigit():
                    return False
                self._int, self._exp, self._special = int(payload or "0"), 0, kind
                return True
        mant, _, exp = low.partition("e")
        if _ and not exp:
            return False
        intpart, dot, frac = mant.partition(".")
        if not (intpart or frac) or (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
            return False
        if not (intpart + frac).isascii():
            digits = "".join(str(int(c)) for c in intpart + frac)
        else:
            digits = intpart + frac
        try:
            e = int(exp) if exp else 0
        except ValueError:
            return False
        if exp and not (exp.lstrip("+-").isdigit()):
            return False
        self._int = int(digits)
        self._exp = e - len(frac)
        return True

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("Infinity" if f > 0 else "-Infinity")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, n * 5 ** k, -k, ""
        if cls is not Decimal:
            return cls(d)
        return d

    # ---- predicates and parts ----
    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (), self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = self._int * (10 ** self._exp if self._exp > 0 else 1)
        d = 10 ** -self._exp if self._exp < 0 else 1
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n, d)

    def _new(self, sign, coeff, exp, special=""):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _fix(self, ctx):
        """Round to the context's precision and check the exponent limits."""
        if self._special:
            return self
        coeff, exp = self._int, self._exp
        n = _digits(coeff)
        if n > ctx.prec:
            drop = n - ctx.prec
            rounded = _round_int(self._sign, coeff, drop, ctx.rounding)
            if rounded * 10 ** drop != coeff:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
            coeff, exp = rounded, exp + drop
            if _digits(coeff) > ctx.prec:
                coeff //= 10
                exp += 1
        if coeff and exp + _digits(coeff) - 1 > ctx.Emax:
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            ctx._raise(Overflow)
            return self._new(self._sign, 0, 0, "F")
        return self._new(self._sign, coeff, exp)

    def _nan_check(self, other, ctx):
        for x in (self, other):
            if x is not None and x._special == "N":
                ctx._raise(InvalidOperation)
                return self._new(x._sign, x._int, 0, "n")
        for x in (self, other):
            if x is not None and x._special == "n":
                return x
        return None

    # ---- arithmetic ----
    def __add__(self, other, context=None):
        other = _operand(self, other, "+")
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != other._sign:
                return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
            return self if self._special == "F" else other
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - e) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return self._new(sign, abs(total), e)._fix(ctx)

    __radd__ = _reflected("+", "__add__")

    def __sub__(self, other, context=None):
        other = _operand(self, other, "-")
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    __rsub__ = _reflected("-", "__sub__")

    def __mul__(self, other, context=None):
        other = _operand(self, other, "*")
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self.is_zero() or other.is_zero():
                return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
            return self._new(sign, 0, 0, "F")
        return self._new(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = _reflected("*", "__mul__")

    def __truediv__(self, other, context=None):
        other = _operand(self, other, "/")
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F":
            if other._special == "F":
                return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
            return self._new(sign, 0, 0, "F")
        if other._special == "F":
            return self._new(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return ctx._raise(DivisionUndefined, self._new(0, 0, 0, "n"))
            return ctx._raise(DivisionByZero, self._new(sign, 0, 0, "F"))
        if self._int == 0:
            return self._new(sign, 0, self._exp - other._exp)._fix(ctx)
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return self._new(sign, coeff, exp)._fix(ctx)

    __rtruediv__ = _reflected("/", "__truediv__")

    def _divide_int(self, other, ctx):
        """(integer part of self/other truncated, remainder), or a result for the specials."""
        sign = self._sign ^ other._sign
        if other._int == 0 and not other._special:
            if self._int == 0 and not self._special:
                return ctx._raise(DivisionUndefined, self._new(0, 0, 0, "n")), None
            return ctx._raise(DivisionByZero, self._new(sign, 0, 0, "F")), None
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            return ctx._raise(DivisionImpossible, self._new(0, 0, 0, "n")), None
        quotient = self._new(sign, q, 0)
        remainder = self._new(self._sign, r, e)._fix(ctx)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _operand(self, other, "//")
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special:
            return self.__truediv__(other, ctx).to_integral_value(ROUND_DOWN, ctx)
        return self._divide_int(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(self, other, "%")
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
        if other._special == "F":
            return self._fix(ctx)
        if other._int == 0:
            return ctx._raise(DivisionUndefined if self._int == 0 else InvalidOperation, self._new(0, 0, 0, "n"))
        return self._divide_int(other, ctx)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (self.__floordiv__(other, context), self.__mod__(other, context))

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(self, other, "** or pow()")
        if other is NotImplemented:
            return other
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of Decimal is not implemented in gilpy")
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        if other._special or self._special or not other._is_integer():
            raise NotImplementedError("Decimal powers other than finite integer exponents are not implemented in gilpy")
        n = int(other)
        if n == 0:
            if self._int == 0:
                return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
            return Decimal(1)
        sign = self._sign if n % 2 else 0
        if n > 0:
            return self._new(sign, self._int ** n, self._exp * n)._fix(ctx)
        if self._int == 0:
            return ctx._raise(DivisionByZero, self._new(sign, 0, 0, "F"))
        with localcontext(ctx) as wide:
            wide.prec = ctx.prec + 10
            exact = self._new(sign, self._int ** -n, self._exp * -n)
            inverse = Decimal(1).__truediv__(exact, wide)
        return inverse._fix(ctx)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self.copy_negate() if not self.is_nan() else self
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else 1 - self._sign
        return self._new(sign, self._int, self._exp)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        sign = 0 if self._int == 0 and ctx.rounding != ROUND_FLOOR else self._sign
        return self._new(sign, self._int, self._exp)._fix(ctx)

    def __abs__(self, context=None):
        if self._special:
            return self.copy_abs() if not self.is_nan() else self
        return self._new(0, self._int, self._exp)._fix(context or getcontext())

    def copy_abs(self):
        return self._new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return self._new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return self._new(other._sign, self._int, self._exp, self._special)

    # ---- rounding ----
    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        nan = self._nan_check(exp, ctx)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == "F" and exp._special == "F":
                return self
            return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            coeff = _round_int(self._sign, self._int, target - self._exp, rounding)
            if coeff * 10 ** (target - self._exp) != self._int:
                ctx._raise(Inexact)
                ctx._raise(Rounded)
        if _digits(coeff) > ctx.prec:
            return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
        return self._new(self._sign, coeff, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        ctx = context or getcontext()
        return self._new(self._sign, _round_int(self._sign, self._int, -self._exp, rounding or ctx.rounding), 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return self._new(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return self._new(d._sign, coeff, exp)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        if self._special:
            return self
        return self._new(self._sign, self._int, self._exp + int(other))._fix(ctx)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        nan = self._nan_check(None, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            if self._sign:
                return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
            return self
        if self._int == 0:
            return self._new(self._sign, 0, self._exp // 2)
        if self._sign:
            return ctx._raise(InvalidOperation, self._new(0, 0, 0, "n"))
        coeff, exp = self._int, self._exp
        if exp % 2:
            coeff *= 10
            exp -= 1
        k = max(0, ctx.prec + 2 - (_digits(coeff) + 1) // 2)
        scaled = coeff * 10 ** (2 * k)
        root = _math.isqrt(scaled)
        rexp = exp // 2 - k
        if root * root != scaled:
            if root % 5 == 0:
                root += 1
        else:
            ideal = self._exp // 2
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        with localcontext(ctx) as c:
            c.rounding = ROUND_HALF_EVEN
            return self._new(0, root, rexp)._fix(c)

    def exp(self, context=None):
        ctx = context or getcontext()
        nan = self._nan_check(None, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            return Decimal(0) if self._sign else self
        if self._int == 0:
            return Decimal(1)
        guard = ctx.prec + 20
        # e**x in fixed point with `guard` digits after the point: halve x until it is
        # small, sum the series, then square back
        scale = 10 ** guard
        x = self._int * scale
        x = x * 10 ** self._exp if self._exp >= 0 else x // 10 ** -self._exp
        if self._sign:
            x = -x
        halvings = 0
        while abs(x) > scale // 2:
            x //= 2
            halvings += 1
        total, term, n = scale, scale, 1
        while term:
            term = term * x // (scale * n)
            total += term
            n += 1
        for _ in range(halvings):
            total = total * total // scale
        result = self._new(0, total, -guard)
        with localcontext(ctx) as c:
            c.rounding = ROUND_HALF_EVEN
            return result._fix(c)

    def compare(self, other, context=None):
        other = _convert(other, True)
        ctx = context or getcontext()
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        c = self._cmp(other)
        return Decimal(c)

    def max(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) <= 0 else other

    # ---- comparison and hashing ----
    def _cmp(self, other):
        """-1, 0 or 1 for two Decimals that are not NaN."""
        if self._special == "F" or other._special == "F":
            a = (0 if self._special != "F" else (-1 if self._sign else 1))
            b = (0 if other._special != "F" else (-1 if other._sign else 1))
            if a != b:
                return (a > b) - (a < b)
            if a:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        sa = 0 if self._int == 0 else (-1 if self._sign else 1)
        sb = 0 if other._int == 0 else (-1 if other._sign else 1)
        if sa != sb:
            return (sa > sb) - (sa < sb)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        c = (a > b) - (a < b)
        return -c if sa < 0 else c

    def _coerce_cmp(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _compare_with(self, other, op):
        other = self._coerce_cmp(other)
        if other is NotImplemented:
            return NotImplemented
        if not isinstance(other, Decimal):
            # a Fraction: compare exactly as fractions
            if self._special:
                if self.is_nan():
                    return op == "ne"
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                c = (n * other.denominator > other.numerator * d) - (n * other.denominator < other.numerator * d)
        else:
            if self.is_nan() or other.is_nan():
                if op in ("eq", "ne"):
                    return op == "ne"
                if self.is_snan() or other.is_snan() or True:
                    getcontext()._raise(InvalidOperation)
                return False
            c = self._cmp(other)
        return {"eq": c == 0, "ne": c != 0, "lt": c < 0, "le": c <= 0, "gt": c > 0, "ge": c >= 0}[op]

    def __eq__(self, other):
        return self._compare_with(other, "eq")

    def __ne__(self, other):
        return self._compare_with(other, "ne")

    def __lt__(self, other):
        return self._compare_with(other, "lt")

    def __le__(self, other):
        return self._compare_with(other, "le")

    def __gt__(self, other):
        return self._compare_with(other, "gt")

    def __ge__(self, other):
        return self._compare_with(other, "ge")

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, -1, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ---- conversions ----
    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                if self.is_nan():
                    raise ValueError("cannot round a NaN")
                raise OverflowError("cannot round an infinity")
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("Second argument to round should be integral")
        return self.quantize(self._new(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ---- text ----
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            return sign + ("sNaN" if self._special == "N" else "NaN") + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = "0", "." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            exp = ("E" if getcontext().capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        fill, align, sign, zero, width, grouping, precision, kind = _parse_spec(spec)
        if kind not in ("f", "F", "%", "e", "E", None):
            raise NotImplementedError("format type %r for Decimal is not implemented in gilpy" % kind)
        d = self
        if d._special:
            body = str(d.copy_abs())
        else:
            if kind == "%":
                d = self._new(d._sign, d._int, d._exp + 2)
            if kind in ("e", "E"):
                p = precision if precision is not None else max(_digits(d._int) - 1, 0)
                adj = d.adjusted()
                q = d.copy_abs()._new(0, d._int, d._exp).quantize(self._new(0, 1, adj - p), ROUND_HALF_EVEN)
                if _digits(q._int) > p + 1:
                    adj += 1
                    q = self._new(0, d._int, d._exp).quantize(self._new(0, 1, adj - p), ROUND_HALF_EVEN)
                digits = str(q._int).rjust(p + 1, "0")
                body = digits[0] + ("." + digits[1:] if p > 0 else "") + kind + "%+d" % adj
            else:
                if precision is not None:
                    q = self._new(0, d._int, d._exp).quantize(self._new(0, 1, -precision), ROUND_HALF_EVEN)
                else:
                    q = self._new(0, d._int, d._exp)
                body = q.__str__() if kind is None else _fixed(q)
                if kind is None and precision is not None:
                    body = _fixed(q)
                intpart, dot, frac = body.partition(".")
                if grouping:
                    intpart = _group(intpart, grouping)
                body = intpart + dot + frac
                if kind == "%":
                    body += "%"
        neg = self._sign and not (self.is_zero() and False)
        sign_str = "-" if neg else ("+" if sign == "+" else (" " if sign == " " else ""))
        total = sign_str + body
        if width is not None and len(total) < width:
            pad = width - len(total)
            if zero and align is None:
                total = sign_str + "0" * pad + body
            else:
                align = align or ">"
                fill = fill or " "
                if align == "<":
                    total = total + fill * pad
                elif align == "^":
                    total = fill * (pad // 2) + total + fill * (pad - pad // 2)
                elif align == "=":
                    total = sign_str + fill * pad + body
                else:
                    total = fill * pad + total
        return total

    # ---- pickling and copying ----
    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _fixed(d):
    """A non-negative finite Decimal in positional notation."""
    digits = str(d._int)
    if d._exp >= 0:
        return digits + "0" * d._exp
    point = len(digits) + d._exp
    if point <= 0:
        return "0." + "0" * -point + digits
    return digits[:point] + "." + digits[point:]


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def _parse_spec(spec):
    fill = align = sign = None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align, i = spec[0], 1
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        i += 1
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else None
    i = j
    grouping = None
    if spec[i:i + 1] in (",", "_"):
        grouping = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == ".":
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("Format specifier missing precision")
        precision = int(spec[i + 1:j])
        i = j
    kind = spec[i:] or None
    if kind is not None and len(kind) != 1:
        raise ValueError("Invalid format specifier")
    return fill, align, sign, zero, width, grouping, precision, kind


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation], flags=[])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_numbers.Number.register(Decimal)
