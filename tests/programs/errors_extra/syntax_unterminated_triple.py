# SyntaxError: a triple-quoted string that never ends
print("never printed")
doc = """first
second"""
text = '''this one
goes on
and on
