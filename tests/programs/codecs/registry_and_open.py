# The codecs module: lookup and CodecInfo, encode/decode with text and bytes codecs, the
# incremental forms, error handlers, a registered search function, and codecs.open.
import codecs
print(codecs.lookup('UTF8').name, codecs.lookup('latin1').name, codecs.lookup('U16').name, codecs.lookup('unicode_escape').name, codecs.lookup('utf-8-sig').name, codecs.lookup('rot13').name, codecs.lookup('hex').name)
info = codecs.lookup('utf-8')
print(info.encode('hé'), info.decode(b'h\xc3\xa9'), info[0] is info.encode, len(info), isinstance(info, tuple))
print(codecs.encode('hello', 'rot13'), codecs.decode('uryyb', 'rot_13'), codecs.decode(b'6869', 'hex'), codecs.encode(b'hi', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.decode(codecs.encode(b'data' * 10, 'zlib'), 'zlib'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM, codecs.BOM_LE, codecs.BOM_UTF32_BE)
for bad in ['nope', 'utf-99']:
    try: codecs.lookup(bad)
    except LookupError as e: print("LookupError", e)
try: codecs.encode(b'x', 'utf-8')
except Exception as e: print(type(e).__name__, e, type(e.__cause__).__name__)
try: codecs.encode('x', 'hex')
except Exception as e: print(type(e).__name__, e)
try: codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e: print("UDE", e)
print(codecs.getencoder('ascii')('abc'), codecs.getdecoder('utf-8')(b'ab'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'))
dec = codecs.getincrementaldecoder('utf-8')()
parts = [dec.decode(b'a\xc3'), dec.decode(b'\xa9b'), dec.decode(b'', final=True)]
print(parts)
print(list(codecs.iterdecode([b'x\xe2\x82', b'\xacy'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'utf-8')))
enc = codecs.getincrementalencoder('utf-16-le')()
print(enc.encode('ab'), enc.encode('c', final=True))
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('ignore')(UnicodeEncodeError('ascii', 'aéb', 1, 2, 'x')))
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'aééb', 1, 3, 'x')), codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a€b', 1, 2, 'x')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a€b', 1, 2, 'x')), codecs.replace_errors(UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'x')))
try: codecs.lookup_error('nosuch')
except LookupError as e: print("LookupError", e)
def search(name):
    if name == 'myrot':
        return codecs.lookup('rot13')
codecs.register(search)
print(codecs.encode('abc', 'myrot'), codecs.lookup('MyRot').name)
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')
with codecs.open(p, 'w', encoding='utf-8') as f:
    f.write('line one é\r\nline two\n')
with open(p, 'rb') as f:
    print(f.read())
with codecs.open(p, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
with codecs.open(p, encoding='latin-1') as f:
    print([l for l in f])
os.remove(p); os.rmdir(d)
print(repr(codecs.lookup('ascii'))[:40])
