# SyntaxError: positional argument after a keyword argument
print("never printed")
def area(width, height, unit="m"):
    return f"{width * height} {unit}2"
print(area(2, height=3, "cm"))
