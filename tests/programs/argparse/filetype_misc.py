import argparse
import os
import sys
import tempfile

d = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(d)
path = 'in.txt'
with open(path, 'w') as f:
    f.write('hello file\n')

p = argparse.ArgumentParser(prog='ft')
p.add_argument('infile', type=argparse.FileType('r'))
p.add_argument('-o', '--out', type=argparse.FileType('w'), default=sys.stdout)
ns = p.parse_args([path, '-o', os.path.join(d, 'out.txt')])
print(ns.infile.read().strip(), os.path.basename(ns.out.name))
ns.out.write('written\n')
ns.out.close()
ns.infile.close()
with open(os.path.join(d, 'out.txt')) as f:
    print(f.read().strip())
ns = p.parse_args(['-'])
print(ns.infile is sys.stdin, ns.out is sys.stdout)
sys.stderr = sys.stdout
try:
    p.parse_args(['missing.txt'])
except SystemExit as e:
    print('exit', e.code)
sys.stderr = sys.__stderr__

# prefix chars, fromfile, argument_default, intermixed options
q = argparse.ArgumentParser(prog='pc', prefix_chars='-+', fromfile_prefix_chars='@')
q.add_argument('+v', action='store_true')
q.add_argument('-x', type=int, default=0)
q.add_argument('rest', nargs='*')
argsfile = os.path.join(d, 'args.txt')
with open(argsfile, 'w') as f:
    f.write('-x\n5\nfromfile\n')
print(q.parse_args(['+v', '@' + argsfile, 'more']))
q.print_help()
r = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
r.add_argument('--a')
r.add_argument('--b', default=1)
print(r.parse_args([]), r.parse_args(['--a', 'z']))
t = argparse.ArgumentParser(prog='mv', formatter_class=argparse.MetavarTypeHelpFormatter)
t.add_argument('--n', type=int)
t.add_argument('val', type=float)
t.print_help()
u = argparse.ArgumentParser(prog='dflt')
u.add_argument('--level', type=int, default='3')
u.add_argument('--names', nargs='+', default=['a'])
u.add_argument('--flag', action=argparse.BooleanOptionalAction)
print(u.parse_args([]), u.parse_args(['--no-flag', '--level', '4', '--names', 'x', 'y']))
u.print_usage()
os.unlink(path)
os.unlink(argsfile)
os.unlink(os.path.join(d, 'out.txt'))
os.chdir(old_cwd)
os.rmdir(d)
