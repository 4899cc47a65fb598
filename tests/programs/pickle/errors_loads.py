# Errors raised while unpickling malformed data: truncation, empty input, bad opcodes, bad protocol, memo and stack errors.
import pickle

cases = [
    b"",
    b"\x80\x04K",
    b"zz",
    b"\x80\x09.",
    b"\x80\x06N.",
    b"garbage",
    b"N",
    b".",
    b"(.",
    b"K",
    b"I12",
    b"Ixyz\n.",
    b"F1.5x\n.",
    b"S'abc\n.",
    b"Sabc\n.",
    b"X\x05\x00\x00\x00ab",
    b"X\xff\xff\xff\xff",
    b"B\x05\x00\x00\x00ab",
    b"\x8c\x02a",
    b"h\x05.",
    b"g7\n.",
    b"q\x00.",
    b"a.",
    b"ta.",
    b"(K\x01u.",
    b"}K\x01s.",
    b"\x94.",
    b"cbuiltins\nnope\n.",
    b"cno_such_module_xyz\nf\n.",
    b"\x80\x02\x81.",
    b"\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
    b"(N",
    b"0.",
    b"1.",
    b"(1.",
    b"\xff",
    b"\x00",
    b"X\x02\x00\x00\x00\xff\xfe.",
    # well-formed but unusual inputs that do load
    b"\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N.",
    b"L12\n.",
    b"L12L\n.",
    b"I01\n.",
    b"I00\n.",
    b"I1\nI2\n.",
    b"NN.",
    b"\x8a\x00.",
    b"\x8a\x02\xff\x7f.",
    b"V\\u00e9\n.",
    b"N.trailing bytes are ignored",
]
for c in cases:
    try:
        r = pickle.loads(c)
    except Exception as e:
        print(c, type(e).__name__ + ":", e, "| UnpicklingError" if isinstance(e, pickle.UnpicklingError) else "")
    else:
        print(c, "->", type(r).__name__, repr(r))

# argument type checks
for arg in ("N.", 5, None):
    try:
        pickle.loads(arg)
    except Exception as e:
        print("loads(%r)" % (arg,), type(e).__name__ + ":", e)
print("bytearray input:", pickle.loads(bytearray(b"K\x07.")))
# EOFError is not an UnpicklingError, but both are Exceptions
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError caught", isinstance(e, pickle.UnpicklingError))
# truncation at every prefix of a valid pickle gives an error, never a wrong value
good = pickle.dumps({"key": [1, 2.5, "v"], "n": None}, 4)
results = set()
for i in range(len(good)):
    try:
        pickle.loads(good[:i])
        results.add("loaded?!")
    except Exception as e:
        results.add(type(e).__name__)
print(len(good), sorted(results))
