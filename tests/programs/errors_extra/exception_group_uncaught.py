# an uncaught ExceptionGroup with a nested group and a note
def check(values):
    errors = []
    for v in values:
        if v < 0:
            errors.append(ValueError(f"negative: {v}"))
        elif v == 0:
            errors.append(ZeroDivisionError("zero"))
    if errors:
        raise ExceptionGroup("check failed", errors)

def run_all():
    problems = []
    for batch in ([1, -2], [0, 3, -4]):
        try:
            check(batch)
        except ExceptionGroup as eg:
            problems.append(eg)
    group = ExceptionGroup("all batches", problems + [TypeError("bad batch")])
    group.add_note("2 batches failed")
    raise group

run_all()
