import argparse
import sys

# a typical script: prog comes from sys.argv[0], arguments from sys.argv[1:]
parser = argparse.ArgumentParser(description='Sum some integers.')
parser.add_argument('integers', metavar='N', type=int, nargs='*', default=[1, 2, 3],
                    help='an integer for the accumulator')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
                    help='sum the integers (default: find the max)')
args = parser.parse_args()
print(args.accumulate(args.integers), parser.prog)
parser.print_help()
ns, rest = parser.parse_known_args()
print(ns.integers, rest)

cli = argparse.ArgumentParser(prog='cli', epilog='Report bugs to %(prog)s-bugs.')
cli.add_argument('-o', '--output', default='-', help='output file (default: %(default)s)')
cli.add_argument('-l', '--level', type=int, choices=range(1, 4), default=1, help='level %(choices)s')
cli.add_argument('--dry-run', action='store_true', help='do nothing, print what would be done')
cli.add_argument('files', nargs='+', help='input files')
cli.print_help()
print(cli.parse_args(['-l', '2', 'a', 'b', '--dry-run']))
sys.stderr = sys.stdout
try:
    cli.parse_args(['-l', '7', 'a'])
except SystemExit as e:
    print('exit', e.code)
try:
    cli.parse_args(['--help'])
except SystemExit as e:
    print('exit', e.code)
