# importlib: import_module (absolute and relative), reload, loading a file by its path,
# find_spec and the errors CPython raises
import importlib
import importlib.util
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)


def write(name, text):
    with open(os.path.join(tmp, name), "w") as f:
        f.write(text)


write("counter_mod.py", "COUNT = 1\nprint('running counter_mod', COUNT)\n")
os.mkdir(os.path.join(tmp, "pkgx"))
write("pkgx/__init__.py", "NAME = 'pkgx'\n")
write("pkgx/leaf.py", "from . import NAME\nVALUE = NAME + '.leaf'\n")

m = importlib.import_module("counter_mod")
print(m.COUNT, m is sys.modules["counter_mod"], importlib.import_module("counter_mod") is m)

# reload runs the new text in the same module object
write("counter_mod.py", "COUNT = 2\nEXTRA = 'new'\nprint('running counter_mod again', COUNT)\n")
again = importlib.reload(m)
print(again is m, m.COUNT, m.EXTRA)

leaf = importlib.import_module(".leaf", "pkgx")
print(leaf.__name__, leaf.VALUE, importlib.import_module("pkgx.leaf") is leaf)
print(importlib.util.resolve_name("..b", "a.c"), importlib.util.resolve_name("x", None))

# a file loaded by path, under a name of our choosing, not put in sys.modules
write("by_path.py", "def double(x):\n    return 2 * x\nprint('by_path runs as', __name__)\n")
spec = importlib.util.spec_from_file_location("chosen_name", os.path.join(tmp, "by_path.py"))
print(spec.name, spec.parent == "", spec.has_location, spec.submodule_search_locations,
      os.path.basename(spec.origin))
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__spec__ is spec, mod.__loader__ is spec.loader, "chosen_name" in sys.modules)
spec.loader.exec_module(mod)
print(mod.double(21), os.path.basename(mod.__file__))
print(importlib.util.spec_from_file_location("notpy", os.path.join(tmp, "data.txt")))

pspec = importlib.util.find_spec("pkgx")
print(pspec.name, os.path.basename(pspec.origin), len(pspec.submodule_search_locations))
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("pkgx.missing"))
print(os.path.basename(importlib.util.find_spec("counter_mod").origin))

for bad in [lambda: importlib.import_module(".leaf"),
            lambda: importlib.import_module("no_such_module_here"),
            lambda: importlib.import_module("pkgx.nope"),
            lambda: importlib.import_module("...x", "pkgx"),
            lambda: importlib.import_module(""),
            lambda: importlib.reload(42),
            lambda: importlib.reload(type(sys)("never_imported")),
            lambda: importlib.util.resolve_name(".a", None),
            lambda: importlib.util.find_spec("counter_mod.sub")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

importlib.invalidate_caches()
