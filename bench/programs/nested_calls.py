# Nested loops calling small functions.


def add(a, b):
    return a + b


def mul_mod(a, b):
    return (a * b) % 1000003


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def step(acc, i, j):
    return add(acc, mul_mod(clamp(i - j, -50, 50), i + j + 1))


def run(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            acc = step(acc, i, j) % 1000000007
    return acc


print(run(2200))
