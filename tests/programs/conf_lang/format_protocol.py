class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        print("format spec:", repr(spec))
        if spec.endswith("c"):
            return f"{self.amount * 100:.0f} cents"
        return f"${self.amount:{spec or '.2f'}}"

    def __str__(self):
        return "Money-str"

    def __repr__(self):
        return "Money-repr"


m = Money(3.5)
print(f"{m}")
print(f"{m:10.3f}")
print(f"{m:c}")
print(f"{m!s} {m!r}")
print(format(m, ">8"))
print("{0} and {0:.1f}".format(m))
width = 12
prec = 3
print(f"[{3.14159:{width}.{prec}f}]")
print(f"[{'left':<{width}}] [{'right':>{width}}] [{'mid':^{width}}]")
print(f"[{'x':*^9}] [{42:+06d}] [{-42:=+8}]")
print(f"{1234567.891:,.2f} {1234567:_} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{0.000123:e} {12345.678:g} {0.5:%} {1/3:.3%}")
print(f"{'abc'!r:>10}|{'é'!a}")
print(f"{3+4j}  {complex(1,-1):.2f}")
print(f"{True:d} {True} {None!r:>6}")
print(f"{12:x^+8.2f}")
print("{:{}{}}".format("z", "^", 7) + "|")
try:
    f"{5:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
x = 10
print(f"{x=}, {x*2 = }, {x=:5}|, {x=!r}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{'a' 'b'}")
