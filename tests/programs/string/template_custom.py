import string
class T(string.Template):
    idpattern = r'[a-z]+'
print(T("$abc1 ${x} $$ $Q").safe_substitute(abc="A", x="X"))
class P(string.Template):
    delimiter = '#'
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''
print(P("#a ## #{b} #").safe_substitute(a=1, b=2))
try: P("x #1").substitute()
except ValueError as e: print(e)
print(T("$abc $x").get_identifiers())


class Braces(string.Template):
    braceidpattern = r"[a-z][a-z0-9 ]*"


print(Braces("${first name} and $x").substitute({"first name": "Ann", "x": 1}))
