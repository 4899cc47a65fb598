# __del__ timing on dict deletion and overwrite
class V:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
d = {"a": V("a1"), "b": V("b1"), "c": V("c1")}
print("overwrite a")
d["a"] = V("a2")
print("removing key b")
del d["b"]
print("pop c")
d.pop("c")
print("popitem")
k, v = d.popitem()
print("got", k, v.tag)
del v
print("setdefault existing")
d["z"] = V("z1")
d.setdefault("z", V("z-unused"))
print("update")
d.update({"z": V("z2")})
print("clear")
d.clear()
print("end")
