# classic loop exercises: fizzbuzz, multiplication table, number pyramid, guessing game, digit reversal
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + " ".join(str(k) for k in range(1, i + 1)))
for i in range(n, 0, -1):
    print("*" * (2 * i - 1))
secret = 37
lo, hi, tries = 1, 100, 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess < secret:
        print(f"{guess} too low")
        lo = guess + 1
    elif guess > secret:
        print(f"{guess} too high")
        hi = guess - 1
    else:
        print(f"got {guess} in {tries} tries")
        break
num, rev = 1234500, 0
while num > 0:
    rev = rev * 10 + num % 10
    num //= 10
print(rev)
total, count = 0, 0
for x in [4, -2, 7, 0, 9, -5, 3]:
    if x < 0:
        continue
    if x == 9:
        print("found 9, stopping")
        break
    total += x
    count += 1
else:
    print("no break")
print(total, count)
for word in ["alpha", "beta"]:
    for ch in word:
        if ch == "z":
            break
    else:
        print(word, "has no z")
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while done")
triangle = [[1]]
for _ in range(7):
    prev = triangle[-1]
    triangle.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in triangle:
    print(" ".join(map(str, row)).center(30).rstrip())
print(sum(range(1, 101)), sum(x for x in range(1, 101) if x % 2), [x for x in range(20) if x % 3 == 0][::-1])
