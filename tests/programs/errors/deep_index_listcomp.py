# uncaught IndexError raised inside a list comprehension inside nested calls
def column(rows, i):
    return [row[i] for row in rows]

def column_sums(rows, ncols):
    return [sum(column(rows, i)) for i in range(ncols)]

table = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(column_sums(table, 3))
table.append([10, 11])
print(column_sums(table, 2))
print(column_sums(table, 3))
