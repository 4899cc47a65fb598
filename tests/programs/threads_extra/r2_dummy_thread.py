# threads started with _thread.start_new_thread appear as _DummyThread objects in threading
import _thread
import threading
import time

info = []
done = _thread.allocate_lock()
done.acquire()
def raw():
    t = threading.current_thread()
    info.append(type(t).__name__)
    info.append(t.name.startswith("Dummy-"))
    info.append(t.daemon)
    info.append(t.is_alive())
    info.append(t is threading.current_thread())
    info.append(t in threading.enumerate())
    info.append(threading.active_count())
    info.append(t.ident == _thread.get_ident())
    try:
        t.join()
    except AssertionError as e:
        info.append("AssertionError: " + str(e))
    except RuntimeError as e:
        info.append("RuntimeError: " + str(e))
    info.append(repr(t).startswith("<_DummyThread(Dummy-"))
    done.release()
_thread.start_new_thread(raw, ())
done.acquire()
for i in info:
    print(i)
print(threading.main_thread().name, type(threading.main_thread()).__name__)
