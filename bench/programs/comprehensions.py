# List / dict / set comprehensions and generator expressions.


def gen_squares(n):
    for i in range(n):
        yield i * i


def run(n):
    total = 0
    for r in range(30):
        xs = [i * 3 + r for i in range(n)]
        evens = [x for x in xs if x % 2 == 0]
        table = {x: x % 17 for x in evens}
        uniq = {x % 1001 for x in xs}
        nested = [a * b for a in range(60) for b in range(60) if (a + b) % 3 == 0]
        total += len(evens) + sum(table.values()) + len(uniq) + sum(uniq) + sum(nested)
        total += sum(x * x for x in xs if x % 5 == 1)
        total += sum(gen_squares(n // 10))
        total += max(x % 1009 for x in xs) + min(x % 1013 + 1 for x in xs)
        total += any(x > n * 10 for x in xs) + all(x >= 0 for x in xs)
        pairs = [(i, s) for i, s in enumerate(xs[:1000]) if s % 7 == 0]
        total += sum(i for i, _ in pairs)
    return total


print(run(100000))
