# Small objects, attribute access, method calls. (Needs classes.)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0

    def add(self, v):
        self.n += 1
        self.total += v


def run(n):
    c = Counter()
    p = Point(0, 0)
    for i in range(n):
        p = p.moved(i % 3 - 1, i % 5 - 2)
        c.add(p.norm1())
        if i % 1000 == 0:
            p.x = p.x // 2
    return c.n, c.total, p.x, p.y


print(run(2_500_000))
