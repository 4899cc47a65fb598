# gc.get_referrers and gc.get_referents
import gc

class Item:
    def __init__(self, label):
        self.label = label

target = Item("target")
holder_list = [target]
holder_dict = {"t": target}
holder_tuple = (target, 1)

def describe(o):
    if o is holder_list:
        return "holder_list"
    if o is holder_dict:
        return "holder_dict"
    if o is holder_tuple:
        return "holder_tuple"
    if o is globals():
        return "module globals"
    return type(o).__name__

refs = gc.get_referrers(target)
print(sorted(describe(r) for r in refs))

print("referents of list:", [describe(x) if not isinstance(x, Item) else x.label
                             for x in gc.get_referents(holder_list)])
print("referents of tuple contains target:", target in gc.get_referents(holder_tuple))
ref_dict = gc.get_referents(holder_dict)
print("dict referents:", sorted(repr(x) if isinstance(x, str) else x.label for x in ref_dict))
inst_refs = gc.get_referents(target)
print("instance referents types:", sorted(type(x).__name__ for x in inst_refs))
print("int referents:", gc.get_referents(5))
print("str referents:", gc.get_referents("abc"))
print("multiple args:", len(gc.get_referents([1], [2, 3])))

class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
print("a referred to via b:", any(r is b or (type(r) is dict and r.get("peer") is a) for r in gc.get_referrers(a)))
del holder_list[0]
print("after removing from list:", sorted(describe(r) for r in gc.get_referrers(target)))
