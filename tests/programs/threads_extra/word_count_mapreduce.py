# map/reduce word count: threads count words in chunks, results merged under a lock
import threading
from collections import defaultdict

TEXT = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity
it was the season of Light it was the season of Darkness it was the spring of hope""" * 20

words = TEXT.lower().split()
n = 4
size = (len(words) + n - 1) // n
chunks = [words[i:i + size] for i in range(0, len(words), size)]
total = defaultdict(int)
merge_lock = threading.Lock()

def map_chunk(chunk):
    local = defaultdict(int)
    for w in chunk:
        local[w] += 1
    with merge_lock:
        for w, c in local.items():
            total[w] += c

ts = [threading.Thread(target=map_chunk, args=(c,)) for c in chunks]
for t in ts:
    t.start()
for t in ts:
    t.join()
top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print("%-8s %d" % (w, c))
print("distinct", len(total), "total", sum(total.values()), "==", len(words))

by_letter = defaultdict(list)
def group(chunk):
    for w in set(chunk):
        by_letter[w[0]].append(w)
gs = [threading.Thread(target=group, args=(c,)) for c in chunks]
for t in gs:
    t.start()
for t in gs:
    t.join()
print({k: sorted(set(v)) for k, v in sorted(by_letter.items()) if k in "ab"})
print("default factory:", by_letter.default_factory is list)
