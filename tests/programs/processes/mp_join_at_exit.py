# children still running at exit are joined (daemonic ones terminated), as CPython does
import multiprocessing as mp, time
def work(tag):
    time.sleep(0.2)
    print("child done", tag, flush=True)
p = mp.Process(target=work, args=("non-daemon",))
p.start()
d = mp.Process(target=time.sleep, args=(30,), daemon=True)
d.start()
print("main ends without join", flush=True)
