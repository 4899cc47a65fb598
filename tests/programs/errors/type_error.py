# uncaught TypeError
def add(a, b):
    return a + b
print(add(1, 2))
print(add("a", "b"))
print(add([1], [2]))
try:
    add(None, 1)
except TypeError as e:
    print("caught", e)
print(add(1.5, 2))
print(add(1, "2"))
