# sys._current_frames(): a dict {thread ident: topmost frame}, used to debug hangs
import sys, threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True)
t.start()
frames = sys._current_frames()
print(len(frames), frames[threading.get_ident()].f_code.co_name, frames[t.ident].f_code.co_name)
ev.set(); t.join()
