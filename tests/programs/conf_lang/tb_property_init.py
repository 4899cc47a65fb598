class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @property
    def summary(self):
        return self.owner + ": " + self.balance

def report(acct):
    return acct.summary

acct = Account("ann", "100")
print(report(acct))
acct2 = Account("bob", 50)
print(report(acct2))
