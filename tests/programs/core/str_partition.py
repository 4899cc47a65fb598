# partition and rpartition
s = "key=value=more"
print(s.partition("="))
print(s.rpartition("="))
print(s.partition("#"))
print(s.rpartition("#"))
print("".partition("x"), "".rpartition("x"))
print("abc".partition("abc"), "abc".rpartition("a"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rpartition("")
except ValueError as e:
    print(type(e).__name__, e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
for line in ["a: 1", "b:2", "novalue"]:
    k, _, v = line.partition(":")
    print(repr(k), repr(v.strip()))
