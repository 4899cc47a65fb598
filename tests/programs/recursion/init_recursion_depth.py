# How deep a chain of class calls (each running __init__) goes before RecursionError, and its message
import sys
depth = 0
class Deep:
    def __init__(self, n):
        global depth
        depth = n
        Deep(n + 1)
def f(n):
    global depth
    depth = n
    f(n+1)
for lim in (100, 1000, 157):
    sys.setrecursionlimit(lim)
    try:
        Deep(0)
    except RecursionError as e:
        print(lim, depth, e)
    try:
        f(0)
    except RecursionError as e:
        print(lim, depth, e)
    def g(n):
        global depth
        depth = n
        try:
            Deep(0)
        except RecursionError as e:
            print('inner', depth, e)
    g(0)
