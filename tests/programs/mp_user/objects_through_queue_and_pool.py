# User-defined class instances and nested containers travel through Queue and Pool and come back.
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


class Record:
    """dataclass-like plain class"""
    def __init__(self, name, tags=None, points=None):
        self.name = name
        self.tags = tags or {}
        self.points = points or []

    def summary(self):
        return "%s:%d:%s" % (self.name, len(self.points), ",".join(sorted(self.tags)))

    def __repr__(self):
        return "Record(name=%r, tags=%r, points=%r)" % (self.name, self.tags, self.points)


def transform(rec):
    rec.points = [Point(p.y, p.x) for p in rec.points]
    rec.tags["seen"] = True
    return rec, rec.summary(), [p.norm2() for p in rec.points]


def qworker(inq, outq):
    while True:
        obj = inq.get()
        if obj is None:
            break
        outq.put(transform(obj))


if __name__ == '__main__':
    recs = [Record("r%d" % i, {"k%d" % i: i}, [Point(i, j) for j in range(i)]) for i in range(1, 5)]
    with mp.Pool(2) as pool:
        out = pool.map(transform, recs)
    for rec, summ, norms in out:
        print(rec, summ, norms)
    print("originals untouched:", all("seen" not in r.tags for r in recs))
    print("types:", type(out[0][0]).__name__, type(out[0][0].points[0]).__name__)

    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=qworker, args=(inq, outq))
    p.start()
    for r in recs:
        inq.put(r)
    inq.put(None)
    back = sorted((outq.get(timeout=10) for _ in recs), key=lambda t: t[0].name)
    p.join()
    print("queue round trip same as pool:", [b[1] for b in back] == [o[1] for o in out])
    print("points sorted:", sorted(back[-1][0].points))
    nested = {"a": [Point(1, 2), (Point(3, 4), {"deep": [Point(5, 6)]})], "b": frozenset({1, 2})}
    q2 = mp.Queue()
    q2.put(nested)
    print("nested:", q2.get(timeout=5) == nested)
