import string


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name:>8}|{n:05.1f}", name="x", n=3.14159))
print(f.format("{0.real} {1[k]} {1[k]!r:>6} {2[1]}", 3, {"k": "v"}, [9, 8]))
print(f.format("{:{}} {}", "a", 5, "b"))
print(f.format("{!a} {!s}", "é", 5))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0}b{x.y[1]!r:>{w}}c{{}}d{}")))
print(list(f.parse("}}x{{")), list(f.parse("")), list(f.parse("{!r}")))
print(f.get_field("0.real", (5,), {}))
print(f.get_field("a[b][0]", (), {"a": {"b": [1]}}))
print(f.convert_field(5, "r"), f.convert_field("x", None), f.format_field(3.5, ".2f"))

attempt("switch1", lambda: f.format("{0}{}", 1, 2))
attempt("switch2", lambda: f.format("{}{0}", 1, 2))
attempt("index", lambda: f.format("{2}", 1))
attempt("key", lambda: f.format("{x}", 1))
attempt("conv", lambda: f.format("{0!z}", 1))
attempt("deep", lambda: f.format("{:{:{:{}}}}", 1, 2, 3, 4))
attempt("single }", lambda: list(f.parse("a}b")))
attempt("single {", lambda: list(f.parse("a{")))
attempt("unclosed", lambda: list(f.parse("a{b")))
attempt("spec", lambda: list(f.parse("{0:{1}")))
attempt("conv colon", lambda: list(f.parse("{0!rr}")))
attempt("brace in name", lambda: list(f.parse("{0{}")))
attempt("empty attr", lambda: f.format("{0.}", 1))
attempt("after ]", lambda: f.format("{0[0]x}", [1]))
attempt("missing ]", lambda: f.get_field("0[1", (5,), {}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{greet}, {0}! {missing}", "world", greet="hello"))


class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ", ".join(sorted(extra)))


attempt("strict", lambda: Strict().format("{a}", a=1, b=2, c=3))
print(Strict().format("{a}{b}", a=1, b=2))
