# an error raised inside a match statement's guard
def classify(event):
    match event:
        case {"type": "click", "x": x} if x > 0:
            return "click right"
        case {"type": "key", "code": code} if code.isdigit():
            return "digit key"
        case _:
            return "other"

print(classify({"type": "click", "x": 5}))
print(classify({"type": "key", "code": "7"}))
print(classify({"type": "key", "code": 7}))
