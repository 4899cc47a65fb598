# cached_property: computed once per instance, stored in the instance __dict__, deletable,
# settable, the __set_name__ errors and the no-__dict__ error
import functools
import statistics


class DataSet:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @functools.cached_property
    def total(self):
        """Sum of the values."""
        self.computations += 1
        return sum(self.values)

    @functools.cached_property
    def mean(self):
        self.computations += 1
        return self.total / len(self.values)


d = DataSet([1, 2, 3, 4])
print(d.total, d.total, d.mean, d.computations)
print(sorted(d.__dict__))
print(d.__dict__['total'], d.__dict__['mean'])
del d.total
print('total' in d.__dict__, d.total, d.computations)
d.total = 100
print(d.total, d.computations)
e = DataSet([5])
print(e.total, e.computations, d.total)

prop = DataSet.__dict__['total']
print(type(prop).__name__, prop.attrname, prop.__doc__, DataSet.total is prop)
print(prop.func.__name__)

# created outside a class body: __set_name__ never ran
lonely = functools.cached_property(lambda self: 42)


class Later:
    pass


Later.answer = lonely
try:
    Later().answer
except TypeError as e:
    print("TypeError", e)
lonely.__set_name__(Later, 'answer')
print(Later().answer)

# one cached_property under two names
shared = functools.cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
    if e.__cause__ is not None:
        print("cause:", type(e.__cause__).__name__, e.__cause__)


class Slotted:
    __slots__ = ('x',)

    @functools.cached_property
    def double(self):
        return 2


try:
    Slotted().double
except TypeError as e:
    print("TypeError", e)


class Base:
    @functools.cached_property
    def name(self):
        return type(self).__name__.lower()


class Child(Base):
    pass


print(Base().name, Child().name)


class Stats:
    def __init__(self, data):
        self.data = data

    @functools.cached_property
    def stdev(self):
        print("  computing stdev")
        return round(statistics.pstdev(self.data), 4)


s = Stats([2, 4, 4, 4, 5, 5, 7, 9])
print(s.stdev)
print(s.stdev)
print(functools.cached_property[int])
