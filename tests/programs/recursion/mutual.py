# mutual recursion
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(10), is_even(7), is_odd(7))
print(is_even(800), is_odd(799))
def ping(n, log):
    if n == 0:
        return log
    log.append("ping")
    return pong(n - 1, log)
def pong(n, log):
    if n == 0:
        return log
    log.append("pong")
    return ping(n - 1, log)
print(ping(5, []))
try:
    is_even(-1)
except RecursionError as e:
    print(type(e).__name__, e)
