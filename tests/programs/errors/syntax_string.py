# SyntaxError: unterminated string literal
print("never printed")
a = "complete string"
b = 'another'
c = """triple
quoted"""
d = a + b + c
print(d)
e = len(d)
s = "abc
