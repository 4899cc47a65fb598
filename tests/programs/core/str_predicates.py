# is* predicates
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "Hello World",
           "hello world", "½", "²", "٣", "x_y", "_id", "3d", "ñ", "MiXeD", "A1", "Ⅻ", "a\x00"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace",
         "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(p[2:5] for p in preds))
for s in samples:
    flags = []
    for p in preds:
        flags.append("T  " if getattr(s, p)() else ".  ")
    print(repr(s).ljust(14), " ".join(flags))
print("class".isidentifier(), "def".isidentifier(), "1a".isidentifier())
print("ab cd".isalpha(), "abc".isalpha())
