# current_thread(), main_thread(), get_ident(): compare them, never print the numbers
import threading
import _thread

main = threading.main_thread()
print("in main:", threading.current_thread() is main, main.name)
print("ident matches:", threading.get_ident() == main.ident == _thread.get_ident())
print("native id int:", isinstance(threading.get_native_id(), int))
info = {}
def job():
    me = threading.current_thread()
    info["is_main"] = me is threading.main_thread()
    info["ident_match"] = me.ident == threading.get_ident()
    info["differs"] = me.ident != main.ident
    info["native_match"] = me.native_id == threading.get_native_id()
    info["alive_inside"] = me.is_alive()
    info["name"] = me.name
t = threading.Thread(target=job, name="checker")
print("ident before start:", t.ident, "native_id:", t.native_id)
t.start(); t.join()
for k in sorted(info):
    print(k, info[k])
print("ident kept after join:", t.ident is not None)
print("alive after:", t.is_alive())

dummy_info = []
def raw():
    cur = threading.current_thread()
    dummy_info.append((type(cur).__name__, cur.name.startswith("Dummy-"), cur.daemon))
    done.release()
done = threading.Lock()
done.acquire()
_thread.start_new_thread(raw, ())
done.acquire()
print(dummy_info)
print("TIMEOUT_MAX positive:", threading.TIMEOUT_MAX > 0)
print("stack_size default:", threading.stack_size())
