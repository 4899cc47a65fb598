# augmented assignment to a subscript and an attribute with incompatible types
class Counter:
    def __init__(self):
        self.hits = {"home": 0}
c = Counter()
c.hits["home"] += 1
print(c.hits)
c.hits["home"] += "1"
