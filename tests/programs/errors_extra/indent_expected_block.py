# IndentationError: expected an indented block after a function definition
print("never printed")
def helper(x):
    return x * 2

def empty(y):
print(helper(3))
