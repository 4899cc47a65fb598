a = set(range(20))
for i in range(0, 20, 3):
    a.remove(i)
a.add(1024)
print(a)
print(list(a)[:5], sorted(a)[:5])

for removed in ([0, 3], [0, 9], [0, 10], [5]):
    b = set(range(20))
    for r in removed:
        b.discard(r)
    b.add(1024)
    b.add(128)
    print(removed, b)

s = {1, 2, 3}
s.remove(2)
s.add(10)
print(s)
s = set(range(10))
s.difference_update(range(0, 10, 2))
s.update([16, 32, 48])
print(s, len(s))
members = set()
for n in [40, 8, 3, 24, 16]:
    members.add(n)
members.discard(8)
members.add(72)
print(members, 72 in members, 8 in members)

p = set(range(10))
print([p.pop() for _ in range(3)], p)
p.add(0)
p.add(1)
print(p.pop(), p.pop(), p)
q = set(range(40))
for _ in range(35):
    q.pop()
q.update(range(100, 105))
print(q, q.pop())
