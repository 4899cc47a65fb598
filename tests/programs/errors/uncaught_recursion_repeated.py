# unbounded recursion: RecursionError with "[Previous line repeated N more times]"
def f(n):
    return f(n + 1)
print("start")
f(0)
