# stdout is not a tty here, so the parent's prints are buffered: the buffer is flushed before
# a fork (the child does not print it again) and when the script ends, before the exit-time
# join of the non-daemonic child, so the child's line comes last
import multiprocessing as mp
import time


def child():
    time.sleep(0.3)
    print("child line")


if __name__ == '__main__':
    print("before start (buffered)")
    p = mp.Process(target=child)
    p.start()
    print("after start (buffered)")
