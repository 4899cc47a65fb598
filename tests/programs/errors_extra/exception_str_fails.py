# an exception whose __str__ itself raises: CPython prints a placeholder
class Weird(Exception):
    def __str__(self):
        return self.details.upper()

class Plain(Exception):
    pass

try:
    raise Plain("a", 1, None)
except Plain as e:
    print(repr(e), str(e))
raise Weird("hidden")
