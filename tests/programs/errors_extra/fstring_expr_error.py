# errors inside f-string replacement fields
total = 10
count = 0
items = ["a", "b"]
print(f"{total=} {count=}")
print(f"first: {items[0]!r:>5}")
print(f"average: {total / count:.2f}")
