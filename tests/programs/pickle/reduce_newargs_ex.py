# __getnewargs_ex__: protocols 0/1 ignore it, 2/3 go through functools.partial(cls.__new__, ...), 4+ use NEWOBJ_EX.
import pickle


class NewArgsEx:
    def __new__(cls, a, *, key):
        self = object.__new__(cls)
        self.a, self.key = a, key
        return self

    def __getnewargs_ex__(self):
        return ((self.a,), {"key": self.key})


class OnlyKw:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((), {"k": self.k})


for obj, attrs in ((NewArgsEx(1, key="k"), ["a", "key"]), (OnlyKw(k=[1]), ["k"])):
    print("--", type(obj).__name__)
    for p in range(6):
        d = pickle.dumps(obj, p)
        print(p, d)
        y = pickle.loads(d)
        print("  ", type(y).__name__, [(a, getattr(y, a)) for a in attrs])


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return [(), {}]


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


for obj in (BadNewArgsEx(), BadNewArgs()):
    for p in (2, 4):
        try:
            pickle.dumps(obj, p)
        except Exception as e:
            print(type(obj).__name__, p, type(e).__name__, e)
