# a binary operation between two literals fails at run time (no folding error at compile time)
def label(n):
    return "item " + str(n)

print(label(3))
print("total: " + 3)
