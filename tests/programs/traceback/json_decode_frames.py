# json's scanner is C in CPython: a decoding error, or an error in an object_hook, shows the
# frames of loads, decode and raw_decode, then the hook's own, and none of the scanner's
import json, traceback


def names(thunk):
    try:
        thunk()
    except Exception as e:
        return type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)]


def hook(d):
    return d["missing"]


print(names(lambda: json.loads('{"a": }')))
print(names(lambda: json.loads('[1, 2')))
print(names(lambda: json.loads('"\\x"')))
print(names(lambda: json.loads('{"a": {"b": 1}}', object_hook=hook)))
print(names(lambda: json.loads('[1.5]', parse_float=lambda s: int(s))))
print(names(lambda: json.loads('{"k": 1}', object_pairs_hook=lambda pairs: 1 / 0)))
print(names(lambda: json.JSONDecoder().raw_decode('nope')))
