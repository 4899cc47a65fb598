# codeop.compile_command says complete (code), incomplete (None) or wrong (SyntaxError);
# code.InteractiveConsole runs lines as the prompt would
import code
import codeop
import sys

SOURCES = [
    "x = 1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "(1,", "1 +", "'''abc", "x = \\",
    "def f(:", "1 2", "", "#c", "for i in x:\n  a\nb = 1\n", "@d", "class A:\n  x=1\n",
    "if 1:\n  pass\nelse:", "print(1)\nprint(2)", '"abc', "a =", "x = [1,\n 2]",
    "if True:\n    x\n  y\n", "try:\n  pass", "def f():\n  return 1", "def f():\n  return 1\n",
    "1 +\n", "(1,\n2", "lambda:", "if x\n", "print 1", "x = 1 +\\", "f(**)", "  x",
    "if 1:\n  x = 1\n  y = 2", "return 1", "for x in y:\n  break\nelse:\n  pass",
    "def f(x):\n  '''doc", "$", "while True:\n  break\n\n", "x = {'a':", "[i for i in",
]


def verdict(source, symbol):
    try:
        result = codeop.compile_command(source, "<input>", symbol)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset})"
    return "more" if result is None else "code"


for source in SOURCES:
    print(repr(source), "|", verdict(source, "single"), "|", verdict(source, "exec"))

# eval: the inputs CPython's eval rule sees the same way gilpy's does
for source in ["(1,", "1 +", "1 2", "'''abc", "x = 1", "(1,\n2", "a =", "", "#c", "[1,\n2]"]:
    print("eval", repr(source), "|", verdict(source, "eval"))

# compile()'s own flag: where the parser ran out of input
for source in ["(1,\n", "if 1:\n", "1 +\n", "try:\n  pass\n", "@d\n"]:
    try:
        compile(source, "<s>", "exec", codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), e.msg)
for bad in [0x8000000, 0x1]:
    try:
        compile("1", "<s>", "eval", bad)
    except ValueError as e:
        print(hex(bad), e)


class Console(code.InteractiveConsole):
    """A console that reads from a list and writes its errors to stdout."""

    def __init__(self, lines):
        super().__init__({"__name__": "__console__"})
        self.lines = list(lines)

    def raw_input(self, prompt=""):
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        print(f"{prompt}{line}")
        return line

    def write(self, data):
        sys.stdout.write(data)


Console([
    "x = 6 * 7", "x", "def twice(n):", "    return 2 * n", "", "twice(x)", "twice(", "x)",
    "1 / 0", "undefined_name", "print 'hi'", "if x:", "    print('big')", "", "'''a", "b'''",
    "from __future__ import annotations", "def g(a: undefined) -> None: pass", "",
    "g.__annotations__", "_",
]).interact(banner="-- console --", exitmsg="-- bye --")

console = code.InteractiveConsole()
print(console.push("y = 10"), console.push("for i in range(2):"), console.push("    y += i"),
      console.push(""), console.locals["y"])
interp = code.InteractiveInterpreter({"v": 3})
print(interp.runsource("v * 5"), interp.runsource("if v:"), interp.runsource("v +", "<mine>"))
try:
    console.push("raise SystemExit(4)")
except SystemExit as e:
    print("SystemExit", e.code)
