# cleanup actions run in the right order when exceptions propagate
log = []
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit " + self.name + " " + (et.__name__ if et else "ok"))
        return False
def level(n):
    with Guard("L" + str(n)):
        try:
            if n == 0:
                raise ValueError("bottom")
            level(n - 1)
        finally:
            log.append("finally " + str(n))
try:
    level(2)
except ValueError as e:
    log.append("caught " + str(e))
for entry in log:
    print(entry)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
try:
    for v in gen():
        print("value", v)
        raise KeyError("stop early")
except KeyError as e:
    print("caught", e)
results = []
for i in range(4):
    try:
        if i % 2:
            raise IndexError(i)
        results.append("ok" + str(i))
    except IndexError as e:
        results.append("err" + str(e))
    else:
        results.append("else" + str(i))
print(results)
