def average(values):
    total = sum(values)
    return total / len(values)

def ratio(a, b):
    return a["num"] / b["den"] + 1

print(average([1, 2, 3]))
print(ratio({"num": 1}, {"den": 4}))
data = {"num": 5}
print(ratio(data, {"den": 0}))
