import logging
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'run.log')
logging.basicConfig(filename=path, filemode='w', level=logging.INFO,
                    format='%(levelname)s:%(name)s:%(message)s')
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename == os.path.abspath(path), h.mode, h.level)
logging.info('first')
logging.getLogger('mod').warning('second %d', 2)
logging.debug('not written')
try:
    int('x')
except ValueError:
    logging.getLogger('mod').exception('conversion')
h.flush()
with open(path) as f:
    text = f.read()
print(text.splitlines()[:4])
print(text.rstrip().splitlines()[-1])
logging.basicConfig(filename=path, filemode='a', format='%(message)s', force=True)
logging.warning('appended')
logging.shutdown()
with open(path) as f:
    print(f.read().splitlines()[-1])
print(logging.root.level)
os.remove(path)
os.rmdir(d)
