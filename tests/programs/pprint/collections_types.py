import pprint
import collections

od = collections.OrderedDict((k, k * 10) for k in 'zyxwvutsrqponm')
print(pprint.pformat(od))
print(pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list)
for i in range(20):
    dd['key%d' % (i % 7)].append(i)
print(pprint.pformat(dd))
print(pprint.pformat(collections.defaultdict(int)))
c = collections.Counter('the quick brown fox jumps over the lazy dog and keeps running')
print(pprint.pformat(c))
print(pprint.pformat(collections.Counter()))
dq = collections.deque(range(40))
print(pprint.pformat(dq))
print(pprint.pformat(collections.deque(range(40), maxlen=50)))
print(pprint.pformat(collections.deque()))
print(pprint.pformat([od, {'short': 1}], width=60))

words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']
table = {w: {'len': len(w), 'upper': w.upper(), 'letters': sorted(set(w))} for w in words}
pprint.pprint(table)
pprint.pprint(table, width=100, compact=True)
