import json

cases = ['', ' ', '{', '[', '[1', '[1,', '[1,]', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
         '{1:2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"a\x01"', '01', '1.', '1e',
         '-', '-a', 'nul', 'tru', '[1 2]', '{"a" 1}', '1 2', '\ufeff1', '[1,2,3]x', '{"a":1 "b":2}',
         '2.', '[,]', '{,}', '[\n1,\n2,\n]', '"\\u', '"\\u123', '"\\u1234', '"tab\there"', '"abc\x01',
         '\n\n  {"a":\n  bad}', '-Inf', 'truex', "{'a': 1}", '[1, 2', 'undefined', '[.5]', '[+1]',
         '{"a": [1, 2}', '{"a"}', '"\\"', '[1]]', '\t\n\r ']
for s in cases:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == s)

try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError", e)

# bytes input, with encoding detection
print(json.loads(b'{"a": [1, 2]}'))
print(json.loads(bytearray(b'[true]')))
print(json.loads('["\u00e9"]'.encode('utf-8')))
print(json.loads('["x"]'.encode('utf-8-sig')))
print(json.loads('[1]'.encode('utf-16')))
print(json.loads('[1]'.encode('utf-16-le')), json.loads('[1]'.encode('utf-16-be')))
print(json.loads('[1]'.encode('utf-32')), json.loads('[1]'.encode('utf-32-le')))
print(json.loads(b'7'), json.loads(b'12'))

# strict=False allows control characters in strings
print(repr(json.loads('"a\tb\nc"', strict=False)))

# JSONDecodeError is a ValueError and can be constructed directly
err = json.JSONDecodeError("Custom problem", "line one\nline two\nline three", 15)
print(err, err.lineno, err.colno, isinstance(err, ValueError))
try:
    json.loads('{"key": value}')
except ValueError as e:
    print(type(e).__name__, e.args)

# valid edge cases
for s in ['-0', '-0.0', '1E+2', '1e-2', '12.5e3', '0.000001', '1e-7', '[-0, 0.0]', '1e400',
          '"\\u20ac\\ud83d\\ude00x"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '{"a":1,"a":2}',
          '123456789012345678901234567890', '  [  ]  ', '{ }', '"\\u0000"', '[1e400, -1e400, 1.5e-400]']:
    print(repr(s), "->", repr(json.loads(s)))
