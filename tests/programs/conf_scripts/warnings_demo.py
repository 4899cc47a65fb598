import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def risky(v):
    if v < 0:
        warnings.warn(f"negative value {v}")
    return abs(v)

print(risky(-3))
print(risky(-4))
print(old_api(5))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    risky(-1)
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
warnings.simplefilter("error")
try:
    risky(-9)
except UserWarning as e:
    print("raised:", e)
warnings.simplefilter("ignore")
risky(-10)
print("done")
warnings.resetwarnings()
warnings.warn("final", RuntimeWarning)
