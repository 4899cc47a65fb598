# a comprehension in a class body cannot see the class's own names
class Grid:
    size = 3
    cells = [0] * size
    print("cells", cells)
    rows = [[c for c in cells] for _ in range(size)]
    labels = [f"{i}/{size}" for i in range(size)]
