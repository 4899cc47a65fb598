# deep recursion works inside a thread, and runaway recursion raises RecursionError there too
import sys
import threading

results = {}

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def runaway(n):
    return runaway(n + 1)

def deep():
    results["deep"] = depth(900)

def bad():
    try:
        runaway(0)
    except RecursionError as e:
        results["bad"] = str(e)

ts = [threading.Thread(target=deep), threading.Thread(target=bad)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results["deep"])
print("RecursionError:", results["bad"])
print("limit:", sys.getrecursionlimit())

def walk(tree):
    if isinstance(tree, list):
        return sum(walk(t) for t in tree)
    return tree
tree = 1
for _ in range(200):
    tree = [tree, 1]
out = []
t = threading.Thread(target=lambda: out.append(walk(tree)))
t.start(); t.join()
print("nested walk:", out)
