import json

def load(text):
    try:
        return json.loads(text)
    except ValueError:
        return None

print(load('{"a": 1}'), load("nope"))

def handler():
    try:
        return 1 / 0
    except ZeroDivisionError:
        log = {}
        return log["missing"]

handler()
