# string methods on empty strings and empty separators
e = ""
print(repr(e.split()), repr(e.split(",")), repr(e.rsplit(",")), repr(e.splitlines()))
print(repr(e.strip()), repr(e.upper()), repr(e.title()), repr(e.capitalize()), repr(e.swapcase()))
print(e.isdigit(), e.isalpha(), e.isspace(), e.islower(), e.isupper(), e.isidentifier(), e.istitle())
print(e.isalnum(), e.isdecimal(), e.isnumeric(), e.isascii(), e.isprintable())
print(e.find(""), e.find("a"), e.count(""), "abc".count(""), "abc".find("", 10), "abc".find("", 3))
print(repr(e.join([])), repr(",".join([""])), repr(",".join(["", ""])), repr(e.center(3, "*")))
print(repr(e.partition(",")), repr(e.rpartition(",")), repr("a,".partition(",")))
print(repr(e.replace("", "x")), repr("ab".replace("", "-")), repr("ab".replace("", "-", 1)))
print(e.startswith(""), e.endswith(""), "abc".startswith("", 3), "abc".startswith("", 4))
print(repr(e.zfill(3)), repr("-".zfill(3)), repr("+5".zfill(4)), repr(e.ljust(2)), repr(e * 5))
print(repr(e.expandtabs()), repr(e.casefold()), repr(e.lstrip("")), repr("  x ".strip("")))
print("" in "", "" in "abc", repr(e[::-1]), repr(e[5:]), repr("abc"[5:10]))
print(repr(" a  b ".split(" ")), repr("a,,b,".split(",")), repr("a b".split(None, 0)))
print(repr("  a b  ".split(None, 1)), repr("  a b  ".rsplit(None, 1)))
for fn in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".partition(""),
           lambda: e.index("x"), lambda: "abc".rindex("d"), lambda: "x".center(5, "ab")]:
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(min("bca"), max("bca"), sorted(""), list(""), tuple(e), set(e))
print(repr(str()), repr(str(b"")), repr(str(b"ab", "ascii")), len(e), bool(e), bool(" "))
