# uncaught ValueError from list.index inside a method
class Roster:
    def __init__(self, names):
        self.names = list(names)
    def position(self, name):
        return self.names.index(name) + 1
    def report(self, wanted):
        for w in wanted:
            print(w, "is number", self.position(w))
r = Roster(["ann", "bob", "cy"])
r.report(["bob", "cy", "dan", "ann"])
