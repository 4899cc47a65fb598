# multiprocessing.Value with typecodes 'i', 'd', 'c': shared writes
# from a child, get_lock(), lock=False has no get_lock, RawValue, repr, bad typecodes
import multiprocessing as mp


def mutate(vi, vd, vc, raw):
    vi.value = vi.value * 10 + 7
    vd.value = vd.value / 4
    vc.value = b'z'
    raw.value = -raw.value


def try_call(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    vi = mp.Value('i', 5)
    vd = mp.Value('d', 2.5)
    vc = mp.Value('c', b'a')
    raw = mp.RawValue('l', 123456789)
    print(vi.value, vd.value, vc.value, raw.value)
    print(type(vi.value).__name__, type(vd.value).__name__, type(vc.value).__name__)
    p = mp.Process(target=mutate, args=(vi, vd, vc, raw))
    p.start()
    p.join()
    print("after child:", vi.value, vd.value, vc.value, raw.value, p.exitcode)
    print(repr(vi), repr(vd), repr(vc))
    print(repr(vi.get_obj()), repr(raw))
    lk = vi.get_lock()
    print(type(lk).__name__, lk.acquire(), vi.get_lock() is lk)
    lk.release()
    with vd.get_lock():
        vd.value += 1
    print(vd.value)
    nolock = mp.Value('i', 1, lock=False)
    print(repr(nolock))
    try_call("get_lock on lock=False", lambda: nolock.get_lock())
    try_call("get_lock on RawValue", lambda: raw.get_lock())
    own = mp.Lock()
    withlock = mp.Value('i', 3, lock=own)
    print("own lock", withlock.get_lock() is own)
    try_call("bad lock", mp.Value, 'i', 1, lock="yes")
    try_call("bad typecode", mp.Value, 'Q!', 1)
    vi.value = 2 ** 31 - 1
    print(vi.value)
    try_call("int overflow is wrapped", setattr, vi, "value", 2 ** 31)
    print(vi.value)
    try_call("float for int", setattr, vi, "value", 1.5)
    try_call("str for c", setattr, vc, "value", "x")
    try_call("two bytes for c", setattr, vc, "value", b"xy")
    try_call("default value", lambda: (mp.Value('i').value, mp.Value('d').value, mp.Value('c').value))
