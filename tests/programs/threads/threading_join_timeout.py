# Thread.join(timeout): returns None either way; is_alive tells whether the thread finished
import threading

release = threading.Event()
def blocked():
    release.wait()

t = threading.Thread(target=blocked)
t.start()
print(t.join(0.05))          # times out: join returns None, the thread still runs
print(t.is_alive())
print(t.join(timeout=0))
print(t.is_alive())
release.set()
t.join()
print(t.is_alive())

# join with a timeout on a finished thread returns at once, any number of times
print(t.join(0.01), t.join(5), t.join(), t.is_alive())

quick = threading.Thread(target=lambda: None)
quick.start()
quick.join(10)
print(quick.is_alive())
# a negative timeout is accepted and does not wait
quick.join(-1)
print("negative timeout ok")

# is_alive before start, while running, after finish
gate = threading.Event()
w = threading.Thread(target=gate.wait)
states = [w.is_alive()]
w.start()
states.append(w.is_alive())
gate.set()
w.join()
states.append(w.is_alive())
print(states)
