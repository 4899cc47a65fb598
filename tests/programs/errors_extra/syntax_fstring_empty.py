# SyntaxError inside an f-string: an empty expression
print("never printed")
name = "world"
greeting = f"hello {name}"
broken = f"value: {}"
