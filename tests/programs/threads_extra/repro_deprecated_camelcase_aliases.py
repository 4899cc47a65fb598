# 3.11 still has the camelCase aliases (each warns with DeprecationWarning)
import threading
t = threading.Thread(name="x")
print(t.isDaemon(), t.getName(), threading.activeCount(), threading.currentThread().name,
      threading.Event().isSet())
t.setDaemon(True); t.setName("y")
c = threading.Condition()
with c:
    c.notifyAll()
print(t.daemon, t.name)
import sys; sys.exit(1)
