print(exit)
print(quit)
print(type(exit).__name__, callable(exit))
print(__debug__, __name__)
