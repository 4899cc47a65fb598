# refcounts related to loop variables and iteration
import sys
objs = [[i] for i in range(3)]
print("in list", sys.getrefcount(objs[0]))
for o in objs:
    pass
print("loop var keeps last", sys.getrefcount(objs[2]), "first", sys.getrefcount(objs[0]))
for o in objs:
    print("during loop", sys.getrefcount(o))
    break
del o
print("after del loop var", sys.getrefcount(objs[0]))
it = iter(objs)
print("list held by iterator", sys.getrefcount(objs))
del it
print("iterator released", sys.getrefcount(objs))
total = [sys.getrefcount(x) for x in objs]
print("comprehension variable", total)
def loop_in_func():
    data = [[]]
    for item in data:
        c = sys.getrefcount(item)
    return c
print("loop in function", loop_in_func())
e = list(enumerate(objs))
print("held by enumerate tuples", sys.getrefcount(objs[1]))
del e
z = list(zip(objs, objs))
print("held twice by zip tuples", sys.getrefcount(objs[1]))
