def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

print(countdown(50))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def deep(n):
    if n == 0:
        raise ValueError("bottom reached")
    deep(n - 1)

deep(5)
