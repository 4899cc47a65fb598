# str.expandtabs
s = "a\tbc\tdef\tghij\tk"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr(s.expandtabs(-3)))
print(repr("\t".expandtabs(3)), repr("x\n\ty".expandtabs(4)), repr("ab\r\tc".expandtabs(4)))
print(repr("12345678\t9".expandtabs()))
print(repr("".expandtabs()))
print(repr(s.expandtabs(tabsize=2)))
try:
    s.expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
