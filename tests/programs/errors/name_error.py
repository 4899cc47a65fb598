# uncaught NameError
print("before")
x = 1
y = x + 1
print(x, y)
def uses_global():
    return x * 10
print(uses_global())
try:
    print(other_missing)
except NameError as e:
    print("caught", e)
print(x + undefined_name)
