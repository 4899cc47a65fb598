# SyntaxError in a def statement (nothing runs)
print("never printed")
def ok(a, b=1):
    return a + b
class Fine:
    def method(self):
        return 1
result = ok(1)
print(result)
def f(:
    pass
