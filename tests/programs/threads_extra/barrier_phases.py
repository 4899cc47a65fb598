# a simulation in lock-step phases: a Barrier makes every worker finish a phase first
import threading

N = 4
PHASES = 3
log = []
log_lock = threading.Lock()
phase_no = [0]

def end_of_phase():
    phase_no[0] += 1
    with log_lock:
        log.append(("phase done", phase_no[0]))

barrier = threading.Barrier(N, action=end_of_phase)
grid = [0] * N
indices = []

def cell(i):
    for p in range(PHASES):
        grid[i] += (i + 1) * (p + 1)
        idx = barrier.wait()
        with log_lock:
            indices.append(idx)
            log.append(("cell", i, "after phase", p + 1, "sum", sum(grid)))
        barrier.wait()

ts = [threading.Thread(target=cell, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("grid", grid)
print("phases completed", phase_no[0])
print("indices", sorted(indices))
for entry in sorted(e for e in log if e[0] == "cell"):
    print(entry)
print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
