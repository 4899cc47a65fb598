# list.append from many threads needs no lock: every item arrives exactly once
import threading

results = []

def produce(k):
    for i in range(2000):
        results.append(k * 10000 + i)

ts = [threading.Thread(target=produce, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("length", len(results))
print("unique", len(set(results)))
print("sorted matches", sorted(results) == [k * 10000 + i for k in range(8) for i in range(2000)])
per_thread_order = all(
    [x for x in results if x // 10000 == k] == [k * 10000 + i for i in range(2000)] for k in range(8))
print("each thread's items stay in its own order:", per_thread_order)

seen = set()
def add_words(words):
    for w in words:
        seen.add(w)
words = ["w%d" % i for i in range(3000)]
ts = [threading.Thread(target=add_words, args=(words[i::3],)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("set size", len(seen))
