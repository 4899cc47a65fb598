import logging
import sys

# no configuration: warnings go to stderr via lastResort (bare message)
logging.getLogger('x').warning('last resort %d', 1)
logging.getLogger('x').info('dropped')
print(logging.root.handlers)
# the module-level function installs a handler on stderr
logging.warning('configured now')
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, format='%(message)s')
print(len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(message)s', force=True)
logging.error('after force')
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(style='!', force=True)
except ValueError as e:
    print('ValueError', e)
logging.basicConfig(stream=sys.stdout, style='{', format='{levelname}/{message}', force=True,
                    level='INFO')
logging.info('brace style')
logging.debug('hidden')


def risky():
    return {}['missing']


try:
    risky()
except KeyError:
    logging.exception('lookup failed')
try:
    raise ValueError('bad value')
except ValueError as e:
    logging.error('caught', exc_info=e)
    logging.getLogger('q').warning('with tuple', exc_info=sys.exc_info())
logging.critical('the end')
logging.getLogger('x').error('stderr fails program')
sys.exit(3)
