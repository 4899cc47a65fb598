# Uncaught ExceptionGroup: nested group traceback rendering with notes.
def fetch(n):
    if n % 2:
        raise ValueError(f"odd input {n}")
    raise KeyError(n)


def gather(items):
    errors = []
    for n in items:
        try:
            fetch(n)
        except Exception as e:
            e.add_note(f"while fetching {n}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("fetch failures", errors)


def run():
    try:
        gather([1, 2])
    except* KeyError as g:
        print("handled keys:", [e.args for e in g.exceptions])
    gather([3, 4])


print("begin")
try:
    run()
except* ValueError as g:
    print("got values:", len(g.exceptions))
    raise ExceptionGroup("final", [g, TypeError("extra")])
