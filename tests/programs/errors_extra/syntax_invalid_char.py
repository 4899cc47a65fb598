# SyntaxError: a non-ASCII arrow pasted into code
print("never printed")
def step(x):
    return x + 1
y = step(1) → 2
