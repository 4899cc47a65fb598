# helper module with mutable module-level state
counter = 0
items = []
def bump():
    global counter
    counter += 1
    return counter
def add(x):
    items.append(x)
    return len(items)
