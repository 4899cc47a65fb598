# SyntaxError: closing bracket does not match the opening one
print("never printed")
matrix = [
    [1, 2],
    [3, 4),
]
