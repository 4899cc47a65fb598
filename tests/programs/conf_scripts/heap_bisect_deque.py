import heapq
import bisect
from collections import deque, ChainMap

tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
order = []
while heap:
    order.append(heapq.heappop(heap))
print(order)
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.heappushpop(nums, 0), nums)
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(heapq.heapreplace(nums, 100), nums)

grades = [60, 70, 80, 90]
letters = "FDCBA"
for score in [33, 60, 75, 90, 100]:
    print(score, letters[bisect.bisect(grades, score)], bisect.bisect_left(grades, score))
sorted_list = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(sorted_list, v)
print(sorted_list, bisect.bisect_right(sorted_list, 1), bisect.bisect_left(sorted_list, 1))
print(bisect.bisect_left([("a", 1), ("c", 3)], ("b",)), bisect.bisect([1, 2, 3], 2, lo=0, hi=1))

dq = deque([1, 2, 3])
dq.appendleft(0)
dq.append(4)
dq.rotate(2)
print(dq, dq.popleft(), dq.pop(), dq)
dq.extendleft("ab")
print(dq, dq.count(1), dq.index(1), dq[0], dq[-1], len(dq))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window) / len(window))
dq.rotate(-1)
print(dq, list(reversed(dq)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm))
cm["color"] = "blue"
print(user, defaults, cm.maps[0] is user)
child = cm.new_child({"size": "S"})
print(child["size"], child.parents["size"])

def bfs(graph, start):
    seen = {start}
    q = deque([start])
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for m in graph.get(n, []):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return out
g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "e": ["a"]}
print(bfs(g, "a"))
