# SyntaxError: Python 2 style print statement
print("never printed")
name = "ann"
if name:
    print "hello", name
