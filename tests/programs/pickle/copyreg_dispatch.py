# copyreg.pickle reducers, Pickler.dispatch_table, reducer_override, copyreg extension codes (EXT1/EXT2/EXT4).
import copyreg
import pickle


class Buf:
    def __init__(self):
        self.data = bytearray()

    def write(self, b):
        self.data += b


class Money:
    def __init__(self, cents):
        self.cents = cents


def make_money(cents):
    return Money(cents)


def reduce_money(m):
    return (make_money, (m.cents,))


copyreg.pickle(Money, reduce_money)
for p in range(6):
    d = pickle.dumps(Money(250), p)
    print(p, d, pickle.loads(d).cents)
print("dispatch_table has Money:", copyreg.dispatch_table.get(Money) is reduce_money)
del copyreg.dispatch_table[Money]
print("after removal:", pickle.dumps(Money(1), 2))

try:
    copyreg.pickle(Money, 42)
except TypeError as e:
    print("copyreg.pickle non-callable:", type(e).__name__, e)


# a per-pickler dispatch table (str is itself pickled by name: a memo get the second time)
class Tag:
    def __init__(self, name):
        self.name = name


buf = Buf()
pk = pickle.Pickler(buf, 2)
pk.dispatch_table = {Tag: lambda t: (str, ("tag:" + t.name,))}
pk.dump([Tag("a"), Tag("b")])
print("private dispatch_table:", bytes(buf.data), pickle.loads(bytes(buf.data)))
print("global pickling unaffected:", pickle.dumps(Tag("c"), 2)[:22])


# reducer_override is not consulted for atomic types such as float
class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is float:
            return (int, (int(obj),))
        if type(obj) is Tag:
            return (str, ("over:" + obj.name,))
        return NotImplemented


buf = Buf()
Overriding(buf, 4).dump([1.9, "s", Tag("t"), 2.5])
print("reducer_override:", bytes(buf.data), pickle.loads(bytes(buf.data)))


# extension registry
def ext_target():
    return "ext"


class ExtClass:
    pass


copyreg.add_extension("__main__", "ext_target", 200)
copyreg.add_extension("__main__", "ExtClass", 0x1234)
copyreg.add_extension("__main__", "Money", 0x123456)
for p in range(6):
    d = pickle.dumps([ext_target, ExtClass, Money], p)
    back = pickle.loads(d)
    print(p, d, back[0] is ext_target, back[1] is ExtClass, back[2] is Money)
try:
    copyreg.add_extension("__main__", "ext_target", 201)
except ValueError as e:
    print("duplicate key:", e)
try:
    copyreg.add_extension("__main__", "other", 200)
except ValueError as e:
    print("duplicate code:", e)
try:
    copyreg.add_extension("__main__", "other", 0)
except ValueError as e:
    print("code out of range:", e)
copyreg.remove_extension("__main__", "ext_target", 200)
copyreg.remove_extension("__main__", "ExtClass", 0x1234)
copyreg.remove_extension("__main__", "Money", 0x123456)
print("after removal:", pickle.dumps(ext_target, 2))
try:
    pickle.loads(b"\x80\x02\x82\xc8.")
except Exception as e:
    print("unregistered code:", type(e).__name__, e)
try:
    copyreg.remove_extension("__main__", "ext_target", 200)
except ValueError as e:
    print("remove missing:", e)

# copyreg helpers used by pickles
n = copyreg.__newobj__(Tag, "ignored by object.__new__")
print(type(n).__name__, vars(n))
o = copyreg._reconstructor(Tag, object, None)
print(type(o).__name__, vars(o))
print(copyreg._slotnames(type("S", (), {"__slots__": ("a", "__dict__", "__weakref__", "b")})))
