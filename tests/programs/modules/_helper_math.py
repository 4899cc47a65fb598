# helper module: imported by modules/*.py tests (not a program itself)
print("_helper_math: executing module body, __name__ =", __name__)
PI_ISH = 3.14
calls = []
def square(x):
    calls.append(x)
    return x * x
def cube(x):
    return x * x * x
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)
_private_value = "underscore"
