# multiprocessing.Array with 'i' and 'd' (and 'c'): built from a list and from a size,
# len/index/slicing/iteration, a child writing into it, get_lock, RawArray, errors
import multiprocessing as mp


def strip_addr(s):
    # drop every " at 0x<hex digits>" (object addresses)
    out = ""
    while True:
        i = s.find(" at 0x")
        if i < 0:
            return out + s
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        if j == i + 6:
            out += s[:j]
        else:
            out += s[:i]
        s = s[j:]


def double_in_place(arr, lo, hi):
    with arr.get_lock():
        for i in range(lo, hi):
            arr[i] = arr[i] * 2


def fill(darr):
    darr[:] = [i / 2 for i in range(len(darr))]


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    a = mp.Array('i', [1, 2, 3, 4, 5, 6])
    z = mp.Array('d', 4)
    print(len(a), len(z), a[0], a[-1], list(a), z[:])
    print(a[1:4], a[::2], a[::-1], type(a[1:3]).__name__)
    print(sum(a), max(a), 3 in a, [x + 1 for x in a])
    ps = [mp.Process(target=double_in_place, args=(a, lo, lo + 3)) for lo in (0, 3)]
    ps.append(mp.Process(target=fill, args=(z,)))
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("after children:", a[:], z[:], [p.exitcode for p in ps])
    a[1:3] = [20, 30]
    a[-1] = -6
    print(a[:])
    try_call("slice wrong length", a.__setitem__, slice(0, 2), [1])
    try_call("index out of range", a.__getitem__, 6)
    try_call("float into i", a.__setitem__, 0, 1.5)
    print(strip_addr(repr(a)))
    c = mp.Array('c', b"hello")
    print(c.value, c.raw, c[:], c[1])
    c.value = b"hi"
    print(c.value, c.raw)
    raw = mp.RawArray('i', 3)
    raw[0] = 7
    print(raw[:], type(raw).__name__, len(raw))
    try_call("RawArray get_lock", lambda: raw.get_lock())
    nl = mp.Array('d', [1.5, 2.5], lock=False)
    print(nl[:], type(nl).__name__)
    try_call("lock=False get_lock", lambda: nl.get_lock())
    lk = a.get_lock()
    print(type(lk).__name__, a.get_obj()[:])
    big = mp.Array('i', range(1000))
    print(len(big), sum(big), big[998:])
