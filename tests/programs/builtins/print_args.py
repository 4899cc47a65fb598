# print with sep, end, flush
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print("x", "y", sep=", ", end="!\n")
print()
print(1, 2.5, None, True, [1], (2,), {3: 4}, "s")
print(*[1, 2, 3])
print(*"abc", sep="|")
print("flushed", flush=True)
print("multi\nline")
print("", end="")
print("sep None", "works", sep=None)
print("end None", end=None)
print("tab\tsep", 1, sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print(print("inner"))
print("unicode: é ü 日本 🙂")
