# f-strings with nested replacement fields
width = 10
prec = 3
val = 3.14159
print(f"{val:{width}.{prec}f}|")
print(f"{val:{width}}|")
print(f"{'hi':{'>'}{width}}|")
for w in range(3, 7):
    print(f"{'ab':^{w}}|")
align = "<"
fill = "."
print(f"{'x':{fill}{align}{width}}|")
spec = ".2e"
print(f"{12345.6789:{spec}}")
rows = [("apple", 1.5), ("kiwi", 12.25), ("banana", 100.0)]
nw = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f"{name:<{nw}} {price:>{width}.{prec - 1}f}")
print(f"{f'{val:.1f}':>8}|")
print(f"{'-' * 5}{width}{'-' * 5}")
d = {"w": 6}
print(f"{42:0{d['w']}d}")
print(f"{[f'{i:02d}' for i in range(3)]}")
print(f"{len(f'{width}'):{1 + 1}}")
