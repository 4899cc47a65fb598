# array.array: typecodes and their range errors, the sequence and operator protocol, byte
# forms, unicode arrays, pickling and copying, subclasses and files.
import array, pickle, copy
for tc in 'bBhHiIlLqQ':
    for v in [2**70, -2**70, 2**63, 2**31, 2**15, 256, -1, 128, -129, -40000]:
        try: array.array(tc, [v])
        except Exception as e: print(tc, v, type(e).__name__, e)
for args in [('i', [1.5]), ('f', ['x']), ('z', []), ('u', [1]), ('i', 'abc'), ('u', 'abc'), ('b', b'ab'), ('i', b'abcd'), ('i', b'abc'), (1, []), ('d', [1, 2.5, True])]:
    try: print(args, array.array(*args))
    except Exception as e: print(args, type(e).__name__, e)
a = array.array('i', [1,2,3])
print(repr(a), str(a), a.itemsize, a.typecode, a[1:], a * 2, a + a, list(reversed(a)), array.typecodes, repr(array.array('d')), array.array('f', [0.1])[0])
for f in [lambda: a + array.array('d'), lambda: a[10], lambda: a.remove(9), lambda: a.index(9), lambda: array.array('i').pop(),
          lambda: a.frombytes(b'abc'), lambda: a.__setitem__(0, 'x'), lambda: a.__setitem__(slice(0, 1), [5]), 
          lambda: a.extend([1.5]), lambda: a.extend(array.array('d', [1])), lambda: a.__setitem__(9, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(a == [1,2,3], a == array.array('d', [1,2,3]), a < array.array('i', [1,3]), 2 in a)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.count(2), a.index(3))
a.reverse(); print(a.tolist()); a.fromlist([7]); print(a)
b = array.array('h', [1, -2, 300])
raw = b.tobytes(); print(raw, array.array('h', raw), bytes(b))
b.byteswap(); print(b)
u = array.array('u', 'héllo'); print(u, u.tounicode(), u.itemsize, len(u.tobytes()))
u.fromunicode('!'); print(u)
c = array.array('d', [1.5, 2.5]); c[1] = 7; print(c, c * 0, 3 * c[:1])
c += array.array('d', [9]); print(c); c *= 2; print(c)
del c[0]; print(c); del c[::2]; print(c)
print(pickle.loads(pickle.dumps(a)), copy.deepcopy(c), copy.copy(b))
class MyArr(array.array):
    def total(self):
        return sum(self)
m = MyArr('i', [1, 2, 3]); print(m.total(), type(m[1:]).__name__, isinstance(m, array.array))
print(array.ArrayType is array.array, type(a).__name__, type(a).__module__)
import io
buf = io.BytesIO(); array.array('i', [10, 20]).tofile(buf); buf.seek(0)
r = array.array('i'); r.fromfile(buf, 2); print(r)
try: r.fromfile(buf, 1)
except EOFError as e: print("EOFError", e)
print(sorted(array.array('b', [3, 1, 2])), max(array.array('f', [1.5, 0.25])))
