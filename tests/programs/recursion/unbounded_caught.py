# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
depth = 0
def track():
    global depth
    depth += 1
    track()
try:
    track()
except RecursionError:
    print("depth reached is between 900 and 1000:", 900 < depth <= 1000)
def again():
    return again()
for attempt in range(3):
    try:
        again()
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__)
print("program continues normally")
