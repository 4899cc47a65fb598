# import a.b as c binds the submodule, not the package
import sys
import _pkg_zoo.birds.parrot as p
print(p.__name__, p.__package__)
print(p.describe())
print("_pkg_zoo" in dir(), "p" in dir())
print("_pkg_zoo.birds" in sys.modules, "_pkg_zoo.birds.parrot" in sys.modules)
import _pkg_zoo.keepers as k, _pkg_zoo.animals as an
print(k.keeper_for(3), an.make("yak").legs)
import _pkg_zoo.birds
print(_pkg_zoo.birds.parrot is p, sys.modules["_pkg_zoo.birds.parrot"] is p)
from _pkg_zoo import birds as bb
print(bb is _pkg_zoo.birds, bb.__package__)
