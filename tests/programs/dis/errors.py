# What dis refuses, and its command-line help.
import dis
import io
import sys

for fn in (dis.dis, dis.code_info, dis.show_code, dis.get_instructions, dis.Bytecode):
    for bad in (1, 2.5, [1], None if fn is not dis.dis else 3j, {"a": 1}.keys()):
        try:
            r = fn(bad)
            if fn is dis.get_instructions:
                list(r)
            print(fn.__name__, type(bad).__name__, "no error")
        except TypeError as e:
            print(fn.__name__, type(bad).__name__, "TypeError:", e)

try:
    dis.get_instructions("def (")
except SyntaxError as e:
    print("SyntaxError", e.msg)

# Without a traceback to look at.
if hasattr(sys, "last_traceback"):
    del sys.last_traceback
for call in (lambda: dis.distb(), lambda: dis.dis()):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

# Classes and modules: only the things holding code are shown, in name order.
class Shape:
    sides = 4
    label = "shape"

    def zeta(self):
        pass

    def area(self):
        pass

    @staticmethod
    def make():
        pass

    @classmethod
    def build(cls):
        pass

    class Inner:
        def deep(self):
            pass


buf = io.StringIO()
dis.dis(Shape, file=buf)
print([line for line in buf.getvalue().splitlines() if line.startswith("Disassembly")])

# Nested code objects, limited by depth.
src = """
def a():
    def b():
        def c():
            pass
    class D:
        pass
"""
for depth in (None, 0, 1, 2, 3):
    buf = io.StringIO()
    dis.dis(src, file=buf, depth=depth)
    heads = [line.split(" at ")[0] for line in buf.getvalue().splitlines()
             if line.startswith("Disassembly")]
    print(depth, heads)

# The same header layout with a code object passed directly.
buf = io.StringIO()
dis.dis(compile(src, "<src>", "exec"), file=buf, depth=1)
print([line.split(" at ")[0] for line in buf.getvalue().splitlines() if line.startswith("Disassembly")])

# Output goes to file, never to stdout.
buf = io.StringIO()
old = sys.stdout
sys.stdout = spy = io.StringIO()
try:
    dis.dis("x = 1", file=buf)
    dis.disassemble(compile("x = 1", "<s>", "exec"), file=buf)
finally:
    sys.stdout = old
print(spy.getvalue() == "", buf.getvalue() != "")
print(all(line == line.rstrip() for line in buf.getvalue().splitlines()))

# python -m dis --help
sys.argv = ["dis", "-h"]
try:
    dis.main()
except SystemExit as e:
    print("exit", e.code)
sys.argv = ["dis", "/nonexistent/file.py"]
old_err = sys.stderr
sys.stderr = err = io.StringIO()
try:
    dis.main()
except SystemExit as e:
    print("exit", e.code)
finally:
    sys.stderr = old_err
print(err.getvalue())
