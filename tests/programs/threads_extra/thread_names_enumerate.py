# naming threads and listing them with threading.enumerate() and active_count()
import threading

started = threading.Barrier(4)
finish = threading.Event()

def job():
    started.wait()
    finish.wait()

workers = [threading.Thread(target=job, name="download-%d" % i) for i in range(3)]
for w in workers:
    w.start()
started.wait()
names = sorted(t.name for t in threading.enumerate())
print("running:", names)
print("active_count:", threading.active_count())
print("main in enumerate:", threading.main_thread() in threading.enumerate())
workers[0].name = "renamed"
print("renamed:", sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))
print("name:", workers[1].name)
finish.set()
for w in workers:
    w.join()
print("after join:", [t.name for t in threading.enumerate()])
print("active_count:", threading.active_count())
print("idents distinct:", len(set(w.ident for w in workers)) == 3)
print("ident differs from main:", all(w.ident != threading.main_thread().ident for w in workers))
print("native ids set:", all(isinstance(w.native_id, int) for w in workers))
