import atexit
import os
import sys

atexit.register(print, "atexit should not run")

def worker(task_id):
    print(f"worker {task_id} starting")
    if task_id == 3:
        print("partial line without newline... ", end="")
        print("fatal: aborting immediately", file=sys.stderr)
        os._exit(7)
    return task_id * 10

results = []
try:
    for t in range(1, 5):
        results.append(worker(t))
        print("results so far:", results)
finally:
    print("finally should not run")
