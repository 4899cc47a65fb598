# notify_all broadcast: a generation counter plus acknowledgements so no message is missed
import threading

cond = threading.Condition()
state = {"gen": 0, "msg": None, "acks": 0}
received = {}
N = 3

def listener(name):
    seen = 0
    got = []
    while True:
        with cond:
            cond.wait_for(lambda: state["gen"] > seen)
            seen = state["gen"]
            msg = state["msg"]
            state["acks"] += 1
            cond.notify_all()
        if msg == "quit":
            break
        got.append(msg)
    received[name] = got

ls = [threading.Thread(target=listener, args=("L%d" % i,)) for i in range(N)]
for l in ls:
    l.start()
for msg in ["hello", "world", "again", "quit"]:
    with cond:
        state["gen"] += 1
        state["msg"] = msg
        state["acks"] = 0
        cond.notify_all()
        ok = cond.wait_for(lambda: state["acks"] == N, timeout=5)
    print("broadcast", msg, "acked by all:", ok)
for l in ls:
    l.join()
for name in sorted(received):
    print(name, received[name])
