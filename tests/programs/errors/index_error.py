# uncaught IndexError
items = [10, 20, 30]
print(items[2], items[-1], items[-3])
print(items[1:10], items[5:])
try:
    items[-4]
except IndexError as e:
    print("caught", e)
items.append(40)
print(len(items), items[3])
print(items[4])
