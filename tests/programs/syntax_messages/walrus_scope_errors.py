# Where an assignment expression may not bind (the symbol table's checks), and where it may.
cases = [
    "[i := i + 1 for i in range(3)]",
    "[[(j := 0) for i in range(2)] for j in range(2)]",
    "[x for x in (y := [1, 2])]",
    "[x for x in range(3) for y in (z := [1])]",
    "class C:\n    values = [(n := v) for v in range(3)]",
    "def f():\n    return [(last := v) for v in range(3)], last",
    "[(total := 0) for _ in range(1)]",
    "{k: (v := k) for k in 'ab'}",
    "(p for p in (q := [1]))",
    "def g():\n    [(yield v) for v in range(2)]",
    "def g():\n    return {(yield) for v in range(2)}",
]
for src in cases:
    try:
        compile(src, "<walrus>", "exec")
        print("ok:", src.replace("\n", " / "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_offset), "|", src.replace("\n", " / "))
