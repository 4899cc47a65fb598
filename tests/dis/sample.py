def add_all(items, start=0):
    total = start
    for x in items:
        if x % 2:
            continue
        total += x
    return total


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


squares = {k: k * k for k in range(4)}
print(add_all([1, 2, 3, 4]), Counter().bump(), squares)
