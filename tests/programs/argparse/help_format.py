import argparse
import os
import sys

os.environ.pop('COLUMNS', None)
os.environ.pop('LINES', None)

p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files. '
                            'It has a fairly long description so that the text needs to be wrapped '
                            'across several lines of the help output.',
                            epilog='See the manual for more.')
p.add_argument('src', help='source file')
p.add_argument('dest', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true', help='less output')
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='how to run: %(choices)s')
p.add_argument('-n', '--num', type=int, metavar='N', help='a number')
p.add_argument('--tags', nargs='*', help='zero or more tags')
p.add_argument('--files', nargs='+', metavar='FILE')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a key and a value')
p.add_argument('--three', nargs=3)
p.add_argument('--opt', nargs='?', const='C', help='optional value')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--a-very-long-option-name-here', dest='long', help='an option whose name is longer than the help position so the help goes on the next line')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))

g = argparse.ArgumentParser(prog='grp')
a = g.add_argument_group('input', 'Options about input.')
a.add_argument('--in', dest='inp', help='input file')
b = g.add_argument_group('output')
b.add_argument('--out', help='output file')
m = g.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true')
m.add_argument('--xml', action='store_true')
r = g.add_mutually_exclusive_group(required=True)
r.add_argument('--red', action='store_true')
r.add_argument('--blue', action='store_true')
g.add_argument('items', nargs='*')
g.add_argument('rest', nargs=argparse.REMAINDER)
print(g.format_help())

s = argparse.ArgumentParser(prog='small', add_help=False)
print(repr(s.format_help()))
s.add_argument('x')
print(repr(s.format_help()))

w = argparse.ArgumentParser(prog='wrapper-program-name')
for i in range(12):
    w.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
w.add_argument('positional_one')
w.add_argument('positional_two', nargs='+')
print(w.format_usage())
ww = argparse.ArgumentParser(prog='a-program-with-a-really-really-long-name-that-takes-most-of-the-width-x')
for i in range(5):
    ww.add_argument('--flag-%d' % i)
ww.add_argument('pos')
print(ww.format_usage())

d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='the size')
d.add_argument('--name', default='x', help='the name')
d.add_argument('--flag', action='store_true', help='a flag')
d.add_argument('pos', nargs='?', default='p', help='a positional')
d.print_help()

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Line one\n   indented line two\n\nParagraph.')
raw.add_argument('--x', help='keeps   spaces\nnot here')
raw.print_help()
rt = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
rt.add_argument('--x', help='first line\n  second line')
rt.print_help()
u = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] files...')
u.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True, help='toggle')
u.print_help()
