# copying or merging a dict subclass reads its table unless it changes iteration, as
# CPython's dict_merge does: an overridden __getitem__ or keys() is not called
class Loud(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key) * 10

    def keys(self):
        print("keys()")
        return super().keys()


class OwnIter(dict):
    def __iter__(self):
        print("iter")
        return iter(sorted(super().keys(), reverse=True))

    def __getitem__(self, key):
        return super().__getitem__(key) + 100


loud = Loud(a=1, b=2)
print(dict(loud), {**loud})
merged = {"z": 0}
merged.update(loud)
print(merged, Loud(loud) == loud)


def kw(**k):
    return k


print(kw(**loud))
own = OwnIter(a=1, b=2)
print(dict(own))
print({**own})
print(kw(**own))
