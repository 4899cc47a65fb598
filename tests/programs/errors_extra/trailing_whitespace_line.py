# the failing line ends with spaces: CPython 3.11 keeps trailing whitespace in the traceback
scores = {"ann": 3, "bob": 5}
for name in ("ann", "bob"):
    print(name, scores[name])
print("cy", scores["cy"])   
