# a -> b -> c chains are finalized in order
class Link:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("del", self.name, "->", self.nxt.name if self.nxt else None)
c = Link("c")
b = Link("b", c)
a = Link("a", b)
del c, b
print("only a named")
del a
print("chain gone")
head = None
for name in "xyz":
    head = Link(name, head)
print("cut after head")
head.nxt = None
print("drop head")
head = None
tail = Link("t")
mid = Link("m", tail)
del tail
print("replace mid link")
mid.nxt = Link("n")
del mid
print("end")
