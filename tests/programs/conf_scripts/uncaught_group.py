def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append(ValueError("name is required"))
    if rec.get("age", 0) < 0:
        errors.append(ValueError(f"age must be >= 0, got {rec['age']}"))
    if not isinstance(rec.get("tags", []), list):
        errors.append(TypeError("tags must be a list"))
    if errors:
        raise ExceptionGroup(f"invalid record {rec.get('id')}", errors)
    return True

print(validate({"id": 1, "name": "a"}))
try:
    validate({"id": 2, "age": -1})
except* ValueError as eg:
    for e in eg.exceptions:
        print("value problem:", e)
e = ValueError("with note")
e.add_note("hint: check the input file")
e.add_note("second note")
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
validate({"id": 3, "age": -5, "tags": "x"})
