import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s')
log = logging.getLogger('app')
log.debug('debug %d', 1)
log.info('info %s', 'two')
log.warning('warning')
log.error('error %r', [3])
log.critical('critical')
log.log(25, 'custom level')
logging.info('module level info')


def helper():
    log.info('from helper')


helper()
print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(25),
      logging.getLevelName('NOPE'))
logging.addLevelName(25, 'NOTICE')
log.log(25, 'now named')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)

child = logging.getLogger('app.db.conn')
print(child.parent is log, child.name, child.getEffectiveLevel())
mid = logging.getLogger('app.db')
print(child.parent is mid, mid.parent is log, log.parent is logging.root)
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
print(logging.getLogger('app') is log, log.getChild('db') is mid)
print(repr(log), repr(logging.root), repr(child))

log.setLevel(logging.WARNING)
print(log.isEnabledFor(logging.INFO), child.isEnabledFor(logging.INFO),
      child.getEffectiveLevel(), child.level)
child.info('suppressed')
child.warning('shown via propagation')
child.setLevel('DEBUG')
child.debug('child debug')
log.setLevel(logging.NOTSET)

log.info('dict args %(a)s and %(b)s', {'a': 1, 'b': 2})
log.info('percent literal 100%%')
log.info({'not': 'a string'})
log.info('extra: %s', 'x', extra={'user': 'bob'})

for bad in ['NOPE', 3.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
try:
    log.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)

logging.disable(logging.WARNING)
log.warning('disabled')
log.error('still shown')
logging.disable(logging.NOTSET)
log.warning('enabled again')
print(log.hasHandlers(), logging.root.hasHandlers())
log.propagate = False
print(log.hasHandlers())
log.error('not propagated, no handlers -> lastResort to stderr')
log.propagate = True
print(sorted(logging.getLevelNamesMapping().items()))
