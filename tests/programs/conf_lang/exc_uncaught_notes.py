def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record was: {record!r}")
        err.add_note("ids are required")
        raise err
    return record["id"]

print(validate({"id": 7}))
validate({"name": "x"})
