# SyntaxError: unclosed parenthesis (nothing runs)
print("never printed")
def fine():
    return (1, 2)
values = [
    1,
    2,
]
total = sum(values)
print(total)
x = (1,
