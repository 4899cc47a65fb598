# a finite recursion that fails at the bottom: repeated frames are folded after three
def countdown(n):
    if n == 0:
        return 10 // n
    return countdown(n - 1)

def two(n):
    if n == 0:
        raise LookupError("bottom")
    return two(n - 1)

try:
    two(2)
except LookupError as e:
    import traceback
    traceback.print_exc()
countdown(6)
