# bytes patterns: matching, groups, sub, split, flags, errors mixing str and bytes.
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nContent-Length: 42\r\n\r\nbody'
m = re.match(rb'(\w+) (\S+) HTTP/(\d\.\d)', data)
print(m, m.groups(), m.group(2).decode())
headers = dict(re.findall(rb'^([\w-]+): (.*?)\r$', data, re.M))
print(sorted(headers.items()))
print(re.search(rb'Content-Length: (\d+)', data).group(1), int(re.search(rb'Content-Length: (\d+)', data).group(1)))
print(re.split(rb'\r\n', data))
print(re.sub(rb'\d', b'#', b'a1b22'), re.sub(rb'(\w+)@(\w+)', rb'\2:\1', b'joe@host'))
print(re.sub(rb'x', lambda m: m.group().upper(), b'axbx'))
print(re.subn(rb'a', b'', b'banana'))
print(re.findall(rb'[\x80-\xff]+', b'abc\xe9\xe8def\xff'))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'\s+', b'a\xa0b c'))
print(re.match(rb'(?i)caf\xc9', b'CAF\xe9'), re.match(rb'(?i)abc', b'ABC'))
print(re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S))
print(re.fullmatch(rb'[0-9a-f]+', b'deadbeef'), re.fullmatch(rb'[0-9a-f]+', b'xyz'))
print(re.compile(rb'(?P<k>\w+)=(?P<v>\w+)').match(b'a=b').groupdict())
print(re.escape(b'1+1=2?'), re.search(re.escape(b'a.b'), b'xa.by').span())
m = re.search(rb'\d+', bytearray(b'ab123'))
print(m.group(), type(m.group()).__name__, m.span())
print(re.match(rb'\x00\x01', b'\x00\x01\x02').span(), re.match(rb'\0\01', b'\x00\x01') is None)
print(re.findall(rb'(\d)(\w)', b'1a 2b'))
print(repr(re.compile(rb'\d+')), re.compile(rb'a').flags, re.compile(rb'(?i)a').flags)
print(re.compile(rb'a').search(b'xxa', 1))
print(re.match(rb'\bfoo\b', b'foo bar'), re.findall(rb'\bb\w+', b'foo bar baz'))
for f in [lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.compile(b'\\u0041'), lambda: re.compile(b'(?u)a'), lambda: re.compile(b'a', re.U),
          lambda: re.sub(b'a', 5, b'a'), lambda: re.sub('a', b'x', 'a')]:
    try:
        print(f())
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)
print(re.sub(rb'(a)', rb'\g<1>\g<0>\\', b'xa'))
print(re.match(rb'(?L)a', b'a').span(), re.compile(rb'(?L)a').flags)
