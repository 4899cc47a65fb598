import pprint

data = {
    'name': 'gilpy',
    'versions': [3.9, 3.10, 3.11],
    'nested': {'a': [1, 2, 3] * 8, 'b': ('x', 'y') * 10, 'c': {'deep': {'deeper': list(range(5))}}},
    'empty': [], 'etuple': (), 'edict': {}, 'single': (1,),
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4,
    'multiline': 'line one\nline two is a bit longer than the first\n' * 3,
    'set': set(range(30)), 'fset': frozenset('abcdefghijklmnopqrstuvwxyz'),
    'bytes': bytes(range(60)), 'ba': bytearray(b'hello world, this is a bytearray ' * 3),
    42: None, 'bool': True, 'float': 1.5e300,
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, compact=True))
print(pprint.pformat(data, sort_dicts=False, width=120))
pprint.pp({'z': 1, 'a': 2, 'm': [1] * 50})
print(pprint.pformat(list(range(100)), compact=True, width=50))
print(pprint.pformat([list(range(10))] * 5, compact=True, width=30))
print(pprint.pformat({'key': 'value' * 30}, width=30))
print(pprint.pformat('a' * 200))
print(pprint.pformat(['a' * 200]))
print(pprint.pformat('short'))
print(pprint.pformat((('a' * 30, 'b' * 30),), width=40))
print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat([1234567, 7654321] * 10, underscore_numbers=True))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
