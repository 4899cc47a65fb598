# list/dict/set/deque/bytearray operations from many threads end with exact sizes
import threading
from collections import deque

lst, dct, st, dq, ba = [], {}, set(), deque(), bytearray()
def work(i):
    for j in range(2000):
        lst.append(j)
        dct[(i, j)] = j
        st.add((i, j % 500))
        dq.appendleft(j)
        ba.append(j % 256)
        if j % 3 == 0:
            lst.pop()
            dq.pop()
        if j % 5 == 0:
            dct.pop((i, j))
ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), len(dct), len(st), len(dq), len(ba))
print(sum(ba) == 8 * sum(j % 256 for j in range(2000)))
shared = list(range(1000))
def sorter():
    for _ in range(20):
        shared.sort(reverse=True)
        shared.sort()
ts = [threading.Thread(target=sorter) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(shared == list(range(1000)))
