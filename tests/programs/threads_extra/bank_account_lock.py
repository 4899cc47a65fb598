# bank transfers between accounts: the total is preserved when a Lock guards each transfer
import threading

class Bank:
    def __init__(self, n, initial):
        self.accounts = [initial] * n
        self.lock = threading.Lock()
        self.transfers = 0

    def transfer(self, src, dst, amount):
        with self.lock:
            if self.accounts[src] < amount:
                return False
            balance = self.accounts[src]
            self.accounts[src] = balance - amount
            self.accounts[dst] += amount
            self.transfers += 1
            return True

    def total(self):
        with self.lock:
            return sum(self.accounts)

bank = Bank(5, 1000)
rejected = [0]
rej_lock = threading.Lock()

def teller(seed):
    x = seed
    for _ in range(2000):
        x = (x * 1103515245 + 12345) % (2 ** 31)
        src = x % 5
        dst = (x // 5) % 5
        amount = (x // 25) % 300
        if src != dst and not bank.transfer(src, dst, amount):
            with rej_lock:
                rejected[0] += 1

tellers = [threading.Thread(target=teller, args=(s,)) for s in range(1, 7)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
print("total", bank.total())
print("no negative balances", all(b >= 0 for b in bank.accounts))
print("transfers + rejected + same-account <= attempts", bank.transfers + rejected[0] <= 6 * 2000)
print("some transfers happened", bank.transfers > 1000)
