# daemon threads still blocked at interpreter exit do not delay or change the exit status
import threading
import sys

forever = threading.Event()
def blocked():
    forever.wait()
def spinning():
    while True:
        pass
for fn in (blocked, spinning):
    threading.Thread(target=fn, daemon=True).start()
ready = threading.Event()
def starter():
    threading.Thread(target=blocked).start() if False else None
    ready.set()
threading.Thread(target=starter).start()
ready.wait()
print("daemons alive:", sum(t.daemon for t in threading.enumerate()))
print("exiting with 4")
sys.exit(4)
