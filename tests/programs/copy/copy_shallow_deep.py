# copy.copy vs copy.deepcopy on builtin containers, nesting, sharing and cycles.
import copy

data = {"name": "cfg", "tags": ["a", "b"], "limits": {"cpu": 2, "mem": [1, 2]}, "pair": (1, [2])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["tags"].append("c")
data["limits"]["mem"].append(3)
data["pair"][1].append(99)
print(shallow["tags"], deep["tags"])
print(shallow["limits"]["mem"], deep["limits"]["mem"])
print(shallow["pair"], deep["pair"])
print(shallow is data, shallow["tags"] is data["tags"], deep["tags"] is data["tags"])

# immutable values are returned as is
for value in (1, 2.5, "text", b"bytes", None, True, (1, 2), frozenset({1, 2}), range(3), 3j):
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)

# tuples holding mutable objects are copied by deepcopy
t = ([1], [2])
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2[0] is t[0])

# shared references stay shared inside one deepcopy
shared = [0]
outer = [shared, shared, {"again": shared}]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[2]["again"] is c[0], c[0] is shared)

# cycles
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a, b[:2])
d = {"k": 1}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2["k"])
tcyc = ([],)
tcyc[0].append(tcyc)
tc2 = copy.deepcopy(tcyc)
print(tc2[0][0] is tc2, tc2 is tcyc)

# sets, bytearrays
s = {1, 2, 3}
print(sorted(copy.copy(s)), copy.copy(s) is s, sorted(copy.deepcopy(s)))
ba = bytearray(b"xyz")
ba2 = copy.copy(ba)
ba2[0] = ord("X")
print(ba, ba2)

# memo argument
memo = {}
x = [[1], [2]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y, len([k for k in memo if k != id(memo)]))

# nested lists: the classic mistake
grid = [[0] * 3] * 2
grid2 = copy.deepcopy(grid)
grid2[0][0] = 5
print(grid2, grid2[0] is grid2[1])
matrix = [[0] * 3 for _ in range(2)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 7
print(matrix, m2)

# classes and functions are atomic
def f():
    return 1


class K:
    pass


print(copy.copy(f) is f, copy.deepcopy(K) is K, copy.deepcopy(len) is len)
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
