import json

print(json.loads('{"a": [1, 2.5, "x", true, false, null]}'))
print(json.loads("[1e3, -0, 1E-2]"))
print(json.loads('"\\u00e9\\n"'))
print(json.loads('  42 '))
print(json.loads('{"a": 1, "a": 2}'))
bad = ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}', "[1] x", '"abc', "01", '{"a":1}}', "[,]", "NaN", '"\\x"', "\x00"]
for b in bad:
    try:
        print(repr(b), json.loads(b))
    except json.JSONDecodeError as e:
        print(repr(b), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1.5}', parse_float=str))
print(json.loads('{"x": 15}', parse_int=float))
print(json.loads('[{"a":1},{"b":2}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=list))
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
try:
    json.loads('{\n  "a": 1,\n  "b": \n}')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.loads(b'[1, 2]'))
round_trip = {"k": [1, {"z": None}], "s": "t"}
print(json.loads(json.dumps(round_trip)) == round_trip)
