# a custom exception hierarchy for an order system; handlers at different levels
class AppError(Exception):
    code = 1
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"

class ValidationError(AppError):
    code = 10
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFound(AppError):
    code = 44

class OutOfStock(AppError):
    code = 50
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item

STOCK = {"apple": 5, "pear": 0}

def order(item, qty):
    if not isinstance(qty, int) or qty <= 0:
        raise ValidationError("qty", f"must be positive int, got {qty!r}")
    if item not in STOCK:
        raise NotFound(f"no such item {item!r}")
    if STOCK[item] < qty:
        raise OutOfStock(item, qty, STOCK[item])
    STOCK[item] -= qty
    return f"ordered {qty} {item}"

requests = [("apple", 2), ("apple", "3"), ("kiwi", 1), ("pear", 1), ("apple", 4), ("apple", 3)]
for item, qty in requests:
    try:
        print(order(item, qty))
    except ValidationError as e:
        print("invalid ->", e, "| field", e.field)
    except OutOfStock as e:
        print("stock ->", e, e.args, e.item)
    except AppError as e:
        print("app ->", e, type(e).__name__, e.code)
print(STOCK)
print([c.__name__ for c in OutOfStock.__mro__])
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(NotFound, ValidationError))
print(repr(NotFound("x")), repr(ValidationError("f", "m")))
errs = []
for item, qty in requests:
    try:
        order(item, qty)
    except Exception as e:
        errs.append(type(e).__name__)
print(errs)
try:
    raise AppError
except AppError as e:
    print(repr(str(e)), e.args)
