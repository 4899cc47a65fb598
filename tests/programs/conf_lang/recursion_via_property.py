class Person:
    def __init__(self, name):
        self.name = name
    @property
    def name(self):
        return self.name
    @name.setter
    def name(self, value):
        self.name = value
try:
    Person("x")
except RecursionError as e:
    print("caught:", e)
p = Person.__new__(Person)
p.name
