# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 1000]:
    print(n, classify(n))
x = 5
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 3 and x < 10:
    print("between")
if x == 1 or x == 5:
    print("one or five")
if 0:
    print("never")
elif "":
    print("never2")
else:
    print("else branch")
if x > 1:
    if x > 4:
        print("nested yes")
    else:
        print("nested no")
if None: pass
else: print("one-line else")
val = "yes" if x else "no"
print(val)
for v in [[], [0], {}, {0: 0}, 0.0, -0.0, "0", None, range(0), range(1)]:
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
