# compile()/eval() of deeply nested source: limits of the tokenizer, parser and compiler
def attempt(label, src, mode="eval"):
    try:
        code = compile(src, "<nested>", mode)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)
        return None
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__, repr(str(e)))
        return None
    print(label, "compiled")
    return code

# parentheses: 200 levels are allowed, 201 are not
for n in (199, 200, 201, 1000):
    c = attempt("parens%d" % n, "(" * n + "7" + ")" * n)
    if c is not None:
        print("  value", eval(c))
print("empty tuple", eval("(" * 200 + ")" * 200))
attempt("brackets200", "[" * 200 + "]" * 200)
attempt("brackets3000", "[" * 3000 + "]" * 3000)
attempt("braces201", "{" * 201 + "}" * 201)
attempt("unclosed", "(" * 50)
attempt("mismatch", "([)]")
attempt("stray", "1)")
print("deep list", eval("[" * 150 + "]" * 150) == eval("[" * 150 + "]" * 150))

# long flat chains that turn into deep trees
attempt("plus100000", "1+" * 100000 + "1")
attempt("minus100000", "-" * 100000 + "1")
attempt("not100000", "not " * 100000 + "1")
attempt("attrs100000", "a" + ".b" * 100000)
attempt("subscripts100000", "a" + "[0]" * 100000)
attempt("power100000", "2**" * 100000 + "1")

# legal depths evaluate correctly
print("minus1000", eval("-" * 1000 + "5"), "tilde999", eval("~" * 999 + "5"))
print("plus500", eval("1+" * 500 + "1"))
print("and/or", eval("1 and " * 500 + "9"), eval("0 or " * 500 + "8"))
print("lambdas", eval("(" + "lambda:" * 100 + "42" + ")" + "()" * 100))
print("ifexpr", eval("0 if 0 else " * 300 + "3"))
print("chain compare", eval("1<" * 300 + "2"))

# statement nesting: indentation and static block limits
def nested(header, n):
    return "".join(" " * i + header + "\n" for i in range(n)) + " " * n + "pass\n"
for n in (99, 100):
    attempt("if%d" % n, nested("if 1:", n), "exec")
for n in (20, 21):
    attempt("for%d" % n, nested("for x in y:", n), "exec")
    attempt("while%d" % n, nested("while x:", n), "exec")
    attempt("with%d" % n, nested("with x:", n), "exec")
attempt("def50", nested("def f():", 50), "exec")
ns = {}
exec(nested("if 1:", 60).replace("pass", "deep = 'reached'"), ns)
print("exec if60", ns["deep"])

# the interpreter is still fine afterwards
print("after", eval("(" * 10 + "1+2" + ")" * 10), compile("x = 1", "<s>", "exec").co_name)
