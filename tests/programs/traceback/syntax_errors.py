# SyntaxError formatting and argument errors of the traceback functions.
import os
import sys
import traceback

CWD = os.getcwd() + '/'


def show(text):
    sys.stdout.write(text.replace(CWD, ''))


for source in ["x = = 1", "def f(:\n    pass", "(1, 2", "    indented", "print('x'"]:
    try:
        compile(source, "snippet.py", "exec")
    except SyntaxError as e:
        show("".join(traceback.format_exception_only(e)))

try:
    exec("1 +")
except SyntaxError:
    show(traceback.format_exc())

cases = [
    SyntaxError("custom message"),
    SyntaxError("with details", ("mod.py", 3, 4, "  foo bar baz\n", 3, 7)),
    SyntaxError("no lineno", ("mod.py", None, None, None)),
    SyntaxError("offset only", ("mod.py", 2, 1, "x\n")),
    SyntaxError("", ("mod.py", 2, 1, "x\n")),
    SyntaxError("tabs", ("t.py", 1, 5, "\tab cd\n", 1, 7)),
    IndentationError("unexpected indent", ("i.py", 4, 5, "    x = 1\n")),
]
for exc in cases:
    print(traceback.format_exception_only(exc))


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Custom("c")))
print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(OSError(2, "No such file")))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exc())
traceback.print_exc()
print(traceback.format_exception_only(KeyError, None))

for args in [(ValueError("x"), None), (ValueError, ValueError("x"))]:
    try:
        traceback.format_exception(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    traceback.format_exception("not an exception")
except Exception as e:
    print(type(e).__name__, e)
try:
    traceback.print_exception(42)
except Exception as e:
    print(type(e).__name__, e)

if hasattr(sys, "last_type"):
    del sys.last_type
try:
    traceback.print_last()
except ValueError as e:
    print("print_last:", e)

print(sorted(n for n in traceback.__all__))
print(traceback.format_exception(ValueError, ValueError("v"), None))
print(traceback.format_exception(ValueError("only")))
