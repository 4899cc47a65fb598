# relative imports across a package and a subpackage
import _pkg_zoo
print(_pkg_zoo.ZOO_NAME, _pkg_zoo.Animal.__name__)
a = _pkg_zoo.make("lion")
b = _pkg_zoo.make("emu", 2)
print(a, b, a.keeper, b.keeper)
import _pkg_zoo.birds
print(_pkg_zoo.birds.WING_COUNT, _pkg_zoo.birds.parrot.describe())
print(_pkg_zoo.birds.keepers is _pkg_zoo.keepers)
print(_pkg_zoo.birds.Animal is _pkg_zoo.Animal)
print(hasattr(_pkg_zoo, "birds"), hasattr(_pkg_zoo, "animals"))
from _pkg_zoo.birds.parrot import describe
print(describe())
