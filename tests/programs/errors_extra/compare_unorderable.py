# comparison and augmented assignment errors with their markers
scores = [3, 1, 2]
scores.sort()
print(scores)
total = 0
for s in scores:
    total += s
print(total)
mixed = [3, "1", 2]
if mixed[0] < mixed[1]:
    print("less")
