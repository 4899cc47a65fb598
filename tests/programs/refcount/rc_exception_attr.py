# objects bound to exception attributes
import sys
class Problem(Exception):
    def __init__(self, payload):
        super().__init__("problem")
        self.payload = payload
data = {"id": 1}
try:
    raise Problem(data)
except Problem as e:
    print("inside handler", sys.getrefcount(data))
    saved = e
print("after handler, exc saved", sys.getrefcount(data))
del saved
print("exc dropped", sys.getrefcount(data))
errs = []
for i in range(2):
    try:
        raise ValueError(data, i)
    except ValueError as err:
        errs.append(err)
print("in two exc args", sys.getrefcount(data))
errs[0].extra = data
print("plus attribute", sys.getrefcount(data))
errs.clear()
print("exceptions cleared", sys.getrefcount(data))
def fail():
    raise KeyError(data)
try:
    fail()
except KeyError:
    print("handler no name", sys.getrefcount(data))
print("done", sys.getrefcount(data))
