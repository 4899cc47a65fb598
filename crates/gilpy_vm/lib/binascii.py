"""Conversions between binary data and ASCII encodings (hex, base64, crc32)."""

import zlib as _zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, name):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _buffer_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _buffer_arg(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes_arg(hexstr, 'hexstr')
    if len(s) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(s.decode('ascii').replace(' ', 'x'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def crc32(data, crc=0):
    return _zlib.crc32(_buffer_arg(data), crc)


def crc_hqx(data, value):
    """CRC-CCITT (polynomial 0x1021, as used by BinHex) of data, starting from value."""
    data = _buffer_arg(data)
    crc = value & 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def b2a_base64(data, *, newline=True):
    data = _buffer_arg(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    tbl = _B64
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(tbl[v >> 18])
        out.append(tbl[(v >> 12) & 63])
        out.append(tbl[(v >> 6) & 63])
        out.append(tbl[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((tbl[v >> 18], tbl[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((tbl[v >> 18], tbl[(v >> 12) & 63], tbl[(v >> 6) & 63])) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _bytes_arg(data, 'data')
    rev = _B64_REV
    out = bytearray()
    acc = 0
    bits = 0
    quads = 0
    pads = 0
    for idx, c in enumerate(s):
        if c == 61:  # '='
            if strict_mode and quads == 0 and not out and idx == 0:
                raise Error('Leading padding not allowed')
            if quads >= 2:
                pads += 1
                if quads + pads >= 4:
                    # a padded quad ends the data; the rest is ignored
                    if strict_mode and idx != len(s) - 1:
                        raise Error('Excess data after padding')
                    quads = 0
                    break
            continue
        v = rev.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if pads:
            if strict_mode:
                raise Error('Discontinuous padding not allowed')
            pads = 0
        acc = (acc << 6) | v
        bits += 6
        quads = (quads + 1) % 4
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    if quads:
        if quads == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4'
                        % sum(1 for c in s if c in rev))
        raise Error('Incorrect padding')
    return bytes(out)
