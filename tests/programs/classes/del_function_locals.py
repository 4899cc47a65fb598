# locals are finalized when a function returns
class L:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
def work():
    a = L("a")
    b = L("b")
    print("  work body done")
    return "ret"
print("call work")
print("returned", work())
def keeps():
    x = L("kept")
    y = L("dropped")
    return x
print("call keeps")
k = keeps()
print("got", k.name)
def raises():
    z = L("z")
    raise ValueError("boom")
try:
    raises()
except ValueError as e:
    print("caught", e)
print("after except")
def loop_locals():
    for i in range(3):
        cur = L("loop%d" % i)
    print("  loop finished")
loop_locals()
del k
print("end")
