import heapq

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 0), data)
print(heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 5]), heapq.nsmallest(2, [1, 8, 2, 9, 5]))
people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["a", "c"], ["b"], key=str.upper)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
maxh = []
for v in [3, 1, 4]:
    heapq.heappush(maxh, -v)
print(-maxh[0])
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 6)], "c": [("d", 3)]}
print(sorted(dijkstra(g, "a").items()))
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print("TypeError", e)
