# __traceback__ and with_traceback (without printing frames)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno)
def inner():
    raise ValueError("in inner")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    lines = []
    t = e.__traceback__
    while t is not None:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
e = KeyError("k")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise e
except KeyError as caught:
    print(caught is e, caught.__traceback__ is not None)
try:
    try:
        raise TypeError("first")
    except TypeError as first:
        saved_tb = first.__traceback__
    raise RuntimeError("second").with_traceback(saved_tb)
except RuntimeError as r:
    print(r, r.__traceback__.tb_next is not None or r.__traceback__.tb_lineno > 0)
