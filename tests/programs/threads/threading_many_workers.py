# 50 short-lived threads computing independent results, gathered through a lock and sorted
import threading

results = []
lock = threading.Lock()

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def work(n):
    r = collatz_steps(n)
    with lock:
        results.append((n, r))

threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 51)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results.sort()
print(len(results))
print(results[:10])
print(max(results, key=lambda p: p[1]))
print(sum(r for _, r in results))
print(threading.active_count())

# threads started in waves, each wave joined before the next
waves = []
for wave in range(3):
    out = []
    ts = [threading.Thread(target=lambda i=i: out.append(i * i)) for i in range(wave * 5, wave * 5 + 5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    waves.append(sorted(out))
print(waves)
