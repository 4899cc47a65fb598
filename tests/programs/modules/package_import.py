# importing a package and its submodules
import _pkg_shapes
print(_pkg_shapes.PACKAGE_LEVEL, _pkg_shapes.circle_area(2))
print(_pkg_shapes.__name__, hasattr(_pkg_shapes, "circle"), hasattr(_pkg_shapes, "square"))
import _pkg_shapes.square
print(_pkg_shapes.square.compare(3))
print(hasattr(_pkg_shapes, "square"), _pkg_shapes.square.__name__)
from _pkg_shapes import circle
print(circle.area(1), circle.__name__, circle is _pkg_shapes.circle)
from _pkg_shapes.square import area_sq
print(area_sq(7))
import _pkg_shapes.sub.deep as deep
print(deep.deep_value(), deep.__name__)
from _pkg_shapes.sub import SUB_NAME
print(SUB_NAME)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg_shapes")))
