# Uncaught AttributeError from assigning an attribute not in __slots__.
class Frozen:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


f = Frozen(1)
f.x = 2
print("x updated to", f.x)
f.y = 3
