# __name__, __package__, __file__ of modules and packages
import _pkg_zoo.birds.parrot
import _helper_once
mods = [_helper_once, _pkg_zoo, _pkg_zoo.keepers, _pkg_zoo.birds, _pkg_zoo.birds.parrot]
for m in mods:
    base = m.__file__.replace("\\", "/").split("/")
    print(m.__name__, repr(m.__package__), "/".join(base[-2:]))
print(__name__, repr(__package__) if __package__ else "no package")
print(__file__.split("/")[-1])
print(type(_helper_once).__name__, repr(_helper_once)[:22])
print(hasattr(_pkg_zoo, "__path__"), hasattr(_helper_once, "__path__"))
print(_helper_once.__dict__ is vars(_helper_once))
