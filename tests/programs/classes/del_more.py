# __del__ with attributes, containers and loops
class Node:
    def __init__(self, tag):
        self.tag = tag
        self.child = None
    def __del__(self):
        print("del", self.tag)
root = Node("root")
root.child = Node("child")
root.child.child = Node("grandchild")
print("detaching child")
root.child = None
print("deleting root")
del root
for i in range(3):
    n = Node("loop" + str(i))
print("loop done")
del n
class Box:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("Box del", self.v)
def make_and_drop():
    boxes = [Box(i) for i in range(3)]
    print("made", len(boxes))
    boxes = boxes[1:]
    print("sliced")
make_and_drop()
print("returned")
t = (Box("t1"), Box("t2"))
t = t[0]
print("kept first")
del t
s = Box("s")
s.self_attr = "plain"
del s.self_attr
del s
print("end")
