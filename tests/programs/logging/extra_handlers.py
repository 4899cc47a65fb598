import logging
import logging.handlers
import os
import queue
import sys
import tempfile

log = logging.getLogger('mem')
log.propagate = False
log.setLevel(logging.DEBUG)
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target: %(levelname)s %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mem)
log.info('one')
log.info('two')
print('buffered', len(mem.buffer))
log.info('three')
print('after capacity', len(mem.buffer))
log.debug('four')
log.error('five flushes')
log.info('six')
mem.close()
log.removeHandler(mem)

buf = logging.handlers.BufferingHandler(2)
log.addHandler(buf)
log.info('a')
print(len(buf.buffer), buf.shouldFlush(buf.buffer[0]))
log.info('b')
print(len(buf.buffer))
log.removeHandler(buf)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger('queued')
qlog.propagate = False
qlog.addHandler(qh)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('listener: %(name)s %(message)s'))
listener = logging.handlers.QueueListener(q, out)
listener.start()
for i in range(3):
    qlog.warning('queued %d', i)
listener.stop()
rec = qh.prepare(logging.LogRecord('r', 30, 'f', 1, 'x=%s', (5,), None))
print(rec.msg, rec.args, rec.message)

d = tempfile.mkdtemp()
path = os.path.join(d, 'rot.log')
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
rlog = logging.getLogger('rot')
rlog.propagate = False
rlog.addHandler(rh)
for i in range(8):
    rlog.warning('line number %d', i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
    os.remove(os.path.join(d, name))
