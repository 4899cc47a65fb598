# Deeply nested source compiled inside threads, with the default stack and with a small
# one (1 MiB: CPython 3.11 itself overflows at 512 KiB): the parser and the compiler must
# answer with an exception, never overflow the stack
import threading

results = []

def attempt(label, src):
    try:
        compile(src, "<nested>", "exec")
        results.append((label, "compiled"))
    except (SyntaxError, RecursionError, MemoryError) as e:
        results.append((label, type(e).__name__, str(e)))

CASES = [
    ("minus", "x = " + "-" * 100000 + "1"),
    ("not", "x = " + "not " * 50000 + "1"),
    ("plus", "x = " + "1+" * 100000 + "1"),
    ("power", "x = " + "2**" * 20000 + "1"),
    ("lambda", "f = " + "lambda: " * 20000 + "1"),
    ("ifelse", "x = " + "0 if 0 else " * 20000 + "1"),
    ("calls", "x = " + "f(" * 150 + ")" * 150),
    ("subscripts", "x = a" + "[0]" * 50000),
    ("parens", "x = " + "(" * 300 + ")" * 300),
    ("ok", "x = " + "-" * 500 + "1"),
]

def run_all():
    for label, src in CASES:
        attempt(label, src)

for size in (None, 1024 * 1024):
    if size is not None:
        threading.stack_size(size)
    results.clear()
    t = threading.Thread(target=run_all)
    t.start()
    t.join()
    print("stack", size)
    for r in results:
        print(" ", *r)
threading.stack_size(0)
