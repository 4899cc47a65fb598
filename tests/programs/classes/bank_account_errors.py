# a bank account class with custom exceptions and transaction history
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.shortfall = amount - balance

class AccountFrozen(BankError):
    pass

class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        if balance < 0:
            raise ValueError("initial balance must be non-negative")
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")

    def transfer(self, other, amount):
        self.withdraw(amount)
        try:
            other.deposit(amount)
        except BankError:
            self.deposit(amount)
            raise

    def add_interest(self):
        self.balance += self.balance * self.interest_rate

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self.balance:.2f})"

a = Account("alice", 100)
b = Account("bob")
print(a, b)
print(a.deposit(50), a.withdraw(30))
for op, amt in [("withdraw", 500), ("deposit", -5), ("withdraw", 0)]:
    try:
        getattr(a, op)(amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "short", e.shortfall)
    except ValueError as e:
        print("ValueError:", e)
a.transfer(b, 70)
print(a, b)
b.frozen = True
try:
    a.transfer(b, 10)
except BankError as e:
    print(type(e).__name__, e, "| a still", a.balance)
try:
    Account("x", -1)
except ValueError as e:
    print(e)
a.add_interest()
print(f"{a.balance:.4f}", a.history)
Account.interest_rate = 0.1
b.frozen = False
b.add_interest()
print(b, isinstance(InsufficientFunds(1, 2), BankError), InsufficientFunds.__mro__[1].__name__)
