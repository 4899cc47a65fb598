# calling the result of an expression that is not callable, and shadowing a builtin
def make_handlers():
    return {"start": lambda: "started", "stop": "stopped"}

handlers = make_handlers()
print(handlers["start"]())
list = [1, 2, 3]
print(len(list))
print(handlers["stop"]())
