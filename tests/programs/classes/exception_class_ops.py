# exceptions as classes with extra behaviour
class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field + ": " + problem)
class Many(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(str(len(errors)) + " errors")
def validate(rec):
    errs = []
    for k in ("name", "age"):
        if k not in rec:
            errs.append(ValidationError(k, "missing"))
    if "age" in rec and rec["age"] < 0:
        errs.append(ValidationError("age", "negative"))
    if errs:
        raise Many(errs)
    return "valid"
for rec in [{"name": "a", "age": 1}, {}, {"name": "b", "age": -1}]:
    try:
        print(validate(rec))
    except Many as e:
        print(e, [str(x) for x in e.errors], [x.field for x in e.errors])
try:
    raise ValidationError("f", "p")
except ValueError as e:
    print(isinstance(e, ValidationError), e.args, e.field)
class Retry(Exception):
    count = 0
    def __init__(self):
        Retry.count += 1
        super().__init__("retry #" + str(Retry.count))
for _ in range(3):
    try:
        raise Retry()
    except Retry as e:
        print(e)
e = ValidationError("x", "y")
print(repr(e), e.args)
e.args = ("changed",)
print(str(e), repr(e))
