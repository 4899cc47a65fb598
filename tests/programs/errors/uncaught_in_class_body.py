# an error raised while executing a class body
class Ok:
    values = [1, 2, 3]
print(Ok.values)
def limit():
    return 2
class Config:
    name = "cfg"
    sizes = [10, 20]
    default = sizes[limit()]
print("unreachable")
