# Unicode identifiers: NFKC normalization, non-ASCII names in classes/functions/kwargs, invalid characters.
café = "coffee"
π = 3.14159
名前 = "name"
print(café, π, 名前)
ﬁle = "ligature normalizes to file"
print(file)
class Ünïcode:
    def método(self):
        return "método"
print(Ünïcode().método(), Ünïcode.__name__)
def ƒ(x=1):
    return x
print(ƒ.__name__, ƒ())
d = dict(ключ=1)
print(d)
print("ǅ".isidentifier(), "1a".isidentifier(), "_".isidentifier(), "a b".isidentifier())
try:
    exec("x€ = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("a = 1 ✓ 2")
except SyntaxError as e:
    print("SyntaxError", e.msg)
𝔘 = "math fraktur"
print(U)
print(getattr(Ünïcode(), "método")())
print(sorted(k for k in globals() if not k.isascii()))
