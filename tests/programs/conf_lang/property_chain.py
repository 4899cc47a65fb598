class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        """Celsius value"""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)

class Base:
    @property
    def value(self):
        return 1

class Child(Base):
    @Base.value.getter
    def value(self):
        return 2 + super().value

print(Child().value)
try:
    del Child().value
except AttributeError as e:
    print("AttributeError:", e)

p = property(lambda self: 42)
class Q:
    answer = p
print(Q().answer)
