# break and continue in nested loops
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("outer", i)
    for j in range(5):
        if j == 2:
            continue
        if j > 3:
            break
        print("  inner", i, j)
result = []
for x in range(20):
    if x % 3 == 0:
        continue
    if x > 14:
        break
    result.append(x)
print(result)
i = 0
while i < 10:
    i += 1
    if i in (2, 4, 6):
        continue
    if i == 8:
        break
    print("w", i)
def first_neg(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_neg([[1, 2], [3, -4], [-5, 6]]), first_neg([[1]]))
for i in range(3):
    try:
        if i == 1:
            continue
        print("try body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        break
    finally:
        print("finally before break", i)
