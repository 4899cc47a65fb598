# startswith and endswith
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.startswith(("x", "fil")), s.endswith((".zip", ".gz")))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith("tar", 0, 12))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("a"))
print(s.startswith(()), s.endswith(()))
print(s.startswith("gz", -2), s.endswith("file", -100, 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("gz", 1))
except TypeError as e:
    print(type(e).__name__, e)
names = ["a.py", "b.txt", "c.py", "d.pyc"]
print([n for n in names if n.endswith(".py")])
print("abc".startswith("abcd"), "abc".endswith("zabc"))
