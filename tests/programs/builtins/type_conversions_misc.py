# conversions between builtin types: str/int/float/bool/list/tuple/dict/set
print(int("42"), int("-7"), int(3.99), int(-3.99), int(True), int("0b101", 2), int(" 10 "))
print(float("3.5"), float("1e3"), float(" -2 "), float(7), float("inf"), float("-nan"))
print(str(42), str(3.0), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1.5}))
print(bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool({}), bool(-1))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({"x": 0}.items()))
print(tuple([1, 2]), tuple("hi"), tuple(), set("banana") == {"a", "b", "n"}, sorted(set([3, 1, 3])))
print(dict([("a", 1), ("b", 2)]), dict(zip("xy", (9, 8))), dict(a=1, b=2), dict({"c": 3}, d=4))
print(repr(str(b"bytes")), "12".isdigit(), "-12".isdigit(), "1.5".replace(".", "", 1).isdigit())
def to_number(s):
    for conv in (int, float):
        try:
            return conv(s)
        except ValueError:
            pass
    return s
print([to_number(s) for s in ["12", "3.25", "1e-2", "abc", "0x1f", "  8 "]])
print(ord("A"), chr(97), [ord(c) - ord("a") + 1 for c in "hello"])
print(str(1 / 4), repr(0.1), str(10 ** 21 * 1.0), str(-0.0), int("-0"))
print(list(map(int, "1,2,3".split(","))), ",".join(map(str, [4, 5, 6])))
print(round(float("2.675"), 2), int(float("1e10")), int("1" * 25) // 10 ** 20)
print(type(1 + 2.0).__name__, type(True + 1).__name__, type(3 / 1).__name__, type(6 // 2).__name__)
print(1 == 1.0 == True, "1" == 1, [1, 2] == (1, 2), list((1, 2)) == [1, 2])
print(int(bool("False")), float(False), complex(1, 2) if False else "skip")
matrix_str = "1 2 3\n4 5 6"
print([[int(x) for x in row.split()] for row in matrix_str.splitlines()])
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, sorted(str(31415)), "".join(sorted("hello")))
print(f"{int('7') + float('0.5')}", "%d items" % 3.9, "%s" % [1], "%.2f" % 1)
