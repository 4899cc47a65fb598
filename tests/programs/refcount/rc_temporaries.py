# refcounts of temporaries
import sys
def g(x):
    return sys.getrefcount(x)
print("temp list direct", sys.getrefcount([]))
print("temp dict direct", sys.getrefcount({}))
print("temp set direct", sys.getrefcount(set()))
print("temp list via g", g([]))
print("temp dict via g", g({"a": 1}))
print("temp set via g", g({1, 2}))
print("temp listcomp via g", g([i for i in range(3)]))
class C:
    pass
print("temp instance direct", sys.getrefcount(C()))
print("temp instance via g", g(C()))
def make():
    return [0]
print("returned temp", sys.getrefcount(make()))
print("returned temp via g", g(make()))
print("list(range) temp", sys.getrefcount(list(range(3))))
print("slice copy temp", sys.getrefcount([1, 2, 3][:]))
print("concat temp", sys.getrefcount([1] + [2]))
print("nested temp inner", g([[]][0]))
