import io
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor '
        'incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam,\tquis nostrud '
        'exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n'
        'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.')
for width in (80, 40, 20, 5):
    print(pprint.pformat(text, width=width))
    print(pprint.pformat({'text': text, 'list': [text[:50], text[50:120]]}, width=width))
print(pprint.pformat(['x' * 100, 'yyyy ' * 30], width=30))
print(pprint.pformat(('single string that is rather long and needs wrapping',), width=20))
print(pprint.pformat('no_spaces_at_all_' * 10, width=30))
print(pprint.pformat("quotes ' and \" mixed " * 6, width=40))
print(pprint.pformat('unicode é ü ñ → ✓ ' * 8, width=40))
blob = bytes(range(100))
print(pprint.pformat(blob))
print(pprint.pformat(blob, width=30))
print(pprint.pformat({'blob': blob[:40], 'ba': bytearray(blob[:50])}, width=40))
print(pprint.pformat(b'abcd'), pprint.pformat(bytearray()), pprint.pformat(b''))
print(pprint.pformat([b'x' * 70, b'y' * 10], width=40))

s = io.StringIO()
pprint.pprint({'a': 1, 'b': [1, 2, 3]}, stream=s, width=10)
print(repr(s.getvalue()))
pp = pprint.PrettyPrinter(stream=s, indent=3, width=30, compact=True)
pp.pprint(list(range(40)))
print(s.getvalue())
print(pprint.pformat({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_dicts=False))
print(pprint.pformat({(1, 'a'): 'tuple key', 2.5: 'float key', 'k': 'str key'}, width=30))
print(pprint.pformat([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, width=15))
print(pprint.pformat([(), [], {}, set(), frozenset(), ''], width=1))
