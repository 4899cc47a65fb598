# unbounded mutual recursion: two frames alternate, so no line repeats back to back
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10))
print(is_even(-1))
