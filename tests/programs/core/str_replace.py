# str.replace
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 1))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("one", "1", -1))
print(s.replace("three", "3"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("aaaa".replace("aa", "b"))
print("hello".replace("l", ""))
print("a.b.c".replace(".", ".."))
print("ababab".replace("aba", "X"))
t = "x"
for i in range(3):
    t = t.replace("x", "xyx")
print(t)
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
print("café".replace("é", "e"), "naïve".upper())
