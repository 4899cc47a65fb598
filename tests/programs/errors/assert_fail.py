# uncaught AssertionError with a message
def check(n):
    assert n > 0, "n must be positive"
    return n
print(check(1))
print([check(i) for i in range(1, 4)])
try:
    check(0)
except AssertionError as e:
    print("caught", e)
assert True, "never shown"
check(-1)
