data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)

it = iter(data)
while (v := next(it, None)) is not None:
    print("value", v)

print([y for x in data if (y := x * 2) > 6])
print(y)

def f(a):
    return (b := a + 1) * b
print(f(3))

import re
for line in ["key=val", "nothing", "a=b"]:
    if (m := re.match(r"(\w+)=(\w+)", line)):
        print(m.group(1), "->", m.group(2))
    else:
        print("no match:", line)

print((z := 5), z)
values = {k: (sq := k * k) for k in range(3)}
print(values, sq)
print(any((hit := x) > 5 for x in data), hit)
print(all((last := x) < 9 for x in data), last)
