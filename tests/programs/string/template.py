from string import Template


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${noun}ification costs $$$amount").substitute(noun="simpl", amount=10))
print(Template("$x_1 ${_y} $z9").substitute(x_1=1, _y=[2], z9=None))
print(t.template)

attempt("missing", lambda: t.substitute(who="tim"))
attempt("bad col", lambda: Template("abc $!").substitute())
attempt("bad start", lambda: Template("$ at start").substitute())
attempt("bad line2", lambda: Template("first $a\nsecond $").substitute(a=1))
attempt("bad brace", lambda: Template("x ${1abc} y").substitute())
attempt("unclosed", lambda: Template("x ${abc y").substitute(abc=1))
attempt("nonascii", lambda: Template("$éa").substitute())
attempt("too many", lambda: Template("$x").substitute({}, {}))

print(Template("$who likes $what $ ${x $1 $$").safe_substitute(who="tim"))
print(Template("${a} and ${b}").safe_substitute({"a": 1}))
print(Template("$a$b$c").safe_substitute(a="A", c="C"))

print(Template("$x $y ${z} $x $$").get_identifiers())
print(Template("$x $y").is_valid(), Template("$x $").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("%name costs %%%{cost} ($ignored)").substitute(name="tea", cost=3))
attempt("percent bad", lambda: Percent("100% sure").substitute())
print(Percent("100% sure").safe_substitute())

letter = Template("""Dear $name,
Your order #$order ships on $day.
""")
for name, order in [("Ann", 17), ("Bob", 42)]:
    print(letter.substitute(name=name, order=order, day="Monday"), end="")
