class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 99}


class A(metaclass=Meta, tag="t"):
    x = 1

    def __init__(self, v):
        print("A.__init__", v)
        self.v = v

    def meth(self):
        return self.v


a = A(5)
print(a.meth(), A.created_by, A.injected, type(A).__name__)


class B(A):
    y = 2

print(type(B).__name__, B.created_by)
b = B(7)
print(b.v)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]

class Conf(metaclass=Singleton):
    def __init__(self, n):
        self.n = n

print(Conf(1) is Conf(2), Conf(3).n)

class M2(type):
    def __repr__(cls):
        return f"<class via M2 {cls.__name__}>"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return k * 2

class Z(metaclass=M2):
    pass

print(repr(Z), len(Z), Z[21])
print(isinstance(Z, M2), isinstance(Z, type))
