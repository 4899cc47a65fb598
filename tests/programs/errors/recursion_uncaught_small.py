# uncaught exception at the bottom of a short recursion
def down(n):
    if n == 0:
        raise LookupError("bottom reached")
    return down(n - 1)
def safe_down(n):
    try:
        return down(n)
    except LookupError as e:
        return "caught: " + str(e)
print(safe_down(5))
print("descending")
down(3)
