import json

def level3(data):
    return data["items"][5]

def level2(text):
    data = json.loads(text)
    return level3(data)

def level1():
    return [level2('{"items": [1, 2, 3]}') for _ in range(1)]

try:
    level1()
except IndexError as e:
    print("first:", e)
    import traceback
    print(traceback.format_exc().splitlines()[-1])
    tb = traceback.extract_tb(e.__traceback__)
    print([fr.name for fr in tb])

class Weird(Exception):
    pass

def gen():
    yield 1
    raise Weird("inside generator")

for v in gen():
    print("got", v)
