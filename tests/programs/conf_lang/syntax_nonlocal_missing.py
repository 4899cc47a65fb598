def outer():
    x = 1
    def inner():
        nonlocal y
        y = 2
    return inner

print("start")
