# dumps(fix_imports=...) for protocols 0..3: Python 3 names mapped back to Python 2 names, or kept as is.
import pickle


class Local:
    pass


objects = [
    ("set", {1}),
    ("frozenset", frozenset([2])),
    ("int type", int),
    ("str type", str),
    ("range", range(1, 4)),
    ("bytes", b"b"),
    ("bytearray", bytearray(b"ba")),
    ("complex", 1j),
    ("ValueError", ValueError("v")),
    ("FileNotFoundError", FileNotFoundError(2, "gone")),
    ("StopIteration", StopIteration()),
    ("getattr reduce", str.lower),
    ("object", object),
    ("class in __main__", Local),
]
for label, obj in objects:
    print("--", label)
    for p in range(6):
        a = pickle.dumps(obj, p)
        b = pickle.dumps(obj, p, fix_imports=False)
        print(p, a)
        if a != b:
            print("  fix_imports=False:", b)
            try:
                back = pickle.loads(b)
                print("  loads:", type(back).__name__)
            except Exception as e:
                print("  loads:", type(e).__name__, e)
