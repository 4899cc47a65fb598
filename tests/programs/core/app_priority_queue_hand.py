# a binary heap priority queue written by hand over a list
class PQ:
    def __init__(self):
        self.h = []
        self.seq = 0
    def push(self, prio, item):
        self.h.append((prio, self.seq, item))
        self.seq += 1
        i = len(self.h) - 1
        while i > 0 and self.h[(i - 1) // 2] > self.h[i]:
            p = (i - 1) // 2
            self.h[i], self.h[p] = self.h[p], self.h[i]
            i = p
    def pop(self):
        if not self.h:
            raise IndexError("pop from empty PQ")
        top = self.h[0]
        last = self.h.pop()
        if self.h:
            self.h[0] = last
            i = 0
            while True:
                kids = [c for c in (2 * i + 1, 2 * i + 2) if c < len(self.h)]
                if not kids:
                    break
                c = min(kids, key=lambda k: self.h[k])
                if self.h[c] < self.h[i]:
                    self.h[i], self.h[c] = self.h[c], self.h[i]
                    i = c
                else:
                    break
        return top[0], top[2]
    def __len__(self):
        return len(self.h)
q = PQ()
for prio, task in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (5, "ship"), (2, "code"), (4, "fix")]:
    q.push(prio, task)
print(len(q), [e[2] for e in q.h[:3]])
order = []
while q:
    order.append(q.pop())
print(order)
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
nums = [9, 4, 7, 1, 8, 2, 6]
for n in nums:
    q.push(-n, str(n))
print([q.pop()[1] for _ in range(3)], len(q))
