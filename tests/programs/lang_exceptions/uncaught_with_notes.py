# Uncaught exception carrying notes (add_note), with an implicit context.
def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record: {record!r}")
        err.add_note("hint: every record needs an id")
        raise err


def process(records):
    for i, r in enumerate(records):
        try:
            validate(r)
        except KeyError as e:
            e.add_note(f"at index {i}")
            raise


try:
    process([{"id": 1}, {"name": "x"}])
except KeyError as e:
    print("notes:", e.__notes__)
    print(type(e.__notes__).__name__)

e = ValueError("plain")
try:
    e.add_note(5)
except TypeError as ex:
    print("TypeError", ex)
e.__notes__ = ["direct"]
e.add_note("appended")
print(e.__notes__)
try:
    raise RuntimeError("first problem")
except RuntimeError:
    process([{}])
