import string
from string import Template, Formatter

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable))
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"))
print(t.substitute({"who": "Ann", "what": "pear"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(t.safe_substitute(who="Z"))
print(Template("$a $b").safe_substitute(a=1))
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("${x}y").template)
class Pct(Template):
    delimiter = "%"
print(Pct("100%val done").substitute(val="pct"))
print(string.capwords("hello   wORLD  foo"))
print(string.capwords("a-b-c", "-"))
f = Formatter()
print(f.format("{0} and {1:>5} {name!r}", "x", "y", name="n"))
print(list(f.parse("a{0}b{x:3}c{{}}")))
print(Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else None)
print(Template("$x $y $x").is_valid())
