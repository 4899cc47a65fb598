# properties with validation, computed properties, read-only properties and deleters
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError("name must be a non-empty string")
        self._name = value.strip().title()
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, value):
        if not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        if value < 0 or value > 150:
            raise ValueError(f"age out of range: {value}")
        self._age = value
    @property
    def is_adult(self):
        return self._age >= 18

p = Person("  ada lovelace ", 36)
print(p.name, p.age, p.is_adult)
for attr, val in [("age", -1), ("age", "x"), ("name", ""), ("age", 17), ("name", "grace hopper")]:
    try:
        setattr(p, attr, val)
        print("set", attr, "->", getattr(p, attr))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(p.is_adult)
try:
    p.is_adult = True
except AttributeError as e:
    print("AttributeError:", e)

class Temperature:
    def __init__(self):
        self._c = 0.0
        self.log = []
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, f):
        self.log.append(f"set_f {f}")
        self._c = (f - 32) * 5 / 9
    def _del_f(self):
        self.log.append("reset")
        self._c = 0.0
    fahrenheit = property(_get_f, _set_f, _del_f, "temperature in F")
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, c):
        if c < -273.15:
            raise ValueError("below absolute zero")
        self._c = c

t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(round(t.fahrenheit, 2))
del t.fahrenheit
print(t.celsius, t.log, Temperature.fahrenheit.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(type(Temperature.celsius).__name__, hasattr(t, "celsius"), "_c" in vars(t))

class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def area(self):
        return round(3.14159 * self.radius ** 2, 3)
c = Circle(2)
print(c.area)
c.radius = 3
print(c.area)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
