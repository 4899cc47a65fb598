# KeyError with a tuple key shows the tuple's repr (and a 1-tuple keeps its parens)
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(0, 0)])
try:
    grid[(5,)]
except KeyError as e:
    print("caught", e, e.args)
def cell(x, y):
    return grid[x, y]
print(cell(1, 0))
cell(2, 3)
