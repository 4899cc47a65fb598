def build(values):
    s = set()
    for v in values:
        s.add(v)
    return s

active = build([256, 192, 0, 96])
active -= {256, 192}
active.add(392)
print("after -= and add:", list(active))

tags = build([9, 1, 17, 25, 33, 8, 16, 49, 65])
banned = build([25, 41, 1, 57, 16, 0, 73])
print("difference multi:", list(tags.difference(banned, [9])))
c = tags.copy()
c.symmetric_difference_update(banned)
print("symdiff update:", list(c))

queue = build([288, 64, 32, 352, 164, 261, 103, 104, 168, 264, 118])
queue = set(queue)
print("popped", queue.pop())
queue &= {64, 288, 164, 104, 240, 16, 272}
for v in [240, 16, 272]:
    queue.add(v)
print(list(queue), "next pop:", queue.pop())
