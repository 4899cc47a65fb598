# CPython 3.11 appends ". Did you mean: 'x'?" to NameError and AttributeError when it prints
# them (not to str(e)); locals, then globals, then builtins; dir(obj) for attributes
import sys
import threading

def show(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        print("str:", e)
        sys.excepthook(type(e), e, None)

counter = 0
def typo_global():
    return countr
def typo_local():
    total = 1
    return totl
def typo_builtin():
    return lenn([1])
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self):
        pass
def typo_attr():
    return Account().balanse
def typo_method():
    return Account().deposti()
def typo_module():
    return threading.Thred
def far_off():
    return Account().zzzzzzzz
def case_only():
    return Account().BALANCE
def user_raised():
    e = AttributeError("custom")
    e.name = "deposit_"
    e.obj = Account()
    raise e
for f in (typo_global, typo_local, typo_builtin, typo_attr, typo_method, typo_module, far_off, case_only, user_raised):
    show(f)
threading.excepthook = lambda a: sys.excepthook(a.exc_type, a.exc_value.with_traceback(None), None)
t = threading.Thread(target=lambda: Account().balence)
t.start(); t.join()
print(undefined_name_here)
