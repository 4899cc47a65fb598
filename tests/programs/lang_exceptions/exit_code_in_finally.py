# sys.exit inside nested try/finally with cleanup order, final status 4.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else None)
        return False


def main():
    with Resource("outer"):
        try:
            with Resource("inner"):
                sys.exit(4)
        finally:
            print("finally in main")


try:
    main()
finally:
    print("module finally")
print("not reached")
