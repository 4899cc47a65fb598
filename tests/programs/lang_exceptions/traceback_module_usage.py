# traceback module: format_exc, format_exception, print_exc, extract_tb, format_exception_only.
import sys
import traceback


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return "".join(self.parts).replace(__file__, "<this file>")


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    return fail(n - 1)


try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len([l for l in text.splitlines() if l.strip().startswith("File")]))

try:
    fail(1)
except ValueError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, lines[0].rstrip(), lines[-1].rstrip())
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    saved = e


def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as ex:
        print(label, "->", type(ex).__name__, ex)


check("extract_tb", lambda: [(fs.name, fs.line) for fs in traceback.extract_tb(saved.__traceback__)])
check("linenos", lambda: [fs.lineno for fs in traceback.extract_tb(saved.__traceback__)][1:])
check("summary", lambda: type(traceback.extract_tb(saved.__traceback__)).__name__)
check("limit", lambda: len(traceback.extract_tb(saved.__traceback__, limit=1)))
check("format_tb", lambda: traceback.format_tb(saved.__traceback__)[-1].splitlines()[-1])

try:
    try:
        {}["k"]
    except KeyError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as e:
    out = "".join(traceback.format_exception(e))
    print("direct cause" in out, out.count("Traceback"), out.strip().splitlines()[-1])
    check("no chain", lambda: "".join(traceback.format_exception(e, chain=False)).count("Traceback"))

check("syntax only", lambda: traceback.format_exception_only(SyntaxError("bad syntax", ("f.py", 1, 5, "x = = 1\n", 1, 6))))
try:
    raise KeyError("k")
except KeyError:
    sink = Collect()
    traceback.print_exc(file=sink)
    print(sink.text())

e = ValueError("never raised")
print(traceback.format_exception(e))
e.add_note("noted")
print(traceback.format_exception_only(e))


def show_stack():
    stack = traceback.extract_stack()
    return [f.name for f in stack][-2:]


check("stack", show_stack)
check("format_list", lambda: traceback.format_list([("f.py", 3, "func", "x = 1")]))
sink2 = Collect()
check("print_stack", lambda: traceback.print_stack(limit=1, file=sink2))
print(sink2.text())
check("walk_tb", lambda: [f.f_code.co_name for f, n in traceback.walk_tb(saved.__traceback__)])
check("TracebackException", lambda: list(traceback.TracebackException.from_exception(saved).format())[-1])
