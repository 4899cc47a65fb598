# uncaught user exception without a message, raised from a method through a property
class ValidationError(ValueError):
    pass
class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        self.check()
        return self._balance
    def check(self):
        if self._balance < 0:
            raise ValidationError
ok = Account(5)
print("balance", ok.balance)
bad = Account(-1)
print("checking bad account")
print(bad.balance)
