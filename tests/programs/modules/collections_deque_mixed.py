# collections.deque and defaultdict: operations, errors, repr, iteration, threads
from collections import deque, defaultdict
d=deque([1,2],maxlen=3)
for op in ['d.insert(0,5); d.insert(0,6)', 'deque(maxlen=-1)', 'deque(maxlen="a")', 'd[5]', 'd["a"]', 'd[1:2]', 'd.index(99)', 'd.remove(99)', 'd+[1]', 'deque()[0]', 'hash(d)', 'deque().pop()','deque().popleft()', 'd.rotate("x")','d*"a"', 'deque([1,2,3]).index(2, 0, 1)']:
    try: exec(op); print(op, 'ok', d)
    except Exception as e: print(op, type(e).__name__, e)
print(repr(deque()), repr(deque([1],maxlen=2)), deque([1,2])==deque([1,2]), deque([1])<deque([2]), deque([1])==[1])
class M(deque): pass
print(M([1]), repr(M([1],5)))
it=iter(d); d.append(9)
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(type(iter(d)), type(reversed(d)), d.maxlen, len(d), list(reversed(d)))
print(deque([1,2])*2, 3*deque([1]), deque('abc', 2))
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-4); print(d); d.reverse(); print(d)
d.extendleft([100, 200]); print(d, d.count(3), 3 in d, 99 in d, bool(deque()), bool(d))
d[0] = 'x'; del d[1]; print(d, d[-1], d.pop(), d.popleft(), d)
e = d.copy(); e += [1]; e *= 2; print(e == d, len(e))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, sorted(dd))
try: defaultdict(1)
except TypeError as ex: print(ex)
r = deque(); r.append(r); print(r)
print(deque([3,1,2]).__class__, deque.__module__)
import threading
q = deque()
def prod():
    for i in range(20000): q.append(i)
ts=[threading.Thread(target=prod) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(q))
got=[]
def cons():
    while True:
        try: got.append(q.popleft())
        except IndexError: return
ts=[threading.Thread(target=cons) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(got), sorted(got)==sorted(list(range(20000))*4))
