# keyword: the language's reserved words
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist, keyword.__all__)
for w in ["if", "match", "case", "_", "print", "True", "None", "async", "await", "nonlocal", "If", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.kwlist) == keyword.kwlist, all(w.isidentifier() for w in keyword.kwlist))
print([w for w in keyword.kwlist if w[0].isupper()])

def valid_name(s):
    return s.isidentifier() and not keyword.iskeyword(s)
print([n for n in ["x", "class", "klass", "2x", "lambda_", "yield"] if valid_name(n)])
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
