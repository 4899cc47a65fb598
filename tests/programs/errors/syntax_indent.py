# IndentationError: unexpected indent
print("never printed")
def f():
    if True:
        return 1
    return 2
for i in range(3):
    print(i)
x = 1
    y = 2
