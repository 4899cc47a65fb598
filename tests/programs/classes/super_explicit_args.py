# super() with explicit type and instance/type arguments
class A:
    def hello(self):
        return "A.hello(%s)" % type(self).__name__
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()
    @classmethod
    def make(cls):
        return "B>" + super(B, cls).make()
class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()   # skips B
    def direct(self):
        return super(C, self).hello()
c = C()
print(c.hello(), c.direct(), C.make(), B.make())
print(super(C, c).hello(), super(B, c).hello(), super(B, C).make())
s = super(B, c)
print(type(s).__name__, s.__self__ is c, s.__thisclass__.__name__, s.__self_class__.__name__)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(C, B())
except TypeError as e:
    print("TypeError", e)
try:
    super(A, c).hello()
except AttributeError as e:
    print("AttributeError", e)
def outside(self):
    return super(B, self).hello()
print(outside(c))
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
class D(A):
    def m(self):
        def inner():
            return super(D, self).hello()
        return inner()
    def via_lambda(self):
        return (lambda: super(D, self).hello())()
print(D().m(), D().via_lambda())
unbound = super(B)
print(type(unbound).__name__)
class E(A):
    def __init__(self):
        super(E, self).__init__()
        self.ok = True
    def __repr__(self):
        return "E(" + super(E, self).__repr__()[:3] + ")"
print(E().ok, repr(E()))
print(super(bool, True).__repr__(), super(bool, True).__add__(1))
