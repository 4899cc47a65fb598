# dining philosophers: forks acquired in a global order (no deadlock), plus a timeout demo
import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
meals_lock = threading.Lock()

def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(50):
        with forks[first]:
            with forks[second]:
                with meals_lock:
                    meals[i] += 1

ts = [threading.Thread(target=philosopher, args=(i,), name="phil-%d" % i) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("meals", meals)
print("all forks free", not any(f.locked() for f in forks))

# a greedy philosopher holds fork 0; another gives up after a short timeout
holding = threading.Event()
release = threading.Event()
outcome = []

def greedy():
    with forks[0]:
        holding.set()
        release.wait()

def polite():
    holding.wait()
    got = forks[0].acquire(timeout=0.05)
    outcome.append(("first try", got))
    release.set()
    got = forks[0].acquire(timeout=2)
    outcome.append(("second try", got))
    if got:
        forks[0].release()

g = threading.Thread(target=greedy)
p = threading.Thread(target=polite)
g.start(); p.start()
g.join(); p.join()
print(outcome)
