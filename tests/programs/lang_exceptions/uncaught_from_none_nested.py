# raise ... from None hides context; uncaught error raised in a method of a class.
class Store:
    def __init__(self):
        self.data = {"a": 1}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise LookupError(f"no such key: {key}") from None

    def get_all(self, *keys):
        return [self.get(k) for k in keys]


s = Store()
print(s.get_all("a"))
try:
    s.get_all("a", "b")
except LookupError as e:
    print("caught", e, e.__context__ is not None, e.__suppress_context__)
s.get_all("zz")
