# sys._current_frames() keys match threading.enumerate() idents while workers are parked
import sys
import threading

ready = threading.Barrier(4)
stop = threading.Event()
def parked():
    ready.wait()
    stop.wait()
ts = [threading.Thread(target=parked, name="p%d" % i) for i in range(3)]
for t in ts: t.start()
ready.wait()
frames = sys._current_frames()
idents = {t.ident for t in threading.enumerate()}
print(set(frames) == idents)
print(len(frames))
print(threading.get_ident() in frames)
print(frames[threading.get_ident()].f_code.co_name)
print(all(frames[t.ident] is not None for t in ts))
print(sorted(t.name for t in threading.enumerate()))
stop.set()
for t in ts: t.join()
print(len(sys._current_frames()), threading.active_count())
