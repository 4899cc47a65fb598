# SyntaxError: assignment to a function call in an if condition (nothing runs)
print("never printed")
def ready():
    return True
items = [1, 2, 3]
if ready() = True:
    print(items)
