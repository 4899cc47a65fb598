import io
import sys

def parse_commands(stream):
    results = []
    for raw in stream:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cmd, *args = line.split()
        if cmd == "add":
            results.append(sum(int(a) for a in args))
        elif cmd == "mul":
            prod = 1
            for a in args:
                prod *= int(a)
            results.append(prod)
        elif cmd == "echo":
            results.append(" ".join(args))
        else:
            results.append(f"?{cmd}")
    return results

fake = io.StringIO("add 1 2 3\n# comment\n\nmul 2 3 4\necho hi there\nfoo\n")
print(parse_commands(fake))
saved = sys.stdin
sys.stdin = io.StringIO("Alice\n30\n")
name = input("Name: ")
age = int(input("Age: "))
print(f"\nHello {name}, next year you'll be {age + 1}")
sys.stdin = saved
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", repr(e))
nums = list(map(int, "10 20 30".split()))
a, b, c = nums
print(a + b + c, max(nums))
n, *rest = map(float, "3 1.5 2.5 3.5".split())
print(int(n), rest, sum(rest) / n)
data = sys.stdin.read()
print(repr(data))
line = input()
