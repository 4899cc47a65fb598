import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(string.capwords("the quick  brown\tfox"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("hELLO wORLD"))
print(string.capwords("a-b-c d-e", "-"))
print(string.capwords("x,y,,z", ","))
print(string.capwords(""))

# typical uses of the constants
word = "Hello, World! 123"
print(sum(c in string.punctuation for c in word))
print("".join(c for c in word if c in string.ascii_letters))
print(all(c in string.hexdigits for c in "deadBEEF"))
table = str.maketrans("", "", string.punctuation)
print(word.translate(table))
shift = 3
lower = string.ascii_lowercase
caesar = str.maketrans(lower, lower[shift:] + lower[:shift])
print("attack at dawn".translate(caesar))
print(sorted(string.__all__))
