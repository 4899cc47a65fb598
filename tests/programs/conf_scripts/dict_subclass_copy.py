class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


class Prices(dict):
    def __getitem__(self, item):
        value = super().__getitem__(item)
        return round(value * 1.2, 2)


h = CaseInsensitiveDict()
h["Content-Type"] = "text/html"
h["X-Count"] = 3
print(h["content-type"], "CONTENT-TYPE" in h, h)
plain = dict(h)
print(plain, {**h}, list(h.items()))

p = Prices(apple=1.0, pear=2.5)
print(p["apple"], p.get("apple"), p["pear"])
print(dict(p), {**p})
merged = {"kiwi": 0.5}
merged.update(p)
print(merged)
def show(**kw):
    return sorted(kw.items())
print(show(**p))
print(Prices(p), dict(p.items()), {k: p[k] for k in p})
