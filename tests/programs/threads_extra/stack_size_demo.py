# threading.stack_size: set a bigger stack for new threads, then go back to the default
import threading

print("default:", threading.stack_size())
old = threading.stack_size(4 * 1024 * 1024)
print("old value returned:", old)
out = []
t = threading.Thread(target=lambda: out.append(sum(range(1000))))
t.start(); t.join()
print("thread ran with the new stack:", out)
print("reset returns the old size:", threading.stack_size(0))
print("after reset:", threading.stack_size(0))
