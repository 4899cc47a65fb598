# uncaught AttributeError on None reached through attribute chains in methods
class Address:
    def __init__(self, city):
        self.city = city

class Profile:
    def __init__(self, address=None):
        self.address = address

class User:
    def __init__(self, name, profile):
        self.name = name
        self.profile = profile
    def city(self):
        return self.profile.address.city.upper()

def cities(users):
    out = []
    for u in users:
        out.append(u.city())
        print("ok", u.name)
    return out

people = [User("ann", Profile(Address("oslo"))), User("bob", Profile()), User("cy", Profile(Address("rome")))]
print(cities(people[:1]))
print(cities(people))
