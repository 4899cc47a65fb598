# An error inside an f-string's replacement field: CPython 3.11 compiles the field on its
# own, as "(expr)", and shows that instead of the source line.
name = "world"
greeting = f"hello {name title}"
print(greeting)
