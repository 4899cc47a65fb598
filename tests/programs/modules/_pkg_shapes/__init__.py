# package __init__
print("_pkg_shapes/__init__ running, __name__ =", __name__)
PACKAGE_LEVEL = "package attribute"
from .circle import area as circle_area
