# Errors raised while pickling: lambdas, local objects, locks, generators, modules, code; exception hierarchy.
import pickle
import sys
import threading


def mask(msg):
    # drop " at 0x...." addresses without using re
    out = []
    rest = msg
    while " at 0x" in rest:
        i = rest.index(" at 0x")
        out.append(rest[:i])
        rest = rest[i + 6:]
        j = 0
        while j < len(rest) and rest[j] in "0123456789abcdef":
            j += 1
        rest = rest[j:]
    out.append(rest)
    return "".join(out)


def attempt(label, obj, protos=(0, 2, 4, 5)):
    for p in protos:
        try:
            d = pickle.dumps(obj, p)
        except Exception as e:
            print(label, p, type(e).__name__ + ":", mask(str(e)),
                  isinstance(e, pickle.PicklingError))
        else:
            print(label, p, "OK", d)


def outer():
    def local():
        pass

    class LocalC:
        pass

    return local, LocalC


def gen():
    yield 1


lam = lambda: 0
local_f, LocalC = outer()

attempt("lambda", lam)
attempt("lambda in a list", [1, lam])
attempt("local function", local_f)
attempt("local class", LocalC)
attempt("local class instance", LocalC())
attempt("lock", threading.Lock(), (2, 4))
attempt("generator", gen())
attempt("module", sys)
attempt("code object", outer.__code__, (2, 4))
attempt("property", property())


class Unfindable:
    pass


Unfindable.__qualname__ = "NoSuchName"
attempt("class with wrong qualname", Unfindable, (0, 4))


class Renamed:
    pass


RenamedAlias = Renamed
del Renamed
attempt("class whose name was deleted", RenamedAlias, (2, 4))


class BadReduce:
    def __reduce__(self):
        return 42


class BadReduceTuple:
    def __reduce__(self):
        return (BadReduceTuple,)


class BadReduceCallable:
    def __reduce__(self):
        return (42, ())


class BadReduceArgs:
    def __reduce__(self):
        return (BadReduceArgs, [1])


for cls in (BadReduce, BadReduceTuple, BadReduceCallable, BadReduceArgs):
    attempt(cls.__name__, cls(), (2, 4))

# protocol argument checks
for proto in (6, 99, 1.5, "2"):
    try:
        pickle.dumps(1, proto)
    except Exception as e:
        print("protocol", repr(proto), type(e).__name__ + ":", e)

# hierarchy
print([c.__name__ for c in pickle.PickleError.__bases__], [c.__name__ for c in pickle.PicklingError.__bases__],
      [c.__name__ for c in pickle.UnpicklingError.__bases__])
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
print(pickle.PicklingError.__name__, pickle.UnpicklingError.__name__, pickle.PickleError.__qualname__)
try:
    raise pickle.PicklingError("custom")
except pickle.PickleError as e:
    print("caught as PickleError:", type(e).__name__, e)
