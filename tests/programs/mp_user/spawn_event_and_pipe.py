# Spawned children use an Event start signal and reply over a Pipe; a spawn ProcessPoolExecutor too.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def child(evt, conn, idx):
    evt.wait(10)
    conn.send((idx, "go", evt.is_set()))
    conn.close()


def square(x):
    return x * x


if __name__ == '__main__':
    ctx = mp.get_context("spawn")
    evt = ctx.Event()
    pipes = [ctx.Pipe() for _ in range(3)]
    ps = [ctx.Process(target=child, args=(evt, pipes[i][1], i)) for i in range(3)]
    for p in ps:
        p.start()
    evt.set()
    got = sorted(pipes[i][0].recv() for i in range(3))
    for p in ps:
        p.join()
    print(got)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print("executor spawn:", list(ex.map(square, range(6))))
