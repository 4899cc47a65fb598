import threading

start = threading.active_count()
print("start:", start)
go = threading.Event()
ready = threading.Semaphore(0)

def block():
    ready.release()
    go.wait()

ts = [threading.Thread(target=block, name=f"blk{i}") for i in range(5)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("running:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
go.set()
for t in ts:
    t.join()
print("after joins:", threading.active_count())
print([t.is_alive() for t in ts])
print(threading.enumerate() == [threading.main_thread()])
print(threading.get_ident() == threading.main_thread().ident)
print(threading.TIMEOUT_MAX > 0)
