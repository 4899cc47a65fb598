# Generators clean up when closed or garbage collected
import gc
import sys

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)

def reader(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print("close", name)

g = reader("a")
print(next(g))
g.close()
print("closed explicitly, running:", g.gi_running, "frame:", g.gi_frame)

g = reader("b")
print(next(g))
del g
print("after del b")

for line in reader("c"):
    print(line)
    break
print("after break")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, yielding again")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del s
print("after stubborn deleted")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup then return")
        return

c = catcher()
next(c)
print("close returns:", c.close())

unstarted = reader("never")
del unstarted
print("unstarted generator: no open/close")

def counting():
    n = 0
    while True:
        try:
            yield n
        finally:
            print("finally at", n)
        n += 1

cg = counting()
next(cg); next(cg)
cg = None
print("done")
