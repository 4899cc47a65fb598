# Validation patterns typical of user programs: emails, dates, phone numbers, identifiers.
import re

EMAIL = re.compile(r'^[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$')
for addr in ['john.doe@example.com', 'a+b@mail.co.uk', 'bad@', '@bad.com', 'no spaces@x.com',
             'x@y.z', 'first_last@sub.domain.org', 'trailing.dot@example.']:
    print('email', repr(addr), bool(EMAIL.match(addr)))

DATE = re.compile(r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])')
for d in ['2024-01-15', '2024-13-01', '1999-12-31', '2024-1-5', 'x2024-02-29', '2024-02-30 extra']:
    m = DATE.fullmatch(d)
    print('date fullmatch', repr(d), m.groups() if m else None)
    m = DATE.search(d)
    print('date search', repr(d), m.span() if m else None)

PHONE = re.compile(r'''
    ^\(?(\d{3})\)?   # area code, optionally in parentheses
    [-.\s]?          # separator
    (\d{3})          # exchange
    [-.\s]?
    (\d{4})$         # line number
''', re.VERBOSE)
for p in ['555-123-4567', '(555) 123-4567', '555.123.4567', '5551234567', '55-1234-567', '555-123-45678']:
    m = PHONE.match(p)
    print('phone', repr(p), '-'.join(m.groups()) if m else None)

IDENT = re.compile(r'[A-Za-z_]\w*\Z')
for s in ['name', '_private', '2fast', 'snake_case_9', 'has-dash', 'x\n']:
    print('ident', repr(s), IDENT.match(s) is not None)

IPV4 = re.compile(r'^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$')
for ip in ['192.168.0.1', '255.255.255.255', '256.1.1.1', '1.2.3', '10.0.0.01', '0.0.0.0']:
    print('ipv4', ip, bool(IPV4.match(ip)))

HEXCOLOR = re.compile(r'#(?:[0-9a-fA-F]{3}){1,2}\b')
print(HEXCOLOR.findall('colors: #fff, #A0B1C2, #12, #abcd, #1234567'))

PASSWORD = re.compile(r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$')
for pw in ['Passw0rd!', 'password', 'SHORT1!a', 'NoDigits!!', 'Good#Pass123']:
    print('password', pw, bool(PASSWORD.match(pw)))

TIME = re.compile(r'(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*(?P<ampm>[AaPp][Mm]))?')
for t in ['9:30', '23:59:59', '12:00 PM', '24:00', '7:5', '08:15am']:
    m = TIME.fullmatch(t)
    print('time', repr(t), m.groupdict() if m else None)

URL = re.compile(r'(?P<scheme>https?)://(?P<host>[^/:\s]+)(?::(?P<port>\d+))?(?P<path>/[^\s?#]*)?(?:\?(?P<query>[^\s#]*))?')
for u in ['http://example.com', 'https://host.org:8080/a/b?x=1&y=2', 'ftp://nope', 'see https://x.io/p#frag']:
    m = URL.search(u)
    print('url', u, m.groupdict() if m else None)

ZIP = re.compile(r'\b\d{5}(?:-\d{4})?\b')
print(ZIP.findall('Zips: 12345, 98765-4321, 123456, 4321-12345'))

CREDIT = re.compile(r'^(?:\d{4}[- ]?){3}\d{4}$')
for c in ['1234 5678 9012 3456', '1234-5678-9012-3456', '1234567890123456', '1234 5678 9012']:
    print('card', repr(c), bool(CREDIT.match(c)))
