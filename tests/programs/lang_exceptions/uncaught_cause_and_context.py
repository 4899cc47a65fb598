# Uncaught exception whose cause itself has a context (mixed chain).
def step1():
    try:
        [].pop()
    except IndexError:
        raise ValueError("step1 failed")


def step2():
    try:
        step1()
    except ValueError as e:
        raise RuntimeError("step2 failed") from e


def step3():
    try:
        step2()
    finally:
        print("cleanup in step3")


step3()
