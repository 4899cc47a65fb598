import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

def risky():
    warnings.warn("something looks off")
    return 2

print(risky())
print(old_api())
warnings.warn("runtime issue", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("captured one")
    old_api()
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)
