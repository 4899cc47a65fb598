class Fragile:
    def __set_name__(self, owner, name):
        if name == "bad":
            raise ValueError("refusing name 'bad'")
        print("ok name", name)

class Host:
    good = Fragile()

try:
    class Host2:
        fine = Fragile()
        bad = Fragile()
except Exception as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)

class Plain:
    pass
p = Fragile()
Plain.later = p
print("assigned later, no set_name call")

class Desc:
    def __set_name__(self, owner, name):
        self.label = f"{owner.__name__}.{name}"
    def __get__(self, obj, cls):
        return self.label
class M:
    first = Desc()
    second = Desc()
class N(M):
    third = Desc()
print(M.first, M.second, N.third, N.first)
