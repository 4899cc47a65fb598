data = ["1", "2", "x3", "4"]
total = sum(int(s) for s in data[:2])
print("partial", total)
squares = {s: int(s) ** 2 for s in data}
print(squares)
