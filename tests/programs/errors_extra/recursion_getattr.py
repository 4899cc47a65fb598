# __getattr__ that touches a missing attribute of self recurses until RecursionError
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return getattr(self.wrapped, name)

p = Proxy([1, 2])
print(p.target)
p.append(3)
