# weakref.proxy behaves like the object until it dies
import weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return ["a", "b", "c"][i]
    def __add__(self, other):
        return self.balance + other
    def __str__(self):
        return f"Account({self.owner}, {self.balance})"

acct = Account("ann", 100)
p = weakref.proxy(acct)
print("attribute:", p.owner, p.balance)
print("method:", p.deposit(50), acct.balance)
print("len:", len(p), "index:", p[1], "iter:", list(p))
print("operator:", p + 1)
print("str:", str(p))
p.balance = 10
print("setattr through proxy:", acct.balance)
print("type of proxy:", type(p).__name__)
print("isinstance:", isinstance(p, Account))
print("count:", weakref.getweakrefcount(acct))
print("same proxy reused:", p is weakref.proxy(acct))
del acct
for action in ("attr", "str", "len", "call method"):
    try:
        if action == "attr":
            p.owner
        elif action == "str":
            str(p)
        elif action == "len":
            len(p)
        else:
            p.deposit(1)
    except ReferenceError as e:
        print(action, "-> ReferenceError:", e)

def f():
    return "called"
pf = weakref.proxy(f)
print("callable proxy:", pf(), type(pf).__name__)
