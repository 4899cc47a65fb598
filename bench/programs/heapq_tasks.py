# A priority queue of (priority, sequence, name) tasks: heappush, heappop, heapreplace and
# heapify on tuples, as schedulers and Dijkstra-style searches use them.
import heapq


def run():
    seed = 12345
    heap = []
    done = 0
    checksum = 0
    for i in range(150_000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        heapq.heappush(heap, (seed % 1000, i, "task"))
        if i % 3 == 2:
            prio, seq, _ = heapq.heappop(heap)
            checksum = (checksum * 31 + prio + seq) % 1_000_000_007
            done += 1
    while len(heap) > 1000:
        prio, seq, _ = heapq.heapreplace(heap, (prio + 1, seq, "again"))
        checksum = (checksum * 31 + prio) % 1_000_000_007
        heapq.heappop(heap)
    block = [((j * 7919) % 10007, j) for j in range(100_000)]
    heapq.heapify(block)
    smallest = [heapq.heappop(block)[0] for _ in range(1000)]
    print(done, len(heap), checksum, sum(smallest))


run()
