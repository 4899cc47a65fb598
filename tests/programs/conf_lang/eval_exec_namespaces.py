def f(a, b=2):
    c = a + b
    print(sorted(locals().items()), sorted(vars()))
    return c
f(1)

ns = {}
exec("y = 10\ndef g(): return y * 2", ns)
print(ns["y"], ns["g"](), sorted(k for k in ns if k != "__builtins__"))
print(eval("a + 1", {"a": 5}), eval("len(x)", {}, {"x": [1, 2]}))
code = compile("3 * 4", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
exec(compile("print('exec mode')", "<s>", "exec"))

def outer():
    x = 1
    exec("x = 2")
    return x
print(outer())

def safe_eval(expr, **names):
    try:
        return eval(expr, {"__builtins__": {}}, names)
    except NameError as e:
        return f"NameError: {e}"

print(safe_eval("a * b", a=6, b=7))
print(safe_eval("len([1, 2])"))
print(safe_eval("__import__('os')"))
print(eval("len([])", {"__builtins__": {"len": lambda x: 99}}))
try:
    exec("print('hi')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(eval("1 if True else 2"), eval(" 5 "), eval("[i * i for i in range(n)]", {"n": 4}))
