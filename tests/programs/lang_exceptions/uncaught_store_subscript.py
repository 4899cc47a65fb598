# Uncaught TypeError from item assignment on a tuple inside a function: caret under the target.
def update(record, index, value):
    record[index] = value
    return record


print(update([1, 2, 3], 0, "x"))
point = (3, 4)
update(point, 1, 5)
