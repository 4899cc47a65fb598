# a generator that raises a new error when closed: GeneratorExit becomes the context
def worker():
    try:
        while True:
            job = yield
            print("job", job)
    except GeneratorExit:
        raise RuntimeError("worker could not shut down cleanly")

w = worker()
next(w)
w.send("one")
w.close()
