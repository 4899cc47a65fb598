import sys
class D:
    def __init__(s,n): s.n=n
    def __del__(s): print("del", s.n)
e = enumerate([D(1), D(2)])
a = next(e); print(sys.getrefcount(a))
del a
print("x")
b = next(e); print(sys.getrefcount(b)); del b
print(list(zip([1,2],[3,4])))
pairs = [t for t in enumerate("ab")]; print(pairs)
