# binary search tree: recursive insert, traversals, height, and nested-dict trees
class BST:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
    def insert(self, key):
        if key < self.key:
            if self.left:
                self.left.insert(key)
            else:
                self.left = BST(key)
        elif key > self.key:
            if self.right:
                self.right.insert(key)
            else:
                self.right = BST(key)
    def inorder(self):
        return (self.left.inorder() if self.left else []) + [self.key] + (self.right.inorder() if self.right else [])
    def preorder(self):
        yield self.key
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()
    def postorder(self):
        for child in (self.left, self.right):
            if child:
                yield from child.postorder()
        yield self.key
    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)
    def contains(self, k):
        if k == self.key:
            return True
        child = self.left if k < self.key else self.right
        return child.contains(k) if child else False
    def show(self, indent=0):
        if self.right:
            self.right.show(indent + 4)
        print(" " * indent + str(self.key))
        if self.left:
            self.left.show(indent + 4)

root = BST(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root.insert(k)
print(root.inorder())
print(list(root.preorder()))
print(list(root.postorder()))
print(root.height(), root.contains(45), root.contains(99))
root.show()
def level_order(node):
    out, level = [], [node]
    while level:
        out.append([n.key for n in level])
        level = [c for n in level for c in (n.left, n.right) if c]
    return out
print(level_order(root))

fs = {"src": {"main.py": 120, "util": {"a.py": 30, "b.py": 45}}, "README": 10,
      "tests": {"t1.py": 50, "data": {}}}
def total_size(node):
    return sum(total_size(v) if isinstance(v, dict) else v for v in node.values())
def walk(node, path=""):
    for name in sorted(node):
        full = path + "/" + name
        if isinstance(node[name], dict):
            print(f"{full}/ ({total_size(node[name])})")
            walk(node[name], full)
        else:
            print(f"{full} {node[name]}")
walk(fs)
print(total_size(fs))
def depth(obj):
    if isinstance(obj, (list, tuple)):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0
print(depth([1, [2, [3, [4]]], []]), depth(5), depth([]))
