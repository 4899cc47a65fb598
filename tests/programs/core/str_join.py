# str.join
print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(" - ".join(("1", "2", "3")))
print("+".join("abc"))
print("|".join([]))
print("|".join(["only"]))
print(", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
d = {"k1": 1, "k2": 2}
print(";".join(d))
print("/".join(map(str, [1, 2, 3])))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab".join(["1", "2", "3"]))
print(len("-".join(["a"] * 100)))
