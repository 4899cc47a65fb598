# What CPython 3.11 says, and where, for sources the symbol table and the compiler reject:
# message, line, column range and the line it shows. Each source is compiled on its own.
import warnings
warnings.simplefilter("ignore")

SOURCES = [
    'return 5',
    'if 1:\n    break',
    'continue',
    'x = yield 1',
    'async def f():\n    yield from g()',
    'def f():\n    await x',
    'x = *a',
    '*a = x',
    'a, *b, *c = x',
    'f(x=1, y=2, x=3)',
    'def f(a, b, a): pass',
    'lambda a, a: 0',
    'def f():\n    from os import *',
    'nonlocal q',
    'def f():\n    x = 1\n    global x',
    'def f():\n    print(x)\n    global x',
    'def f():\n    x = 1\n    def g():\n        nonlocal y',
    'class C:\n    nonlocal x',
    'def f():\n    global x\n    x: int = 1',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x',
    '[(yield) for x in y]',
    '[i := 0 for i in range(3)]',
    '[x for x in (y := [1])]',
    'class C:\n    [(z := 1) for _ in range(1)]',
    '__debug__ = 1',
    'try:\n    pass\n',
    'try:\n    pass\nx = 1',
    'try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass',
    'async with a: pass',
    'def f():\n    async for x in y: pass',
    'async def f():\n    return [x async for x in y]\nx = [await z for z in w]',
    'def f(x):\n    global x',
    'def f(x):\n    nonlocal x',
    'x += 1, 2 = 3',
    'match x:\n    case 1 + 2:\n        pass',
    'match x:\n    case P(a=1, a=2):\n        pass',
    'a.b: int = *c',
    'for x in y:\n  a\n    b',
    '  x = 1',
    'if 1:\n        x\n      y',
    '*a += 1',
    'del *a',
    'del (*a,)',
    'class C:\npass',
    'def f():\nreturn',
    'x = 1 is 1',
]

for src in SOURCES:
    try:
        compile(src + "\n", "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))
