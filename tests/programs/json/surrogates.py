import json

# lone surrogates are legal in JSON text and in Python strings
for s in ['"\\ud800"', '"\\udc00\\ud800"', '"\\ud800\\u0041"', '"\\ud800\\x"', '"\\ud800\\u12"',
          '"\\ud800\\"', '"\\ud800\\u"']:
    try:
        print(repr(s), ascii(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError", e)
print(json.dumps("\ud800x"), ascii(json.dumps("\udfff", ensure_ascii=False)))
print(ascii(json.loads(json.dumps("a\ud834b"))))
