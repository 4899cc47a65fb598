# pickle.loads of Python-2-style pickles: STRING/BINSTRING opcodes with encoding/errors, fix_imports names, INST/OBJ, copy_reg, _codecs.
import pickle


class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y


def t(data, **kw):
    try:
        r = pickle.loads(data, **kw)
    except Exception as e:
        print(data, kw, "!!", type(e).__name__ + ":", e)
        return None
    if isinstance(r, Point):
        shown = "Point" + repr(sorted(vars(r).items()))
    elif isinstance(r, type):
        shown = "class " + r.__name__
    else:
        shown = repr(r)
    print(data, kw, "->", type(r).__name__, shown)
    return r


# STRING with quotes and escapes
t(b"S'abc'\np0\n.")
t(b'S"dq"\n.')
t(b"S'a\\nb\\t\\x41\\\\'\n.")
t(b"S'it\\'s'\n.")
t(b"S''\n.")
# non-ascii python 2 str: default encoding is ASCII
t(b"S'\\xe9'\n.")
t(b"S'\\xe9'\n.", encoding="latin1")
t(b"S'\\xe9'\n.", encoding="bytes")
t(b"S'\\xe9'\n.", errors="replace")
t(b"S'\\xe9'\n.", errors="ignore")
t(b"S'\xc3\xa9'\n.", encoding="utf-8")
# malformed quoting
t(b"S'abc\"\n.")
t(b"S'\n.")
t(b"Sabc\n.")
# SHORT_BINSTRING / BINSTRING
t(b"U\x03abc.")
t(b"U\x03abc.", encoding="bytes")
t(b"T\x03\x00\x00\x00abc.")
t(b"\x80\x02U\x03\xe9\xe8\xe7q\x00.", encoding="latin1")
t(b"\x80\x02U\x03\xe9\xe8\xe7q\x00.")
t(b"\x80\x02}q\x00(U\x01aq\x01K\x01U\x01bq\x02K\x02u.", encoding="bytes")
# fix_imports: python 2 module and attribute names
t(b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.")
t(b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.", fix_imports=False)
t(b"c__builtin__\nfrozenset\n((lp0\nI3\natR.")
t(b"c__builtin__\nunicode\n.")
t(b"c__builtin__\nxrange\n(I0\nI5\nI2\ntR.")
t(b"c__builtin__\nlong\n.")
t(b"c__builtin__\nbasestring\n.")
t(b"c__builtin__\nobject\n.")
t(b"c__builtin__\nNone\n.")
t(b"cbuiltins\nlen\n.")
t(b"c__builtin__\ngetattr\n(c__builtin__\nunicode\nVupper\ntR(Vabc\ntR.")
t(b"cexceptions\nValueError\np0\n(S'bad'\np1\ntp2\nRp3\n.")
t(b"cexceptions\nStandardError\n.")
t(b"cexceptions\nIOError\n.")
t(b"cexceptions\nIOError\n.", fix_imports=False)
# copy_reg._reconstructor and _codecs.encode (how protocols 0-2 store objects and bytes)
t(b"ccopy_reg\n_reconstructor\np0\n(c__main__\nPoint\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nS'x'\np6\nI1\nsS'y'\np7\nI2\nsb.")
t(b"c_codecs\nencode\np0\n(Vab\\u00ff\np1\nVlatin1\np2\ntp3\nRp4\n.")
t(b"c__builtin__\nbytearray\n(c_codecs\nencode\n(Vxy\nVlatin1\ntRtR.")
# INST and OBJ opcodes
t(b"(I1\nI2\ni__main__\nPoint\np0\n.")
t(b"(i__main__\nPoint\np0\n(dp1\nS'x'\nI5\nsb.")
t(b"(c__main__\nPoint\nI3\nI4\no.")
# DUP, POP, POP_MARK, text PUT/GET
r = t(b"(lp0\nI1\nag0\n2a.")
print("   DUP made a self reference:", r[1] is r)
t(b"(I1\nI2\n0t.")
t(b"I1\n(I2\nI3\n1.")
r = t(b"(dp0\nS'k'\np1\n(lp2\nI1\nasS'k2'\np3\ng2\ns.")
print("   shared value:", r["k"] is r["k2"])
# text numbers, LONG4, NEWTRUE/NEWFALSE
t(b"(L123L\nL-5\nF-1.25\nI01\nI00\nNt.")
t(b"(I-0\nI+7\nL0\nF1e3\nFnan\nF-inf\nt.")
t(b"\x80\x02\x8b\x02\x00\x00\x00\x00\x01.")
t(b"\x80\x02\x8b\x00\x00\x00\x00.")
t(b"\x80\x02\x88\x89N\x87.")
