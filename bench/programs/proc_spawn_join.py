# Start and join 8 processes with the spawn start method: each child is a fresh interpreter
# that imports multiprocessing and runs this script as __mp_main__, so interpreter start-up
# dominates.
import multiprocessing as mp


def nothing():
    pass


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    codes = []
    for _ in range(8):
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
        codes.append(p.exitcode)
    print(sum(codes), len(codes))
