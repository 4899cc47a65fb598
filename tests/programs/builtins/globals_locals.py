# globals() and locals()
g_value = 10
print("g_value" in globals(), globals()["g_value"], globals()["__name__"])
globals()["created_via_globals"] = "hello"
print(created_via_globals)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return sorted(l1), sorted(l2)
print(g())
def h():
    return globals() is globals(), "h" in globals()
print(h())
print(locals() is globals())
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def closure():
    v = "captured"
    def inner():
        return sorted(locals())
    def inner2():
        return v, sorted(locals())
    return inner(), inner2()
print(closure())
print(sorted(k for k in globals() if not k.startswith("__")))
