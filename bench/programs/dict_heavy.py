# Dict insert / lookup / update / delete with int and str keys.


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 31 % 100003] = i
    total = 0
    for i in range(n):
        k = i * 17 % 100003
        if k in d:
            total += d[k]
        total += d.get(k + 1, -1)
    for i in range(0, n, 3):
        k = i * 31 % 100003
        if k in d:
            del d[k]
    return total + len(d)


def str_keys(n):
    names = ["k" + str(i) for i in range(2000)]
    counts = {}
    for i in range(n):
        key = names[(i * 13) % 2000]
        counts[key] = counts.get(key, 0) + 1
    total = 0
    for key in names:
        total += counts[key] * len(key)
    merged = dict(counts)
    merged.update({"extra" + str(i): i for i in range(100)})
    for key, value in merged.items():
        total += value
    total += sum(merged.values()) + len(list(merged.keys()))
    return total


t = 0
for r in range(10):
    t += int_keys(100000)
    t += str_keys(200000)
print(t)
