try:
    raise ValueError("base")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__)

try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)

def risky(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

errors = []
for i in range(4):
    try:
        risky(i)
    except Exception as e:
        errors.append(e)

eg = ExceptionGroup("many", errors)
print(repr(eg))
print(str(eg), len(eg.exceptions))
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: "3" in str(e))))

try:
    raise eg
except* ValueError as g:
    print("handled values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("handled types:", [str(x) for x in g.exceptions])

try:
    try:
        raise ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [OSError("b")])])
    except* OSError as g:
        print("OSError part:", repr(g))
except ExceptionGroup as g:
    print("left over:", repr(g))

try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped:", repr(g))

try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
