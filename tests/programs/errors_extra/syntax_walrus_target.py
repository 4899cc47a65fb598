# SyntaxError: an assignment expression whose target is not a name
print("never printed")
class Box:
    pass
b = Box()
if (b.size := 3) > 2:
    print(b.size)
