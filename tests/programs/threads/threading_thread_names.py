# default thread names: "Thread-N (target)" and "Thread-N"; N counts only threads created without a name
import threading

def job():
    pass

class Worker(threading.Thread):
    def run(self):
        pass

def show(t):
    print(repr(t.name))

show(threading.Thread(target=job))          # Thread-1 (job)
show(threading.Thread())                    # Thread-2
show(threading.Thread(name="custom"))       # explicit name: counter not used
show(threading.Thread(target=job))          # Thread-3 (job)
show(Worker())                              # Thread-4
show(threading.Thread(target=lambda: 0))    # Thread-5 (<lambda>)
show(threading.Thread(target=print))        # builtin function name
show(threading.Thread(target=len, name=""))  # empty name counts as no name
show(threading.Thread(target=Worker.run))   # a function defined in a class
show(threading.Thread(name=42))             # non-str names are converted with str()
show(threading.Timer(1.0, job))             # Timer is a Thread subclass

class Callable:
    def __call__(self):
        pass
show(threading.Thread(target=Callable()))   # no __name__: plain Thread-N
print(threading.main_thread().name)
t = threading.Thread(target=job)
t.start()
t.join()
show(t)
