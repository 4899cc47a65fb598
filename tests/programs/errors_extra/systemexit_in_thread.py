# SystemExit in a thread only ends that thread; a later uncaught error ends the program
import sys
import threading

def worker():
    print("worker exiting")
    sys.exit(5)
    print("never")

t = threading.Thread(target=worker)
t.start(); t.join()
print("main still running")
raise SystemExit("main says bye")
