# a lost update made deterministic with a Barrier, then fixed with a Lock
import threading

balance = 0
sync = threading.Barrier(2)

def deposit_racy(amount):
    global balance
    seen = balance          # both threads read 0 ...
    sync.wait()             # ... before either writes
    balance = seen + amount

ts = [threading.Thread(target=deposit_racy, args=(100,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("racy balance:", balance, "(expected 200, one deposit lost)")

balance = 0
lock = threading.Lock()
def deposit_safe(amount):
    global balance
    with lock:
        seen = balance
        balance = seen + amount

ts = [threading.Thread(target=deposit_safe, args=(100,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("safe balance:", balance)

# check-then-act race on a dict, forced the same way
stock = {"tickets": 1}
sold = []
sync2 = threading.Barrier(2)
def buy_racy(who):
    if stock["tickets"] > 0:
        sync2.wait()
        stock["tickets"] -= 1
        sold.append(who)
bs = [threading.Thread(target=buy_racy, args=(w,)) for w in ("ann", "bob")]
for b in bs:
    b.start()
for b in bs:
    b.join()
print("oversold:", sorted(sold), "tickets:", stock["tickets"])
