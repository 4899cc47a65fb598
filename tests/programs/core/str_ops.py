# concatenation, repetition, comparison, membership
a = "abc"
b = "def"
print(a + b, a * 3, 3 * b, a * 0, a * -1)
print(a < b, a < "abd", "Z" < "a", "" < "a", "abc" < "abcd", "b" > "abc")
print(a == "abc", a != "abc", "a" * 3 == "aaa")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(min("hello"), max("hello"), sorted("hello"))
print(len(""), len("abc"), len("日本"))
print(ord("a"), chr(97), ord("€"), chr(8364))
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("ab" "cd", ("x"
       "y"))
print(str(123) + str(4.5) + str(None) + str([1, "a"]))
