# active_count and enumerate while threads run and after they are joined
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])

go = threading.Event()
started = threading.Semaphore(0)
def wait_for_go():
    started.release()
    go.wait()

threads = [threading.Thread(target=wait_for_go, name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
go.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(any(t in threading.enumerate() for t in threads))

# a thread that was never started is not listed
idle = threading.Thread(target=print, name="idle")
print(idle in threading.enumerate(), threading.active_count())
