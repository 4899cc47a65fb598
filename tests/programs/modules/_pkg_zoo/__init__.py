print("zoo: init start", __name__, __package__)
ZOO_NAME = "City Zoo"
from . import keepers
from .animals import Animal, make
print("zoo: init end")
