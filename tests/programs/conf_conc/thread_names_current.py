import threading

print(threading.current_thread().name)
print(threading.current_thread() is threading.main_thread())
print(type(threading.current_thread()).__name__)

seen = []
lock = threading.Lock()

def who():
    t = threading.current_thread()
    with lock:
        seen.append((t.name, t is threading.main_thread()))

ts = [threading.Thread(target=who, name=f"T{i}") for i in range(3)]
ts.append(threading.Thread(target=who))
for t in ts:
    t.start()
for t in ts:
    t.join()
for name, is_main in sorted(seen):
    print(name.split(" ")[0] if name.startswith("Thread-") else name, is_main)

t = threading.Thread(target=who, name="renamed")
t.name = "changed"
print(t.name, t.getName())
t.setName("again")
print(t.name)
print(threading.active_count())
print(len(threading.enumerate()))
print([x.name for x in threading.enumerate()])
