# allocations far beyond any machine fail at once with MemoryError (or OverflowError when
# the size cannot even be represented); sizes are >= 10**15 bytes so no real memory is touched
def attempt(label, make):
    try:
        r = make()
    except (MemoryError, OverflowError, ValueError, IndexError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))
    else:
        print(label, "-> no error", type(r).__name__)

HUGE = 10**15
print("sequence repetition")
attempt("[0]*HUGE", lambda: [0] * HUGE)
attempt("[None]*2**62", lambda: [None] * 2**62)
attempt("[[]]*HUGE", lambda: [[]] * HUGE)
attempt("[1,2]*2**62", lambda: [1, 2] * 2**62)
attempt("(1,)*2**62", lambda: (1,) * 2**62)
attempt("(1,2)*2**61", lambda: (1, 2) * 2**61)
attempt("'a'*HUGE", lambda: 'a' * HUGE)
attempt("'a'*2**62", lambda: 'a' * 2**62)
attempt("'ab'*2**62", lambda: 'ab' * 2**62)
attempt("b'a'*HUGE", lambda: b'a' * HUGE)
attempt("b'ab'*2**62", lambda: b'ab' * 2**62)
attempt("bytearray(b'a')*2**62", lambda: bytearray(b'a') * 2**62)

print("sizes that do not fit an index")
attempt("[0]*2**63", lambda: [0] * 2**63)
attempt("'a'*10**30", lambda: 'a' * 10**30)
attempt("bytearray(2**63)", lambda: bytearray(2**63))
attempt("'ab'.ljust(2**63)", lambda: 'ab'.ljust(2**63))
attempt("b'a'.ljust(2**63)", lambda: b'a'.ljust(2**63))
attempt("len(range(10**20))", lambda: len(range(10**20)))
attempt("'\\t'.expandtabs(2**62)", lambda: '\t'.expandtabs(2**62))

print("constructors")
attempt("bytes(HUGE)", lambda: bytes(HUGE))
attempt("bytearray(HUGE)", lambda: bytearray(HUGE))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytearray(-1)", lambda: bytearray(-1))
attempt("bytes(range(HUGE))", lambda: bytes(range(HUGE)))

print("in-place repetition")
def imul(seed):
    x = seed
    x *= HUGE
    return x
attempt("list *=", lambda: imul([0]))
attempt("str *=", lambda: imul('a'))
attempt("bytearray *=", lambda: imul(bytearray(b'a')))

print("padding and formatting")
attempt("str.ljust", lambda: 'x'.ljust(HUGE))
attempt("str.rjust", lambda: 'x'.rjust(HUGE))
attempt("str.center", lambda: 'x'.center(HUGE))
attempt("str.zfill", lambda: 'x'.zfill(HUGE))
attempt("bytearray.zfill", lambda: bytearray().zfill(HUGE))
attempt("bytearray.ljust", lambda: bytearray(b'a').ljust(HUGE))
attempt("format width", lambda: '{:1000000000000000}'.format(1))
attempt("percent width", lambda: '%1000000000000000d' % 1)
attempt("percent star", lambda: '%*d' % (HUGE, 1))
attempt("f-string width", lambda: f'{1:{HUGE}}')

print("integers")
attempt("1 << 2**62", lambda: 1 << 2**62)
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("to_bytes", lambda: (0).to_bytes(HUGE, 'big'))

print("still working:", len([0] * 1000), len('a' * 1000))
