# the decorator itself fails while the decorated function is being defined
def register(category):
    table = {"math": [], "text": []}
    def deco(func):
        table[category].append(func)
        return func
    return deco

@register("math")
def add(a, b):
    return a + b

print(add(1, 2))

@register("graphics")
def draw():
    pass
