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

p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dest', nargs='?', default='out')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-n', '--num', type=int, default=5)
p.add_argument('--ratio', type=float)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('-I', dest='include', action='append', default=[])
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--list', nargs='*', type=int)
p.add_argument('--pair', nargs=2)
p.add_argument('--opt', nargs='?', const='CONST', default='DEF')
p.add_argument('--ext', action='extend', nargs='+')

for args in [
    ['in.txt'],
    ['in.txt', 'o.txt'],
    ['-vvv', 'x'],
    ['-v', '-v', '--verbose', 'x', '-q'],
    ['x', '--no-color', '-n', '7'],
    ['x', '-n7', '--num=8'],
    ['x', '--ratio', '2.5', '--mode', 'b'],
    ['x', '-I', 'a', '-Ib', '-I=c'],
    ['x', '--const', '--tag', '--tag'],
    ['x', '--list', '1', '2', '3'],
    ['x', '--list'],
    ['--list', '1', '2', '--', 'x'],
    ['x', '--pair', 'k', 'v'],
    ['x', '--opt'],
    ['x', '--opt', 'val'],
    ['x', '--ext', 'a', 'b', '--ext', 'c'],
    ['x', '-vq'],
    ['x', '--verb'],
    ['--', '-x'],
    ['x', '-n', '-3'],
    [],
    ['x', 'y', 'z'],
    ['x', '-n', 'abc'],
    ['x', '--ratio', 'nan?'],
    ['x', '--mode', 'c'],
    ['x', '--pair', 'k'],
    ['x', '-n'],
    ['x', '--bogus'],
    ['x', '-q=1'],
]:
    run(p, args)

ns, extra = p.parse_known_args(['x', '--unknown', 'u', '-q', 'y', 'z'])
print(ns, extra)
ns = argparse.Namespace(existing=1)
print(p.parse_args(['x'], namespace=ns))
print(argparse.Namespace(a=1, b='x') == argparse.Namespace(a=1, b='x'), 'a' in argparse.Namespace(a=1))
print(vars(argparse.Namespace(z=1, a=2)))

q = argparse.ArgumentParser(prog='q')
q.add_argument('first', type=int)
q.add_argument('middle', nargs='*')
q.add_argument('last')
run(q, ['1', 'a', 'b', 'c'])
run(q, ['1', 'c'])
run(q, ['1'])
q2 = argparse.ArgumentParser(prog='q2')
q2.add_argument('nums', nargs='+', type=int)
q2.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max)
ns = q2.parse_args(['1', '2', '3', '--sum'])
print(ns.nums, ns.accumulate(ns.nums))
ns = q2.parse_args(['4', '5'])
print(ns.accumulate(ns.nums))
run(q2, [])
run(q2, ['a'])
q3 = argparse.ArgumentParser(prog='q3')
q3.add_argument('xy', nargs=2, type=float)
q3.add_argument('-x', type=lambda s: int(s, 16))
run(q3, ['1', '2.5', '-x', 'ff'])
run(q3, ['1'])
run(q3, ['1', '2', '-x', 'zz'])

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
q4 = argparse.ArgumentParser(prog='q4', allow_abbrev=False)
q4.add_argument('--count', type=positive, required=True)
q4.add_argument('--cfg', default='3', type=int)
run(q4, ['--count', '3'])
run(q4, ['--count', '-1'])
run(q4, ['--count', '0'])
run(q4, ['--cou', '1'])
run(q4, [])
q4.set_defaults(extra='yes', cfg='9')
run(q4, ['--count', '2'])
print(q4.get_default('extra'), q4.get_default('cfg'), q4.get_default('nothing'))

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--foobar')
run(amb, ['--fo', '1'])
run(amb, ['--foob', '1'])
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('x', nargs='?')
run(neg, ['-1'])
run(neg, ['-5'])
