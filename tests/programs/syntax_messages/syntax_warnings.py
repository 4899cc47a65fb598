# Code that runs but is almost surely a mistake: CPython 3.11's compiler warns (SyntaxWarning,
# on stderr, once per place) and runs it anyway.
x = 1
if x is 1:
    print("is with an int literal")
if x is not "one":
    print("is not with a str literal")
print(x is None, x is True, x is ...)   # no warning for these
assert (x, "never fails")
print(1if x else 2)
try:
    (1, 2)(3)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][3, 4]
except TypeError as e:
    print("TypeError:", e)
try:
    print(5[0])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"["b"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2][0], "ab"[1], (1, 2)[1:], {1: 2}[1])   # fine
# the same warnings from compile(), with no source line to show
code = compile("y = 2\ny is 2\n", "<warned>", "exec")
exec(code)
print("done")
