# code_info/show_code: the lines that do not depend on the compiler's choices
# (Stack size, Flags and Constants do, so they are left out here).
import dis
import io


def shared(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith(("Stack size:", "Flags:")):
            continue
        if line == "Constants:":
            skipping = True
            continue
        if skipping and line.startswith("   "):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def outer(a, /, b, *args, c, **kw):
    x = 1
    def mid():
        y = x
        def inner():
            return x + y
        return inner
    return mid


def simple(p, q=2):
    return p.real + q


def noargs():
    pass


def kwonly(*, k1, k2=0):
    return k1, k2


class K:
    def meth(self, v):
        return self.attr + v


for obj in (outer, outer(1, 2, c=3), simple, noargs, kwonly, K.meth, K().meth):
    print(shared(dis.code_info(obj)))
    print("--")

buf = io.StringIO()
dis.show_code(simple, file=buf)
print(buf.getvalue() == dis.code_info(simple) + "\n")
print(shared(buf.getvalue()))
print("--")
print(shared(dis.code_info("a + b.c")))
print("--")
print(shared(dis.code_info("import os\nz = os.sep\n")))
print("--")
print(shared(dis.code_info(simple.__code__)))
print("--")


def gen(n):
    yield n


async def coro(n):
    return n

print(shared(dis.code_info(gen)))
g = gen(1)
print(dis.code_info(g) == dis.code_info(gen))
c = coro(1)
print(dis.code_info(c) == dis.code_info(coro))
c.close()
print("--")
# The generator and coroutine flags come from the code object's kind.
for fn in (gen, coro, simple):
    flags = dis.pretty_flags(fn.__code__.co_flags)
    print(fn.__name__, "GENERATOR" in flags, "COROUTINE" in flags, "OPTIMIZED" in flags)
