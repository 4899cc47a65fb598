# uncaught AttributeError
class Point:
    def __init__(self):
        self.x = 1
p = Point()
print(p.x, getattr(p, "y", "no y"), hasattr(p, "y"))
try:
    p.z
except AttributeError as e:
    print("caught", e)
p.x += 1
print(p.x)
print(p.y)
