# calling a method on a chained attribute that turned out to be None
class Engine:
    def __init__(self):
        self.starter = None

class Car:
    def __init__(self, name):
        self.name = name
        self.engine = Engine()

class Garage:
    def __init__(self):
        self.cars = {"red": Car("red")}
        self.first = self.cars["red"]

g = Garage()
print("car:", g.first.name)
print(g.first.engine.starter.crank(speed=3))
