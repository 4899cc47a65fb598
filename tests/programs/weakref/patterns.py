# Everyday weakref patterns: caches, observers, parent links, per-object data, cleanup.
import gc
import weakref


# 1. an interning cache: equal requests share one live object
class Color:
    _cache = weakref.WeakValueDictionary()
    created = 0

    def __new__(cls, name):
        obj = cls._cache.get(name)
        if obj is None:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            cls.created += 1
        return obj

    def __repr__(self):
        return f"Color({self.name})"


red1, red2, blue = Color("red"), Color("red"), Color("blue")
print("interned:", red1 is red2, Color.created, sorted(Color._cache))
del red1, red2
print("after release:", sorted(Color._cache), Color("red") is not None, Color.created)


# 2. observers: subscribers are held weakly, methods through WeakMethod
class Publisher:
    def __init__(self):
        self.objects = weakref.WeakSet()
        self.methods = []

    def subscribe(self, listener):
        self.objects.add(listener)

    def subscribe_method(self, method):
        self.methods.append(weakref.WeakMethod(method))

    def publish(self, msg):
        got = sorted(o.notify(msg) for o in self.objects)
        live = [m() for m in self.methods]
        self.methods = [m for m, f in zip(self.methods, live) if f is not None]
        return got + [f(msg) for f in live if f is not None]


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, msg):
        return f"{self.name} got {msg}"

    def on_event(self, msg):
        return f"{self.name} method got {msg}"


pub = Publisher()
l1, l2 = Listener("l1"), Listener("l2")
pub.subscribe(l1)
pub.subscribe(l2)
pub.subscribe_method(l2.on_event)
print("publish:", pub.publish("hi"))
del l2
print("publish after del:", pub.publish("again"), len(pub.methods))


# 3. parent links that do not keep the parent alive
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def path(self):
        p = self.parent
        return self.name if p is None else p.path() + "." + self.name


root = Node("root")
child = Node("child", root)
leaf = Node("leaf", child)
print("path:", leaf.path(), child.parent.name)
del root
print("orphaned:", child.parent, leaf.path())


# 4. per-object data without touching the objects
class Frozen:
    __slots__ = ("v", "__weakref__")

    def __init__(self, v):
        self.v = v


notes = weakref.WeakKeyDictionary()
f1, f2 = Frozen(1), Frozen(2)
notes[f1] = "first"
notes[f2] = "second"
print("notes:", sorted(notes.values()), notes[f1])
del f1
print("notes after del:", sorted(notes.values()))


# 5. deterministic cleanup tied to an object's lifetime
class Connection:
    opened = []

    def __init__(self, name):
        self.name = name
        Connection.opened.append(name)
        self._fin = weakref.finalize(self, Connection._close, name)

    @staticmethod
    def _close(name):
        Connection.opened.remove(name)
        print("closed", name)

    def close(self):
        self._fin()


c1, c2 = Connection("db"), Connection("cache")
c1.close()
c1.close()
print("open:", Connection.opened)
c3 = Connection("cycle")
c3.me = c3
del c2, c3
print("open before collect:", Connection.opened)
gc.collect()
print("open after collect:", Connection.opened)
