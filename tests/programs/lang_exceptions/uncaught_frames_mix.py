# Uncaught error raised through a decorator wrapper, lambda, method, and generator frame.
def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens

    def values(self):
        for tok in self.tokens:
            yield (lambda t: int(t))(tok)

    @logged
    def total(self):
        return sum(self.values())


p = Parser(["1", "2"])
print(p.total())
Parser(["3", "x"]).total()
