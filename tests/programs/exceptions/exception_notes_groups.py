# add_note and exception groups (3.11)
try:
    e = ValueError("base")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except ValueError as err:
    print(err, err.__notes__)
eg = ExceptionGroup("several", [ValueError("v"), TypeError("t"), ValueError("w")])
print(eg, len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
match, rest = eg.split(ValueError)
print(match, [str(x) for x in match.exceptions], rest, [str(x) for x in rest.exceptions])
try:
    raise eg
except* ValueError as g:
    print("star caught values", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("star caught types", [str(x) for x in g.exceptions])
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
sub = eg.subgroup(lambda x: isinstance(x, TypeError))
print(sub, sub.exceptions)
