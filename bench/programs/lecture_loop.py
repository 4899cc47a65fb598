# The lecture's sequential loop: one CPU-bound function, called once.


def cpuHeavyTask():
    acc = 0
    for n in range(40_000_000):
        acc += n
    return acc


result = cpuHeavyTask()
print(result)
