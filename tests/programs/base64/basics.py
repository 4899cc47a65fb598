import base64
import binascii

data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7))]
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d)
    print(' b32', base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d)
    print(' b32hex', base64.b32hexencode(d))
    print(' b16', base64.b16encode(d), base64.b16decode(base64.b16encode(d)) == d)
    print(' b85', base64.b85encode(d), base64.b85decode(base64.b85encode(d)) == d)
    print(' b85pad', base64.b85encode(d, pad=True))

print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'))
print(base64.urlsafe_b64decode('-__-'))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'*@'))
print(base64.b64decode(b'*@*@', altchars=b'*@'))
print(base64.b64decode('aGVsbG8gd29ybGQ='))
print(base64.b64decode(b'aGVs\nbG8g d29y bGQ='))
print(base64.standard_b64encode(b'hi there'), base64.standard_b64decode(b'aGkgdGhlcmU='))
print(base64.b32decode('mzxw6===', casefold=True))
print(base64.b16decode('666f6f', casefold=True))
big = bytes(range(200))
enc = base64.encodebytes(big)
print(enc.decode())
print(base64.decodebytes(enc) == big)

for f, arg in [(base64.b64decode, 'abc'), (base64.b64decode, 'a'),
               (base64.b64encode, 'text'), (base64.b64decode, 12),
               (base64.b64decode, 'é'), (base64.b32decode, 'abc'),
               (base64.b32decode, 'MZXW6!=='), (base64.b16decode, 'zz'),
               (base64.b16decode, 'abc'), (base64.b85decode, b'ab\x00')]:
    try:
        print(f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

try:
    base64.b64decode(b'ab$c', validate=True)
except binascii.Error as e:
    print('validate', e)
print(base64.b64decode(b'ab$cdefgh', validate=False))
print(isinstance(binascii.Error('x'), ValueError))
for bad in [b'=abc', b'ab==cd', b'ab=c', b'abcd', b'ab\ncd']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('strict', bad, e)
