# SyntaxError: '=' instead of '==' in an if condition
print("never printed")
def check(x):
    if x = 1:
        return "one"
    return "other"
