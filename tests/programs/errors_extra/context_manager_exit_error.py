# an error in __exit__ while another exception is propagating
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            self.log.append(str(exc))
        return False

with Resource("a") as r:
    print("using", r.name)
with Resource("b") as r:
    int("not a number")
