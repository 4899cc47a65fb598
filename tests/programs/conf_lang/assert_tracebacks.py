import traceback

def check(items):
    assert isinstance(items, list), "need a list"
    assert len(items) > 0, "empty"
    return items[0]

for arg in ([3], (), []):
    try:
        print(check(arg))
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)

def validate(user):
    assert user.get("name")
    return user["name"]

try:
    validate({})
except AssertionError:
    traceback.print_exc()

print(validate({"name": "ok"}))
config = {"debug": False}
assert config["debug"]
