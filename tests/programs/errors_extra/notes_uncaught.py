# exception notes added with add_note are printed after the message
def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record was {record!r}")
        err.add_note("every record needs an id")
        raise err

def load(records):
    for i, r in enumerate(records):
        try:
            validate(r)
        except KeyError as e:
            e.add_note(f"while loading record {i}")
            raise

load([{"id": 1}, {"name": "x"}])
