# recursion limits: RecursionError messages, get/setrecursionlimit, recovery
import sys

old = sys.getrecursionlimit()
print("default limit", old)

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print("is RuntimeError", isinstance(e, RuntimeError), e.args)

# recovery: ordinary calls still work, and a second overflow also is caught
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("fact(200) digits", len(str(fact(200))))
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("caught again", attempt)

# set and restore
sys.setrecursionlimit(200)
print("now", sys.getrecursionlimit())
try:
    fact(500)
except RecursionError as e:
    print("at 200:", type(e).__name__, e)
print("fact(100) ok", fact(100) > 0)
sys.setrecursionlimit(old)
print("restored", sys.getrecursionlimit() == old)
print("fact(500) ok", len(str(fact(500))))

# bad values
for bad in (0, -1, -100):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for bad in (1.5, "100", None, 10**30):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print("no args TypeError")
print("still", sys.getrecursionlimit() == old)
# a limit below the current depth is refused
def deep_then_set(n):
    if n:
        return deep_then_set(n - 1)
    try:
        sys.setrecursionlimit(10)
    except RecursionError as e:
        return type(e).__name__ + ": " + str(e)
    return "accepted"
print(deep_then_set(30))
print("still", sys.getrecursionlimit() == old)

print("done", fact(10))
