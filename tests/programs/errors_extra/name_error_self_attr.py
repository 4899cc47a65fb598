# a method uses a name that is really an attribute of self
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return balance

acct = Account("ann")
acct.deposit(5)
