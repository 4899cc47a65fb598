# recursion through generators
def walk(tree, depth=0):
    label, children = tree
    yield "  " * depth + label
    for child in children:
        yield from walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for line in walk(tree):
    print(line)
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)
print(list(chain(200)))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
nested = [1, [2, [3, [4, [5, [6]]]]], 7]
print(list(flatten(nested)))
def forever():
    yield from forever()
try:
    next(forever())
except RecursionError as e:
    print(type(e).__name__)
