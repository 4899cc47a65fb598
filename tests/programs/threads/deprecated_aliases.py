# the deprecated camelCase names still work in 3.11 and warn (DeprecationWarning, shown for
# __main__); the program exits 1 so that its stderr is recorded
import sys
import threading

t = threading.Thread(target=lambda: None)
t.setDaemon(True)
t.setName("renamed")
print(t.getName(), t.isDaemon(), threading.currentThread().getName(), threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
for i in range(2):
    threading.currentThread()       # one warning per line: the registry remembers it
sys.exit(1)
