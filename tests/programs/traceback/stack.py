# Stack inspection: print_stack, extract_stack, format_stack, walk_*, StackSummary, FrameSummary.
import os
import sys
import traceback
import linecache

CWD = os.getcwd() + '/'


def show(text):
    sys.stdout.write(text.replace(CWD, ''))


def outer():
    def middle():
        def inner():
            traceback.print_stack()
            show("".join(traceback.format_stack()))
            show("".join(traceback.format_stack(limit=2)))
            stack = traceback.extract_stack()
            for filename, lineno, name, line in stack:
                print(os.path.basename(filename), lineno, name, line)
            print([f.name for f in traceback.extract_stack(limit=1)])
            print([f.name for f in traceback.extract_stack(sys._getframe().f_back)])
            print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())][:3])
            traceback.print_stack(limit=1, file=sys.stderr)
            return stack
        return inner()
    return middle()


stack = outer()
print(type(stack).__name__, len(stack))
fs = stack[-1]
print(fs.name, fs.lineno, fs.line, repr(fs).replace(CWD, ''))
print(fs == (fs.filename, fs.lineno, 'inner', fs.line), fs == ('x', 1, 'inner', fs.line))
print(fs[2], fs[-1], len(fs), list(fs)[1:])

# from_list / format_list with tuples and summaries
items = [('spam.py', 3, 'eggs', 'x = compute()'), ('ham.py', 10, '<module>', None)]
summary = traceback.StackSummary.from_list(items)
print([type(x).__name__ for x in summary])
print(summary.format())
print(traceback.format_list(items))
traceback.print_list(items)
traceback.print_list(items, file=sys.stdout)

f1 = traceback.FrameSummary('a.py', 1, 'f', line='  pass  ')
f2 = traceback.FrameSummary('a.py', 1, 'f', line='other')
print(f1 == f2, f1.line, repr(f1))
print(traceback.FrameSummary('nofile.py', 5, 'g').line)
print(traceback.FrameSummary('nofile.py', None, 'g', lookup_line=False).line)

# recursion collapses repeated lines
def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


try:
    recurse(8)
except RecursionError as e:
    show(traceback.format_exc())
    print(len(traceback.extract_tb(e.__traceback__)))
    print(len(traceback.format_tb(e.__traceback__)))
    print([n for f, n in traceback.walk_tb(e.__traceback__)])

try:
    recurse(4)
except RecursionError:
    show(traceback.format_exc())

# capture_locals
def with_locals(a, b):
    c = [a, b]
    raise ValueError("locals")


try:
    with_locals(1, "two")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[-1].locals)
    show("".join(traceback.StackSummary.from_list(te.stack[1:]).format()))
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    print(sorted(summary[-1].locals))
    traceback.clear_frames(e.__traceback__)

lines = linecache.getlines(__file__)
print(len(lines) > 50, linecache.getline(__file__, 1).rstrip())
print(repr(linecache.getline(__file__, 100000)), repr(linecache.getline('no/such/file.py', 1)))
linecache.clearcache()
linecache.checkcache()
print(linecache.getline(__file__, 2).rstrip())
