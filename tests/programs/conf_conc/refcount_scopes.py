import sys

def make():
    obj = [1, 2, 3]
    return sys.getrefcount(obj)

print("local:", make())

def inner_count():
    data = {"a": 1}
    def closure():
        return data
    return sys.getrefcount(data), closure

n, fn = inner_count()
print("closed over:", n)
data = fn()
print("after return:", sys.getrefcount(data))
del fn
print("closure gone:", sys.getrefcount(data))

class Box:
    pass

b = Box()
b.items = [b]
print("self cycle:", sys.getrefcount(b))
b.items.clear()
print("cycle broken:", sys.getrefcount(b))

def gen():
    x = []
    yield sys.getrefcount(x)
    y = x
    yield sys.getrefcount(x)

print(list(gen()))

lst = []
for i in range(3):
    lst.append(lst)
print("list containing itself x3:", sys.getrefcount(lst))
lst.clear()
print("cleared:", sys.getrefcount(lst))
s = "a fresh string built at runtime".upper()
print("fresh str:", sys.getrefcount(s))
k = {s: 1}
print("as dict key:", sys.getrefcount(s))
