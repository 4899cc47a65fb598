class Address:
    def __init__(self, city):
        self.city = city

class Person:
    def __init__(self, name, address=None):
        self.name = name
        self.address = address

people = [Person("ann", Address("Oslo")), Person("bob")]
for p in people:
    print(p.name, p.address.city.upper())
