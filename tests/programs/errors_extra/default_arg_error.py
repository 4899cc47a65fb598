# an error while evaluating a default argument when the def statement runs
LIMITS = {"low": 1, "high": 10}

def clamp(x, low=LIMITS["low"], high=LIMITS["high"]):
    return max(low, min(high, x))

print(clamp(42))

def scale(x, factor=LIMITS["factor"]):
    return x * factor
