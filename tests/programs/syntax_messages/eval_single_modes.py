# compile()'s eval and single modes have their own grammar rules: eval takes expressions only
# ("invalid syntax" at the first token that is not one), single takes one statement; neither
# adds a final newline to the source, so `text` has none either
CASES = ["x = 1", "import os", "if 1: pass", "a b", "def f(): pass", "1 +", "print 'x'",
         "x := 1", "yield", "yield 1", "f(**)", "", "1; 2", "1\n2", "pass", "return 1",
         "x += 1", "del x", "a, b = 1", "for x in y: pass", "lambda: (yield)", "(1, 2", "[1, 2",
         "1 if 2", "f(a for a in b, c)", "*a", "*a, b", "a = b = c", "x: int", "assert x",
         "raise E", "with a: pass", "class C: pass", "global x", "1 = 2", "f() = 1",
         "None = 1", "a.b = 1", "a[b] = 1", "a if b else c = 1", "not x = 1", "a < b = 1",
         "True", "'abc", "1abc", "0777", "a @= b", "print(1) print(2)", "(x for x in y) = 1",
         "{a: b for a in c} = 1", " 1", "   ", "  \n", "\n 1", "if 1:\n  pass", "if 1:\n  pass\n",
         "1; 2\n3", "x=1\n\n", "# c", "\n", "1\n# c\n", "if 1: pass\nelse: pass",
         "def f():\n  return 1\nf()", "@d\ndef f(): pass", "if 1:\n  if 2: a", "try: a\nexcept: b",
         "for x in y:\n  a\nelse: b", "x = 1\n", "x = 1; y = 2\n"]

for src in CASES:
    for mode in ("eval", "single", "exec"):
        try:
            compile(src, "<case>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))

# single mode echoes expression statements through sys.displayhook
exec(compile("1 + 1", "<single>", "single"))
exec(compile("x = 5\n", "<single>", "single"))
exec(compile("x\n", "<single>", "single"))
exec(compile("if x:\n    x + 1\n    'a'\n\n", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
print(eval("  x * 2"), eval("x\n\n"))

eval("x = 1")
