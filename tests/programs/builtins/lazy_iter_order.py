# laziness of map/filter/zip/enumerate/reversed/iter shown by side effects
def src(n, name):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i
def sq(x):
    print("  sq", x)
    return x * x
def odd(x):
    print("  odd?", x)
    return x % 2
m = map(sq, src(3, "A"))
print("map created")
print(next(m))
print(list(m))
f = filter(odd, src(4, "B"))
print("filter created")
print(list(f))
z = zip(src(3, "C"), src(2, "D"))
print("zip created")
print(list(z))
z2 = zip(src(2, "E"), src(3, "F"))
print(list(z2))
e = enumerate(src(2, "G"), start=10)
print("enumerate created")
print(list(e))
ch = map(sq, filter(odd, src(4, "H")))
print(list(ch))
print(any(odd(x) for x in src(5, "I")))
print(all(sq(x) for x in src(3, "J")))
m2 = map(lambda a, b: a + b, [1, 2, 3], src(2, "K"))
print(list(m2))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
it = iter(src(3, "L"))
print(next(it), 1 in it, list(it))
print(list(zip()), list(zip([1, 2])), list(map(sq, [])))
print(min(src(3, "M")), sum(sq(v) for v in src(2, "N")))
print(list(zip([1, 2, 3], "ab", strict=False)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as err:
    print(type(err).__name__, err)
try:
    list(zip([1], "ab", strict=True))
except ValueError as err:
    print(type(err).__name__, err)
