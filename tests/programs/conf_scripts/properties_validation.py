class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected number, got {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    def __repr__(self):
        return f"Temperature({self._c:.2f}°C / {self.fahrenheit:.2f}°F)"

t = Temperature(25)
print(t)
t.fahrenheit = 212
print(t, t.celsius)
for bad in ["hot", -300, None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)

class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Product:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
p = Product(3.5, 2)
print(p.price * p.qty, type(Product.price).__name__, sorted(vars(p)))
try:
    Product(1, 0)
except ValueError as e:
    print(e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
lz = Lazy()
print(lz.xyz, getattr(lz, "abc", "dflt"))
lz.abc
