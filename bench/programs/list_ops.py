# List building, append, indexing, slicing and sum.


def build(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    return xs


def work(rounds):
    check = 0
    for r in range(rounds):
        xs = build(20000)
        # indexing, reading and writing
        for i in range(1, len(xs)):
            xs[i] = (xs[i] + xs[i - 1]) % 65536
        # slicing
        head = xs[:1000]
        tail = xs[-1000:]
        mid = xs[5000:15000:3]
        rev = xs[::-1]
        check += sum(head) + sum(tail) + sum(mid) + rev[r % len(rev)]
        # concatenation, extend, pop, insert, len
        ys = head + tail
        ys.extend(mid)
        while len(ys) > 5000:
            ys.pop()
        ys.insert(0, r)
        check += len(ys) + ys[0] + ys[-1]
        xs.reverse()
        check += xs.index(xs[100]) + xs.count(xs[7])
        check %= 1000000007
    return check


print(work(300))
