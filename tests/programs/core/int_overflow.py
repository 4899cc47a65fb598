# small ints overflowing machine words into big ints
m = 9223372036854775807  # 2**63 - 1
print(m + 1)
print(-m - 1, -m - 2)
print(m * 2, m * m)
print(-(-m - 1))
print(abs(-m - 1))
print((-m - 1) // -1)
print((-m - 1) * -1)
print(m << 1, 1 << 63, 1 << 64)
x = 1
for i in range(70):
    x *= 2
print(x)
y = 3
for i in range(5):
    y = y * y
print(y)
print(4294967296 * 4294967296)
print(4294967295 * 4294967297)
print(-9223372036854775808 - 1)
print(9223372036854775807 + 9223372036854775807)
print(m + 1 - 1 == m)
print(type(m + 1).__name__)
print((m + 1) // 2 == 2 ** 62)
print(2 ** 63 % 10, -(2 ** 63) % 10)
s = 0
for i in range(10):
    s += m
print(s)
print(s // 10 == m, s % 10)
print(-2 ** 63, (-2) ** 63, (-2) ** 64)
