import textwrap
import string

para = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is easy to learn and fun to use, honestly.")
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 40)[:2])
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.fill("short", 20), textwrap.fill(para, 25, initial_indent="* ", subsequent_indent="  ")[:60])
print(string.ascii_lowercase, string.digits, string.punctuation, string.hexdigits)
print(string.capwords("hello   wide world"), string.ascii_uppercase[:5])
t = string.Template("$who likes $what; ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError:", e)
table = str.maketrans("aeiou", "12345", "xyz")
print("a quixotic yes".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(caesar))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=2), "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j))
print("{!a}".format("é"), "{:,}".format(10**9), "{:=^11,}".format(12345), "{{literal}}".format())
print(format("abc", "10"), format(3, "10"), format("x", "<3") + "|", f"{'nested':{'>'}{10}}")
width = 8
print(f"{'id':<{width}}{'name':^{width}}{'score':>{width}}")
for i, (name, sc) in enumerate([("ann", 93.456), ("bob", 7.0), ("christopher", 88.88)], 1):
    print(f"{i:<{width}}{name:^{width}.6}{sc:>{width}.1f}")
print(f"{'=' * 24}\n{sum([93.456, 7.0, 88.88]):>24.3f}")
print("a\tb".expandtabs(), "x".join("abc"), "Ab1 ".isalnum(), "١٢".isdigit(), "½".isnumeric(), "Ⅻ".isdecimal())
print("hello world".title(), "they're bill's".title(), "  x ".isspace(), "ABC".isupper(), "".isupper())
print("mississippi".split("ss"), "a b  c".rsplit(None, 1), "line1\r\nline2\rline3\n".splitlines(True))
print("%-10s|%10s|" % ("left", "right"), "%.2f%%" % 99.5, "%5s" % True, "%d" % True, "%s" % [1])
