# conditional expressions
for n in [-1, 0, 1]:
    print("pos" if n > 0 else "neg" if n < 0 else "zero")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([("e" if i % 2 == 0 else "o") for i in range(5)])
calls = []
def t(v):
    calls.append(v)
    return v
r = t("a") if t(True) else t("b")
print(r, calls)
calls.clear()
r = t("a") if t(0) else t("b")
print(r, calls)
print((1 if True else 2) + 10, 1 if False else 2 + 10)
f = (lambda: "L") if x else None
print(f())
print("yes" if [] else "no", "yes" if [0] else "no")
val = None
print(val if val is not None else "default")
print(max(1, 2) if x else min(1, 2))
a = b = 0
res = (a := 1) if b else (a := 2)
print(res, a)
