# uncaught KeyError from dict.pop, with __del__ output at shutdown
class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("tracker", self.name, "finalized")
registry = {"a": Tracker("a"), "b": Tracker("b")}
def unregister(key):
    t = registry.pop(key)
    print("unregistered", t.name)
unregister("a")
unregister("b")
unregister("a")
