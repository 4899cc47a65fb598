# an error in the run() method of a Thread subclass, reported by the default excepthook
import threading

def own_frames_only(args):
    # threading.py's own frames differ between installs: start the traceback at this file
    tb = args.exc_traceback
    while tb is not None and tb.tb_frame.f_code.co_filename != __file__:
        tb = tb.tb_next
    value = args.exc_value.with_traceback(tb)
    threading.__excepthook__(threading.ExceptHookArgs((args.exc_type, value, tb, args.thread)))

threading.excepthook = own_frames_only

class Loader(threading.Thread):
    def __init__(self, paths):
        super().__init__(name="loader-1")
        self.paths = paths
    def run(self):
        for p in self.paths:
            print("loading", p.upper())

ok = Loader(["a", "b"])
ok.start(); ok.join()
bad = Loader(["c", 7])
bad.start(); bad.join()
print("done")
exit(3)
