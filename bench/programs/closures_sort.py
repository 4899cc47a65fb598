# Closures and sorted() with key=lambda.


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def make_scaler(k):
    return lambda x: x * k


def run():
    total = 0
    counter = make_counter()
    scalers = [make_scaler(k) for k in range(1, 8)]
    for i in range(600000):
        total += scalers[i % 7](i) % 1000
        counter(i % 3)
    total += counter(0)
    recs = [((i * 7919) % 10007, "n" + str((i * 31) % 997), i) for i in range(40000)]
    for r in range(12):
        by_first = sorted(recs, key=lambda t: t[0])
        by_name = sorted(recs, key=lambda t: (t[1], -t[2]))
        by_mod = sorted(recs, key=lambda t: t[2] % (r + 11), reverse=True)
        total += by_first[r][2] + by_name[r * 3][2] + by_mod[r * 5][2]
    words = ["w" + str((i * 17) % 523) for i in range(30000)]
    words.sort(key=len)
    total += len(words[0]) + len(words[-1])
    total += sum(sorted([(i * 37) % 1001 for i in range(50000)])[:100])
    return total


print(run())
