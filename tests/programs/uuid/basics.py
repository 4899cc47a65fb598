import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq)
for s in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
          'urn:uuid:12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(s) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(int(u), hash(u) == hash(uuid.UUID(int=u.int)))

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=test'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)

r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r)[14], uuid.UUID(str(r)) == r)
print(uuid.uuid4() != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant)
print(uuid.UUID(int=5, version=4))

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a == uuid.UUID(int=1), a == 1, sorted([b, a]))
print({a: 'x'}[uuid.UUID(int=1)])
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID('ffffffff-ffff-ffff-ffff-ffffffffffff').variant)

bad = [dict(hex='1234'), dict(hex='zz345678-1234-5678-1234-567812345678'), dict(bytes=b'abc'),
       dict(bytes_le=b'abc'), dict(fields=(1, 2)), dict(int=-1), dict(int=1 << 128),
       dict(int=1, version=9), {}, dict(hex=str(u), int=1)]
for kw in bad:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
print(uuid.RFC_4122, '|', uuid.RESERVED_NCS, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)
print(uuid.SafeUUID.safe, u.is_safe)
try:
    uuid.uuid5(uuid.NAMESPACE_OID, b'1.3.6.1')
except TypeError as e:
    print('TypeError', e)
