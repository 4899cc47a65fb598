# Condition.wait_for with a predicate that raises: the exception propagates and the lock is still held
import threading

c = threading.Condition()
state = {"n": 0}
def pred():
    if state["n"] >= 2:
        raise ValueError("predicate exploded")
    return state["n"] >= 5
def bumper():
    for _ in range(3):
        with c:
            state["n"] += 1
            c.notify_all()
t = threading.Thread(target=bumper)
with c:
    t.start()
    try:
        c.wait_for(pred, timeout=5)
    except ValueError as e:
        print("ValueError:", e, "owned:", c._is_owned())
t.join()
with c:
    print("wait_for timeout value:", c.wait_for(lambda: state["n"] * 0, timeout=0.02))
    print("wait_for truthy value:", c.wait_for(lambda: [state["n"]], timeout=0.02))
    print("wait returns:", c.wait(0.01))
print(state)
