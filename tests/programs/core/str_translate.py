# translate and maketrans
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc abc".translate(t))
t2 = str.maketrans("ab", "AB", "cd")
print("abcdef".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "CCC", ord("d"): 100})
print("abcde".translate(t3))
print("hello".translate({ord("l"): "L"}))
print("hello".translate({}))
print("keep this, remove vowels".translate(str.maketrans("", "", "aeiou")))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 3.5})
except TypeError as e:
    print(type(e).__name__, e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13))
print("Hello, World!".translate(rot13).translate(rot13))
