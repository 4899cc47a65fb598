# try/except raising and catching in a loop.


def check(i):
    if i % 3 == 0:
        raise ValueError("bad value")
    if i % 5 == 0:
        raise KeyError(i)
    return i


def run(n):
    caught_value = 0
    caught_key = 0
    ok = 0
    finals = 0
    d = {}
    for i in range(n):
        try:
            ok += check(i)
        except ValueError:
            caught_value += 1
        except KeyError as e:
            caught_key += e.args[0] % 7
        finally:
            finals += 1
        try:
            d[i % 10]
        except KeyError:
            d[i % 10] = i
        try:
            if i % 4 == 0:
                raise RuntimeError(i)
        except Exception as e:
            caught_value += len(e.args)
        try:
            x = 10 // (i % 2)
        except ZeroDivisionError:
            x = 0
        ok += x
    return ok, caught_value, caught_key, finals, sum(d.values())


print(run(1_200_000))
