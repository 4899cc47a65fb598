# CPython's C warnings.warn treats stacklevel <= 0 like 1 (the caller); too-large stacklevel gives filename 'sys', lineno 1
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for lvl in (0, -1, 1, 50):
        warnings.warn("level %d" % lvl, stacklevel=lvl)
for r in w:
    print(str(r.message), r.filename.split("/")[-1], r.lineno)
