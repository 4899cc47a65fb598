# sys.getrecursionlimit / setrecursionlimit
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(1500)
except RecursionError as e:
    print("1500 with default limit:", type(e).__name__)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print("1500 with limit 3000:", depth(1500))
sys.setrecursionlimit(1000)
try:
    depth(1500)
except RecursionError:
    print("limit restored, 1500 fails again")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
print(depth(900))
