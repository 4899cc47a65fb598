# str.split
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".split(",", 0))
print("a,b,,c,".split(",", -1))
print("".split(), "".split(","))
print("   ".split(), "   ".split(" "))
print("a b c d".split(None, 2))
print("a::b::c".split("::"))
print("abc".split("abc"), "abcabc".split("abc"))
print("1 2 3".split(maxsplit=1))
print("x\x0by\x0cz\rw".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
words = "one two three".split()
print(len(words), words[-1])
