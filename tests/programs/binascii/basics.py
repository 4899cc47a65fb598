import binascii
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
    e = binascii.b2a_base64(d); print(e[:20], binascii.a2b_base64(e) == d)
for bad in [b'abc', b'a', b'ab=', b'ab==', b'ab==cd==', b'a!b=c==', b'abcde']:
    try: print(binascii.a2b_base64(bad))
    except Exception as ex: print(type(ex).__name__, ex)
print(binascii.hexlify(b'\x01\xff'), binascii.unhexlify('01ff'), binascii.crc32(b'hello'))
for bad in ['abc', 'zz']:
    try: print(binascii.unhexlify(bad))
    except Exception as ex: print(type(ex).__name__, ex)
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.b2a_hex(b'\xab\xcd\xef', b':'))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.a2b_hex(b'ABcd'), binascii.unhexlify(bytearray(b'00ff')))
print(binascii.crc32(b'hello', 12345), binascii.crc32(b''), binascii.crc32(bytearray(b'abc')))
print(binascii.crc_hqx(b'123456789', 0xFFFF), binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'abc', 0))
print(binascii.b2a_base64(b'data', newline=False), binascii.a2b_base64('ZGF0YQ=='))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
for f, arg in [(binascii.hexlify, 'text'), (binascii.unhexlify, 5), (binascii.unhexlify, 'é'),
               (binascii.b2a_base64, 'x'), (binascii.crc32, 'x')]:
    try:
        f(arg)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
