# __del__ timing with list.pop/remove/clear and slice deletion
class T:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, T) and self.n == other.n
    def __del__(self):
        print("del", self.n)
items = [T(i) for i in range(6)]
print("pop last")
items.pop()
print("pop 0 kept")
kept = items.pop(0)
print("remove 2")
items.remove(T(2))
print("del slice")
del items[0:1]
print("clear")
items.clear()
print("drop kept")
kept = None
lst = [T(10), T(11)]
print("reassign slot")
lst[0] = T(12)
print("list dies")
del lst
print("done")
