# an AttributeError raised inside a property getter, reached through __getattr__
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @property
    def kelvin(self):
        return self._celsius + self.offset

t = Temperature(20)
print(t.fahrenheit)
print(t.kelvin)
