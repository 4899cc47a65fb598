# unary operators on builtin types
print(-5, +5, ~5, not 5)
print(-0.5, +0.5, -(-0.5), not 0.0)
print(-True, +True, ~True, -False)
print(-(2 ** 70), ~(2 ** 70), +(2 ** 70))
print(-float("inf"), -float("nan"), -0.0, -0)
try:
    -"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -None
except TypeError as e:
    print(type(e).__name__, e)
x = 7
print(-x, - -x, --x, ---x, not not x)
print(abs(-x), -abs(x), -(x - 10))
v = [1, -2, 3]
print([-i for i in v], [~i for i in v], [not i for i in [0, 1]])
