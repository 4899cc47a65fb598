import random, pickle, copy
r = random.Random(11)
r.random()
r2 = pickle.loads(pickle.dumps(r))
r3 = copy.deepcopy(r)
print(r.random() == r2.random() == r3.random())
print(type(r2).__name__)
st = random.getstate()
print(type(st), len(st[1]), st[0])
class MyRandom(random.Random):
    def seed(self, a=None, version=2):
        print("seeding", a)
        super().seed(a, version)
m = MyRandom(3)
print(m.random() == random.Random(3).random())
print(random.Random.__init_subclass__ is not None)

# save and restore the module generator's state mid-stream
random.seed(123)
random.random()
saved = random.getstate()
first = [random.randint(1, 1000) for _ in range(5)]
random.setstate(saved)
print(first == [random.randint(1, 1000) for _ in range(5)], first)

# the state tuple has 624 words plus the position, like CPython's
random.seed(0)
version, internal, gauss_next = random.getstate()
print(version, len(internal), internal[-1], internal[0], internal[1], gauss_next)
random.random()
print(random.getstate()[1][-1], random.getstate()[1][1])

# a state can be moved between generators
a = random.Random(77)
b = random.Random()
for _ in range(1000):
    a.random()
b.setstate(a.getstate())
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])

# version 2 states (from Python 2 pickles) are still accepted
a = random.Random(5)
v3 = a.getstate()
b = random.Random()
b.setstate((2, v3[1], None))
print(b.random() == a.random())
