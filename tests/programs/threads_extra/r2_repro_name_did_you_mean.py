# NameError in CPython 3.11 ends with ". Did you mean: 'counter'?" when printed by the top-level handler
counter = 1
print(countr)
