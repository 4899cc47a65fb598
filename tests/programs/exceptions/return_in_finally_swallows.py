# return/break in finally swallows the in-flight exception
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            return "inner finally"
    except KeyError:
        return "never"
print(nested())
def in_handler():
    try:
        raise TypeError("t")
    except TypeError:
        raise RuntimeError("from handler")
    finally:
        return "swallowed handler error"
print(in_handler())
def loop_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out, i=%d" % i
print(loop_break())
import sys
def state():
    try:
        raise ValueError("x")
    finally:
        return sys.exc_info()[0].__name__
print(state(), sys.exc_info())
def side_effect():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(side_effect())
def rebinding():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding())
def gen():
    try:
        yield 1
        raise ValueError("in gen")
    finally:
        return
print(list(gen()))
count = 0
def deep(n):
    global count
    try:
        if n == 0:
            raise IndexError
        return deep(n - 1)
    finally:
        count += 1
        if n == 2:
            return "stopped at 2"
print(deep(5), count)
