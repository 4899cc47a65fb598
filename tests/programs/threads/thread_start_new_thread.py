# _thread.start_new_thread: args tuple, kwargs dict, return value is an int ident, argument checks
import _thread

done = _thread.allocate_lock()
results = []

def worker(a, b, scale=1):
    results.append((a + b) * scale)
    results.append(_thread.get_ident() != main_ident)
    done.release()

main_ident = _thread.get_ident()
done.acquire()
ident = _thread.start_new_thread(worker, (2, 3))
done.acquire()          # blocks until the worker releases it
print(isinstance(ident, int), results)

results.clear()
_thread.start_new_thread(worker, (4, 5), {"scale": 10})
done.acquire()
print(results)

results.clear()
_thread.start_new_thread(worker, (1,), {"b": 1, "scale": 3})
done.acquire()
print(results)

for args in [(1, ()), (worker, [1, 2]), (worker, (1, 2), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# an ident is a plain int and stays the same inside one thread
print(type(main_ident).__name__, _thread.get_ident() == main_ident)
