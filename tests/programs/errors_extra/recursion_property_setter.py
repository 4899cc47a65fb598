# a property setter that assigns to itself recurses until RecursionError
class Person:
    def __init__(self, name):
        self.name = name
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, value):
        self.name = value.strip()

print("creating")
p = Person("  ann ")
