# deep recursion inside threads that run on small stacks: RecursionError, never a crash
import sys
import threading

print("default stack_size", threading.stack_size())
for bad in (100, 32767, -1):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("stack_size(%r)" % bad, type(e).__name__, e)
try:
    threading.stack_size(1.5)
except TypeError as e:
    print("stack_size(1.5)", type(e).__name__, e)

results = []

def unbounded(n):
    return unbounded(n + 1)

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def worker(tag, depth, repr_depth):
    try:
        unbounded(0)
    except RecursionError as e:
        results.append((tag, "unbounded", type(e).__name__, str(e)))
    results.append((tag, "count_down", count_down(depth)))
    try:
        results.append((tag, "repr", len(repr(nested_list(repr_depth)))))
    except RecursionError as e:
        results.append((tag, "repr", type(e).__name__, str(e)))
    results.append((tag, "after", count_down(50)))

def run(tag, size, depth, repr_depth):
    old = threading.stack_size(size)
    t = threading.Thread(target=worker, args=(tag, depth, repr_depth))
    t.start()
    t.join()
    threading.stack_size(old)
    print(tag, "alive after join:", t.is_alive())

# (CPython's repr of nested lists recurses in C: keep it shallow on the smallest stack)
run("min32k", 32768, 900, 100)
run("256k", 256 * 1024, 900, 800)
run("256k-deep-list", 256 * 1024, 500, 5000)

# a raised recursion limit: plain Python calls still work on a small stack
old_limit = sys.getrecursionlimit()
sys.setrecursionlimit(20000)
def raised():
    results.append(("raised", "count_down", count_down(15000)))
    try:
        unbounded(0)
    except RecursionError as e:
        results.append(("raised", "unbounded", type(e).__name__, str(e)))
run_old = threading.stack_size(256 * 1024)
t = threading.Thread(target=raised)
t.start(); t.join()
threading.stack_size(run_old)
sys.setrecursionlimit(old_limit)

# an uncaught RecursionError goes to threading.excepthook
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.stack_size(64 * 1024)
t = threading.Thread(target=unbounded, args=(0,), name="overflow")
t.start(); t.join()
threading.stack_size(0)
print("excepthook saw", seen)

for r in results:
    print(*r)
print("main thread fine", count_down(900))
