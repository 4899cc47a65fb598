# for loops with else
for i in range(3):
    print("i", i)
else:
    print("done", i)
for x in []:
    print("never")
else:
    print("empty else")
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")
find([5, 6, 7], 6)
find([5, 6, 7], 9)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for ch in "abc":
    pass
print("loop var after loop:", ch)
for a, b in zip("xy", [1, 2]):
    print(a, b)
total = 0
for k in {"p": 1, "q": 2}:
    total += len(k)
print(total)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
for i in range(3):
    i = 100
print(i)
for _ in range(2):
    for _ in range(2):
        print("*", end="")
print()
