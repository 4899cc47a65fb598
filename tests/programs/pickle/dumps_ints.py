# pickle.dumps byte output for None, bools and ints of every size class, protocols 0..5, plus round trips.
import hashlib
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        if len(d) > 120:
            print(p, len(d), hashlib.sha1(d).hexdigest(), d[:16], d[-8:])
        else:
            print(p, d)
        y = pickle.loads(d)
        if y != x or type(y) is not type(x):
            print("  ROUND TRIP MISMATCH", p, repr(y))


print("DEFAULT_PROTOCOL", pickle.DEFAULT_PROTOCOL)
print("HIGHEST_PROTOCOL", pickle.HIGHEST_PROTOCOL)
show("None", None)
show("True", True)
show("False", False)
for n in [0, 1, 127, 128, 255, 256, 65535, 65536, -1, -2, -255, -256,
          2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63,
          -2**63, -2**63 - 1, 2**64, 2**100, -2**100, 2**2000, -2**2000 + 7,
          255 << 2040]:
    show("int %d bits, sign %d" % (n.bit_length(), (n > 0) - (n < 0)), n)
# sanity: None/True/False come back as the singletons
for p in range(6):
    print(p, pickle.loads(pickle.dumps(None, p)) is None,
          pickle.loads(pickle.dumps(True, p)) is True,
          pickle.loads(pickle.dumps(False, p)) is False)
# the default protocol (no argument) and protocol=None / negative
print(pickle.dumps(1000))
print(pickle.dumps(1000, None))
print(pickle.dumps(1000, -1))
print(pickle.dumps(1000, protocol=2))
print(pickle.dumps([1, 2], protocol=-1) == pickle.dumps([1, 2], pickle.HIGHEST_PROTOCOL))
