# list, tuple, dict, set, frozenset constructors
print(list(), list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3)), list({3, 1, 2}))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x for x in range(3)))
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(dict([("a", 1), ("a", 2)]), dict({1: 2}.items()), dict(a=1, **{"b": 2}))
print(set(), set("hello") == {"h", "e", "l", "o"}, set([1, 2, 1]), set(range(3)), set({1: 2}))
print(frozenset(), frozenset([1, 1, 2]), frozenset(frozenset([5])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b, tuple(a) == (1, 2))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
for ctor, arg in [(list, 5), (tuple, None), (dict, [1, 2]), (dict, ["ab", "c"]), (set, 3.5), (frozenset, [[1]])]:
    try:
        print(ctor(arg))
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__, e)
try:
    list(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys([1, 2], []), list(dict.fromkeys("abca")))
print(list(map(list, ["ab", "c"])), [tuple(p) for p in [[1], [2, 3]]])
