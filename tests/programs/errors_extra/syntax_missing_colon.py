# SyntaxError: missing colon after a for header
print("never printed")
data = [3, 1, 2]
data.sort()
for x in data
    print(x)
