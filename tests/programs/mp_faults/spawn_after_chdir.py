# the parent changes directory before starting spawn children: the child still finds and runs
# the main script as __mp_main__ (its path was recorded absolutely), starts in the parent's
# current directory, and sees the parent's sys.argv and sys.path changes
import multiprocessing as mp
import os
import sys

LOADED_AS = __name__


def report(q, expect_cwd):
    main = sys.modules["__main__"]
    q.put((LOADED_AS, os.path.basename(main.__file__), os.path.isabs(main.__file__),
           os.getcwd() == expect_cwd, sys.argv[1:], sys.path[0] == "/extra/path/entry"))


if __name__ == '__main__':
    print("main file is absolute:", os.path.isabs(__file__))
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    here = os.getcwd()
    for target_dir in ("/", os.path.dirname(os.path.abspath(__file__))):
        os.chdir(target_dir)
        sys.argv.append("arg-%d" % len(sys.argv))
        p = ctx.Process(target=report, args=(q, os.getcwd()))
        p.start()
        print(q.get(timeout=20))
        p.join()
        print("exitcode", p.exitcode)
    sys.path.insert(0, "/extra/path/entry")
    p = ctx.Process(target=report, args=(q, os.getcwd()))
    p.start()
    print(q.get(timeout=20))
    p.join()
    os.chdir(here)
