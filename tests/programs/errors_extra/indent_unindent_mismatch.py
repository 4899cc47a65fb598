# IndentationError: a dedent that matches no outer level
print("never printed")
def total(values):
    s = 0
    for v in values:
        s += v
      return s
