# sys._getframe inside a thread: walking back from the target function to threading's bootstrap
import sys
import threading

chains = {}

def inner():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    chains[threading.current_thread().name] = names

def outer():
    inner()

t = threading.Thread(target=outer, name="walker")
t.start(); t.join()
print(chains["walker"][:2])
print("ends in bootstrap:", chains["walker"][-1] == "_bootstrap", chains["walker"][2:])

def locals_peek(a, b=2):
    c = a + b
    frame = sys._getframe()
    chains["locals"] = sorted(frame.f_locals.items(), key=lambda kv: kv[0])[:3]
    chains["caller"] = sys._getframe(1).f_code.co_name
t = threading.Thread(target=locals_peek, args=(40,))
t.start(); t.join()
print([kv for kv in chains["locals"] if kv[0] != "frame"])
print("caller:", chains["caller"])
main_chain = []
f = sys._getframe()
while f:
    main_chain.append(f.f_code.co_name)
    f = f.f_back
print("main:", main_chain)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
