# Pool.starmap with argument tuples, plus starmap_async, checked against a list comprehension.
from multiprocessing import Pool


def power_mod(base, exp, mod):
    result = 1
    for _ in range(exp):
        result = (result * base) % mod
    return (base, exp, result)


if __name__ == '__main__':
    args = [(b, e, 97) for b in range(2, 7) for e in (10, 100, 1000)]
    expected = [(b, e, pow(b, e, 97)) for b, e, _ in args]
    with Pool(3) as pool:
        got = pool.starmap(power_mod, args)
        async_res = pool.starmap_async(power_mod, args[:4])
        got_async = async_res.get(timeout=10)
    for row in got:
        print(row)
    print("starmap ok:", got == expected)
    print("starmap_async ok:", got_async == expected[:4])
    print("ready:", async_res.ready(), "successful:", async_res.successful())
