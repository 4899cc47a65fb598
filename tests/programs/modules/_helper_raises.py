# helper module whose body raises during import
print("_helper_raises: starting body")
value_before = 1
raise ValueError("failure while importing _helper_raises")
