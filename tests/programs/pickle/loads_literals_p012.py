# pickle.loads of byte strings that CPython 3.11 produced with protocols 0, 1 and 2 (literals embedded), checking values and types.
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Tagged(list):
    pass


def describe(obj, depth=0):
    if depth > 6:
        return "..."
    t = type(obj)
    if t is Point:
        return "Point(%s)" % ", ".join("%s=%s" % (k, describe(v, depth + 1)) for k, v in sorted(vars(obj).items()))
    if t is Tagged:
        return "Tagged([%s], %r)" % (", ".join(describe(v, depth + 1) for v in obj), sorted(vars(obj).items()))
    if t is list:
        return "[" + ", ".join(describe(v, depth + 1) for v in obj) + "]"
    if t is tuple:
        return "(" + ", ".join(describe(v, depth + 1) for v in obj) + ("," if len(obj) == 1 else "") + ")"
    if t is dict:
        return "{" + ", ".join("%s: %s" % (describe(k, depth + 1), describe(v, depth + 1)) for k, v in obj.items()) + "}"
    if t in (set, frozenset):
        return "%s(%s)" % (t.__name__, sorted(obj))
    if isinstance(obj, BaseException):
        return "%s%r" % (t.__name__, obj.args)
    if t is type or callable(obj):
        return "<%s %s>" % (t.__name__, getattr(obj, "__qualname__", "?"))
    return "%s:%r" % (t.__name__, obj)


DATA = [
    ('none_bools', 0, b'(NI01\nI00\ntp0\n.'),
    ('none_bools', 1, b'(NI01\nI00\ntq\x00.'),
    ('none_bools', 2, b'\x80\x02N\x88\x89\x87q\x00.'),
    ('ints', 0, b'(lp0\nI0\naI1\naI-1\naI255\naI256\naI65535\naI65536\naI-2147483648\naI2147483647\naL2147483648L\naL9223372036854775808L\naL-9223372036854775809L\naL1267650600228229401496703205376L\naL-1267650600228229401496703205376L\na.'),
    ('ints', 1, b']q\x00(K\x00K\x01J\xff\xff\xff\xffK\xffM\x00\x01M\xff\xffJ\x00\x00\x01\x00J\x00\x00\x00\x80J\xff\xff\xff\x7fL2147483648L\nL9223372036854775808L\nL-9223372036854775809L\nL1267650600228229401496703205376L\nL-1267650600228229401496703205376L\ne.'),
    ('ints', 2, b'\x80\x02]q\x00(K\x00K\x01J\xff\xff\xff\xffK\xffM\x00\x01M\xff\xffJ\x00\x00\x01\x00J\x00\x00\x00\x80J\xff\xff\xff\x7f\x8a\x05\x00\x00\x00\x80\x00\x8a\t\x00\x00\x00\x00\x00\x00\x00\x80\x00\x8a\t\xff\xff\xff\xff\xff\xff\xff\x7f\xff\x8a\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x8a\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0e.'),
    ('floats', 0, b'(lp0\nF0.0\naF-0.0\naF1.5\naF1e+300\naFinf\naF-inf\na.'),
    ('floats', 1, b']q\x00(G\x00\x00\x00\x00\x00\x00\x00\x00G\x80\x00\x00\x00\x00\x00\x00\x00G?\xf8\x00\x00\x00\x00\x00\x00G~7\xe4<\x88\x00u\x9cG\x7f\xf0\x00\x00\x00\x00\x00\x00G\xff\xf0\x00\x00\x00\x00\x00\x00e.'),
    ('floats', 2, b'\x80\x02]q\x00(G\x00\x00\x00\x00\x00\x00\x00\x00G\x80\x00\x00\x00\x00\x00\x00\x00G?\xf8\x00\x00\x00\x00\x00\x00G~7\xe4<\x88\x00u\x9cG\x7f\xf0\x00\x00\x00\x00\x00\x00G\xff\xf0\x00\x00\x00\x00\x00\x00e.'),
    ('complex', 0, b'c__builtin__\ncomplex\np0\n(F3.0\nF-4.0\ntp1\nRp2\n.'),
    ('complex', 1, b'c__builtin__\ncomplex\nq\x00(G@\x08\x00\x00\x00\x00\x00\x00G\xc0\x10\x00\x00\x00\x00\x00\x00tq\x01Rq\x02.'),
    ('complex', 2, b'\x80\x02c__builtin__\ncomplex\nq\x00G@\x08\x00\x00\x00\x00\x00\x00G\xc0\x10\x00\x00\x00\x00\x00\x00\x86q\x01Rq\x02.'),
    ('strings', 0, b'(lp0\nV\np1\naVabc\np2\naVcaf\xe9\np3\naV\\u65e5\\u672c\np4\naV\\U0001f600\np5\naVa\\u005cb\\u000ac\\u000d\\u0000\\u001a\np6\na.'),
    ('strings', 1, b']q\x00(X\x00\x00\x00\x00q\x01X\x03\x00\x00\x00abcq\x02X\x05\x00\x00\x00caf\xc3\xa9q\x03X\x06\x00\x00\x00\xe6\x97\xa5\xe6\x9c\xacq\x04X\x04\x00\x00\x00\xf0\x9f\x98\x80q\x05X\x08\x00\x00\x00a\\b\nc\r\x00\x1aq\x06e.'),
    ('strings', 2, b'\x80\x02]q\x00(X\x00\x00\x00\x00q\x01X\x03\x00\x00\x00abcq\x02X\x05\x00\x00\x00caf\xc3\xa9q\x03X\x06\x00\x00\x00\xe6\x97\xa5\xe6\x9c\xacq\x04X\x04\x00\x00\x00\xf0\x9f\x98\x80q\x05X\x08\x00\x00\x00a\\b\nc\r\x00\x1aq\x06e.'),
    ('bytes', 0, b'(lp0\nc__builtin__\nbytes\np1\n(tRp2\nac_codecs\nencode\np3\n(Vabc\np4\nVlatin1\np5\ntp6\nRp7\nag3\n(V\\u0000\xff\\u000a\\u005c\np8\ng5\ntp9\nRp10\nac__builtin__\nbytearray\np11\n(g3\n(Vba\np12\ng5\ntp13\nRp14\ntp15\nRp16\na.'),
    ('bytes', 1, b']q\x00(c__builtin__\nbytes\nq\x01)Rq\x02c_codecs\nencode\nq\x03(X\x03\x00\x00\x00abcq\x04X\x06\x00\x00\x00latin1q\x05tq\x06Rq\x07h\x03(X\x05\x00\x00\x00\x00\xc3\xbf\n\\q\x08h\x05tq\tRq\nc__builtin__\nbytearray\nq\x0b(h\x03(X\x02\x00\x00\x00baq\x0ch\x05tq\rRq\x0etq\x0fRq\x10e.'),
    ('bytes', 2, b'\x80\x02]q\x00(c__builtin__\nbytes\nq\x01)Rq\x02c_codecs\nencode\nq\x03X\x03\x00\x00\x00abcq\x04X\x06\x00\x00\x00latin1q\x05\x86q\x06Rq\x07h\x03X\x05\x00\x00\x00\x00\xc3\xbf\n\\q\x08h\x05\x86q\tRq\nc__builtin__\nbytearray\nq\x0bh\x03X\x02\x00\x00\x00baq\x0ch\x05\x86q\rRq\x0e\x85q\x0fRq\x10e.'),
    ('tuples', 0, b'(lp0\n(ta(I1\ntp1\na(I1\nI2\ntp2\na(I1\nI2\nI3\ntp3\na(I1\nI2\nI3\nI4\ntp4\na(g1\n(ttp5\na.'),
    ('tuples', 1, b']q\x00()(K\x01tq\x01(K\x01K\x02tq\x02(K\x01K\x02K\x03tq\x03(K\x01K\x02K\x03K\x04tq\x04(h\x01)tq\x05e.'),
    ('tuples', 2, b'\x80\x02]q\x00()K\x01\x85q\x01K\x01K\x02\x86q\x02K\x01K\x02K\x03\x87q\x03(K\x01K\x02K\x03K\x04tq\x04h\x01)\x86q\x05e.'),
    ('dict', 0, b'(dp0\nVa\np1\nI1\nsI2\nVb\np2\ns(I3\ntp3\n(lp4\nI4\nas.'),
    ('dict', 1, b'}q\x00(X\x01\x00\x00\x00aq\x01K\x01K\x02X\x01\x00\x00\x00bq\x02(K\x03tq\x03]q\x04K\x04au.'),
    ('dict', 2, b'\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01K\x01K\x02X\x01\x00\x00\x00bq\x02K\x03\x85q\x03]q\x04K\x04au.'),
    ('sets', 0, b'(lp0\nc__builtin__\nset\np1\n((lp2\nI1\naI2\naI3\natp3\nRp4\nac__builtin__\nfrozenset\np5\n((lp6\nI4\naI5\natp7\nRp8\nag1\n((lp9\ntp10\nRp11\nag5\n((lp12\ntp13\nRp14\na.'),
    ('sets', 1, b']q\x00(c__builtin__\nset\nq\x01(]q\x02(K\x01K\x02K\x03etq\x03Rq\x04c__builtin__\nfrozenset\nq\x05(]q\x06(K\x04K\x05etq\x07Rq\x08h\x01(]q\ttq\nRq\x0bh\x05(]q\x0ctq\rRq\x0ee.'),
    ('sets', 2, b'\x80\x02]q\x00(c__builtin__\nset\nq\x01]q\x02(K\x01K\x02K\x03e\x85q\x03Rq\x04c__builtin__\nfrozenset\nq\x05]q\x06(K\x04K\x05e\x85q\x07Rq\x08h\x01]q\t\x85q\nRq\x0bh\x05]q\x0c\x85q\rRq\x0ee.'),
    ('shared', 0, b'(lp0\n(lp1\nI1\naI2\naag1\na.'),
    ('shared', 1, b']q\x00(]q\x01(K\x01K\x02eh\x01e.'),
    ('shared', 2, b'\x80\x02]q\x00(]q\x01(K\x01K\x02eh\x01e.'),
    ('recursive', 0, b'(lp0\ng0\na.'),
    ('recursive', 1, b']q\x00h\x00a.'),
    ('recursive', 2, b'\x80\x02]q\x00h\x00a.'),
    ('instance', 0, b'ccopy_reg\n_reconstructor\np0\n(c__main__\nPoint\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVx\np6\nI1\nsVy\np7\n(lp8\nI2\nasb.'),
    ('instance', 1, b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nPoint\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q\x05(X\x01\x00\x00\x00xq\x06K\x01X\x01\x00\x00\x00yq\x07]q\x08K\x02aub.'),
    ('instance', 2, b'\x80\x02c__main__\nPoint\nq\x00)\x81q\x01}q\x02(X\x01\x00\x00\x00xq\x03K\x01X\x01\x00\x00\x00yq\x04]q\x05K\x02aub.'),
    ('list subclass', 0, b'ccopy_reg\n_reconstructor\np0\n(c__main__\nTagged\np1\nc__builtin__\nlist\np2\n(lp3\nI1\naI2\natp4\nRp5\n(dp6\nVtag\np7\nVt\np8\nsb.'),
    ('list subclass', 1, b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nTagged\nq\x01c__builtin__\nlist\nq\x02]q\x03(K\x01K\x02etq\x04Rq\x05}q\x06X\x03\x00\x00\x00tagq\x07X\x01\x00\x00\x00tq\x08sb.'),
    ('list subclass', 2, b'\x80\x02c__main__\nTagged\nq\x00)\x81q\x01(K\x01K\x02e}q\x02X\x03\x00\x00\x00tagq\x03X\x01\x00\x00\x00tq\x04sb.'),
    ('globals', 0, b'(lp0\nc__builtin__\nlen\np1\nac__main__\nPoint\np2\nac__builtin__\nlong\np3\nacexceptions\nValueError\np4\na.'),
    ('globals', 1, b']q\x00(c__builtin__\nlen\nq\x01c__main__\nPoint\nq\x02c__builtin__\nlong\nq\x03cexceptions\nValueError\nq\x04e.'),
    ('globals', 2, b'\x80\x02]q\x00(c__builtin__\nlen\nq\x01c__main__\nPoint\nq\x02c__builtin__\nlong\nq\x03cexceptions\nValueError\nq\x04e.'),
    ('exception', 0, b'cexceptions\nKeyError\np0\n(Vk\np1\ntp2\nRp3\n.'),
    ('exception', 1, b'cexceptions\nKeyError\nq\x00(X\x01\x00\x00\x00kq\x01tq\x02Rq\x03.'),
    ('exception', 2, b'\x80\x02cexceptions\nKeyError\nq\x00X\x01\x00\x00\x00kq\x01\x85q\x02Rq\x03.'),
    ('nested', 0, b'(dp0\nVlist\np1\n(lp2\nI1\na(dp3\nVx\np4\n(NF2.5\ntp5\nsasVempty\np6\n(dp7\ns.'),
    ('nested', 1, b'}q\x00(X\x04\x00\x00\x00listq\x01]q\x02(K\x01}q\x03X\x01\x00\x00\x00xq\x04(NG@\x04\x00\x00\x00\x00\x00\x00tq\x05seX\x05\x00\x00\x00emptyq\x06}q\x07u.'),
    ('nested', 2, b'\x80\x02}q\x00(X\x04\x00\x00\x00listq\x01]q\x02(K\x01}q\x03X\x01\x00\x00\x00xq\x04NG@\x04\x00\x00\x00\x00\x00\x00\x86q\x05seX\x05\x00\x00\x00emptyq\x06}q\x07u.'),
]

for name, proto, data in DATA:
    obj = pickle.loads(data)
    print(name, proto, describe(obj))
    if name == "shared":
        print("   shared identity:", obj[0] is obj[1])
    if name == "recursive":
        print("   recursive identity:", obj[0] is obj)
    if name == "floats":
        print("   signs:", [str(f)[0] == "-" for f in obj])
    if name == "globals":
        print("   identity:", obj[0] is len, obj[1] is Point, obj[2] is int, obj[3] is ValueError)
