# UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError made by hand: their
# argument checks, their attributes, and str() built from the attributes as they are now.
for args in [(), ('utf-8', b'ab', 0, 1, 'bad'), ('utf-8', 'ab', 0, 1, 'bad'), ('utf-8', b'ab', 0, 1), (1, b'ab', 0, 1, 'r'), ('u', b'ab', 'x', 1, 'r'), ('u', bytearray(b'ab'), 0, 1, 'r')]:
    try:
        e = UnicodeDecodeError(*args)
        print(repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e))
    except Exception as x:
        print(type(x).__name__, x)
for args in [(), ('ascii', 'é', 0, 1, 'bad'), ('ascii', b'x', 0, 1, 'bad'), ('ascii', 'éé', 0, 2, 'bad')]:
    try:
        e = UnicodeEncodeError(*args)
        print(repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e))
    except Exception as x:
        print(type(x).__name__, x)
for args in [(), ('é', 0, 1, 'bad'), (b'x', 0, 1, 'r')]:
    try:
        e = UnicodeTranslateError(*args)
        print(repr(e), e.args, e.object, e.start, e.end, e.reason, str(e))
    except Exception as x:
        print(type(x).__name__, x)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
e.start = 5
print(str(e))
e.reason = 'r2'; e.end = 0; print(str(e))
class E(UnicodeDecodeError): pass
try:
    raise E
except TypeError as x:
    print("TE", x)

class Quiet(UnicodeEncodeError):
    def __init__(self):
        pass

q = Quiet()
print("own __init__", q.args)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    e.end = 1
    print(e)
try:
    b"ok\xffz".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e.object).__name__, e.start, e.end, e)
    print(e.args)
try:
    "aé€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.args, e)
