# list(), list.extend() and [*x] ask a user object for its length first (len(), else
# __length_hint__), as CPython's list_extend does to size the list; the answers are checked,
# and a reversed() iterator's hint asks its sequence for its length again.
class Loud:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ ->", self.n)
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i


class Hinted:
    def __init__(self, hint):
        self.hint = hint
        self.left = 2

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return self.left

    def __length_hint__(self):
        print("  __length_hint__ ->", self.hint)
        return self.hint


def attempt(label, fn):
    print(label)
    try:
        print("  =", fn())
    except Exception as e:
        print("  ", type(e).__name__, e)


attempt("list(Loud(3))", lambda: list(Loud(3)))
attempt("[*Loud(2)]", lambda: [*Loud(2)])
grow = [9]
attempt("extend", lambda: (grow.extend(Loud(1)), grow)[1])
attempt("hint 5", lambda: list(Hinted(5)))
attempt("hint NotImplemented", lambda: list(Hinted(NotImplemented)))
attempt("hint negative", lambda: list(Hinted(-1)))
attempt("hint float", lambda: list(Hinted(2.5)))
attempt("sorted", lambda: sorted(Hinted(1)))
attempt("tuple", lambda: tuple(Hinted(3)))


class BadLen(Loud):
    def __len__(self):
        raise TypeError("no len today")


class WorseLen(Loud):
    def __len__(self):
        raise KeyError("len")


attempt("__len__ TypeError is ignored", lambda: list(BadLen(2)))
attempt("__len__ other errors propagate", lambda: list(WorseLen(2)))
r = reversed(Loud(4))
print("reversed made")
print(next(r), r.__length_hint__(), list(r))
