# an uncaught KeyboardInterrupt prints a traceback and the process dies by SIGINT
import sys

def long_job():
    for i in range(3):
        print("step", i)
        if i == 2:
            raise KeyboardInterrupt
    return "done"

sys.stdout.flush()
long_job()
