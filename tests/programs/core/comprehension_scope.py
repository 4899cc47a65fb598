# comprehension scoping rules
x = 10
print([x for _ in range(2)])
print([x for x in range(3)], x)
i = "keep"
g = (i for i in range(3))
print(list(g), i)
class C:
    val = 5
    items = [k for k in range(val)]
    try:
        broken = [val * k for k in range(2)]
    except NameError as e:
        err = type(e).__name__ + " " + str(e)
print(C.items, C.err)
def f():
    y = 3
    return [y * z for z in range(3)], {z: y for z in range(2)}
print(f())
def g2():
    data = [1, 2, 3]
    return [[d + e for e in data] for d in data]
print(g2())
print([(yield_val := v) for v in range(3)], yield_val)
print([w for w in range(6) if (sq := w * w) > 4], sq)
nested = [[c for c in word] for word in ["ab", "cd"]]
print(nested)
print(sum(v for v in range(10)), max((v * -1 for v in range(4)), default=None))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
