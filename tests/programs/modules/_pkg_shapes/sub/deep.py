# module in nested subpackage, with a parent-relative import
from .. import square
from ..circle import area
def deep_value():
    return square.area_sq(2) + area(1)
