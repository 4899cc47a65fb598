# WeakKeyDictionary and WeakSet for attaching data to objects
import gc
import weakref

class Student:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

grades = weakref.WeakKeyDictionary()
alice, bob, carol = Student("alice"), Student("bob"), Student("carol")
grades[alice] = 90
grades[bob] = 75
grades[carol] = 82
print("grades:", sorted((s.name, g) for s, g in grades.items()))
print("bob in grades:", bob in grades, "len", len(grades))
del bob
print("after bob leaves:", sorted(s.name for s in grades), len(grades))
grades[alice] += 5
print("alice:", grades[alice])
print("get missing:", grades.get(Student("temp"), "none"))
try:
    grades["string key"] = 1
except TypeError as e:
    print("TypeError:", e)

enrolled = weakref.WeakSet([alice, carol])
print("enrolled:", sorted(s.name for s in enrolled), len(enrolled))
dave = Student("dave")
enrolled.add(dave)
enrolled.add(dave)
print("after add twice:", len(enrolled))
del dave
print("after dave leaves:", len(enrolled))
other = weakref.WeakSet([carol])
print("subset:", other <= enrolled, "union size:", len(enrolled | other))
print("difference:", sorted(s.name for s in enrolled - other))
enrolled.discard(alice)
print("discard:", sorted(s.name for s in enrolled))
try:
    enrolled.remove(alice)
except KeyError as e:
    print("KeyError on remove")
p = Student("paula")
p.me = p
enrolled.add(p)
grades[p] = 100
del p
print("cycle still present:", len(enrolled), len(grades))
gc.collect()
print("after collect:", len(enrolled), len(grades))
print("pop:", enrolled.pop(), len(enrolled))
