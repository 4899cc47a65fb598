import argparse
import sys

def run(parser, args):
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> exit', e.code)
    finally:
        sys.stderr = saved

p = argparse.ArgumentParser(prog='git', description='A version control tool.')
p.add_argument('--git-dir', default='.git')
p.add_argument('-C', dest='cwd')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
a = sub.add_parser('add', help='add files')
a.add_argument('paths', nargs='+')
a.add_argument('-f', '--force', action='store_true')
a.set_defaults(func='do_add')
sub.add_parser('status')
p.print_help()
print('---')
c.print_help()
print('---')
a.print_usage()
for args in [
    ['commit', '-m', 'msg'],
    ['ci', '-m', 'x', '--amend'],
    ['--git-dir', 'g', 'add', 'a.py', 'b.py', '-f'],
    ['-C', 'dir', 'status'],
    [],
    ['push'],
    ['commit'],
    ['add'],
    ['status', 'extra'],
    ['commit', '-m', 'x', '--unknown'],
]:
    run(p, args)

r = argparse.ArgumentParser(prog='req')
sp = r.add_subparsers(title='commands', description='valid commands', required=True, metavar='CMD')
sp.add_parser('run', help='run it').add_argument('target')
sp.add_parser('stop', help='stop it')
r.print_help()
run(r, [])
run(r, ['run', 't1'])
r2 = argparse.ArgumentParser(prog='req2')
sp2 = r2.add_subparsers(required=True)
sp2.add_parser('one')
sp2.add_parser('two')
run(r2, [])
run(r2, ['three'])
r2.print_help()

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--debug', action='store_true')
parent.set_defaults(level=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('name')
run(child, ['n', '--debug'])
child.print_help()

res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-f', '--foo', help='old foo')
res.add_argument('--foo', help='new foo')
res.print_help()
try:
    argparse.ArgumentParser(prog='c').add_argument('-h')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', '--version', action='version', version='%(prog)s 2.3.4')
run(v, ['--version'])
run(v, ['-h'])

e = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)

x = argparse.ArgumentParser(prog='err')
saved = sys.stderr
sys.stderr = sys.stdout
try:
    x.error('custom problem')
except SystemExit as ex:
    print('exit', ex.code)
try:
    x.exit(3, 'bye\n')
except SystemExit as ex:
    print('exit', ex.code)
sys.stderr = saved

act = argparse.ArgumentParser(prog='a').add_argument('--foo', type=int, default=3, help='h')
print(repr(act))
print(argparse.ArgumentParser(prog='P', description='d'))
print(argparse.FileType('w'), argparse.FileType('rb', encoding='latin-1'))

for bad in [dict(nargs=0), dict(action='bogus'), dict(type='int'), dict(nargs=2, metavar=('a', 'b', 'c')),
            dict(nargs='x'), dict(const=1), dict(action='store_true', type=int)]:
    try:
        argparse.ArgumentParser(prog='b').add_argument('--q', **bad)
        print('ok', bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
for args, kw in [(('x',), dict(required=True)), (('x',), dict(dest='y')), (('-',), {}), (('x', 'y'), {})]:
    try:
        argparse.ArgumentParser(prog='b').add_argument(*args, **kw)
        print('ok', args)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
me = argparse.ArgumentParser(prog='me')
g = me.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
run(me, ['--a', '--b'])
try:
    g.add_argument('--c', required=True)
except ValueError as err:
    print(type(err).__name__, err)
