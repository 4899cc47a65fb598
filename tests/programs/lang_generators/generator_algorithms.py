# Practical generators: tree traversal, sliding windows, merging, batching, state machines.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


def walk_depth(node, depth=0):
    yield depth, node.value
    for ch in node.children:
        yield from walk_depth(ch, depth + 1)


def bfs(root):
    queue = [root]
    while queue:
        node = queue.pop(0)
        yield node.value
        queue.extend(node.children)


tree = Node("a", Node("b", Node("d"), Node("e")), Node("c", Node("f")))
print(list(tree))
print(list(walk_depth(tree)))
print(list(bfs(tree)))


def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)


print(list(window(range(6), 3)), list(window("ab", 3)))


def merge_sorted(*iterables):
    iters = [iter(x) for x in iterables]
    heads = []
    for idx, it in enumerate(iters):
        for v in it:
            heads.append([v, idx])
            break
    while heads:
        heads.sort()
        v, idx = heads[0]
        yield v
        for nxt in iters[idx]:
            heads[0][0] = nxt
            break
        else:
            heads.pop(0)


print(list(merge_sorted([1, 4, 9], [2, 3, 10], [], [0])))


def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


print(list(batched(range(7), 3)))


def traffic_light():
    states = ["green", "yellow", "red"]
    i = 0
    while True:
        override = yield states[i]
        if override in states:
            i = states.index(override)
        else:
            i = (i + 1) % len(states)


tl = traffic_light()
print([next(tl), next(tl), tl.send("green"), next(tl), next(tl), next(tl)])


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


gen = primes()
print([next(gen) for _ in range(10)])


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(12, fib()), take(3, fib()))


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


print(list(flatten([1, [2, (3, [4])], [], 5])))


def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total


print(list(running_total(range(1, 6))), sum(running_total([1, 2])))
gens = [(x for x in range(i)) for i in range(4)]
print([list(g) for g in gens])


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


print(["".join(p) for p in permutations("abc")])
