class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class AccountFrozen(BankError):
    pass

class Account:
    interest_rate = 0.02
    count = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"

a = Account("alice", 100)
b = Account("bob")
a.deposit(50.5)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, type(e).__name__, isinstance(e, BankError))
try:
    b.deposit(-3)
except ValueError as e:
    print("error:", e)
b.frozen = True
try:
    b.deposit(10)
except BankError as e:
    print("frozen:", repr(e), e.args)
try:
    a.balance = -1
except ValueError as e:
    print(e)
a.balance = 12345.678
print(a, [a, b], str(b))
print(Account.count, a.interest_rate, a.history)
a.interest_rate = 0.05
print(a.interest_rate, Account.interest_rate, b.interest_rate)
print(sorted(vars(a)))
b.frozen = False
b.withdraw(5)
