def task(n):
    if n == 1:
        raise ValueError("task one broke")
    if n == 2:
        raise KeyError("two")
    return n

errs = []
for n in range(3):
    try:
        print("result", task(n))
    except Exception as e:
        errs.append(e)

err = ExceptionGroup("tasks failed", errs)
err.add_note("while running tasks")
raise err
