# raising a custom exception with the wrong constructor arguments: the TypeError replaces it
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field

try:
    raise ValidationError("age", "negative")
except ValidationError as e:
    print("caught:", e, e.field)

def validate(age):
    if age < 0:
        raise ValidationError("age must not be negative")

validate(-5)
