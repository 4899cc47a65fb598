# pickle.dumps and loads of a mixed structure (ints, floats, strings, tuples, dicts, lists)
# at the default protocol, many times.
import pickle

data = {
    'ints': list(range(500)),
    'floats': [i * 0.5 for i in range(200)],
    'names': ['name-%d' % i for i in range(200)],
    'pairs': [(i, str(i)) for i in range(200)],
    'nested': {str(i): {'a': i, 'b': [i, i + 1]} for i in range(100)},
}
n = 0
for _ in range(150):
    blob = pickle.dumps(data)
    back = pickle.loads(blob)
    n += len(blob)
print(n, back == data)
