import threading

fired = []

def fire(tag, extra=None):
    fired.append((tag, extra))

t1 = threading.Timer(0.05, fire, args=("one",), kwargs={"extra": 1})
t2 = threading.Timer(10, fire, args=("two",))
print(type(t1).__name__, isinstance(t1, threading.Thread))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)
print(t2.is_alive(), t2.finished.is_set())

t3 = threading.Timer(0.01, fire, ("three",))
t3.cancel()
t3.start()
t3.join()
print(fired)
t4 = threading.Timer(0, fire, ["four"])
t4.start(); t4.join()
print(fired[-1])
