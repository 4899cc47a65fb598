import threading

t = threading.Thread(target=lambda: None, name="once")
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("second start:", e)

def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("self join:", e)

s = threading.Thread(target=join_self)
s.start()
s.join()
print(t.ident is not None, t.native_id is not None)
u = threading.Thread(target=lambda: None)
print(u.ident, u.native_id)
print(t.join(timeout=0.1))
