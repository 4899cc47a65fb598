# center ljust rjust zfill
s = "abc"
for w in [0, 2, 3, 4, 7, 8]:
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.zfill(w)))
print(repr(s.center(9, "*")), repr(s.ljust(6, "-")), repr(s.rjust(6, ".")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "--1".zfill(5), "".zfill(3))
print("3.14".zfill(8), "-0.5".zfill(2), "abc".zfill(6))
try:
    s.center(10, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("é".center(5, "ü")))
for name, n in [("apple", 3), ("kiwi", 12), ("banana", 100)]:
    print(name.ljust(8) + str(n).rjust(5))
