# Uncaught exception whose __str__ raises: traceback shows <exception str() failed>.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")


def work():
    raise Broken("payload")


try:
    work()
except Broken as e:
    print("repr still works:", repr(e))
work()
