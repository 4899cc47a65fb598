# building strings in loops, join versus concatenation, str() of numbers
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s.rstrip()))
print("-" * 20)
print("=" * 3 + ">" + " " * 2 + "|")
table = [("id", "name", "score"), (1, "ann", 93.5), (22, "bob", 8.25)]
for row in table:
    print(" | ".join(str(c).rjust(6) for c in row))
n = 1234567
print(str(n)[::-1], "".join(reversed(str(n))), len(str(n)), str(n).count("3"))
digits = [int(c) for c in str(2 ** 50)]
print(digits, sum(digits))
print(str(1 / 7)[:8], str(10 ** 15), str(-0.5), str(1e-3), str(True) + str(None))
csv = "a,b;c,d;e"
print([field.split(",") for field in csv.split(";")])
acc = []
for ch in "hello world":
    if ch not in acc:
        acc.append(ch)
print("".join(acc))
print("".join(sorted("banana")), "".join(ch * 2 for ch in "abc"))
