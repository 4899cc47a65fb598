# an object used in a for loop without __iter__, and a bad __iter__ result
class Bag:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)

class BadIter:
    def __iter__(self):
        return [1, 2]

b = Bag(1, 2)
print(len(b))
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("caught:", e)
for item in b:
    print(item)
