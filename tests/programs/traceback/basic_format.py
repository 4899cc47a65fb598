# traceback basics: print_exc, format_exc, extract_tb, format_tb, limits, caret lines.
import os
import sys
import traceback

CWD = os.getcwd() + '/'


def show(text):
    sys.stdout.write(text.replace(CWD, ''))


class Box:
    def __init__(self):
        self.items = {'a': [1, 2]}


def divide(a, b):
    return a / b


def index_it(box, i):
    return box.items['a'][i] + 1


def attr_fail(obj):
    value = obj.missing_attribute
    return value


def call_chain(n):
    if n == 0:
        return divide(10, n)
    return call_chain(n - 1)


for func, args in [(divide, (1, 0)), (index_it, (Box(), 5)), (attr_fail, (Box(),)),
                   (call_chain, (2,))]:
    try:
        func(*args)
    except Exception:
        print("---", func.__name__)
        show(traceback.format_exc())
        traceback.print_exc()
        text = traceback.format_exc(limit=1)
        show(text)
        show(traceback.format_exc(limit=-1))

try:
    index_it(Box(), 9)
except IndexError as e:
    for filename, lineno, name, line in traceback.extract_tb(e.__traceback__):
        print(os.path.basename(filename), lineno, name, repr(line))
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, len(summary))
    print(summary[-1].name, summary[-1].lineno, summary[-1].line)
    print(summary[0] == (summary[0].filename, summary[0].lineno, '<module>', 'index_it(Box(), 9)'))
    print(len(traceback.extract_tb(e.__traceback__, limit=1)))
    for entry in traceback.format_tb(e.__traceback__):
        show(entry)
    traceback.print_tb(e.__traceback__)
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout) if False else None
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end='')
    old = traceback.format_exception(type(e), e, e.__traceback__)
    print(old == lines)
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    show(''.join(traceback.format_exception(e, limit=2)))
    show(''.join(traceback.format_exception(e, limit=0)))

try:
    x = [1, 2, 3]
    total = x[0] + x[1] * x[10]
except IndexError:
    show(traceback.format_exc())

try:
    d = {"k": {"inner": None}}
    d["k"]["inner"]["deeper"]
except TypeError:
    show(traceback.format_exc())

try:
    raise ValueError("multi\nline message")
except ValueError:
    show(traceback.format_exc())

try:
    raise KeyError()
except KeyError:
    show(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.format_exc()))
traceback.print_exc()
