print("zoo.birds: init", __name__, __package__)
from .. import keepers
from ..animals import Animal
from . import parrot
WING_COUNT = 2
