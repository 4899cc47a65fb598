# an exception escaping a raw _thread.start_new_thread thread is reported as "Exception ignored"
import sys
import _thread

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

done = _thread.allocate_lock()
done.acquire()

def boom(n):
    try:
        return 10 // n
    finally:
        done.release()

cap = Capture()
sys.stderr = cap
_thread.start_new_thread(boom, (0,))
done.acquire()
# give the thread time to finish reporting
lock2 = _thread.allocate_lock()
lock2.acquire()
lock2.acquire(timeout=0.2)
sys.stderr = sys.__stderr__
for line in "".join(cap.parts).splitlines():
    if " at 0x" in line:
        line = line.split(" at 0x")[0] + ">"
    if line.startswith('  File "'):
        line = '  File "' + line.split("/")[-1]
    print(line)

