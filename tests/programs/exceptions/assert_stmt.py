# assert statement
def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], {"k": "v"}
except AssertionError as e:
    print(e.args[0])
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated:", calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (lambda: 0)(), 12
except AssertionError as e:
    print(e.args)
print(__debug__)
