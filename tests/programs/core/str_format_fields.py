# str.format with attribute, index and nested fields
class P:
    x = 3
    y = [10, 20, 30]
    d = {"key": "val", "0": "strzero", 0: "intzero"}
    def __init__(self):
        self.name = "point"
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print("{0.x} {0.y[1]} {0.name} {0.d[key]}".format(p))
print("{p.y[2]} {p.d[0]}".format(p=p))
print("{0[0]} {0[2]} {1[a]} {1[b][0]}".format("xyz", {"a": 1, "b": [5]}))
print("{} {} {}".format(*"abc"), "{2}{1}{0}".format(*"abc"), "{0}{0}{1}".format("ab", "c"))
print("{0:>{1}}|{2:{3}{4}}".format("r", 5, 3.14159, ".", "2f"))
print("{:{}}|{:{}}".format("w", 4, 1, "03"))
print("{!r:>8}|{!s:<6}|".format("q", "s"))
print("{{literal}} {{{0}}}".format(7))
print("{0} {p} {p:spec}".format(p, p=p))
print(format(p, "xyz"), f"{p:abc}", "{:}".format(p))
print("{0.real} {0.imag} {1.__class__.__name__}".format(3 + 4j, p))
print("{x[-1]}".format(x={"-1": "strkey", -1: "intkey"}))
for fmt, args, kw in [("{0[5]}", ("abc",), {}), ("{0[0]}", ({"0": 1},), {}), ("{1}", ("a",), {}), ("{a}", (), {}), ("{0.nope}", (p,), {}),
                      ("{}{0}", ("a", "b"), {}), ("{0}{}", ("a", "b"), {}), ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Missing(a="A")))
