# SyntaxError: 'return' outside function (a compile-time error, nothing runs)
print("never printed")
values = [1, 2, 3]
for v in values:
    if v > 1:
        return v
