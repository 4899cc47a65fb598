print("zoo.animals: loaded", __name__, __package__)
from .keepers import keeper_for
class Animal:
    count = 0
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs
        Animal.count += 1
        self.keeper = keeper_for(Animal.count)
    def __repr__(self):
        return "Animal(%r, %d)" % (self.name, self.legs)
def make(name, legs=4):
    return Animal(name, legs)
