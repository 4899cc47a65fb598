# ImportError / ModuleNotFoundError texts and attributes
def show(e):
    if isinstance(e, ModuleNotFoundError):
        print("MNF:", e, "| name =", e.name)
    else:
        print("IE:", str(e).split(" (")[0], "| name =", e.name)
try:
    import _helper_nothing_here
except ImportError as e:
    show(e)
try:
    import _pkg_zoo.nope
except ImportError as e:
    show(e)
try:
    from _pkg_plain import missing_name
except ImportError as e:
    show(e)
try:
    from _helper_once import not_there, bump
except ImportError as e:
    show(e)
try:
    from _pkg_zoo.birds import ostrich
except ImportError as e:
    show(e)
try:
    import _pkg_plain.extra.deeper
except ImportError as e:
    show(e)
try:
    __import__("_helper_gone")
except ImportError as e:
    print(type(e).__name__, e.args)
print(ModuleNotFoundError.__mro__[1].__name__)
