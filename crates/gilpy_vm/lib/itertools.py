"""Functional tools for creating and using iterators.

gilpy's itertools, written in Python.  Each iterator is a class whose instances are their own
iterators (``iter(x) is x``), so that ``type()``, ``isinstance`` and subclassing behave as with
CPython's C types, and argument errors carry CPython's texts.  The iterators are lazy and read
their inputs only as far as the next result needs (product, permutations and the combinations
read their inputs up front, as CPython's do)."""

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count',
    'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations',
    'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest',
]

_MAXSIZE = 9223372036854775807  # sys.maxsize, without importing sys at start-up
_MISSING = object()
_object_init = object.__init__
_GenericAlias = type(list[int])


# --- argument helpers (the messages are those of CPython's C argument parsers) --------------

def _no_kwargs(cls, name, kwargs):
    # C types refuse keywords only while they (or a subclass without its own __init__) are built
    if kwargs and cls.__init__ is _object_init:
        raise TypeError(f"{name}() takes no keyword arguments")


def _exactly(name, args, n):
    if len(args) != n:
        raise TypeError(f"{name} expected {n} argument{'' if n == 1 else 's'}, got {len(args)}")


def _bind(fname, args, kwargs, names, nreq, maxpos):
    """Bind positional-or-keyword parameters as Argument Clinic does; absent ones are _MISSING."""
    nargs = len(args)
    if not kwargs and nreq <= nargs <= maxpos:
        if nargs == len(names):
            return args
        return args + (_MISSING,) * (len(names) - nargs)
    maxargs = len(names)
    total = nargs + len(kwargs)
    if total > maxargs:
        raise TypeError(f"{fname}() takes at most {maxargs} {'keyword ' if nargs == 0 else ''}"
                        f"argument{'' if maxargs == 1 else 's'} ({total} given)")
    if nargs > maxpos:
        raise TypeError(f"{fname}() takes {'at most' if nreq < maxpos else 'exactly'} {maxpos} "
                        f"positional argument{'' if maxpos == 1 else 's'} ({nargs} given)")
    out = list(args)
    used = 0
    for i in range(nargs, maxargs):
        name = names[i]
        if name in kwargs:
            out.append(kwargs[name])
            used += 1
        elif i < nreq:
            raise TypeError(f"{fname}() missing required argument '{name}' (pos {i + 1})")
        else:
            out.append(_MISSING)
    if used < len(kwargs):
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {fname}() given by name ('{names[i]}') "
                                f"and position ({i + 1})")
        for k in kwargs:
            if k not in names:
                raise TypeError(f"'{k}' is an invalid keyword argument for {fname}()")
    return out


def _index(x):
    if type(x) is int:
        return x
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None
    v = meth(x)
    if not isinstance(v, int):
        raise TypeError(f"__index__ returned non-int (type {type(v).__name__})")
    return int(v)


def _ssize(x):
    """x as a C Py_ssize_t; OverflowError as CPython raises it."""
    v = _index(x)
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return v


def _ssize_or_minus_one(x):
    # islice folds every conversion failure into -1, then reports its own ValueError
    try:
        return _ssize(x)
    except Exception:
        return -1


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


def _same(a, b):
    # PyObject_RichCompareBool: identity implies equality
    return a is b or a == b


def _final(qualified):
    # a C type that cannot be subclassed: the class statement fails with CPython's message
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '{qualified}' is not an acceptable base type")
    return classmethod(__init_subclass__)


# --- infinite iterators ----------------------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_cnt', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _bind('count', args, kwargs, ('start', 'step'), 0, 2)
        if (start is not _MISSING and not _is_number(start)) or \
                (step is not _MISSING and not _is_number(step)):
            raise TypeError("a number is required")
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        # CPython counts with a C integer when start is an int and step is the int 1; its
        # values (and repr) are then plain ints even for a bool or int-subclass start
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start = int(start)
            step = 1
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{type(self).__name__}({self._cnt!r})"
        return f"{type(self).__name__}({self._cnt!r}, {step!r})"

    def __reduce__(self):
        # CPython leaves out the step only while it counts with a C integer
        cnt = self._cnt
        step = self._step
        if type(step) is int and step == 1 and type(cnt) is int and -_MAXSIZE - 1 <= cnt <= _MAXSIZE:
            return (type(self), (cnt,))
        return (type(self), (cnt, step))


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""

    __slots__ = ('_it', '_saved', '_index')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'cycle', kwargs)
        _exactly('cycle', args, 1)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._saved = []
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        self._index = 0 if i == len(saved) else i
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the specified
    number of times.  If not specified, returns the object endlessly."""

    __slots__ = ('_obj', '_cnt')

    def __new__(cls, *args, **kwargs):
        obj, times = _bind('repeat', args, kwargs, ('object', 'times'), 1, 2)
        cnt = -1
        if times is not _MISSING:
            cnt = _ssize(times)
            if cnt < 0:
                cnt = 0
        self = object.__new__(cls)
        self._obj = obj
        self._cnt = cnt
        return self

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        if c == 0:
            raise StopIteration
        if c > 0:
            self._cnt = c - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return f"{type(self).__name__}({self._obj!r})"
        return f"{type(self).__name__}({self._obj!r}, {self._cnt})"

    def __reduce__(self):
        if self._cnt < 0:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._cnt))


# --- iterators terminating on the shortest input ----------------------------------------------

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ('_it', '_func', '_total', '_initial')

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _bind('accumulate', args, kwargs,
                                        ('iterable', 'func', 'initial'), 1, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = _MISSING if initial is None else initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not _MISSING:
            total = self._total = self._initial
            self._initial = _MISSING
            return total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            self._total = value
            return value
        func = self._func
        total = total + value if func is None else func(total, value)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the first iterable
    until it is exhausted, then elements from the next iterable, until all of the iterables are
    exhausted."""

    __slots__ = ('_source', '_active')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'chain', kwargs)
        self = object.__new__(cls)
        self._source = iter(args)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        if len(args) != 1:
            raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = object.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                # a failure to produce (or iterate) the next input ends the chain, as in CPython
                try:
                    active = iter(next(source))
                except BaseException:
                    self._source = None
                    raise
                self._active = active
            for item in active:
                return item
            self._active = None


class compress:
    """Return data elements corresponding to true selector elements."""

    __slots__ = ('_data', '_selectors')

    def __new__(cls, *args, **kwargs):
        data, selectors = _bind('compress', args, kwargs, ('data', 'selectors'), 2, 2)
        data = iter(data)
        selectors = iter(selectors)
        self = object.__new__(cls)
        self._data = data
        self._selectors = selectors
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ('_pred', '_it', '_done')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'dropwhile', kwargs)
        _exactly('dropwhile', args, 2)
        pred, iterable = args
        it = iter(iterable)
        self = object.__new__(cls)
        self._pred = pred
        self._it = it
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._done:
            return next(it)
        pred = self._pred
        while True:
            item = next(it)
            if not pred(item):
                self._done = True
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true
    for each entry."""

    __slots__ = ('_pred', '_it', '_stop')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'takewhile', kwargs)
        _exactly('takewhile', args, 2)
        pred, iterable = args
        it = iter(iterable)
        self = object.__new__(cls)
        self._pred = pred
        self._it = it
        self._stop = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.  If function is None,
    return the items that are false."""

    __slots__ = ('_func', '_it')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'filterfalse', kwargs)
        _exactly('filterfalse', args, 2)
        func, iterable = args
        it = iter(iterable)
        self = object.__new__(cls)
        self._func = None if func is bool else func
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        if func is None:
            for item in self._it:
                if not item:
                    return item
        else:
            for item in self._it:
                if not func(item):
                    return item
        raise StopIteration


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument
    tuple taken from the given sequence."""

    __slots__ = ('_func', '_it')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'starmap', kwargs)
        _exactly('starmap', args, 2)
        func, iterable = args
        it = iter(iterable)
        self = object.__new__(cls)
        self._func = func
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ('_it', '_old')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'pairwise', kwargs)
        _exactly('pairwise', args, 1)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._old = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MISSING:
            for old in it:
                break
            else:
                self._it = None
                raise StopIteration
        for new in it:
            self._old = new
            return (old, new)
        self._it = None
        self._old = _MISSING
        raise StopIteration


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an iterable."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, 'islice', kwargs)
        n = len(args)
        if n < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {n}")
        if n > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {n}")
        start = 0
        stop = -1
        step = 1
        if n == 2:
            b = args[1]
            c = _MISSING
        else:
            a, b = args[1], args[2]
            c = args[3] if n == 4 else _MISSING
            if a is not None:
                start = _ssize_or_minus_one(a)
        if b is not None:
            stop = _ssize_or_minus_one(b)
            if stop == -1:
                raise ValueError("Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if c is not _MISSING and c is not None:
            step = _ssize_or_minus_one(c)
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        cnt = self._cnt
        nxt = self._next
        try:
            while cnt < nxt:
                next(it)
                cnt += 1
            if stop != -1 and cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._cnt = cnt
            self._it = None
            raise
        except BaseException:
            self._cnt = cnt
            raise
        self._cnt = cnt + 1
        nxt += self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
    element comes from the i-th iterable argument; missing values are filled with fillvalue."""

    __slots__ = ('_its', '_active', '_fill')

    def __new__(cls, *args, **kwargs):
        fill = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = kwargs['fillvalue']
        its = [iter(a) for a in args]
        self = object.__new__(cls)
        self._its = its
        self._active = len(its)
        self._fill = fill
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        fill = self._fill
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(fill)
                continue
            for item in it:
                result.append(item)
                break
            else:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                its[i] = None
                result.append(fill)
        return tuple(result)


# --- groupby -----------------------------------------------------------------------------------

class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    # Groups are numbered: only the _grouper holding the current number may read.  (A number
    # rather than a reference to the grouper keeps the two from referring to each other.)
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_group')

    def __new__(cls, *args, **kwargs):
        iterable, key = _bind('groupby', args, kwargs, ('iterable', 'key'), 1, 2)
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._keyfunc = None if key is _MISSING else key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._group = 0
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        # a new group makes every earlier _grouper of this groupby empty
        self._group += 1
        while True:
            currkey = self._currkey
            if currkey is not _MISSING:
                tgtkey = self._tgtkey
                if tgtkey is _MISSING or not _same(tgtkey, currkey):
                    break
            self._step()
        self._tgtkey = currkey
        grouper = object.__new__(_grouper)
        grouper._parent = self
        grouper._tgtkey = currkey
        grouper._group = self._group
        return (currkey, grouper)


class _grouper:
    __init_subclass__ = _final('itertools._grouper')

    __slots__ = ('_parent', '_tgtkey', '_group')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, '_grouper', kwargs)
        _exactly('_grouper', args, 2)
        parent, tgtkey = args
        if not isinstance(parent, groupby):
            raise TypeError(f"_grouper() argument 1 must be itertools.groupby, "
                            f"not {type(parent).__name__}")
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        # a new grouper becomes its groupby's current one, as in CPython
        parent._group += 1
        self._group = parent._group
        return self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group != self._group:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


# --- tee ---------------------------------------------------------------------------------------

class _tee:
    """Iterator wrapped to make it copyable."""

    __init_subclass__ = _final('itertools._tee')

    # The copies of one tee share a singly linked list of cells: an unfilled cell is an empty
    # list; a filled one is [value, next_cell].  Each copy points at the next cell it will
    # read, so values that every copy has read are freed.
    __slots__ = ('_it', '_cell')

    def __new__(cls, *args, **kwargs):
        _no_kwargs(cls, '_tee', kwargs)
        _exactly('_tee', args, 1)
        it = iter(args[0])
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._it = it
        self._cell = []
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if not cell:
            value = next(self._it)
            cell.append(value)
            cell.append([])
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        new = object.__new__(type(self))
        new._it = self._it
        new._cell = self._cell
        return new


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    nargs = len(args)
    if nargs < 1:
        raise TypeError(f"tee expected at least 1 argument, got {nargs}")
    if nargs > 2:
        raise TypeError(f"tee expected at most 2 arguments, got {nargs}")
    n = _ssize(args[1]) if nargs == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    copy = getattr(it, '__copy__', None)
    if copy is None:
        first = object.__new__(_tee)
        first._it = it
        first._cell = []
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        first = first.__copy__()
        result.append(first)
    return tuple(result)


# --- combinatoric iterators ------------------------------------------------------------------

class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f"product() takes at most 1 keyword argument "
                                f"({len(kwargs)} given)")
            for k in kwargs:
                if k != 'repeat':
                    raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat = _ssize(kwargs['repeat'])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = [tuple(a) for a in args] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            result = self._result = [pool[0] for pool in pools]
            return tuple(result)
        indices = self._indices
        # odometer: advance the rightmost wheel, carrying leftwards
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                indices[i] = k
                result[i] = pool[k]
                return tuple(result)
        self._stopped = True
        raise StopIteration


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ('_pool', '_indices', '_cycles', '_result', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind('permutations', args, kwargs, ('iterable', 'r'), 1, 2)
        pool = tuple(iterable)
        n = len(pool)
        if r is _MISSING or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            r = _ssize(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = list(range(n))
        # _cycles[i]: how many more values position i takes before it wraps around
        self._cycles = list(range(n, n - r, -1))
        self._result = None
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        a = self._indices
        cycles = self._cycles
        r = len(cycles)
        result = self._result
        if result is None:
            result = self._result = [pool[k] for k in a[:r]]
            return tuple(result)
        n = len(a)
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c:
                cycles[i] = c
                j = n - c
                a[i], a[j] = a[j], a[i]
                for k in range(i, r):
                    result[k] = pool[a[k]]
                return tuple(result)
            # position i has taken every remaining value: moving its index to the end puts
            # a[i:] back in ascending order for the positions to its left to start again
            a.append(a.pop(i))
            cycles[i] = n - i
            i -= 1
        self._stopped = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ('_pool', '_indices', '_first', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind('combinations', args, kwargs, ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        idx = self._indices
        if self._first:
            self._first = False
            return tuple([pool[k] for k in idx])
        r = len(idx)
        # the highest value position i may hold is i + n - r
        top = len(pool) - r
        i = r - 1
        while i >= 0 and idx[i] == i + top:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        v = idx[i]
        for j in range(i, r):
            v += 1
            idx[j] = v
        return tuple([pool[k] for k in idx])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual
    elements to have successive repeats."""

    __slots__ = ('_pool', '_indices', '_first', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind('combinations_with_replacement', args, kwargs,
                            ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = [0] * r
        self._first = True
        self._stopped = not pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        idx = self._indices
        if self._first:
            self._first = False
            return tuple([pool[k] for k in idx])
        last = len(pool) - 1
        i = len(idx) - 1
        while i >= 0 and idx[i] == last:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        v = idx[i] + 1
        for j in range(i, len(idx)):
            idx[j] = v
        return tuple([pool[k] for k in idx])

# CPython writes this module in C: its functions show no frames in tracebacks
__import__("_traceback")._native_module(globals())
