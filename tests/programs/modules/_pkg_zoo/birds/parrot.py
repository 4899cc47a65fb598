print("zoo.birds.parrot: loaded", __name__, __package__)
from .. import ZOO_NAME
from ..keepers import KEEPERS
def describe():
    return "parrot at %s kept by %s" % (ZOO_NAME, KEEPERS[-1])
