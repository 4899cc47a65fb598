# Workers proceed (events stamped with a locked shared counter) through three phases separated by a Barrier; phase logs checked for ordering.
import multiprocessing as mp


def stamp(seq):
    with seq.get_lock():
        seq.value += 1
        return seq.value


def worker(idx, barrier, q, seq):
    for phase in range(3):
        q.put((stamp(seq), phase, idx, "work"))
        barrier.wait()
        q.put((stamp(seq), phase, idx, "passed"))
        barrier.wait()


if __name__ == '__main__':
    parties = 3
    barrier = mp.Barrier(parties)
    q = mp.Queue()
    seq = mp.Value('i', 0)
    procs = [mp.Process(target=worker, args=(i, barrier, q, seq)) for i in range(parties)]
    for p in procs:
        p.start()
    stamped = sorted(q.get(timeout=10) for _ in range(parties * 3 * 2))
    log = [e[1:] for e in stamped]
    for p in procs:
        p.join()
    # every "work" of phase k happens before any "passed" of phase k
    ok = True
    for phase in range(3):
        works = [i for i, e in enumerate(log) if e[0] == phase and e[2] == "work"]
        passes = [i for i, e in enumerate(log) if e[0] == phase and e[2] == "passed"]
        ok = ok and max(works) < min(passes)
        if phase > 0:
            prev_pass = [i for i, e in enumerate(log) if e[0] == phase - 1 and e[2] == "passed"]
            ok = ok and max(prev_pass) < min(works)
    print("entries:", len(log))
    print("phase ordering respected:", ok)
    print("per phase:", [sorted(e[1] for e in log if e[0] == ph and e[2] == "passed") for ph in range(3)])
    print("parties:", barrier.parties, "broken:", barrier.broken)
