# current_thread() and main_thread() inside and outside worker threads
import _thread
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread())
print(main.is_alive(), main.daemon, isinstance(main.ident, int))
print(main.ident == threading.get_ident())
print(isinstance(main, threading.Thread))

seen = {}
def probe(key):
    cur = threading.current_thread()
    seen[key] = (cur.name, cur is threading.main_thread(),
                 cur.ident == threading.get_ident(),
                 threading.main_thread() is main)

threads = [threading.Thread(target=probe, args=(i,), name=f"probe{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(seen):
    print(key, seen[key])

# the Thread object seen inside is the same object the creator holds
inside = []
t = threading.Thread(target=lambda: inside.append(threading.current_thread()))
t.start()
t.join()
print(inside[0] is t)

# _thread threads are seen as dummy threads
lock = _thread.allocate_lock()
lock.acquire()
dummy = []
def raw():
    cur = threading.current_thread()
    dummy.append((cur.name.startswith("Dummy-"), cur.daemon, cur is not main))
    lock.release()
_thread.start_new_thread(raw, ())
lock.acquire()
print(dummy)
