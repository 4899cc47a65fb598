# counts after del of aliases
import sys
class Node:
    pass
n = Node()
a1 = n
a2 = n
a3 = a2
print("four names", sys.getrefcount(n))
del a1
print("three names", sys.getrefcount(n))
del a2, a3
print("one name", sys.getrefcount(n))
x = y = z = {"v": 1}
print("chained assign", sys.getrefcount(x))
x = None
print("one rebound", sys.getrefcount(y))
y, z = z, y
print("swapped", sys.getrefcount(y))
del z
print("after del z", sys.getrefcount(y))
holder = [n, n, n]
del holder[1]
print("list slot deleted", sys.getrefcount(n))
del holder[:]
print("list emptied", sys.getrefcount(n))
