class ValidationError(Exception):
    pass

def parse_age(text):
    return int(text)

def load_person(record):
    name, age = record.split(":")
    try:
        return name, parse_age(age)
    except ValueError as exc:
        raise ValidationError(f"bad age in {record!r}") from exc

people = ["ann:31", "bob:27"]
for r in people:
    print(load_person(r))
print(load_person("carl:old"))
