# a counter guarded by a Lock (and one by an RLock) ends exactly at threads x iterations
import threading

counter = 0
lock = threading.Lock()

def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=inc, args=(20000,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# read-modify-write on an attribute, with acquire/release instead of with
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.RLock()
    def deposit(self, amount):
        self.lock.acquire()
        try:
            current = self.balance
            self.balance = current + amount
        finally:
            self.lock.release()
    def transfer_in(self, amount):
        with self.lock:             # RLock: deposit re-acquires it
            self.deposit(amount)
            self.deposit(-amount + 1)

acct = Account()
def depositor():
    for _ in range(5000):
        acct.transfer_in(7)
threads = [threading.Thread(target=depositor) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct.balance)
