import threading

done = []

def slow_worker():
    ev = threading.Event()
    ev.wait(0.1)
    done.append("worker finished")
    print("worker finished", flush=True)

t = threading.Thread(target=slow_worker)
t.start()
print("main raising")
raise SystemError("main thread failed")
