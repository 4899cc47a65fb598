import base64

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'\0\0\0\0', b'\0\0\0', b'    ', b'   x',
           b'Man is distinguished', bytes(range(256)), b'\0' * 9]
for s in samples:
    e = base64.a85encode(s)
    print(e[:60], base64.a85decode(e) == s)
    print(' pad', base64.a85encode(s, pad=True)[:40])
    print(' fs', base64.a85encode(s, foldspaces=True)[:40],
          base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s)
    a = base64.a85encode(s, adobe=True, wrapcol=10)
    print(' adobe', a[:80], base64.a85decode(a, adobe=True) == s)
print(base64.a85encode(b'x' * 30, wrapcol=7))
print(base64.a85encode(b'x' * 8, wrapcol=1, adobe=True))
print(base64.a85decode(b'87cURD]i,"Ebo80', ignorechars=b''))
print(base64.a85decode('87cU RD]i\n,"Ebo80'))
print(base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85decode(b'87cURD]i,"Ebo80~>', adobe=True))
for bad, kw in [(b'ab~cd', {}), (b'abzcd', {}), (b'abyc', dict(foldspaces=True)),
                (b'uuuuu', {}), (b'87cUR', dict(adobe=True)), (b's8W-"', {})]:
    try:
        print(base64.a85decode(bad, **kw))
    except ValueError as e:
        print('ValueError', e)
