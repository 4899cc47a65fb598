# after catching a RecursionError the interpreter keeps working normally
def bad(n):
    return bad(n + 1)
def good(n):
    return 0 if n == 0 else 1 + good(n - 1)
for i in range(3):
    try:
        bad(0)
    except RecursionError:
        print("caught", i)
    print("good(900) =", good(900))
def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n
reached = catch_inside(0)
print("caught inside at a depth below 1000:", 0 < reached < 1000)
print("still fine:", good(500))
result = []
def collect(n):
    if n:
        result.append(n)
        collect(n - 1)
collect(900)
print(len(result), sum(result))
