# uncaught TypeError inside a user-defined __mul__ invoked by an operator in a loop
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __mul__(self, k):
        return Money(self.amount * k.rate, self.currency)
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)
    def __repr__(self):
        return f"{self.amount:.2f} {self.currency}"

class Rate:
    def __init__(self, rate):
        self.rate = rate

def convert_all(values, rate):
    total = Money(0, "EUR")
    for v in values:
        total = total + v * rate
    return total

print(convert_all([Money(10, "USD"), Money(5, "USD")], Rate(0.5)))
print(convert_all([Money(1, "USD"), Money(2, "USD")], 0.9))
