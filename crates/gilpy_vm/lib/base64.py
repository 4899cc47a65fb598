"""Base16, Base32 and Base64 data encodings (RFC 4648)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode']


def _decode_arg(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _encode_arg(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    enc = binascii.b2a_base64(_encode_arg(s), newline=False)
    if altchars is not None:
        altchars = _encode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        enc = enc.translate(bytes.maketrans(b'+/', altchars))
    return enc


def b64decode(s, altchars=None, validate=False):
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _decode_arg(s).translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32enc(alphabet, s):
    s = _encode_arg(s)
    out = bytearray()
    pad_for = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
    rest = len(s) % 5
    padded = s + bytes(5 - rest) if rest else s
    for i in range(0, len(padded), 5):
        v = int.from_bytes(padded[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(v >> shift) & 31])
    if rest:
        n = pad_for[rest]
        out[-n:] = b'=' * n
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    s = _decode_arg(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    npad = len(s) - len(body)
    rev = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        chunk = body[i:i + 8]
        v = 0
        for c in chunk:
            d = rev.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | d
        v <<= 5 * (8 - len(chunk))
        out += v.to_bytes(5, 'big')
    if npad:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(npad)
        if keep is None or npad > 6:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32enc(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32dec(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32enc(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32dec(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(_encode_arg(s)).upper()


def b16decode(s, casefold=False):
    s = _decode_arg(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    b = _encode_arg(b)
    rest = len(b) % 4
    if rest:
        b = b + bytes(4 - rest)
    out = bytearray()
    alpha = _B85
    for i in range(0, len(b), 4):
        v = int.from_bytes(b[i:i + 4], 'big')
        digits = bytearray(5)
        for k in range(4, -1, -1):
            v, r = divmod(v, 85)
            digits[k] = alpha[r]
        out += digits
    if rest and not pad:
        del out[len(out) - (4 - rest):]
    return bytes(out)


def b85decode(b):
    b = _decode_arg(b)
    rev = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        v = 0
        for j, c in enumerate(b[i:i + 5]):
            d = rev.get(c)
            if d is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            v = v * 85 + d
        if v > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += v.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


_A85START = b"<~"
_A85END = b"~>"


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    b = _encode_arg(b)
    padding = (-len(b)) % 4
    data = b + bytes(padding)
    out = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, r = divmod(word, 85)
                digits[k] = 33 + r
            out.append(bytes(digits))
    if padding and not pad:
        # the final group's zero padding is never folded into 'z'
        if out[-1] == b'z':
            out[-1] = b'!' * 5
        out[-1] = out[-1][:-padding]
    result = b''.join(out)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _decode_arg(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for x in b:
        if 33 <= x <= 117:
            group.append(x - 33)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + d
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow') from None
                out += acc.to_bytes(4, 'big')
                group = []
        elif x == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    if group:
        padding = 5 - len(group)
        group += [84] * padding
        acc = 0
        for d in group:
            acc = acc * 85 + d
        if acc > 0xFFFFFFFF:
            raise ValueError('Ascii85 overflow')
        out += acc.to_bytes(4, 'big')[:4 - padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _encode_arg(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_encode_arg(s))


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def main():
    """`python -m base64 [-h|-d|-e|-u|-t] [file|-]`: encode (the default) or decode a file
    or standard input to standard output."""
    import sys
    import getopt
    usage = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    func = encode
    for o, _ in opts:
        if o == '-e':
            func = encode
        elif o in ('-d', '-u'):
            func = decode
        elif o == '-t':
            test()
            return
        elif o == '-h':
            print(usage)
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    """Round-trip a sample through encodebytes and decodebytes, printing each step."""
    sample = b"Aladdin:open sesame"
    print(repr(sample))
    encoded = encodebytes(sample)
    print(repr(encoded))
    decoded = decodebytes(encoded)
    print(repr(decoded))
    assert sample == decoded


if __name__ == '__main__':
    main()
