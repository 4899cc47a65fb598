# an exception's traceback can be replaced (with_traceback, __traceback__ =) and printing
# follows it; throw() and close() pass through the generator's frame at its yield
import sys, traceback


def outer():
    middle()

def middle():
    inner()

def inner():
    raise ValueError("deep")


def names(tb):
    return [f.name for f in traceback.extract_tb(tb)]


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(names(tb))
    same = e.with_traceback(tb.tb_next.tb_next)
    print(same is e, e.__traceback__ is tb.tb_next.tb_next, names(e.__traceback__))
    traceback.print_exception(e, file=sys.stdout)
    e.__traceback__ = None
    print(e.__traceback__, traceback.format_exception_only(e))
    for bad in (5, "tb", e):
        try:
            e.__traceback__ = bad
        except TypeError as t:
            print("TypeError:", t)
    try:
        del e.__traceback__
    except TypeError as t:
        print("TypeError:", t)
    try:
        e.with_traceback()
    except TypeError as t:
        print("TypeError:", t)

# raising again puts the raising frame in front of the assigned chain
def reraise_short():
    try:
        outer()
    except ValueError as e:
        raise e.with_traceback(e.__traceback__.tb_next.tb_next.tb_next)

try:
    reraise_short()
except ValueError as e:
    print(names(e.__traceback__))
    traceback.print_exc(file=sys.stdout)

# a new exception given another's traceback
def convert():
    try:
        outer()
    except ValueError as e:
        raise KeyError("converted").with_traceback(e.__traceback__) from None

try:
    convert()
except KeyError as e:
    print(names(e.__traceback__))


# throw() into a running generator: the generator's frame is in the traceback
def reader(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield line.strip()
        except ValueError as e:
            print("reader got", e, "at line", n)

r = reader(["a ", " b"])
print(next(r), r.throw(ValueError("bad")))
try:
    r.throw(KeyError("stop"))
except KeyError:
    print(names(sys.exc_info()[2]))
    traceback.print_exc(file=sys.stdout)

# throw() into one that never started: its frame shows at the def line
def never():
    yield 1

try:
    never().throw(RuntimeError("early"))
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

# throw(type, value, traceback) and yield from
def sub():
    try:
        yield 1
    except KeyError:
        raise IndexError("from sub")

def delegate():
    yield from sub()

d = delegate()
next(d)
try:
    d.throw(KeyError, KeyError("k"), None)
except IndexError as e:
    print(names(e.__traceback__), repr(e.__context__))

# the exception handled at the yield becomes the context of the thrown one
def handling():
    try:
        raise LookupError("inside")
    except LookupError:
        yield 1

h = handling()
next(h)
try:
    h.throw(TypeError("thrown"))
except TypeError as e:
    print(repr(e.__context__), names(e.__traceback__))

# close(): GeneratorExit raised at the yield, then the generator's own error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        raise OSError("cannot stop")

s = stubborn()
next(s)
try:
    s.close()
except OSError as e:
    print(names(e.__traceback__), type(e.__context__).__name__, names(e.__context__.__traceback__))


# an unbound free variable's NameError names the variable, so it gets a suggestion
def make():
    if False:
        total = 0
    def get():
        return total
    return get

try:
    make()()
except NameError as e:
    print(e.name)
    traceback.print_exc(file=sys.stdout)

# the unraisable hook's argument can be rebuilt from a sequence, as a struct sequence
seen = []
def hook(u):
    seen.append(type(u)((u.exc_type, None, None, "rebuilt", None)))
    seen.append(type(u).__match_args__)
    try:
        type(u)((1, 2))
    except TypeError as t:
        seen.append(str(t))

sys.unraisablehook = hook

class Dies:
    def __del__(self):
        raise ValueError("in del")

Dies()
sys.unraisablehook = sys.__unraisablehook__
print(seen)
