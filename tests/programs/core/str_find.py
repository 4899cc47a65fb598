# find, rfind, index, rindex
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"))
print(s.find("o"), s.rfind("o"))
print(s.find("xyz"), s.rfind("xyz"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", 5, 8))
print(s.rfind("o", 0, 10), s.rfind("o", -5))
print(s.find(""), s.rfind(""), s.find("", 100), "abc".find("", 3))
print(s.find("hello", -12), s.find("h", -100))
print(s.index("world"), s.rindex("l"))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print("aaa".find("aa"), "aaa".rfind("aa"))
print("abc".find("c", 2), "abc".find("c", 3))
print("a" in s, "hello" in s, "HELLO" in s, "" in s)
print("αβγ".find("γ"), "日本語".index("語"))
