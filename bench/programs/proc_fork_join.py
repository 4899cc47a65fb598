# Start and join 40 processes one after another with the fork start method (the default on
# Linux): the cost of a child that does nothing.
import multiprocessing as mp


def nothing():
    pass


if __name__ == '__main__':
    ctx = mp.get_context('fork')
    codes = []
    for _ in range(40):
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
        codes.append(p.exitcode)
    print(sum(codes), len(codes))
