class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n

acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.deposti(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(acount)
except NameError as e:
    print("NameError:", e)
try:
    "abc".uper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    Account.nothing
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("AttributeError:", e)
counter_value = 3
acct.deposit(counter_valu)
