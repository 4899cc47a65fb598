import io
import logging
import os
import sys
import tempfile

log = logging.getLogger('h')
log.setLevel(logging.DEBUG)
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s: %(message)s'))
log.addHandler(h)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
log.addHandler(out)
log.debug('only stdout')
log.info('both')
log.warning('warn %s', 'x')
print(repr(buf.getvalue()))
print(h, out.level, h.level, h.formatter._fmt)
h.setLevel('ERROR')
print(repr(h))
log.removeHandler(h)
log.removeHandler(h)
print(len(log.handlers))

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter('$levelname - ${message}', style='$'))
log.addHandler(dollar)
log.info('dollar style')
log.removeHandler(dollar)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


f = OnlyOdd()
out.addFilter(f)
for i in range(4):
    log.info('number %d', i)
out.removeFilter(f)
out.addFilter(lambda r: 'secret' not in r.getMessage())
log.info('public')
log.info('secret stuff')
out.filters.clear()

name_filter = logging.Filter('h.a')
rec = lambda n: logging.LogRecord(n, logging.INFO, 'p.py', 1, 'm', (), None)
print([name_filter.filter(rec(n)) for n in ['h.a', 'h.a.b', 'h.ab', 'h', 'x']])
print(logging.Filter().filter(rec('anything')))

r = logging.LogRecord('n', logging.WARNING, '/x/y/mod.py', 42, 'hello %s %d', ('a', 5), None,
                      func='fn')
print(r.getMessage(), r.levelname, r.filename, r.module, r.lineno, r.funcName, r.args)
print(repr(r))
print(type(r.created).__name__, r.msecs >= 0, r.threadName, r.processName)
r2 = logging.makeLogRecord({'msg': 'made', 'levelno': 20, 'custom': 1})
print(r2.getMessage(), r2.custom, r2.name)

fmt = logging.Formatter('%(message)s', defaults=None)
print(fmt.format(r))
fmt = logging.Formatter('%(custom)s:%(message)s', defaults={'custom': 'dflt'})
print(fmt.format(r), fmt.format(r2))
for bad in [('%(message)', '%'), ('no fields', '%'), ('{message', '{'), ('x', '!')]:
    try:
        logging.Formatter(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(nosuch)s').format(r)
except ValueError as e:
    print('ValueError', e)
fixed = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
r.created = 0.0
print(fixed.formatTime(r, '%Y') in ('1970', '1969'), fixed.usesTime())

path = os.path.join(tempfile.mkdtemp(), 'app.log')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(fh)
log.info('to file')
log.error('also to file')
fh.close()
log.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))
print(repr(fh).endswith('app.log (NOTSET)>'))
dh = logging.FileHandler(path, delay=True)
print(dh.stream)
dh.close()
os.remove(path)

nh = logging.NullHandler()
quiet = logging.getLogger('quiet')
quiet.addHandler(nh)
quiet.error('nothing printed')
print(quiet.hasHandlers())


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.setFormatter(logging.Formatter('%(levelno)s %(message)s'))
lg = logging.getLogger('list')
lg.addHandler(lh)
lg.propagate = False
lg.warning('a')
lg.error('b %s', 'c')
print(lh.records)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)

adapter = logging.LoggerAdapter(lg, {'conn': 'c1'})
lh.setFormatter(logging.Formatter('%(conn)s %(message)s'))
adapter.warning('via adapter')
print(lh.records[-1], repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['p'], msg), kwargs


lh.setFormatter(logging.Formatter('%(message)s'))
Prefix(lg, {'p': 'PRE'}).error('msg %d', 7)
print(lh.records[-1])
