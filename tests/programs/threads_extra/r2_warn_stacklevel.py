# warnings.warn stacklevel 1..4 from nested calls: recorded filename/lineno/function line
import warnings

def lib(level):
    warnings.warn("level %d" % level, UserWarning, stacklevel=level)
def mid(level):
    lib(level)
def top(level):
    mid(level)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for lvl in (1, 2, 3, 4):
        top(lvl)
for r in w:
    print(str(r.message), r.category.__name__, r.filename.split("/")[-1], r.lineno)
