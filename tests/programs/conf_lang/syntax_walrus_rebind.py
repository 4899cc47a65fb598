values = [1, 2, 3]
print("never printed")
squares = [v := v * v for v in values]
