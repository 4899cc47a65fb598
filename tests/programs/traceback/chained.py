# Chained exceptions: __cause__, __context__, suppression, chain=False, TracebackException.
import os
import sys
import traceback

CWD = os.getcwd() + '/'


def show(text):
    sys.stdout.write(text.replace(CWD, ''))


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e


def load_context(text):
    try:
        return parse(text)
    except ValueError:
        return {}[text]


def load_suppressed(text):
    try:
        return parse(text)
    except ValueError:
        raise LookupError("suppressed") from None


for fn in (load, load_context, load_suppressed):
    try:
        fn("abc")
    except Exception as e:
        print("===", fn.__name__)
        show(traceback.format_exc())
        show(traceback.format_exc(chain=False))
        traceback.print_exc()
        lines = traceback.format_exception(e)
        print(len(lines), sum(1 for l in lines if l.startswith('Traceback')))
        print(traceback.format_exception(e, chain=False)[-1], end='')
        te = traceback.TracebackException.from_exception(e)
        print(te.exc_type.__name__, str(te), te.__suppress_context__)
        print(te.__cause__ is not None, te.__context__ is not None)
        if te.__cause__ is not None:
            print("cause:", te.__cause__.exc_type.__name__, [f.name for f in te.__cause__.stack])
        if te.__context__ is not None:
            print("context:", te.__context__.exc_type.__name__, list(te.__context__.format_exception_only()))
        print([f.name for f in te.stack])
        print(list(te.format(chain=False))[-1], end='')
        print("".join(te.format()) == "".join(lines))
        compact = traceback.TracebackException.from_exception(e, compact=True)
        print("compact", compact.__context__ is not None, compact.__cause__ is not None)

# a three-level chain with the middle one explicit
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError("middle") from z
    except ValueError:
        raise TypeError("top")
except TypeError as e:
    show("".join(traceback.format_exception(e)))
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    te.print(file=sys.stdout) if False else None
    te.print()

# a cycle in the context chain must not loop forever
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
print(traceback.format_exception(a))

# exception with no traceback but a cause
e = RuntimeError("outer")
e.__cause__ = ValueError("inner")
print(traceback.format_exception(e))
traceback.print_exception(e)
traceback.print_exception(e, chain=False)
