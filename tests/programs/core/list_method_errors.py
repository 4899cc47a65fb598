# list methods and their error messages
def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, IndexError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
xs = [3, 1, 4, 1, 5]
attempt("index 1", lambda: xs.index(1))
attempt("index 1 from 2", lambda: xs.index(1, 2))
attempt("index missing", lambda: xs.index(9))
attempt("index str missing", lambda: ["a", "b"].index("z"))
attempt("index out of window", lambda: xs.index(3, 1, 4))
attempt("remove missing", lambda: xs.remove(42))
attempt("pop empty", lambda: [].pop())
attempt("pop far", lambda: xs.pop(10))
attempt("pop str", lambda: xs.pop("0"))
attempt("insert far", lambda: (xs.insert(100, 9), xs)[1])
attempt("insert neg", lambda: (xs.insert(-100, 0), xs)[1])
attempt("count", lambda: xs.count(1))
attempt("sort mixed", lambda: [1, "a", 2].sort())
attempt("extend int", lambda: xs.extend(5))
attempt("mul float", lambda: xs * 1.5)
attempt("getitem str", lambda: xs["a"])
attempt("assign slice step", lambda: xs.__setitem__(slice(0, 4, 2), [1]))
attempt("reverse arg", lambda: xs.reverse(1))
attempt("copy", lambda: xs.copy() == xs)
attempt("concat tuple", lambda: xs + (1,))
attempt("del far", lambda: xs.__delitem__(99))
print(xs)
