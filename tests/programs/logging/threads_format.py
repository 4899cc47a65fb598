import logging
import sys
import threading
import time

log = logging.getLogger('t')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(threadName)s %(processName)s %(levelname)s %(message)s'))
log.addHandler(h)
log.setLevel(logging.INFO)

results = []
lock = threading.Lock()


def worker(n):
    for i in range(3):
        log.info('worker %d step %d', n, i)


threads = [threading.Thread(target=worker, args=(n,), name='W%d' % n) for n in range(3)]
for t in threads:
    t.start()
    t.join()
log.info('main done')

rec = logging.LogRecord('t', logging.INFO, __file__, 10, 'fixed', (), None)
rec.created = 86400 * 365 + 3723.25
rec.msecs = 250.0
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
print(f.format(rec))
f2 = logging.Formatter('%(asctime)s|%(message)s', datefmt='%d/%m/%Y %H:%M')
f2.converter = time.gmtime
print(f2.format(rec))


class UTC(logging.Formatter):
    converter = time.gmtime
    default_msec_format = '%s.%03d'


print(UTC('{asctime} {message}', style='{').format(rec))
print(isinstance(rec.process, int), rec.thread == threading.get_ident())

counter = {'n': 0}


class CountHandler(logging.Handler):
    def emit(self, record):
        counter['n'] += 1


clog = logging.getLogger('count')
clog.propagate = False
clog.addHandler(CountHandler())
ts = [threading.Thread(target=lambda: [clog.warning('x') for _ in range(200)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter['n'])

st = logging.getLogger('stack')
st.propagate = False
sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
st.addHandler(sh)


def outer():
    inner()


def inner():
    st.warning('level 1')
    st.warning('level 2', stacklevel=2)


outer()
