snippets = [
    "x = (1, 2",
    "if x\n    pass",
    "print 'hello'",
    "def f(:\n    pass",
    "x = 'unterminated",
    "f() = 5",
    "x + 1 = 2",
    "return 5",
    "break",
    "class C:\npass",
    "a = [1, 2 3]",
    "for x in range(3):\n  print(x)\n    print(x)",
    "def f():\n    x = 1\n    global x",
    "nonlocal q",
    "lambda: (yield)",
    "del f()",
    "x = 1 if 2",
    "import",
    "a, b += 1",
    "{1: 2, 3}",
    "f(x for x in y, 1)",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "True = 5",
    "x := 5",
    "'''never closed",
    "continue",
    "try:\n    pass\n",
    "async def f():\n    yield from g()",
    "print(f'{}')",
    "0777",
    "1__0",
    "x = $",
    "else: pass",
    "with open('f') as 1: pass",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print(repr(src), "compiled OK")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", e.end_lineno, e.end_offset)
