import copy
import pprint

original = {"name": "cfg", "list": [1, [2, 3]], "nested": {"a": {"b": [4]}}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["list"][1].append(99)
deep["nested"]["a"]["b"].append(5)
shallow["name"] = "changed"
print(original)
print(shallow)
print(deep)
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
print(c[0] is c[1], c[0] is a)

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __copy__(self):
        print("custom copy")
        return Node(self.val, self.children)
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.copy(tree)
t3 = copy.deepcopy(tree)
t3.children[0].val = 20
print(tree, t2.children is tree.children, t3)
data = {
    "users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3]} for i in range(4)],
    "settings": {"theme": "dark", "langs": ["en", "fr", "de", "es", "it", "pt", "nl"], "size": 12},
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(list(range(30)), compact=True, width=50)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint(("tuple", ["x" * 30, "y" * 30], {"k": (1, 2)}))
pprint.pprint("a long string " * 8, width=40)
