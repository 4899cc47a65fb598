class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]


def process(stack, ops):
    results = []
    for op in ops:
        if op == "pop":
            results.append(stack.pop())
        elif op == "peek":
            results.append(stack.peek())
        else:
            stack.items.append(op)
    return results


def run(ops):
    s = Stack()
    return process(s, ops)


print(run([1, 2, "peek", "pop"]))
try:
    run(["pop"])
except IndexError as e:
    print("IndexError:", e)

def recurse(n):
    if n == 0:
        return {}["missing"]
    return recurse(n - 1)

try:
    recurse(3)
except KeyError as e:
    print("KeyError:", e)

compute = lambda d: d["a"] + d["b"]
print(compute({"a": 1, "b": 2}))
print(run([3, "peek", "peek"]))
print(compute({"a": 1, "b": [2]}))
