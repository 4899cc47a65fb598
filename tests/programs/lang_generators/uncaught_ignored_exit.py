# A generator that yields while handling GeneratorExit: close() raises RuntimeError.
def stubborn():
    refused = False
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            if refused:
                print("giving up")
                return
            refused = True
            print("refusing to exit")


g = stubborn()
print(next(g))
print(g.send(None))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g))
g.close()
g = stubborn()
next(g)
g.close()
g = stubborn()
next(g)
g.close()
print("not reached")
