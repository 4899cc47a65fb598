"""Random number generation: the Mersenne Twister (MT19937) with CPython's seeding.

The generator keeps the same state layout as CPython's (624 words plus an index), and seeds,
draws and distributions consume the stream in the same order, so a given seed reproduces
CPython's numbers exactly.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin,
                  floor as _floor, isfinite as _isfinite)
from os import urandom as _urandom
import os as _os
from warnings import warn as _warn
import hashlib as _hashlib

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss",
           "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MASK32 = 0xFFFFFFFF


def _temper_all(mt):
    out = []
    append = out.append
    for y in mt:
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        append(y ^ (y >> 18))
    return out


def _twist(mt):
    """Regenerate all 624 words.  Word k depends on the new word k-227 once k >= 227, so the
    work is split into chunks in which every input is already final."""
    A = _MATRIX_A
    U = _UPPER
    L = _LOWER
    head = [mt[k + 397] ^ (((mt[k] & U) | (mt[k + 1] & L)) >> 1) ^ (A if mt[k + 1] & 1 else 0)
            for k in range(227)]
    mid = [head[k - 227] ^ (((mt[k] & U) | (mt[k + 1] & L)) >> 1) ^ (A if mt[k + 1] & 1 else 0)
           for k in range(227, 454)]
    new = head + mid
    tail = [new[k - 227] ^ (((mt[k] & U) | (mt[k + 1] & L)) >> 1) ^ (A if mt[k + 1] & 1 else 0)
            for k in range(454, 623)]
    new += tail
    y = (mt[623] & U) | (new[0] & L)
    new.append(new[396] ^ (y >> 1) ^ (A if y & 1 else 0))
    return new


def _init_genrand(s):
    mt = [0] * _N
    mt[0] = s & _MASK32
    for i in range(1, _N):
        prev = mt[i - 1]
        mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
    return mt


def _init_by_array(key):
    mt = _init_genrand(19650218)
    i = 1
    j = 0
    klen = len(key)
    k = _N if _N > klen else klen
    while k:
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= klen:
            j = 0
        k -= 1
    k = _N - 1
    while k:
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        k -= 1
    mt[0] = 0x80000000
    return mt


def _int_to_key(n):
    """Split a non-negative int into 32-bit words, least significant first."""
    if n == 0:
        return [0]
    key = []
    while n:
        key.append(n & _MASK32)
        n >>= 32
    return key


def _index(x, what):
    t = type(x)
    if hasattr(t, "__index__"):
        return t.__index__(x)
    ix = int(x)
    if ix != x:
        _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
          'and will be removed in a subsequent version', DeprecationWarning, 3)
    return ix


def _as_int(x):
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return type(x).__index__(x)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        Sequence = None
    if Sequence is not None:
        try:
            return isinstance(obj, Sequence)
        except TypeError:
            pass
    t = type(obj)
    return hasattr(t, "__getitem__") and hasattr(t, "__len__") and not hasattr(t, "keys")


class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = None
        self._out = None
        self._i = _N
        self.gauss_next = None
        self.seed(x)

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that supplies only random() must not have _randbelow call the inherited
        # getrandbits(), which would bypass the subclass's generator.
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # ---- core generator ----

    def _set_mt(self, mt, index):
        self._mt = mt
        self._i = index
        self._out = _temper_all(mt) if index < _N else None

    def _refill(self):
        self._mt = _twist(self._mt)
        self._out = _temper_all(self._mt)
        self._i = 0

    def _word(self):
        i = self._i
        if i >= _N:
            self._refill()
            i = 0
        self._i = i + 1
        return self._out[i]

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            else:
                a = bytes(a)
            a = int.from_bytes(a + _hashlib.sha512(a).digest(), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            mt = _init_by_array(_int_to_key(int.from_bytes(_urandom(4 * _N), 'little')))
        else:
            if isinstance(a, int):
                a = abs(a)
            else:
                # CPython reinterprets the hash as an unsigned C size_t.
                a = hash(a) & 0xFFFFFFFFFFFFFFFF
            mt = _init_by_array(_int_to_key(a))
        self._set_mt(mt, _N)
        self.gauss_next = None

    def random(self):
        """Return the next random floating point number in the range 0.0 <= X < 1.0."""
        i = self._i
        if i < 623:
            out = self._out
            self._i = i + 2
            return ((out[i] >> 5) * 67108864 + (out[i + 1] >> 6)) * (1.0 / 9007199254740992.0)
        a = self._word() >> 5
        b = self._word() >> 6
        return (a * 67108864 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        if type(k) is not int:
            k = _as_int(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            if k == 0:
                return 0
            i = self._i
            if i < _N:
                self._i = i + 1
                return self._out[i] >> (32 - k)
            return self._word() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            w = self._word()
            if k < 32:
                w >>= 32 - k
            result |= w << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, tuple(self._mt) + (self._i,), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        if not isinstance(internalstate, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internalstate) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mt = []
        for w in internalstate[:_N]:
            if not isinstance(w, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(w).__name__)
            mt.append(w & _MASK32)
        index = internalstate[_N]
        if not isinstance(index, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(index).__name__)
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._set_mt(mt, index)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def _randbelow_with_getrandbits(self, n):
        k = n.bit_length()
        getrandbits = self.getrandbits
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        if type(start) is int and type(stop) is int and type(step) is int and step == 1:
            width = stop - start
            if width > 0:
                return start + self._randbelow(width)
        istart = _index(start, "arg 1")
        if stop is None:
            if not (type(step) is int and step == 1):
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "stop")
        width = istop - istart
        istep = _index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total = total + c if cum_counts else c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            hi = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, hi)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                it = iter(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
            cum_weights = []
            total = None
            for w in it:
                total = w if total is None else total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, producing values in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best and Fisher's algorithm)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            # Ahrens and Dieter's algorithm GS for alpha < 1.
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); not reproducible, so it has no state."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

# a forked child must not repeat its parent's numbers
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_inst.seed)


def _test_generator(n, func, args):
    """Draw n values from func(*args); print the time taken and the sample's statistics."""
    from statistics import stdev, fmean
    from time import perf_counter

    start = perf_counter()
    data = [func(*args) for _ in range(n)]
    elapsed = perf_counter() - start
    xbar = fmean(data)
    print(f'{elapsed:.3f} sec, {n} times {func.__name__}')
    print('avg %g, stddev %g, min %g, max %g\n' % (xbar, stdev(data, xbar), min(data), max(data)))


def _test(N=2000):
    """What `-m random` runs: each distribution, N draws."""
    for func, args in ((random, ()), (normalvariate, (0.0, 1.0)), (lognormvariate, (0.0, 1.0)),
                       (vonmisesvariate, (0.0, 1.0)), (gammavariate, (0.01, 1.0)),
                       (gammavariate, (0.1, 1.0)), (gammavariate, (0.1, 2.0)),
                       (gammavariate, (0.5, 1.0)), (gammavariate, (0.9, 1.0)),
                       (gammavariate, (1.0, 1.0)), (gammavariate, (2.0, 1.0)),
                       (gammavariate, (20.0, 1.0)), (gammavariate, (200.0, 1.0)),
                       (gauss, (0.0, 1.0)), (betavariate, (3.0, 3.0)),
                       (triangular, (0.0, 1.0, 1.0 / 3.0))):
        _test_generator(N, func, args)


if __name__ == '__main__':
    _test()
