import logging
import sys
import warnings

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
logging.root.addHandler(out)
logging.root.setLevel(logging.DEBUG)

# children created before their parents get re-parented when the parent appears
c = logging.getLogger('a.b.c')
print(c.parent.name)
b = logging.getLogger('a.b')
print(c.parent is b, b.parent.name)
a = logging.getLogger('a')
print(b.parent is a, c.parent is b)
x = logging.getLogger('a.b.c.d.e')
print(x.parent is c)
d = logging.getLogger('a.b.c.d')
print(x.parent is d, d.parent is c)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith('a')))
print(type(logging.Logger.manager.loggerDict['a.b.c']).__name__)

a.setLevel(logging.ERROR)
print([lg.getEffectiveLevel() for lg in (a, b, c, d, x)])
x.warning('blocked by a')
x.error('passes')
b.setLevel(logging.INFO)
print([lg.getEffectiveLevel() for lg in (a, b, c, d, x)])
x.info('now passes')
a.disabled = True
a.error('disabled logger')
a.disabled = False


class AppLogger(logging.Logger):
    def trace(self, msg, *args):
        self.log(5, 'TRACE ' + msg, *args)


logging.setLoggerClass(AppLogger)
app = logging.getLogger('app.custom')
print(type(app).__name__, logging.getLoggerClass().__name__)
app.setLevel(1)
app.trace('hello %s', 'trace')
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom_attribute = 'CA'
    return record


logging.setLogRecordFactory(factory)
out.setFormatter(logging.Formatter('%(custom_attribute)s %(message)s'))
logging.getLogger('f').info('with factory')
logging.setLogRecordFactory(old_factory)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))

logging.captureWarnings(True)
pyw = logging.getLogger('py.warnings')
pyw.addHandler(out)
pyw.propagate = False
# the message starts with the script's path, which depends on where the checkout lives
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message).0s'))
warnings.warn('captured warning')
logging.captureWarnings(False)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    logging.getLogger('dep').warn('old api')
    print(w[0].category.__name__, w[0].message)


class Ctx(logging.Filter):
    def filter(self, record):
        record.user = 'alice'
        return True


lg = logging.getLogger('ctx')
lg.addFilter(Ctx())
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(user)s did %(message)s'))
lg.addHandler(h)
lg.propagate = False
lg.info('login')
lg.removeFilter(lg.filters[0])
print(len(lg.filters))
logging.shutdown()
print('done')
