# Implicit exception chaining: `raise exc` while handling another sets exc.__context__ even
# when exc had one, a link that would close a cycle is cut, errors from callbacks keep the
# context they were raised with, and a raise outside any handler leaves the context alone.


def name(e):
    return None if e is None else type(e).__name__ + ":" + str(e)


def chain(e, limit=6):
    out = []
    seen = set()
    while e is not None and id(e) not in seen and len(out) < limit:
        seen.add(id(e))
        out.append(name(e))
        e = e.__context__
    return out


# a saved exception raised again while another is handled: its context is replaced
try:
    raise KeyError("first")
except KeyError as e:
    saved = e
print("saved context", name(saved.__context__))
try:
    try:
        raise ValueError("handled")
    except ValueError:
        raise saved
except KeyError as e:
    print("re-raised", chain(e))

# raised again outside any handler: the context stays as it was
try:
    raise saved
except KeyError as e:
    print("outside a handler", chain(e))

# the cycle a -> b -> a is cut at b
try:
    try:
        raise OSError("a")
    except OSError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise a
except OSError as final:
    print("cycle cut", chain(final), name(final.__context__.__context__))

# a longer chain: c is handled inside b inside a, then a is raised again
try:
    try:
        raise RuntimeError("a")
    except RuntimeError as a:
        try:
            raise LookupError("b")
        except LookupError:
            try:
                raise ArithmeticError("c")
            except ArithmeticError:
                raise a
except RuntimeError as final:
    print("long chain", chain(final))

# an error raised inside a callback keeps the context it was raised with
def key(x):
    try:
        raise IndexError("inner handled")
    except IndexError:
        raise NameError("from key")

try:
    try:
        raise AttributeError("outer handled")
    except AttributeError:
        sorted([2, 1], key=key)
except NameError as e:
    print("callback error", chain(e))

# raising the exception being handled is a re-raise: no context is added
try:
    try:
        raise ZeroDivisionError("self")
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    print("raise the handled one", chain(e))

# `from` sets the cause, and the context is still recorded
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise KeyError("k") from OSError("cause")
except KeyError as e:
    print("from", name(e.__cause__), name(e.__context__), e.__suppress_context__)
