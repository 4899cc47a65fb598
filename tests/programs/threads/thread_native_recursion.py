# native recursion in a thread (smaller stack than the main thread) ends in RecursionError
import threading, sys
def work():
    l = []
    for i in range(100000):
        l = [l]
    try:
        repr(l)
    except RecursionError as e:
        print("RecursionError", e)
    def rec(n):
        return rec(n + 1) if n < 10**6 else n
    try:
        rec(0)
    except RecursionError as e:
        print("RecursionError", e)
    d = {}
    for i in range(100000):
        d = {"k": d}
    try:
        print(len(str(d)))
    except RecursionError as e:
        print("RecursionError", e)
    class A:
        def __eq__(self, o): return self == o
    try:
        A() == A()
    except RecursionError as e:
        print("RecursionError", e)
t = threading.Thread(target=work); t.start(); t.join()
print("ok")
