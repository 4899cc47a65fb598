# while loops with else
i = 0
while i < 5:
    i += 1
else:
    print("finished normally, i =", i)
i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
n = 0
while False:
    n += 1
else:
    print("else of never-run loop", n)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
    print("even", count)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
x = 3
while x:
    x -= 1
    for j in range(2):
        if j == 1:
            break
    else:
        print("inner else (never)")
else:
    print("outer else", x)
