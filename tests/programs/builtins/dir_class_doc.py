# dir() of any object must include '__class__' and '__doc__' (inherited from object/type)
for o in ([], object(), 1, "s"):
    d = dir(o)
    print(type(o).__name__, "__class__" in d, "__doc__" in d)
