# SyntaxError: two values next to each other in a list literal
print("never printed")
names = [
    "alpha",
    "beta"
    "gamma",
]
numbers = [1, 2 3, 4]
