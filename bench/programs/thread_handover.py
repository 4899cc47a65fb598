# Hand-over latency: two threads take turns through one Condition, 20,000 times each.
# Every turn is a wake-up of the other thread and a GIL hand-over.

import threading

cond = threading.Condition()
turn = [0]
ROUNDS = 20_000


def player(me):
    for _ in range(ROUNDS):
        with cond:
            while turn[0] % 2 != me:
                cond.wait()
            turn[0] += 1
            cond.notify()


threads = [threading.Thread(target=player, args=(k,)) for k in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(turn[0])
