# Exception groups and notes through the traceback module.
import os
import sys
import traceback

CWD = os.getcwd() + '/'


def show(text):
    sys.stdout.write(text.replace(CWD, ''))


def fail_value(n):
    raise ValueError(f"bad value {n}")


def collect(n):
    errors = []
    for i in range(n):
        try:
            fail_value(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup(f"{n} failures", errors)


try:
    collect(2)
except ExceptionGroup:
    show(traceback.format_exc())
    traceback.print_exc()

try:
    raise ExceptionGroup("outer", [
        TypeError("t"),
        ExceptionGroup("inner", [KeyError("k"), OSError("o")]),
    ])
except ExceptionGroup as e:
    show(traceback.format_exc())
    lines = traceback.format_exception(e)
    print(len(lines))
    te = traceback.TracebackException.from_exception(e)
    print([x.exc_type.__name__ for x in te.exceptions])
    print([x.exc_type.__name__ for x in te.exceptions[1].exceptions])
    print(list(te.format_exception_only()))

# a nested group as the last member closes both boxes with one line
try:
    raise ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [ValueError(1)])])])
except ExceptionGroup:
    show(traceback.format_exc())

# more members than max_group_width
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(18)])
except ExceptionGroup as e:
    show(traceback.format_exc())
    te = traceback.TracebackException.from_exception(e, max_group_width=2)
    show("".join(te.format()))

# deeper than max_group_depth
eg = ValueError("leaf")
for depth in range(4):
    eg = ExceptionGroup(f"level {depth}", [eg])
te = traceback.TracebackException.from_exception(eg, max_group_depth=2)
print("".join(te.format()))

# group with a cause
try:
    try:
        collect(1)
    except ExceptionGroup as g:
        raise RuntimeError("wrapped") from g
except RuntimeError:
    show(traceback.format_exc())

# notes
try:
    raise ValueError("noted")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nnote with two lines")
    show(traceback.format_exc())
    print(traceback.format_exception_only(e))

e = KeyError("x")
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = [1, None]
print(traceback.format_exception_only(e))

try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
except BaseExceptionGroup as e:
    e.add_note("group note")
    show(traceback.format_exc())

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except BaseException:
    show(traceback.format_exc())
